import { describe, expect, it } from 'vitest'
import { describePlanStatus, planDay, planStartDate, planStatus, projection, projectionOnceStarted, segmentFor, todaysProblems } from '../../src/plan/study-plan.ts'
import type { ProgressEvent } from '../../src/progress/events.ts'
import { EMPTY_PROGRESS, progressFromEvents } from '../../src/progress/reducer.ts'
import { FAKE_BANK, fakeProblem } from '../support/bank-fixture.ts'

describe('the study plan', () => {
  it('counts plan days from the start date, day 1 being the start', () => {
    expect(planDay('2026-11-19', '2026-11-24')).toBe(6)
    expect(planDay('2026-11-24', '2026-11-24')).toBe(1)
    expect(planDay('2026-02-27', '2026-03-01')).toBe(3)
  })
  it('asks for what each range of days covers', () => {
    expect(segmentFor(2)).toMatchObject({ difficulty: 'easy', perDay: [5, 7] })
    expect(segmentFor(6)!.title).toContain('LAG/LEAD')
    expect(segmentFor(83)).toMatchObject({ kind: 'grind', difficulty: 'hard' })
    expect(segmentFor(89)).toMatchObject({ kind: 'mock' })
    expect(segmentFor(0)).toBeNull()
  })
  it("offers today's problems first, then earlier ones not yet solved, skipping solved ones", () => {
    const progress = progressFromEvents([{ id: 'a', type: 'submitted', problemId: 'm1', at: 1, verdict: 'accepted' }])
    expect(todaysProblems(FAKE_BANK, progress, 6, []).map((p) => p.id)).toEqual(['m2', 'e1', 'e2', 'e3'])
    expect(todaysProblems(FAKE_BANK, EMPTY_PROGRESS, 1, []).map((p) => p.id)).toEqual(['e1', 'e2', 'e3'])
  })
  it("lists today's problems in the problem list's plan order: first plan day, then difficulty, then slug", () => {
    const sameDay = [fakeProblem('a-hard', 'hard', [5, 7]), fakeProblem('b-medium', 'medium', [5, 7]), fakeProblem('c-easy', 'easy', [5, 7]), fakeProblem('d-early', 'hard', [4, 7])]
    expect(todaysProblems(sameDay, EMPTY_PROGRESS, 5, []).map((p) => p.id)).toEqual(['d-early', 'c-easy', 'b-medium', 'a-hard'])
  })
  it('puts problems due for review first on review days', () => {
    expect(todaysProblems(FAKE_BANK, EMPTY_PROGRESS, 20, ['h2']).map((p) => p.id)[0]).toBe('h2')
  })
  it("projects the learner's pace onto the milestones", () => {
    const p = projection(30, 6)
    expect(p.pace).toBe(5)
    expect(p.atMilestones).toEqual([
      { day: 14, target: 80, projected: 70 },
      { day: 30, target: 100, projected: 150 },
      { day: 90, target: 150, projected: 450 },
    ])
  })
})

describe('where the learner stands in the plan', () => {
  it('says a plan starting in the future starts in N days, in the singular for tomorrow', () => {
    expect(planStatus(planDay('2026-12-10', '2026-12-06'))).toEqual({ kind: 'upcoming', startsInDays: 4 })
    expect(describePlanStatus(planStatus(planDay('2026-12-10', '2026-12-06')))).toBe('The plan starts in 4 days')
    expect(describePlanStatus(planStatus(planDay('2026-12-07', '2026-12-06')))).toBe('The plan starts in 1 day')
  })

  it('counts the days of a running plan and says when the 90 days are over', () => {
    expect(describePlanStatus(planStatus(1))).toBe('Day 1 of 90')
    expect(describePlanStatus(planStatus(90))).toBe('Day 90 of 90')
    expect(describePlanStatus(planStatus(91))).toBe('The 90 days are over')
  })

  it('projects no pace before the plan starts, and the pace so far once it has', () => {
    expect(projectionOnceStarted(5, -3)).toBeNull()
    expect(projectionOnceStarted(5, 0)).toBeNull()
    expect(projectionOnceStarted(10, 2)).toMatchObject({ day: 2, pace: 5 })
  })

  it('takes the start date the learner set last', () => {
    const events: ProgressEvent[] = [
      { id: 'a', type: 'plan_started', at: 1, startDate: '2026-11-01' },
      { id: 'b', type: 'opened', problemId: 'p', at: 2 },
      { id: 'c', type: 'plan_started', at: 3, startDate: '2026-11-05' },
    ]
    expect(planStartDate(events)).toBe('2026-11-05')
    expect(planStartDate([])).toBeNull()
  })
})
