// A data-directory snapshot (tar) carries every WAL segment file PostgreSQL keeps, 16 MB each, though a
// database opened from it needs only the segments from its last checkpoint's redo point on, and of the
// last one only what has been written: the others are spent or recycled for later use, and the rest of the
// last is zeros PostgreSQL writes over (a segment that ends early reads as the end of the WAL, as zeros do,
// and grows as it is written). Trimming makes a snapshot 16-32 MB smaller to ship, unpack and hold in memory.

const BLOCK = 512

/**
 * The tar with each pg_wal segment file cut to the bytes `keep` gives it (0 drops the file, Infinity keeps
 * it whole); every other entry untouched.
 */
export function trimWal(tar: Uint8Array, keep: (segment: string) => number): Uint8Array {
  const kept: Uint8Array[] = []
  let offset = 0
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every((b) => b === 0)) break
    const size = parseInt(field(header, 124, 12).trim() || '0', 8)
    const entry = tar.subarray(offset, offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK)
    offset += entry.length
    const segment = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/.exec(entryName(header))?.[1]
    const bytes = segment ? Math.min(keep(segment), size) : size
    if (bytes === size) kept.push(entry)
    else if (bytes > 0) kept.push(withSize(header, bytes), entry.subarray(BLOCK, BLOCK + Math.ceil(bytes / BLOCK) * BLOCK))
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

/** A copy of a tar header giving another size, with its checksum recomputed. */
function withSize(header: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(header)
  out.set(new TextEncoder().encode(`${size.toString(8).padStart(11, '0')}\0`), 124)
  out.fill(0x20, 148, 156) // the checksum is summed with its own field as spaces
  const sum = out.reduce((n, b) => n + b, 0)
  out.set(new TextEncoder().encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148)
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
