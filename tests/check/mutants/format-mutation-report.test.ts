import { describe, expect, it } from 'vitest'
import { formatMutationReport } from '../../../src/check/mutants/format-mutation-report.ts'
import { sumTallies, tally, type MutantVerdict, type MutationReport } from '../../../src/check/mutants/mutation-report.ts'

const verdicts: MutantVerdict[] = [
  { key: 'flip-comparison: "a >= 1" -> "a > 1"', operator: 'flip-comparison', description: 'a comparison flipped', status: 'survived', rejectedBy: [] },
  { key: 'drop-condition: "where a >= 1" -> ""', operator: 'drop-condition', description: 'a condition forgotten', status: 'killed', case: 'edge', rejectedBy: ['edge'] },
  { key: 'change-frame: "x" -> "y"', operator: 'change-frame', description: 'frame', status: 'invalid', case: 'base', reason: 'error: nope', rejectedBy: [] },
]

const report: MutationReport = {
  ok: false,
  problems: [
    {
      path: 'problems/basics/0001-x',
      slug: 'x',
      difficulty: 'easy',
      tally: tally(verdicts),
      mutants: verdicts,
      traps: [{ id: 'trap', case: 'base', rejectedBy: ['base'] }],
      idleCases: ['lonely'],
      failures: [],
      seconds: 1.23,
    },
  ],
  totals: sumTallies([tally(verdicts)]),
  byDifficulty: { easy: sumTallies([tally(verdicts)]) },
  seconds: 2,
}

describe('the mutation report in words', () => {
  it('counts mutants by verdict and leaves invalid ones out of the kill rate', () => {
    expect(tally(verdicts)).toMatchObject({ generated: 3, killed: 1, invalid: 1, survived: 1, killRate: 0.5 })
  })

  it('lists each survivor with its change, the case behind each trap and kill, idle cases, and totals by difficulty', () => {
    const text = formatMutationReport(report)
    expect(text).toContain('problems/basics/0001-x (easy): 3 mutants, 1 killed, 1 invalid, 0 declared equivalent, 1 survived — kill rate 50%')
    expect(text).toContain('  survived: flip-comparison: "a >= 1" -> "a > 1"')
    expect(text).toContain('traps rejected by: trap ← base')
    expect(text).toContain('mutants killed first by: edge 1')
    expect(text).toContain('hidden case "lonely"')
    expect(text).toMatch(/^FAILED: mutation testing of 1 problem: .* kill rate 50% \(easy 50% over 1\)/m)
  })
})
