import { describe, expect, it } from 'vitest'
import { compareResults } from '../../src/grader/compare.ts'
import { DEFAULT_CONTRACT, type GradingContract } from '../../src/grader/contract.ts'
import { result } from '../support/results.ts'

const any = DEFAULT_CONTRACT
const total: GradingContract = { ...any, order: { kind: 'total' } }
const byTotalDesc: GradingContract = { ...any, order: { kind: 'partial', by: [{ column: 'total', direction: 'desc' }] } }

function diffOf(expected: ReturnType<typeof result>, actual: ReturnType<typeof result>, contract = any) {
  const c = compareResults(expected, actual, contract)
  return c.equal ? null : c.diff
}

describe('columns', () => {
  it('reports a different column count with both column lists', () => {
    const d = diffOf(result(['a:int4', 'b:int4'], [['1', '2']]), result(['a:int4'], [['1']]))
    expect(d).toMatchObject({ kind: 'column_count', expected: ['a', 'b'], actual: ['a'] })
    expect(d!.message).toBe('Expected 2 columns (a, b), got 1 (a).')
  })
  it('names the column whose name differs, ignoring case', () => {
    const expected = result(['name:text', 'revenue:numeric'], [['x', '1']])
    expect(diffOf(expected, result(['NAME:text', 'Revenue:numeric'], [['x', '1']]))).toBeNull()
    const d = diffOf(expected, result(['name:text', 'total:numeric'], [['x', '1']]))
    expect(d!.message).toBe('Column 2 is `total`, expected `revenue`.')
  })
  it('ignores names under columns: positions but still counts columns', () => {
    const positions: GradingContract = { ...any, columns: 'positions' }
    expect(diffOf(result(['a:int4'], [['1']]), result(['x:int4'], [['1']]), positions)).toBeNull()
    expect(diffOf(result(['a:int4'], [['1']]), result(['x:int4', 'y:int4'], [['1', '2']]), positions)!.kind).toBe('column_count')
  })
  it('calls a number returned as text a type mismatch, not a wrong value', () => {
    const d = diffOf(result(['total:numeric'], [['12.50']]), result(['total:text'], [['12.50']]))
    expect(d!.kind).toBe('column_types')
    expect(d!.message).toContain('is text (text), expected a number (numeric)')
  })
  it('tells a date from a timestamp', () => {
    const d = diffOf(result(['day:date'], [['2024-01-01']]), result(['day:timestamp'], [['2024-01-01 00:00:00']]))
    expect(d!.message).toContain('is a timestamp, expected a date')
  })
  it('keeps duplicate column names apart by position', () => {
    const expected = result(['id:int4', 'id:int4'], [['1', '2']])
    expect(diffOf(expected, result(['id:int4', 'id:int4'], [['1', '2']]))).toBeNull()
    expect(diffOf(expected, result(['id:int4', 'id:int4'], [['2', '1']]))!.kind).toBe('rows')
  })
})

describe('values', () => {
  it('compares every numeric type by value: 2 = 2.0 = 2.00 across int, numeric and float', () => {
    expect(diffOf(result(['n:int4'], [['2']]), result(['n:numeric'], [['2.00']]))).toBeNull()
    expect(diffOf(result(['n:numeric'], [['2.50']]), result(['n:float8'], [['2.5']]))).toBeNull()
    expect(diffOf(result(['n:numeric'], [['2.50']]), result(['n:numeric'], [['2.51']]))!.kind).toBe('rows')
  })
  it('never accepts infinity or NaN for a finite number, in float and numeric columns, with or without a tolerance', () => {
    for (const contract of [any, { ...any, tolerance: 0.01 }, { ...any, tolerance: 1e9 }]) {
      for (const type of ['float8', 'numeric']) {
        for (const special of ['Infinity', '-Infinity', 'NaN']) {
          const d = diffOf(result(['n:numeric', 'm:float8'], [['12.5', '3']]), result([`n:${type}`, `m:${type}`], [[special, special]]), contract)
          expect(d?.kind).toBe('rows')
        }
        expect(diffOf(result(['n:float8'], [['Infinity']]), result([`n:${type}`], [['Infinity']]), contract)).toBeNull()
        expect(diffOf(result(['n:float8'], [['NaN']]), result([`n:${type}`], [['NaN']]), contract)).toBeNull()
        expect(diffOf(result(['n:float8'], [['0']]), result([`n:${type}`], [['-0']]), contract)).toBeNull()
        expect(diffOf(result(['n:float8'], [['Infinity']]), result([`n:${type}`], [['-Infinity']]), contract)?.kind).toBe('rows')
      }
    }
  })
  it('is exact for numerics by default and honours a declared tolerance', () => {
    const expected = result(['avg:numeric'], [['3.3333333333333333']])
    const rounded = result(['avg:numeric'], [['3.33']])
    expect(diffOf(expected, rounded)!.kind).toBe('rows')
    expect(diffOf(expected, rounded, { ...any, tolerance: 0.01 })).toBeNull()
    expect(diffOf(expected, result(['avg:numeric'], [['3.32']]), { ...any, tolerance: 0.01 })!.kind).toBe('rows')
  })
  it('forgives float rounding noise but not a different float', () => {
    expect(diffOf(result(['x:float8'], [['0.30000000000000004']]), result(['x:numeric'], [['0.3']]))).toBeNull()
    expect(diffOf(result(['x:float8'], [['0.3']]), result(['x:float8'], [['0.31']]))!.kind).toBe('rows')
  })
  it('treats NULL as equal to NULL and unequal to anything else', () => {
    expect(diffOf(result(['x:int4'], [[null]]), result(['x:int4'], [[null]]))).toBeNull()
    expect(diffOf(result(['x:int4'], [[null]]), result(['x:int4'], [['0']]))!.kind).toBe('rows')
    expect(diffOf(result(['x:text'], [[null]]), result(['x:text'], [['']]))!.kind).toBe('rows')
  })
  it('compares text exactly: case and trailing spaces matter', () => {
    expect(diffOf(result(['x:text'], [['Ada']]), result(['x:varchar'], [['Ada']]))).toBeNull()
    expect(diffOf(result(['x:text'], [['Ada']]), result(['x:text'], [['ada']]))!.kind).toBe('rows')
    expect(diffOf(result(['x:text'], [['Ada']]), result(['x:text'], [['Ada ']]))!.kind).toBe('rows')
  })
  it('compares booleans, dates, timestamps and intervals as the text Postgres printed', () => {
    expect(diffOf(result(['b:bool'], [['t']]), result(['b:bool'], [['f']]))!.kind).toBe('rows')
    expect(diffOf(result(['d:date'], [['2024-02-29']]), result(['d:date'], [['2024-02-29']]))).toBeNull()
    expect(diffOf(result(['t:timestamptz'], [['2024-03-10 10:00:00+00']]), result(['t:timestamptz'], [['2024-03-10 10:00:00+00']]))).toBeNull()
    expect(diffOf(result(['t:timestamp'], [['2024-03-10 10:00:00']]), result(['t:timestamp'], [['2024-03-10 10:00:01']]))!.kind).toBe('rows')
    expect(diffOf(result(['i:interval'], [['1 day 02:00:00']]), result(['i:interval'], [['1 day 02:00:00']]))).toBeNull()
    expect(diffOf(result(['i:interval'], [['1 day 02:00:00']]), result(['i:interval'], [['02:00:00']]))!.kind).toBe('rows')
  })
  it('compares JSON by content: key order and spacing do not matter, big numbers stay exact', () => {
    expect(diffOf(result(['j:jsonb'], [['{"a": 1, "b": [1, 2]}']]), result(['j:json'], [['{ "b":[1,2],"a":1.0 }']]))).toBeNull()
    expect(diffOf(result(['j:jsonb'], [['{"a": 12345678901234567890}']]), result(['j:jsonb'], [['{"a": 12345678901234567891}']]))!.kind).toBe('rows')
    expect(diffOf(result(['j:jsonb'], [['[1, 2]']]), result(['j:jsonb'], [['[2, 1]']]))!.kind).toBe('rows')
  })
  it('compares arrays element by element with their element type', () => {
    expect(diffOf(result(['a:int4array'], [['{1,2,NULL}']]), result(['a:int4array'], [['{1,2,NULL}']]))).toBeNull()
    expect(diffOf(result(['a:textarray'], [['{"a b",c}']]), result(['a:textarray'], [['{"a b",c}']]))).toBeNull()
    expect(diffOf(result(['a:textarray'], [['{a,b}']]), result(['a:textarray'], [['{b,a}']]))!.kind).toBe('rows')
    expect(diffOf(result(['a:int4array'], [['{1,2}']]), result(['a:textarray'], [['{1,2}']]))!.kind).toBe('column_types')
  })
})

describe('rows as a multiset', () => {
  it('counts duplicates: one copy too many or too few is a difference', () => {
    const expected = result(['x:int4'], [['1'], ['1'], ['2']])
    expect(diffOf(expected, result(['x:int4'], [['1'], ['2'], ['1']]))).toBeNull()
    const d = diffOf(expected, result(['x:int4'], [['1'], ['2']]))
    expect(d).toMatchObject({ kind: 'rows', missingCount: 1, extraCount: 0, missing: [['1']] })
    expect(diffOf(expected, result(['x:int4'], [['1'], ['1'], ['1'], ['2']]))).toMatchObject({ extraCount: 1, extra: [['1']] })
  })
  it('lists missing and extra rows with counts and a sentence', () => {
    const d = diffOf(result(['x:int4'], [['1'], ['2'], ['3']]), result(['x:int4'], [['1'], ['4']]))
    expect(d).toMatchObject({ kind: 'rows', missing: [['2'], ['3']], extra: [['4']], expectedRowCount: 3, actualRowCount: 2 })
    expect(d!.message).toBe('2 expected rows are missing and 1 row is not expected (expected 3 rows, got 2).')
  })
  it('accepts any order under order: none', () => {
    expect(diffOf(result(['x:int4'], [['1'], ['2']]), result(['x:int4'], [['2'], ['1']]))).toBeNull()
  })
  it('matches tolerant numbers row by row without pairing the wrong rows', () => {
    const expected = result(['k:text', 'v:numeric'], [['a', '1.00'], ['a', '2.00']])
    const actual = result(['k:text', 'v:numeric'], [['a', '2.004'], ['a', '0.996']])
    expect(diffOf(expected, actual, { ...any, tolerance: 0.01 })).toBeNull()
  })
})

describe('order', () => {
  it('requires the exact sequence under order: total and reports the first row out of place', () => {
    const expected = result(['x:int4'], [['1'], ['2'], ['3']])
    expect(diffOf(expected, result(['x:int4'], [['1'], ['2'], ['3']]), total)).toBeNull()
    const d = diffOf(expected, result(['x:int4'], [['1'], ['3'], ['2']]), total)
    expect(d).toMatchObject({ kind: 'order', position: 2, expectedRow: ['2'], actualRow: ['3'] })
  })
  it('under a partial order accepts any order among rows that tie on the keys', () => {
    const expected = result(['name:text', 'total:int4'], [['b', '9'], ['a', '5'], ['c', '5'], ['d', '1']])
    const tiesSwapped = result(['name:text', 'total:int4'], [['b', '9'], ['c', '5'], ['a', '5'], ['d', '1']])
    expect(diffOf(expected, tiesSwapped, byTotalDesc)).toBeNull()
    const wrong = result(['name:text', 'total:int4'], [['a', '5'], ['b', '9'], ['c', '5'], ['d', '1']])
    expect(diffOf(expected, wrong, byTotalDesc)).toMatchObject({ kind: 'order', position: 1 })
    expect(diffOf(expected, wrong, byTotalDesc)!.message).toContain('not ordered by `total` descending')
  })
  it('checks rows before order: wrong rows in the right order are a rows diff', () => {
    const d = diffOf(result(['x:int4'], [['1'], ['2']]), result(['x:int4'], [['1'], ['3']]), total)
    expect(d!.kind).toBe('rows')
  })
  it('resolves partial order keys given by position', () => {
    const byPosition: GradingContract = { ...any, order: { kind: 'partial', by: [{ column: 2, direction: 'asc' }] } }
    const expected = result(['name:text', 'n:int4'], [['a', '1'], ['b', '2']])
    expect(diffOf(expected, result(['name:text', 'n:int4'], [['b', '2'], ['a', '1']]), byPosition)!.kind).toBe('order')
  })
})
