import { describe, expect, it } from 'vitest'
import type { ProgressEvent, ProgressEventInput } from '../../src/progress/events.ts'
import { progressFromEvents } from '../../src/progress/reducer.ts'

let n = 0
const ev = (e: ProgressEventInput): ProgressEvent => ({ ...e, id: `e${++n}` }) as ProgressEvent
const P = 'p1'

describe('progress reducer', () => {
  it('counts attempts, records time-to-accept as the active time spent, and the submits before accepting', () => {
    const s = progressFromEvents([
      ev({ type: 'opened', problemId: P, at: 1 }),
      ev({ type: 'active', problemId: P, at: 2, ms: 60_000 }),
      ev({ type: 'submitted', problemId: P, at: 3, verdict: 'wrong_answer' }),
      ev({ type: 'active', problemId: P, at: 4, ms: 30_000 }),
      ev({ type: 'submitted', problemId: P, at: 5, verdict: 'accepted' }),
      ev({ type: 'active', problemId: P, at: 6, ms: 5_000 }),
    ]).problems[P]!
    expect(s).toMatchObject({ status: 'solved', attempts: 2, attemptsBeforeAccept: 1, timeToAcceptMs: 90_000, acceptedAt: 5, activeMs: 95_000 })
  })

  it('keeps a problem solved after a later wrong submission, and its first time-to-accept', () => {
    const s = progressFromEvents([
      ev({ type: 'active', problemId: P, at: 1, ms: 1000 }),
      ev({ type: 'submitted', problemId: P, at: 2, verdict: 'accepted' }),
      ev({ type: 'active', problemId: P, at: 3, ms: 1000 }),
      ev({ type: 'submitted', problemId: P, at: 4, verdict: 'error' }),
    ]).problems[P]!
    expect(s).toMatchObject({ status: 'solved', attempts: 2, timeToAcceptMs: 1000, attemptsBeforeAccept: 0 })
  })

  it('marks opened-only problems new, failed ones attempted, and records a give-up', () => {
    const s = progressFromEvents([
      ev({ type: 'opened', problemId: 'a', at: 1 }),
      ev({ type: 'submitted', problemId: 'b', at: 1, verdict: 'timeout' }),
      ev({ type: 'gave_up', problemId: 'c', at: 1 }),
      ev({ type: 'hint_revealed', problemId: 'c', at: 2, index: 1 }),
    ])
    expect(s.problems.a!.status).toBe('new')
    expect(s.problems.b!.status).toBe('attempted')
    expect(s.problems.c).toMatchObject({ status: 'attempted', gaveUp: true, hintsRevealed: 2 })
  })
})
