import { describe, expect, it } from 'vitest'
import { compareResults, DIFF_ROW_LIMIT, keyColumnsFor, type ResultSet } from '../../src/grader/compare.ts'
import { DEFAULT_CONTRACT, type GradingContract } from '../../src/grader/contract.ts'
import { result } from '../support/results.ts'

const any = DEFAULT_CONTRACT

function rowsDiff(expected: ResultSet, actual: ResultSet, contract: GradingContract = any) {
  const c = compareResults(expected, actual, contract)
  if (c.equal || c.diff.kind !== 'rows') throw new Error(`expected a rows diff, got ${c.equal ? 'equal' : c.diff.kind}`)
  return c.diff
}

describe('pairing expected and returned rows by key', () => {
  it('turns a returned row with the same key but another value into one changed row naming the differing cell', () => {
    const expected = result(['city_name:text', 'requests:int8', 'no_driver_pct:numeric'], [['Lisbon', '560', '6.1'], ['Porto', '328', '4.0']])
    const actual = result(['city_name:text', 'requests:int8', 'no_driver_pct:numeric'], [['Lisbon', '560', '6.1'], ['Porto', '328', '3']])
    const d = rowsDiff(expected, actual)
    expect(d).toMatchObject({
      keyColumns: [0],
      changedCount: 1,
      changed: [{ key: ['Porto'], expected: ['Porto', '328', '4.0'], actual: ['Porto', '328', '3'], cells: [2] }],
      missing: [],
      extra: [],
      missingCount: 0,
      extraCount: 0,
    })
    expect(d.message).toBe('1 row has wrong values (expected 2 rows, got 2; rows matched by `city_name`).')
  })

  it('leaves rows whose key matches nothing as missing and unexpected', () => {
    const expected = result(['city_name:text', 'requests:int8'], [['Lisbon', '560'], ['Porto', '328']])
    const actual = result(['city_name:text', 'requests:int8'], [['Lisbon', '560'], ['Turin', '74']])
    const d = rowsDiff(expected, actual)
    expect(d).toMatchObject({ changed: [], changedCount: 0, missing: [['Porto', '328']], extra: [['Turin', '74']] })
    expect(d.message).toBe('1 expected row is missing and 1 row is not expected (expected 2 rows, got 2).')
  })

  it('pairs changed rows and keeps the rest missing or unexpected in one diff', () => {
    const expected = result(['city_name:text', 'requests:int8'], [['Lisbon', '560'], ['Porto', '328'], ['Lyon', '247']])
    const actual = result(['city_name:text', 'requests:int8'], [['Lisbon', '561'], ['Turin', '74']])
    const d = rowsDiff(expected, actual)
    expect(d).toMatchObject({ changedCount: 1, missingCount: 2, extraCount: 1, missing: [['Porto', '328'], ['Lyon', '247']], extra: [['Turin', '74']] })
    expect(d.message).toBe(
      '1 row has wrong values, 2 expected rows are missing and 1 row is not expected (expected 3 rows, got 2; rows matched by `city_name`).',
    )
  })

  it('pairs duplicated keys one to one and leaves the surplus copies missing', () => {
    const expected = result(['dept:text', 'headcount:int8'], [['Sales', '2'], ['Sales', '2'], ['Legal', '0']])
    const actual = result(['dept:text', 'headcount:int8'], [['Sales', '3'], ['Legal', '0']])
    const d = rowsDiff(expected, actual)
    expect(d).toMatchObject({ changedCount: 1, changed: [{ expected: ['Sales', '2'], actual: ['Sales', '3'], cells: [1] }], missing: [['Sales', '2']], extraCount: 0 })
  })

  it('among rows sharing a key, pairs each expected row with the returned row that differs in the fewest cells', () => {
    const columns = ['city_name:text', 'month:text', 'trips:int8']
    const expected = result(columns, [['Lisbon', 'Jan', '5'], ['Lisbon', 'Feb', '7']])
    const actual = result(columns, [['Lisbon', 'Feb', '8'], ['Lisbon', 'Jan', '6']])
    const d = rowsDiff(expected, actual)
    expect(d.changed).toEqual([
      { key: ['Lisbon'], expected: ['Lisbon', 'Jan', '5'], actual: ['Lisbon', 'Jan', '6'], cells: [2] },
      { key: ['Lisbon'], expected: ['Lisbon', 'Feb', '7'], actual: ['Lisbon', 'Feb', '8'], cells: [2] },
    ])
  })

  it('honours the tolerance: a cell within it is not a differing cell, and a key within it still pairs', () => {
    const tolerant: GradingContract = { ...any, tolerance: 0.01 }
    const expected = result(['avg_km:numeric', 'share:numeric', 'trips:int8'], [['3.30', '0.25', '10']])
    const actual = result(['avg_km:numeric', 'share:numeric', 'trips:int8'], [['3.304', '0.255', '12']])
    const d = rowsDiff(expected, actual, tolerant)
    expect(d.changed).toEqual([{ key: ['3.30'], expected: ['3.30', '0.25', '10'], actual: ['3.304', '0.255', '12'], cells: [2] }])
    const exact = rowsDiff(expected, actual, any)
    expect(exact).toMatchObject({ changedCount: 0, missingCount: 1, extraCount: 1 })
  })

  it('matches columns by position when the contract says so, whatever the returned names', () => {
    const positions: GradingContract = { ...any, columns: 'positions' }
    const d = rowsDiff(result(['dept:text', 'n:int8'], [['Sales', '2']]), result(['department:text', 'count:int8'], [['Sales', '3']]), positions)
    expect(d.changed).toEqual([{ key: ['Sales'], expected: ['Sales', '2'], actual: ['Sales', '3'], cells: [1] }])
  })

  it('lists at most DIFF_ROW_LIMIT changed rows but counts them all', () => {
    const rows = Array.from({ length: DIFF_ROW_LIMIT + 10 }, (_, i) => [`c${i}`, String(i)])
    const d = rowsDiff(result(['c:text', 'n:int8'], rows), result(['c:text', 'n:int8'], rows.map(([c, n]) => [c!, `${n}1`])))
    expect(d.changed).toHaveLength(DIFF_ROW_LIMIT)
    expect(d.changedCount).toBe(DIFF_ROW_LIMIT + 10)
  })
})

describe('the key columns', () => {
  const names = ['total_usd', 'merchant_id', 'month']
  it('are the ascending order-by columns, leaving out a descending key that ranks the measure', () => {
    const ranked: GradingContract = {
      ...any,
      order: { kind: 'partial', by: [{ column: 'total_usd', direction: 'desc' }, { column: 'merchant_id', direction: 'asc' }, { column: 3, direction: 'asc' }] },
    }
    expect(keyColumnsFor(ranked, names)).toEqual([1, 2])
  })
  it('are the first column without an ascending order-by column', () => {
    expect(keyColumnsFor(any, names)).toEqual([0])
    expect(keyColumnsFor({ ...any, order: { kind: 'total' } }, names)).toEqual([0])
    expect(keyColumnsFor({ ...any, order: { kind: 'partial', by: [{ column: 'total_usd', direction: 'desc' }] } }, names)).toEqual([0])
  })
  it('pair an inflated total on a problem ranked by it, through the tie-breaking id', () => {
    const ranked: GradingContract = { ...any, order: { kind: 'partial', by: [{ column: 'total_usd', direction: 'desc' }, { column: 'merchant_id', direction: 'asc' }] } }
    const expected = result(['total_usd:numeric', 'merchant_id:int4'], [['900.00', '7'], ['450.50', '3']])
    const actual = result(['total_usd:numeric', 'merchant_id:int4'], [['1800.00', '7'], ['450.50', '3']])
    expect(rowsDiff(expected, actual, ranked).changed).toEqual([{ key: ['7'], expected: ['900.00', '7'], actual: ['1800.00', '7'], cells: [0] }])
  })
})
