import { canonicalCell } from '../grader/cells.ts'

// What crosses from the worker to the page is capped: a 20-million-character cell would take seconds to
// copy, compare and render. A cell longer than MAX_CELL_CHARS is replaced, in the worker, by its start and
// a fingerprint of its canonical value, so equal values still compare equal and different ones differ.

export const MAX_CELL_CHARS = 10_000
const SHOWN_CHARS = 200

export function capCell(value: string | null, typeOid: number, maxChars = MAX_CELL_CHARS): string | null {
  if (value === null || value.length <= maxChars) return value
  // Everything shown derives from the canonical value, so JSON with its keys in another order still matches.
  const canonical = canonicalCell(value, typeOid)
  return `${canonical.slice(0, SHOWN_CHARS)}… [cut: ${canonical.length.toLocaleString('en')} characters, fingerprint ${fnv64(canonical)}]`
}

/** Two FNV-1a passes with different offsets: a 64-bit fingerprint without a crypto dependency. */
function fnv64(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}
