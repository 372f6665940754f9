import type { RawRow } from '../engine/types.ts'
import { canonicalNumber } from './canonical-number.ts'
import { cellsEqual, type NumericSlack } from './cells.ts'

// Matching rows whose numeric columns may differ by a slack (a declared tolerance, float noise) cannot use
// a hash of those columns. Trying every expected row for every returned one is quadratic: 10,000 rows took
// minutes. Instead the expected rows are sorted by one slack column (the one with the most distinct values)
// and each returned row looks only at the expected rows whose value lies within its slack of its own.

/**
 * Pairs `actual` rows with `expected` rows (each used once, first fit); what is left on either side.
 * `work.comparisons` counts the row comparisons made (tests hold it near linear).
 */
export function matchWithinSlack(
  expected: RawRow[],
  actual: RawRow[],
  slacks: (NumericSlack | null)[],
  work = { comparisons: 0 },
): { missing: RawRow[]; extra: RawRow[] } {
  const column = mostDistinctSlackColumn(expected, slacks)
  const used = new Set<RawRow>()
  const extra: RawRow[] = []
  // Rows whose sort value is not a finite number (NULL, NaN, ±Infinity, cut text) match by a plain scan.
  const finite = expected.filter((row) => finiteValue(row[column]!) !== null).sort((a, b) => finiteValue(a[column]!)! - finiteValue(b[column]!)!)
  const values = finite.map((row) => finiteValue(row[column]!)!)
  const others = expected.filter((row) => finiteValue(row[column]!) === null)
  const nextFree = new Array<number>(finite.length + 1).fill(0).map((_, i) => i)
  const firstFreeFrom = (i: number): number => {
    let root = i
    while (nextFree[root] !== root) root = nextFree[root]!
    while (nextFree[i] !== root) [i, nextFree[i]] = [nextFree[i]!, root]
    return root
  }
  const fits = (e: RawRow, a: RawRow) => (work.comparisons++, slacks.every((s, i) => !s || cellsEqual(e[i]!, a[i]!, 0, s)))

  for (const row of actual) {
    const value = finiteValue(row[column]!)
    let match = -1
    if (value === null) {
      match = others.findIndex((e) => !used.has(e) && fits(e, row))
      if (match >= 0) used.add(others[match]!)
    } else {
      const reach = window(value, slacks[column]!)
      for (let i = firstFreeFrom(lowerBound(values, value - reach)); i < finite.length && values[i]! <= value + reach; i = firstFreeFrom(i + 1)) {
        if (!fits(finite[i]!, row)) continue
        match = i
        used.add(finite[i]!)
        nextFree[i] = i + 1
        break
      }
    }
    if (match < 0) extra.push(row)
  }
  return { missing: expected.filter((row) => !used.has(row)), extra }
}

/** A bound on |x - y| for any x within `slack` of y (see numbersWithin), with room for rounding. */
function window(y: number, slack: NumericSlack): number {
  const r = slack.relative + 1e-12
  return ((slack.absolute + r * Math.abs(y)) / (1 - r)) * (1 + 1e-9) + Number.EPSILON * 4 * Math.abs(y)
}

function mostDistinctSlackColumn(rows: RawRow[], slacks: (NumericSlack | null)[]): number {
  let best = slacks.findIndex((s) => s !== null)
  let bestCount = -1
  slacks.forEach((s, i) => {
    if (!s) return
    const count = new Set(rows.map((r) => r[i])).size
    if (count > bestCount) [best, bestCount] = [i, count]
  })
  return best
}

function finiteValue(cell: string | null): number | null {
  if (cell === null || canonicalNumber(cell) === null) return null
  const x = Number(cell)
  return Number.isFinite(x) ? x : null
}

function lowerBound(sorted: number[], x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
