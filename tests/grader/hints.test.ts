import { describe, expect, it } from 'vitest'
import { compareResults, type ResultSet } from '../../src/grader/compare.ts'
import { DEFAULT_CONTRACT, type GradingContract } from '../../src/grader/contract.ts'
import { HINTS, hintsFor } from '../../src/grader/hints.ts'
import { result } from '../support/results.ts'

function hints(expected: ResultSet, actual: ResultSet, contract: GradingContract = DEFAULT_CONTRACT): string[] {
  const c = compareResults(expected, actual, contract)
  if (c.equal) throw new Error('expected a difference')
  return hintsFor(c.diff, expected)
}

describe('hints for classic bug shapes', () => {
  const customers = result(['customer:text', 'orders:int8'], [['Ada', '2'], ['Bo', '1'], ['Cy', '0']])

  it('suggests a fan-out join or missing DISTINCT when extra rows duplicate expected ones', () => {
    const actual = result(['customer:text', 'orders:int8'], [['Ada', '2'], ['Ada', '2'], ['Bo', '1'], ['Cy', '0']])
    expect(hints(customers, actual)).toEqual([HINTS.duplicates])
  })
  it('suggests a left join when the missing rows carry NULL or zero', () => {
    const actual = result(['customer:text', 'orders:int8'], [['Ada', '2'], ['Bo', '1']])
    expect(hints(customers, actual)).toEqual([HINTS.outerJoin])
  })
  it('suggests aggregating before joining when the same groups have inflated totals', () => {
    const actual = result(['customer:text', 'orders:int8'], [['Ada', '4'], ['Bo', '1'], ['Cy', '0']])
    expect(hints(customers, actual)).toEqual([HINTS.inflatedAggregates])
  })
  it('recognises integer division by the lost fractional part', () => {
    const expected = result(['dept:text', 'share:numeric'], [['a', '0.25'], ['b', '1.75']])
    const actual = result(['dept:text', 'share:numeric'], [['a', '0'], ['b', '1']])
    expect(hints(expected, actual)).toEqual([HINTS.integerDivision])
  })
  it('points at rounding when numbers differ only in the last digits', () => {
    const expected = result(['dept:text', 'avg:numeric'], [['a', '10.33']])
    const actual = result(['dept:text', 'avg:numeric'], [['a', '10.3333333333333333']])
    expect(hints(expected, actual)).toEqual([HINTS.rounding])
  })
  it('suggests a missing filter when every returned row is right but more were returned', () => {
    const actual = result(['customer:text', 'orders:int8'], [['Ada', '2'], ['Bo', '1'], ['Cy', '0'], ['Di', '5']])
    expect(hints(customers, actual)).toEqual([HINTS.extraFilter])
  })
  it('explains a text column returned where a number was expected', () => {
    expect(hints(result(['n:numeric'], [['1']]), result(['n:text'], [['1']]))).toEqual([HINTS.textForNumber])
  })
  it('suggests a missing filter when every returned row is right but some expected rows are missing', () => {
    const actual = result(['customer:text', 'orders:int8'], [['Ada', '2'], ['Bo', '1']])
    const expected = result(['customer:text', 'orders:int8'], [['Ada', '2'], ['Bo', '1'], ['Di', '5']])
    expect(hints(expected, actual)).toEqual([HINTS.missingFilter])
  })
  it('points at ORDER BY when the right rows come back in the wrong order', () => {
    const byOrders: GradingContract = { ...DEFAULT_CONTRACT, order: { kind: 'partial', by: [{ column: 'orders', direction: 'desc' }] } }
    const actual = result(['customer:text', 'orders:int8'], [['Cy', '0'], ['Bo', '1'], ['Ada', '2']])
    expect(hints(customers, actual, byOrders)).toEqual([HINTS.order])
  })
  it('asks for the statement’s column names when a column is named otherwise', () => {
    expect(hints(customers, result(['customer:text', 'count:int8'], [['Ada', '2'], ['Bo', '1'], ['Cy', '0']]))).toEqual([HINTS.columnNames])
  })
  it('gives no numeric hint when a changed row differs in a text cell', () => {
    const expected = result(['customer:text', 'city:text', 'share:numeric'], [['Ada', 'Lyon', '0.5']])
    const actual = result(['customer:text', 'city:text', 'share:numeric'], [['Ada', 'Porto', '0']])
    expect(hints(expected, actual)).toEqual([])
  })
  it('gives no integer-division hint for whole numbers that are simply wrong', () => {
    const expected = result(['customer:text', 'orders:int8'], [['Ada', '5'], ['Bo', '3']])
    const actual = result(['customer:text', 'orders:int8'], [['Ada', '4'], ['Bo', '2']])
    expect(hints(expected, actual)).not.toContain(HINTS.integerDivision)
  })
  it('gives no hint when the diff has no recognisable shape', () => {
    const expected = result(['name:text'], [['Ada'], ['Bo']])
    const actual = result(['name:text'], [['Cy'], ['Di']])
    expect(hints(expected, actual)).toEqual([])
  })
})

describe('the integer-division hint on the mistake a problem predicts', () => {
  // cancellation-rates-by-city (0601): `round(100 * count / count, 1)` truncates before rounding. The reference's
  // round(x, 1) rounds 3.96 up to 4.0 where the truncated query says 3: every changed cell is such a whole number.
  const columns = ['city_name:text', 'requests:int8', 'rider_cancel_pct:numeric', 'driver_cancel_pct:numeric', 'no_driver_pct:numeric']
  const byCity: GradingContract = { ...DEFAULT_CONTRACT, order: { kind: 'partial', by: [{ column: 'city_name', direction: 'asc' }] } }
  const expected = result(columns, [
    ['Lisbon', '560', '11.3', '3.4', '6.1'],
    ['Lyon', '247', '14.2', '4.5', '5.3'],
    ['Porto', '328', '15.9', '3.7', '4.0'],
    ['Turin', '74', '12.2', '2.7', '1.4'],
    ['Valencia', '289', '11.8', '3.8', '4.5'],
  ])
  const truncated = result(columns, [
    ['Lisbon', '560', '11', '3', '6'],
    ['Lyon', '247', '14', '4', '5'],
    ['Porto', '328', '15', '3', '3'],
    ['Turin', '74', '12', '2', '1'],
    ['Valencia', '289', '11', '3', '4'],
  ])
  it('fires when every changed cell is the expected value truncated to a whole number, even where rounding went up', () => {
    expect(hints(expected, truncated, byCity)).toEqual([HINTS.integerDivision])
  })
  it('fires on an unrounded fraction truncated to zero', () => {
    const share = ['device:text', 'conversion:numeric']
    expect(hints(result(share, [['ios', '0.4166666666666667'], ['web', '1.25']]), result(share, [['ios', '0'], ['web', '1']]))).toEqual([HINTS.integerDivision])
  })
})
