import type { RawRow } from '../engine/types.ts'
import { canonicalCell } from './cells.ts'
import type { Diff, ResultSet } from './compare.ts'
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

export function hintsFor(diff: Diff, expected: ResultSet, actual: ResultSet): string[] {
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
      return rowHints(diff, expected, actual)
    default:
      return []
  }
}

function rowHints(diff: Extract<Diff, { kind: 'rows' }>, expected: ResultSet, actual: ResultSet): string[] {
  const oids = expected.columns.map((c) => c.typeOid)
  const key = (row: RawRow) => row.map((v, i) => canonicalCell(v, oids[i]!)).join('\u0001')
  const expectedKeys = new Set(expected.rows.map(key))
  const allMissing = diff.extraCount === 0
  const allExtra = diff.missingCount === 0

  if (allExtra && diff.extra.every((r) => expectedKeys.has(key(r)))) return [HINTS.duplicates]
  if (allMissing && diff.missing.some((r) => r.some((v, i) => v === null || (kindOf(oids[i]!) === 'number' && Number(v) === 0))))
    return [HINTS.outerJoin]

  const numeric = oids.map((o) => kindOf(o) === 'number')
  const pairs = pairByNonNumericColumns(diff.missing, diff.extra, numeric, oids)
  if (pairs.length && pairs.length === Math.min(diff.missing.length, diff.extra.length)) {
    const changes = pairs.flatMap(([e, a]) =>
      e.flatMap((v, i) => (numeric[i] && v !== null && a[i] !== null && v !== a[i] ? [[Number(v), Number(a[i])] as const] : [])),
    )
    if (changes.length) {
      if (changes.every(([e, a]) => Math.trunc(e) === a && e !== a)) return [HINTS.integerDivision]
      if (changes.every(([e, a]) => Math.abs(e - a) <= Math.max(Math.abs(e), 1) * 0.01)) return [HINTS.rounding]
      if (changes.every(([e, a]) => Math.abs(a) > Math.abs(e))) return [HINTS.inflatedAggregates]
    }
  }
  if (allMissing) return [HINTS.missingFilter]
  if (allExtra) return [HINTS.extraFilter]
  return []
}

/** Pairs an expected and a returned row that agree on every non-numeric column. */
function pairByNonNumericColumns(missing: RawRow[], extra: RawRow[], numeric: boolean[], oids: number[]): [RawRow, RawRow][] {
  if (!numeric.some(Boolean)) return []
  const key = (row: RawRow) => row.map((v, i) => (numeric[i] ? '' : canonicalCell(v, oids[i]!))).join('\u0001')
  const byKey = new Map<string, RawRow[]>()
  for (const row of extra) byKey.set(key(row), [...(byKey.get(key(row)) ?? []), row])
  const pairs: [RawRow, RawRow][] = []
  for (const row of missing) {
    const match = byKey.get(key(row))?.shift()
    if (match) pairs.push([row, match])
  }
  return pairs
}
