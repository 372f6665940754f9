import type { RawRow, ResultColumn } from '../engine/types.ts'
import { canonicalCell, cellsEqual, slackFor, type NumericSlack } from './cells.ts'
import type { GradingContract, OrderKey } from './contract.ts'
import { pairRowsByKey, type ChangedRow } from './pair-rows.ts'
import { matchWithinSlack } from './slack-match.ts'
import { describeKind, sameKind } from './value-kinds.ts'

export interface ResultSet {
  columns: ResultColumn[]
  rows: RawRow[]
}

export const DIFF_ROW_LIMIT = 50

export type Diff =
  | { kind: 'column_count'; message: string; expected: string[]; actual: string[] }
  | { kind: 'column_names'; message: string; mismatches: { position: number; expected: string; actual: string }[] }
  | {
      kind: 'column_types'
      message: string
      mismatches: { position: number; column: string; expected: string; actual: string }[]
    }
  | {
      kind: 'rows'
      message: string
      columns: string[]
      /** Expected rows the query did not return and could not pair by key (duplicates counted), at most DIFF_ROW_LIMIT. */
      missing: RawRow[]
      extra: RawRow[]
      missingCount: number
      extraCount: number
      /** 0-based indexes of the columns that pair expected and returned rows (see keyColumnsFor). */
      keyColumns: number[]
      /** Expected rows returned with the same key but other values, at most DIFF_ROW_LIMIT. */
      changed: ChangedRow[]
      changedCount: number
      expectedRowCount: number
      actualRowCount: number
    }
  | {
      kind: 'order'
      message: string
      columns: string[]
      /** 1-based row number of the first row out of place. */
      position: number
      expectedRow: RawRow
      actualRow: RawRow
    }

export type Comparison = { equal: true } | { equal: false; diff: Diff }

export function compareResults(expected: ResultSet, actual: ResultSet, contract: GradingContract): Comparison {
  const columnDiff = compareColumns(expected.columns, actual.columns, contract)
  if (columnDiff) return { equal: false, diff: columnDiff }

  const slacks = expected.columns.map((c, i) => slackFor(c.typeOid, actual.columns[i]!.typeOid, contract.tolerance))
  const oids = expected.columns.map((c) => c.typeOid)
  const names = expected.columns.map((c) => c.name)

  const difference = multisetDifference(expected.rows, actual.rows, oids, slacks)
  if (difference.missing.length || difference.extra.length) {
    const keyColumns = keyColumnsFor(contract, names)
    const { changed, missing, extra } = pairRowsByKey(difference.missing, difference.extra, keyColumns, oids, slacks)
    const keyNames = keyColumns.map((i) => `\`${names[i]}\``).join(', ')
    return {
      equal: false,
      diff: {
        kind: 'rows',
        message: rowsMessage(changed.length, missing.length, extra.length, expected.rows.length, actual.rows.length, keyNames),
        columns: names,
        missing: missing.slice(0, DIFF_ROW_LIMIT),
        extra: extra.slice(0, DIFF_ROW_LIMIT),
        missingCount: missing.length,
        extraCount: extra.length,
        keyColumns,
        changed: changed.slice(0, DIFF_ROW_LIMIT),
        changedCount: changed.length,
        expectedRowCount: expected.rows.length,
        actualRowCount: actual.rows.length,
      },
    }
  }

  const order = contract.order
  if (order.kind === 'none') return { equal: true }
  const positions = order.kind === 'total' ? names.map((_, i) => i) : resolveOrderKeys(order.by, names)
  for (let i = 0; i < expected.rows.length; i++) {
    const e = expected.rows[i]!
    const a = actual.rows[i]!
    if (!positions.every((p) => cellsEqual(e[p]!, a[p]!, oids[p]!, slacks[p]!))) {
      return {
        equal: false,
        diff: {
          kind: 'order',
          message: `Row ${i + 1} is out of order: the right rows came back, but ${order.kind === 'total' ? 'not in the required order' : `not ordered by ${order.by.map((k) => describeKey(k, names)).join(', then ')}`}.`,
          columns: names,
          position: i + 1,
          expectedRow: e,
          actualRow: a,
        },
      }
    }
  }
  return { equal: true }
}

function compareColumns(expected: ResultColumn[], actual: ResultColumn[], contract: GradingContract): Diff | null {
  const en = expected.map((c) => c.name)
  const an = actual.map((c) => c.name)
  if (expected.length !== actual.length) {
    return {
      kind: 'column_count',
      message: `Expected ${expected.length} column${expected.length === 1 ? '' : 's'} (${en.join(', ')}), got ${actual.length} (${an.join(', ')}).`,
      expected: en,
      actual: an,
    }
  }
  if (contract.columns === 'names') {
    const mismatches = expected
      .map((c, i) => ({ position: i + 1, expected: c.name, actual: actual[i]!.name }))
      .filter((m) => m.expected.toLowerCase() !== m.actual.toLowerCase())
    if (mismatches.length) {
      return {
        kind: 'column_names',
        message: mismatches.map((m) => `Column ${m.position} is \`${m.actual}\`, expected \`${m.expected}\`.`).join(' '),
        mismatches,
      }
    }
  }
  const typeMismatches = expected
    .map((c, i) => ({ c, a: actual[i]!, position: i + 1 }))
    .filter(({ c, a }) => !sameKind(c.typeOid, a.typeOid))
    .map(({ c, a, position }) => ({
      position,
      column: c.name,
      expected: describeKind(c.typeOid),
      actual: describeKind(a.typeOid),
    }))
  if (typeMismatches.length) {
    return {
      kind: 'column_types',
      message: typeMismatches
        .map((m) => `Type mismatch: column ${m.position} (\`${m.column}\`) is ${m.actual}, expected ${m.expected}.`)
        .join(' '),
      mismatches: typeMismatches,
    }
  }
  return null
}

/** Rows of `expected` not matched in `actual` and the reverse, counting duplicates. */
function multisetDifference(
  expected: RawRow[],
  actual: RawRow[],
  oids: number[],
  slacks: (NumericSlack | null)[],
): { missing: RawRow[]; extra: RawRow[] } {
  const exactKey = (row: RawRow) =>
    row.map((v, i) => (slacks[i] ? '' : canonicalCell(v, oids[i]!))).join('\u0001')
  const pending = new Map<string, RawRow[]>()
  for (const row of expected) {
    const key = exactKey(row)
    const list = pending.get(key)
    if (list) list.push(row)
    else pending.set(key, [row])
  }
  const hasSlack = slacks.some((s) => s !== null)
  const extra: RawRow[] = []
  let missing: RawRow[]
  if (hasSlack) {
    const arriving = new Map<string, RawRow[]>()
    for (const row of actual) {
      const key = exactKey(row)
      const list = arriving.get(key)
      if (!pending.has(key)) extra.push(row)
      else if (list) list.push(row)
      else arriving.set(key, [row])
    }
    missing = []
    for (const [key, rows] of pending) {
      const matched = matchWithinSlack(rows, arriving.get(key) ?? [], slacks)
      missing.push(...matched.missing)
      extra.push(...matched.extra)
    }
  } else {
    for (const row of actual) {
      const list = pending.get(exactKey(row))
      if (list?.length) list.pop()
      else extra.push(row)
    }
    missing = [...pending.values()].flat()
  }
  // Keep the expected order for display.
  const missingSet = new Set(missing)
  return { missing: expected.filter((r) => missingSet.has(r)), extra }
}

/** Rows pair by key: the contract's ascending order-by columns (a descending one ranks a measure), else the first column. */
export function keyColumnsFor(contract: GradingContract, names: string[]): number[] {
  const order = contract.order
  const ascending = order.kind === 'partial' ? order.by.filter((k) => k.direction === 'asc') : []
  return ascending.length ? [...new Set(resolveOrderKeys(ascending, names))] : [0]
}

export function resolveOrderKeys(keys: OrderKey[], names: string[]): number[] {
  return keys.map((k) => {
    const index =
      typeof k.column === 'number' ? k.column - 1 : names.findIndex((n) => n.toLowerCase() === k.column.toString().toLowerCase())
    if (index < 0 || index >= names.length) throw new Error(`order key ${k.column} is not an output column (${names.join(', ')})`)
    return index
  })
}

function describeKey(k: OrderKey, names: string[]): string {
  const name = typeof k.column === 'number' ? (names[k.column - 1] ?? `column ${k.column}`) : k.column
  return `\`${name}\`${k.direction === 'desc' ? ' descending' : ''}`
}

function rowsMessage(changed: number, missing: number, extra: number, expectedCount: number, actualCount: number, keyNames: string): string {
  const parts: string[] = []
  if (changed) parts.push(`${changed} row${changed === 1 ? ' has' : 's have'} wrong values`)
  if (missing) parts.push(`${missing} expected row${missing === 1 ? ' is' : 's are'} missing`)
  if (extra) parts.push(`${extra} row${extra === 1 ? ' is' : 's are'} not expected`)
  const listed = parts.length > 2 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join(' and ')
  const matched = changed ? `; rows matched by ${keyNames}` : ''
  return `${listed} (expected ${expectedCount} row${expectedCount === 1 ? '' : 's'}, got ${actualCount}${matched}).`
}
