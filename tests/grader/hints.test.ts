import { describe, expect, it } from 'vitest'
import { compareResults, type ResultSet } from '../../src/grader/compare.ts'
import { DEFAULT_CONTRACT } from '../../src/grader/contract.ts'
import { HINTS, hintsFor } from '../../src/grader/hints.ts'
import { result } from '../support/results.ts'

function hints(expected: ResultSet, actual: ResultSet): string[] {
  const c = compareResults(expected, actual, DEFAULT_CONTRACT)
  if (c.equal) throw new Error('expected a difference')
  return hintsFor(c.diff, expected, actual)
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
  it('gives no hint when the diff has no recognisable shape', () => {
    const expected = result(['name:text'], [['Ada'], ['Bo']])
    const actual = result(['name:text'], [['Cy'], ['Di']])
    expect(hints(expected, actual)).toEqual([])
  })
})
