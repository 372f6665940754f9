import { describe, expect, it } from 'vitest'
import { formatVerdict } from '../../src/cli/format-verdict.ts'
import { compareResults } from '../../src/grader/compare.ts'
import { DEFAULT_CONTRACT } from '../../src/grader/contract.ts'
import type { Verdict } from '../../src/grader/verdict.ts'
import { result } from '../support/results.ts'

const common = { casesPassed: 0, casesTotal: 3, timing: { queryMs: 1, referenceMs: 1, totalMs: 2 } }
const visible = { id: 'base', label: 'the visible dataset', hidden: false }

describe('the terminal verdict', () => {
  it('prints a changed row once, with "yours → expected" in the differing cell only', () => {
    const columns = ['city_name:text', 'requests:int8', 'no_driver_pct:numeric']
    const c = compareResults(result(columns, [['Porto', '328', '4.0']]), result(columns, [['Porto', '328', '3']]), DEFAULT_CONTRACT)
    if (c.equal) throw new Error('expected a difference')
    const text = formatVerdict({ verdict: 'wrong_answer', case: visible, diff: c.diff, hints: [], ...common }, 'select …')
    expect(text).toContain('Rows with wrong values (1; your value → the expected one):')
    expect(text).toMatch(/Porto\s+\| 328\s+\| 3 → 4\.0/)
    expect(text).not.toContain('Missing rows')
    expect(text).not.toContain('Unexpected rows')
  })

  it('places an error of a multi-line query by line and column, with a caret under it', () => {
    const sql = 'select city_name,\n  nope\nfrom trips'
    const v: Verdict = { verdict: 'error', case: visible, error: { sqlstate: '42703', message: 'column "nope" does not exist', position: 21 }, ...common }
    expect(formatVerdict(v, sql).split('\n')).toEqual([
      'Error on the visible dataset: column "nope" does not exist (SQLSTATE 42703)',
      '  line 2, column 3:',
      '      nope',
      '      ^',
    ])
  })
})
