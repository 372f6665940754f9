import { describe, expect, it } from 'vitest'
import { declares } from '../../../src/check/mutants/equivalences.ts'
import { compileProblem } from '../../../src/problems/compile.ts'
import { MINI_CASES, MINI_CONTEXT, miniProblemFiles } from '../../support/problem-files.ts'

const mutant = { key: 'flip-comparison: "a >= 1" -> "a > 1"', operator: 'flip-comparison', description: '', sql: 'select a\nfrom t where a > 1' }

describe('equivalence declarations in cases.yaml', () => {
  it('are optional: a cases.yaml without them still compiles and declares nothing', () => {
    expect(compileProblem(miniProblemFiles(), MINI_CONTEXT)).toMatchObject({ ok: true, problem: { equivalentMutants: [] } })
  })

  it('compile and read when each names a mutant and gives a one-line reason', () => {
    const cases = `${MINI_CASES}\nequivalent_mutants:\n  - mutant: 'flip-comparison: "a >= 1" -> "a > 1"'\n    why: no value of a lies between 0 and 1 here\n`
    expect(compileProblem(miniProblemFiles({ cases }), MINI_CONTEXT)).toMatchObject({
      ok: true,
      problem: { equivalentMutants: [{ mutant: mutant.key, why: 'no value of a lies between 0 and 1 here' }] },
    })
  })

  it('reject a reason longer than one line', () => {
    const cases = `${MINI_CASES}\nequivalent_mutants:\n  - mutant: x\n    why: |\n      first line of it\n      second line of it\n`
    const compiled = compileProblem(miniProblemFiles({ cases }), MINI_CONTEXT)
    expect(compiled).toMatchObject({ ok: false, issues: [expect.objectContaining({ message: expect.stringContaining('one line') })] })
  })

  it('match a mutant by its key or by its mutated text, whatever the whitespace and case', () => {
    expect(declares({ mutant: mutant.key, why: '' }, mutant)).toBe(true)
    expect(declares({ mutant: 'SELECT a FROM t\n  WHERE a > 1', why: '' }, mutant)).toBe(true)
    expect(declares({ mutant: 'select a from t where a >= 1', why: '' }, mutant)).toBe(false)
  })
})
