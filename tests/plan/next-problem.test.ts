import { describe, expect, it } from 'vitest'
import { nextProblem } from '../../src/plan/next-problem.ts'
import { EMPTY_PROGRESS, progressFromEvents } from '../../src/progress/reducer.ts'
import { FAKE_BANK } from '../support/bank-fixture.ts'

const solved = (...ids: string[]) => progressFromEvents(ids.map((id, i) => ({ id: `s${i}`, type: 'submitted' as const, problemId: id, at: i, verdict: 'accepted' as const })))

describe('the next problem after an accepted one', () => {
  it('is the next problem in plan order', () => {
    expect(nextProblem(FAKE_BANK, solved('e1'), 'e1')).toMatchObject({ problem: { id: 'e2' }, why: 'plan' })
  })

  it('skips problems already solved', () => {
    expect(nextProblem(FAKE_BANK, solved('e1', 'e2', 'e3'), 'e1')?.problem.id).toBe('m1')
  })

  it('past the end of the plan, is an unsolved problem on the same topic', () => {
    expect(nextProblem(FAKE_BANK, solved('h2'), 'h2')).toMatchObject({ problem: { id: 'e3' }, why: 'topic' })
  })

  it('is none when nothing later in the plan or on the topic is left', () => {
    expect(nextProblem(FAKE_BANK, solved('e3', 'm1', 'h1', 'h2'), 'h2')).toBeNull()
  })

  it('never offers the problem just opened, even when it is not solved yet', () => {
    expect(nextProblem(FAKE_BANK, EMPTY_PROGRESS, 'm3')?.problem.id).toBe('h1')
  })
})
