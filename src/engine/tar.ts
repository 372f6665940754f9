import { concatBytes } from './bytes.ts'

// The ustar archives PGlite dumps and loads a data directory as: 512-byte headers, each entry's data padded
// to 512 bytes, two zero blocks at the end. Only what snapshots need: walk entries, re-pack, resize one.

const BLOCK = 512

export interface TarEntry {
  /** The path as stored, e.g. "/base/5/16384". */
  name: string
  size: number
  header: Uint8Array
  /** Header and padded data, as stored: re-packing copies it unchanged. */
  stored: Uint8Array
  data: Uint8Array
}

export function* tarEntries(tar: Uint8Array): Generator<TarEntry> {
  let offset = 0
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every((b) => b === 0)) return
    const size = parseInt(field(header, 124, 12).trim() || '0', 8)
    const stored = tar.subarray(offset, offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK)
    offset += stored.length
    yield { name: entryName(header), size, header, stored, data: stored.subarray(BLOCK, BLOCK + size) }
  }
}

/** An archive of these stored entries (headers with their padded data), in order. */
export function packTar(parts: Uint8Array[]): Uint8Array {
  return concatBytes([...parts, new Uint8Array(2 * BLOCK)])
}

/** The entry cut to its first `bytes` bytes: a header giving the new size (checksum recomputed) and the data kept. */
export function truncatedEntry(entry: TarEntry, bytes: number): Uint8Array[] {
  const header = new Uint8Array(entry.header)
  header.set(new TextEncoder().encode(`${bytes.toString(8).padStart(11, '0')}\0`), 124)
  header.fill(0x20, 148, 156) // the checksum is summed with its own field as spaces
  const sum = header.reduce((n, b) => n + b, 0)
  header.set(new TextEncoder().encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148)
  return [header, entry.stored.subarray(BLOCK, BLOCK + Math.ceil(bytes / BLOCK) * BLOCK)]
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
