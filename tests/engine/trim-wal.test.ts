import { describe, expect, it } from 'vitest'
import { tarEntries } from '../../src/engine/tar.ts'
import { trimWal } from '../../src/engine/trim-wal.ts'

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
  return [...tarEntries(archive)].map((e) => e.name)
}

describe('trimming the WAL a snapshot carries', () => {
  const files = {
    '/PG_VERSION': '17\n',
    '/pg_wal/000000010000000000000001': 'x'.repeat(1500),
    '/pg_wal/000000010000000000000002': 'y'.repeat(700),
    '/pg_wal/archive_status/000000010000000000000001.done': '',
    '/base/5/1259': 'z'.repeat(600),
  }

  it('keeps the segments asked for and every other file, byte for byte', () => {
    const trimmed = trimWal(tar(files), (segment) => (segment === '000000010000000000000002' ? Infinity : 0))
    expect(names(trimmed)).toEqual(['/PG_VERSION', '/pg_wal/000000010000000000000002', '/pg_wal/archive_status/000000010000000000000001.done', '/base/5/1259'])
    const { '/pg_wal/000000010000000000000001': _, ...rest } = files
    expect(trimmed).toEqual(tar(rest))
  })

  it('changes nothing when every segment is kept', () => {
    expect(trimWal(tar(files), () => Infinity)).toEqual(tar(files))
  })

  it('cuts a segment to the bytes asked for: its header says the new size, with a valid checksum, and nothing else moves', () => {
    const trimmed = trimWal(tar(files), (segment) => (segment === '000000010000000000000001' ? 1024 : Infinity))
    const header = trimmed.subarray(1024, 1536) // after /PG_VERSION's header and data block
    expect(new TextDecoder().decode(header.subarray(124, 135))).toBe((1024).toString(8).padStart(11, '0'))
    const stored = parseInt(new TextDecoder().decode(header.subarray(148, 154)), 8)
    const summed = header.reduce((n, b, i) => n + (i >= 148 && i < 156 ? 0x20 : b), 0)
    expect(stored).toBe(summed)
    expect(names(trimmed)).toEqual(Object.keys(files))
    expect(trimmed.subarray(1536, 2560)).toEqual(new TextEncoder().encode('x'.repeat(1024)))
    // The entries after it are the original's, shifted by the 512 bytes the cut removed.
    const original = tar(files)
    expect(trimmed.subarray(2560)).toEqual(original.subarray(2560 + 512))
  })
})
