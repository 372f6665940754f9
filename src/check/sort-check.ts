import type { RawRow, ResultColumn } from '../engine/types.ts'
import type { OrderKey } from '../grader/contract.ts'
import { kindOf } from '../grader/value-kinds.ts'

// Verifies that a reference really is sorted by the keys its contract declares (the grader trusts that).
// Postgres defaults: NULLs sort last ascending and first descending; the database collation is "C".

const encoder = new TextEncoder()
const BYTE_ORDERED = ['text', 'date', 'timestamp', 'timestamptz', 'time', 'boolean', 'uuid']

export function firstUnsortedRow(rows: RawRow[], columns: ResultColumn[], keys: OrderKey[], positions: number[]): number | null {
  for (let i = 1; i < rows.length; i++) {
    for (let k = 0; k < keys.length; k++) {
      const p = positions[k]!
      const c = compareForSort(rows[i - 1]![p]!, rows[i]![p]!, columns[p]!.typeOid, keys[k]!.direction)
      if (c < 0) break
      if (c > 0) return i + 1
    }
  }
  return null
}

function compareForSort(a: string | null, b: string | null, typeOid: number, direction: 'asc' | 'desc'): number {
  if (a === null || b === null) {
    if (a === b) return 0
    // NULL is larger than every value: last ascending, first descending.
    const nullLarger = a === null ? 1 : -1
    return direction === 'asc' ? nullLarger : -nullLarger
  }
  const c = compareValues(a, b, typeOid)
  return direction === 'asc' ? c : -c
}

function compareValues(a: string, b: string, typeOid: number): number {
  const kind = kindOf(typeOid)
  if (kind === 'number') return Math.sign(Number(a) - Number(b))
  if (!BYTE_ORDERED.includes(kind)) throw new Error(`cannot verify an order on a ${kind} column; order by a text, number, date or timestamp column`)
  // ISO dates and timestamps, booleans (f < t) and C-collated text all sort by their bytes.
  const x = encoder.encode(a)
  const y = encoder.encode(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
  return x.length - y.length
}
