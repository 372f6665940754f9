// A data-directory snapshot (tar) carries every WAL segment file PostgreSQL keeps, 16 MB each, though a
// database opened from it needs only the segments from its last checkpoint's redo point on: the others
// are spent or recycled for later use. Dropping them makes every snapshot 16-32 MB smaller to ship,
// unpack and hold in memory.

const BLOCK = 512

/** The tar without the pg_wal segment files that `keep` refuses (other entries untouched). */
export function dropWalSegments(tar: Uint8Array, keep: (segment: string) => boolean): Uint8Array {
  const kept: Uint8Array[] = []
  let offset = 0
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every((b) => b === 0)) break
    const size = parseInt(field(header, 124, 12).trim() || '0', 8)
    const entry = tar.subarray(offset, offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK)
    const segment = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/.exec(entryName(header))?.[1]
    if (!segment || keep(segment)) kept.push(entry)
    offset += entry.length
  }
  kept.push(new Uint8Array(2 * BLOCK))
  const out = new Uint8Array(kept.reduce((n, e) => n + e.length, 0))
  let at = 0
  for (const e of kept) {
    out.set(e, at)
    at += e.length
  }
  return out
}

function entryName(header: Uint8Array): string {
  const name = field(header, 0, 100)
  const prefix = field(header, 345, 155)
  return prefix ? `${prefix}/${name}` : name
}

function field(header: Uint8Array, start: number, length: number): string {
  const bytes = header.subarray(start, start + length)
  const end = bytes.indexOf(0)
  return new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end))
}
