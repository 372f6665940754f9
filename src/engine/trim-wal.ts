import { packTar, tarEntries, truncatedEntry } from './tar.ts'

// A data-directory snapshot (tar) carries every WAL segment file PostgreSQL keeps, 16 MB each, though a
// database opened from it needs only the segments from its last checkpoint's redo point on, and of the
// last one only what has been written: the others are spent or recycled for later use, and the rest of the
// last is zeros PostgreSQL writes over (a segment that ends early reads as the end of the WAL, as zeros do,
// and grows as it is written). Trimming makes a snapshot 16-32 MB smaller to ship, unpack and hold in memory.

/**
 * The tar with each pg_wal segment file cut to the bytes `keep` gives it (0 drops the file, Infinity keeps
 * it whole); every other entry untouched.
 */
export function trimWal(tar: Uint8Array, keep: (segment: string) => number): Uint8Array {
  const kept: Uint8Array[] = []
  for (const entry of tarEntries(tar)) {
    const segment = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/.exec(entry.name)?.[1]
    const bytes = segment ? Math.min(keep(segment), entry.size) : entry.size
    if (bytes === entry.size) kept.push(entry.stored)
    else if (bytes > 0) kept.push(...truncatedEntry(entry, bytes))
  }
  return packTar(kept)
}
