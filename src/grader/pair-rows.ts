import type { RawRow } from '../engine/types.ts'
import { canonicalCell, cellsEqual, type NumericSlack } from './cells.ts'

// Pairs the expected rows a query missed with the rows it returned instead, by key, so that a wrong value
// reads as one changed row rather than as a missing row plus an unexpected one.

/** An expected row and the returned row with the same key, and where they differ. */
export interface ChangedRow {
  /** The key columns' values (Postgres text or null). */
  key: (string | null)[]
  expected: RawRow
  actual: RawRow
  /** 0-based indexes of the cells that differ. */
  cells: number[]
}

export interface PairedRows {
  changed: ChangedRow[]
  /** Expected rows with no returned row of the same key, in expected order. */
  missing: RawRow[]
  /** Returned rows with no expected row of the same key, in returned order. */
  extra: RawRow[]
}

/** How many same-key candidates are weighed for one expected row (bounds the work on a huge key group). */
export const PAIRING_CANDIDATES = 50
/** How many key comparisons may look past equal key text for keys within a tolerance (bounds a huge diff). */
export const TOLERANT_KEY_COMPARISONS = 5_000

/**
 * Each missing row takes the unpaired extra row with an equal key (cell by cell, as the contract compares) that
 * differs from it in the fewest cells, the first such on a tie; rows left over stay missing or extra.
 */
export function pairRowsByKey(
  missing: RawRow[],
  extra: RawRow[],
  keyColumns: number[],
  oids: number[],
  slacks: (NumericSlack | null)[],
): PairedRows {
  const cellEqual = (e: RawRow, a: RawRow, i: number) => cellsEqual(e[i]!, a[i]!, oids[i]!, slacks[i]!)
  const keyText = (row: RawRow) => keyColumns.map((i) => canonicalCell(row[i]!, oids[i]!)).join('\u0001')
  // Extra rows not paired yet, by their key's exact text: rows with equal key text are found at once.
  const unpaired = new Map<string, number[]>()
  extra.forEach((row, index) => {
    const group = unpaired.get(keyText(row))
    if (group) group.push(index)
    else unpaired.set(keyText(row), [index])
  })
  // A key within a tolerance of another (3.30 and 3.304 under 0.01) has other text: those are searched beyond it.
  const tolerantKey = keyColumns.some((i) => slacks[i] !== null)
  let tolerantComparisons = TOLERANT_KEY_COMPARISONS

  const closest = (e: RawRow, groups: Iterable<number[]>, counted: boolean) => {
    let best: { group: number[]; at: number; cells: number[] } | null = null
    let weighed = 0
    for (const group of groups) {
      for (let at = 0; at < group.length && weighed < PAIRING_CANDIDATES; at++) {
        if (counted && tolerantComparisons-- <= 0) return best
        const a = extra[group[at]!]!
        if (!keyColumns.every((i) => cellEqual(e, a, i))) continue
        weighed++
        const cells = e.map((_, i) => i).filter((i) => !cellEqual(e, a, i))
        if (!best || cells.length < best.cells.length) best = { group, at, cells }
      }
    }
    return best
  }

  const changed: ChangedRow[] = []
  const missingLeft: RawRow[] = []
  const taken = new Set<number>()
  for (const e of missing) {
    const sameText = unpaired.get(keyText(e))
    const best = closest(e, sameText ? [sameText] : [], false) ?? (tolerantKey ? closest(e, unpaired.values(), true) : null)
    if (!best) {
      missingLeft.push(e)
      continue
    }
    const index = best.group.splice(best.at, 1)[0]!
    taken.add(index)
    changed.push({ key: keyColumns.map((i) => e[i]!), expected: e, actual: extra[index]!, cells: best.cells })
  }
  return { changed, missing: missingLeft, extra: extra.filter((_, index) => !taken.has(index)) }
}
