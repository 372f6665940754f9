import type { RawRow } from '../engine/types.ts'
import { canonicalCell } from './cells.ts'
import type { Diff, ResultSet } from './compare.ts'
import type { ChangedRow } from './pair-rows.ts'
import { kindOf } from './value-kinds.ts'

// Hints for diffs with the shape of a classic bug. Each says what the shape suggests, never the answer.

export const HINTS = {
  duplicates:
    'Some rows appear more often than expected. A join that matches several rows per key (fan-out) or a missing DISTINCT usually causes this.',
  outerJoin:
    'The missing rows have NULL or zero values. An inner join (or a WHERE condition on the optional side of a left join) drops rows that have no match; a LEFT JOIN keeps them.',
  inflatedAggregates:
    'The right groups came back, but some numbers are too large. A join that fans out before the aggregate counts rows more than once: aggregate first, then join (or count DISTINCT).',
  integerDivision:
    'Some values lost their fractional part. Dividing two integers in PostgreSQL truncates: cast one side to numeric first (x::numeric / y).',
  rounding: 'Some numbers differ only in their last digits. Check the rounding the statement asks for (for example round(x, 2)).',
  missingFilter:
    'Every row you returned is correct, but some expected rows are missing. Check the filters and the join conditions for a condition that is too strict.',
  extraFilter:
    'You returned every expected row plus some others. A filter is missing or too loose (check the conditions the statement lists, and ties).',
  order: 'The rows are right but their order is not. Check the ORDER BY the statement asks for, including its tie-breaker.',
  textForNumber:
    'A number was expected where you returned text. Drop formatting such as to_char or string concatenation; return the numeric value.',
  columnNames: 'Name each output column as the statement does, with AS.',
} as const

export function hintsFor(diff: Diff, expected: ResultSet): string[] {
  switch (diff.kind) {
    case 'column_names':
      return [HINTS.columnNames]
    case 'column_types':
      return diff.mismatches.some((m) => m.actual.startsWith('text') && m.expected.startsWith('a number'))
        ? [HINTS.textForNumber]
        : []
    case 'order':
      return [HINTS.order]
    case 'rows':
      return rowHints(diff, expected)
    default:
      return []
  }
}

function rowHints(diff: Extract<Diff, { kind: 'rows' }>, expected: ResultSet): string[] {
  const oids = expected.columns.map((c) => c.typeOid)
  const key = (row: RawRow) => row.map((v, i) => canonicalCell(v, oids[i]!)).join('\u0001')
  const expectedKeys = new Set(expected.rows.map(key))
  const onlyMissing = diff.extraCount === 0 && diff.changedCount === 0
  const onlyExtra = diff.missingCount === 0 && diff.changedCount === 0

  if (onlyExtra && diff.extra.every((r) => expectedKeys.has(key(r)))) return [HINTS.duplicates]
  if (onlyMissing && diff.missing.some((r) => r.some((v, i) => v === null || (kindOf(oids[i]!) === 'number' && Number(v) === 0))))
    return [HINTS.outerJoin]

  const changes = numericChanges(diff.changed, oids)
  if (changes.length) {
    if (changes.some(([e]) => !Number.isInteger(e)) && changes.every(([e, a]) => looksTruncated(e, a))) return [HINTS.integerDivision]
    if (changes.every(([e, a]) => Math.abs(e - a) <= Math.max(Math.abs(e), 1) * 0.01)) return [HINTS.rounding]
    if (changes.every(([e, a]) => Math.abs(a) > Math.abs(e))) return [HINTS.inflatedAggregates]
  }
  if (onlyMissing) return [HINTS.missingFilter]
  if (onlyExtra) return [HINTS.extraFilter]
  return []
}

/**
 * Every differing cell of the changed rows as [expected, returned] numbers; none when any differing cell is
 * not a finite number (then no numeric shape applies).
 */
function numericChanges(changed: ChangedRow[], oids: number[]): (readonly [number, number])[] {
  const changes = changed.flatMap((c) => c.cells.map((i) => [c.expected[i], c.actual[i], oids[i]!] as const))
  const numbers = changes.map(([e, a, oid]) => (kindOf(oid) === 'number' && e != null && a != null ? ([Number(e), Number(a)] as const) : null))
  return numbers.every((n) => n !== null && Number.isFinite(n[0]) && Number.isFinite(n[1])) ? (numbers as (readonly [number, number])[]) : []
}

/**
 * A whole number toward zero from the expected value and less than 1 from it: what integer division leaves of
 * a fraction, also when the expected value was rounded up (3.96 rounded to 4.0, truncated to 3).
 */
function looksTruncated(expected: number, actual: number): boolean {
  return Number.isInteger(actual) && actual * expected >= 0 && Math.abs(actual) <= Math.abs(expected) && Math.abs(expected) - Math.abs(actual) <= 1
}
