import { describe, expect, it } from 'vitest'
import { dropWalSegments } from '../../src/engine/trim-wal.ts'

// A hand-built tar: one 512-byte header per file (name, octal size), its data padded to 512, two zero blocks.
function tar(files: Record<string, string>): Uint8Array {
  const blocks: Uint8Array[] = []
  for (const [name, text] of Object.entries(files)) {
    const header = new Uint8Array(512)
    header.set(new TextEncoder().encode(name), 0)
    header.set(new TextEncoder().encode(`${text.length.toString(8).padStart(11, '0')}\0`), 124)
    const data = new Uint8Array(Math.ceil(text.length / 512) * 512)
    data.set(new TextEncoder().encode(text))
    blocks.push(header, data)
  }
  blocks.push(new Uint8Array(1024))
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0))
  blocks.reduce((at, b) => (out.set(b, at), at + b.length), 0)
  return out
}

function names(archive: Uint8Array): string[] {
  const found: string[] = []
  for (let at = 0; at + 512 <= archive.length; ) {
    const header = archive.subarray(at, at + 512)
    if (header.every((b) => b === 0)) break
    found.push(new TextDecoder().decode(header.subarray(0, 100)).replace(/\0+$/, ''))
    at += 512 + Math.ceil(parseInt(new TextDecoder().decode(header.subarray(124, 135)), 8) / 512) * 512
  }
  return found
}

describe('dropping spent WAL from a snapshot', () => {
  const files = {
    '/PG_VERSION': '17\n',
    '/pg_wal/000000010000000000000001': 'x'.repeat(1500),
    '/pg_wal/000000010000000000000002': 'y'.repeat(700),
    '/pg_wal/archive_status/000000010000000000000001.done': '',
    '/base/5/1259': 'z'.repeat(600),
  }

  it('keeps the segments asked for and every other file, byte for byte', () => {
    const trimmed = dropWalSegments(tar(files), (segment) => segment === '000000010000000000000002')
    expect(names(trimmed)).toEqual(['/PG_VERSION', '/pg_wal/000000010000000000000002', '/pg_wal/archive_status/000000010000000000000001.done', '/base/5/1259'])
    const { '/pg_wal/000000010000000000000001': _, ...rest } = files
    expect(trimmed).toEqual(tar(rest))
  })

  it('changes nothing when every segment is kept', () => {
    expect(dropWalSegments(tar(files), () => true)).toEqual(tar(files))
  })
})
