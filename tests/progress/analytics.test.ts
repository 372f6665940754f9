import { describe, expect, it } from 'vitest'
import { TARGET_MINUTES } from '../../src/problems/bank.ts'
import { reviewQueue, solveAnalytics } from '../../src/progress/analytics.ts'
import { quantile } from '../../src/progress/stats.ts'
import type { ProgressEvent } from '../../src/progress/events.ts'
import { progressFromEvents } from '../../src/progress/reducer.ts'
import type { Problem } from '../../src/problems/problem.ts'
import { FAKE_BANK } from '../support/bank-fixture.ts'

const MIN = 60_000
const DAY = 86_400_000
let n = 0
const solve = (problemId: string, minutes: number, at: number, failsFirst = 0): ProgressEvent[] => [
  { id: `a${++n}`, type: 'active', problemId, at: at - 1, ms: minutes * MIN },
  ...Array.from({ length: failsFirst }, () => ({ id: `f${++n}`, type: 'submitted' as const, problemId, at: at - 1, verdict: 'wrong_answer' as const })),
  { id: `s${++n}`, type: 'submitted', problemId, at, verdict: 'accepted' },
]

describe('solve-time analytics', () => {
  it('gives median and 90th percentile time-to-accept and attempts before accept, by difficulty and topic', () => {
    const events = [...solve('m1', 10, 100), ...solve('m2', 30, 200, 2), ...solve('m3', 20, 300, 1)]
    const a = solveAnalytics(FAKE_BANK, progressFromEvents(events))
    expect(a.byDifficulty.medium).toEqual({ solved: 3, total: 3, medianMs: 20 * MIN, p90Ms: 28 * MIN, medianAttemptsBefore: 1 })
    expect(a.byDifficulty.hard).toEqual({ solved: 0, total: 2, medianMs: null, p90Ms: null, medianAttemptsBefore: null })
    expect(a.byTopic.find((t) => t.topic === 'lag-lead')).toMatchObject({ solved: 1, medianMs: 10 * MIN })
  })
  it('counts the Mediums accepted under the Medium target, strictly under, against the default target', () => {
    const events = [...solve('m1', 10, 100), ...solve('m2', 30, 200), ...solve('m3', TARGET_MINUTES.medium, 300)]
    const a = solveAnalytics(FAKE_BANK, progressFromEvents(events))
    expect(a.mediumsUnderTarget).toEqual({ under: 1, of: 3, targetMinutes: 20 })
    expect(a.lastMediumsUnderTarget).toEqual({ under: 1, of: 3, targetMinutes: 20 })
  })
  it('counts only the last 10 Mediums accepted for the recent share, and all of them for the overall share', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...FAKE_BANK[3]!, id: `mm${i}`, slug: `mm${i}` }) as Problem)
    const events = many.flatMap((p, i) => solve(p.id, i < 2 ? 5 : 25, 1000 + i))
    const a = solveAnalytics(many, progressFromEvents(events))
    expect(a.lastMediumsUnderTarget).toMatchObject({ under: 0, of: 10 })
    expect(a.mediumsUnderTarget).toMatchObject({ under: 2, of: 12 })
  })
  it('interpolates quantiles', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantile([], 0.5)).toBeNull()
  })
})

describe('review queue', () => {
  const t0 = 10 * DAY
  const events = [
    ...solve('m1', 35, t0), // over the 20-minute target
    ...solve('m2', 5, t0), // fast: never reviewed
    { id: 'x1', type: 'submitted', problemId: 'h1', at: t0, verdict: 'wrong_answer' } as ProgressEvent,
  ]
  const progress = progressFromEvents(events)

  it('brings back problems solved over target or failed, one day later', () => {
    expect(reviewQueue(FAKE_BANK, events, progress, t0 + DAY / 2)).toEqual([])
    expect(reviewQueue(FAKE_BANK, events, progress, t0 + DAY).map((i) => [i.problemId, i.reason, i.step])).toEqual([
      ['m1', 'over_target', 1],
      ['h1', 'failed', 1],
    ])
  })
  it('moves a reviewed problem to the 3-day and then the 7-day step, then drops it', () => {
    const reviewed1 = [...events, { id: 'r1', type: 'submitted', problemId: 'm1', at: t0 + DAY, verdict: 'accepted' } as ProgressEvent]
    const p1 = progressFromEvents(reviewed1)
    expect(reviewQueue(FAKE_BANK, reviewed1, p1, t0 + 2 * DAY).map((i) => i.problemId)).toEqual(['h1'])
    expect(reviewQueue(FAKE_BANK, reviewed1, p1, t0 + 3 * DAY).find((i) => i.problemId === 'm1')).toMatchObject({ step: 2 })
    const done = [...reviewed1, ...[3, 7].map((d, i) => ({ id: `r${i + 2}`, type: 'submitted', problemId: 'm1', at: t0 + d * DAY, verdict: 'accepted' }) as ProgressEvent)]
    expect(reviewQueue(FAKE_BANK, done, progressFromEvents(done), t0 + 30 * DAY).map((i) => i.problemId)).toEqual(['h1'])
  })
})
