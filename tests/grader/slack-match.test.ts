import { describe, expect, it } from 'vitest'
import type { RawRow } from '../../src/engine/types.ts'
import { FLOAT_NOISE, type NumericSlack } from '../../src/grader/cells.ts'
import { matchWithinSlack } from '../../src/grader/slack-match.ts'

const tolerance = (absolute: number): NumericSlack => ({ absolute, relative: 0 })
const floatNoise: NumericSlack = { absolute: 0, relative: FLOAT_NOISE }

describe('matching rows whose numbers may differ by a slack', () => {
  it('pairs each returned row with one expected row within the tolerance, and leaves the rest on their side', () => {
    const expected: RawRow[] = [['1.00'], ['2.00'], ['2.00'], ['5.00']]
    const actual: RawRow[] = [['2.004'], ['0.996'], ['5.02'], ['1.999'], ['2.0']]
    const { missing, extra } = matchWithinSlack(expected, actual, [tolerance(0.01)])
    expect(missing).toEqual([['5.00']])
    expect(extra).toEqual([['5.02'], ['2.0']])
  })

  it('matches NULL, NaN and infinities only with themselves, however wide the tolerance', () => {
    const expected: RawRow[] = [[null], ['NaN'], ['Infinity'], ['-Infinity'], ['3']]
    const actual: RawRow[] = [['Infinity'], ['3'], [null], ['NaN'], ['0']]
    const { missing, extra } = matchWithinSlack(expected, actual, [tolerance(1e9)])
    expect(missing).toEqual([['-Infinity']])
    expect(extra).toEqual([['0']])
  })

  it('looks up by the column with the most distinct values, so a constant first column costs nothing', () => {
    const expected: RawRow[] = Array.from({ length: 20_000 }, (_, i) => ['0', String(i / 7)])
    const actual = [...expected].reverse().map(([a, b]): RawRow => [a!, String(Number(b) * (1 + 1e-12))])
    const work = { comparisons: 0 }
    const { missing, extra } = matchWithinSlack(expected, actual, [floatNoise, floatNoise], work)
    expect({ missing: missing.length, extra: extra.length }).toEqual({ missing: 0, extra: 0 })
    expect(work.comparisons).toBeLessThan(3 * expected.length)
  })

  it('pairs 20,000 rows of equal values one to one', () => {
    const expected: RawRow[] = Array.from({ length: 20_000 }, () => ['1.5', '2.5'])
    const work = { comparisons: 0 }
    const { missing, extra } = matchWithinSlack(expected, [...expected.slice(1), ['9', '9']], [floatNoise, floatNoise], work)
    expect(missing).toEqual([['1.5', '2.5']])
    expect(extra).toEqual([['9', '9']])
    expect(work.comparisons).toBeLessThan(3 * expected.length)
  })
})
