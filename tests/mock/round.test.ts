import { describe, expect, it } from 'vitest'
import { currentProblem, isOver, postMortem, remainingMs, roundsFromEvents } from '../../src/mock/round.ts'
import type { ProgressEvent } from '../../src/progress/events.ts'
import { FAKE_BANK } from '../support/bank-fixture.ts'

const MIN = 60_000
const T0 = 1_000_000
const start: ProgressEvent = { id: 'r', type: 'round_started', at: T0, roundId: 'R', problemIds: ['e1', 'm1', 'h1'], durationMs: 45 * MIN, seed: 1, mix: 'standard' }
const at = (min: number) => T0 + min * MIN
let n = 0
const ev = (e: Record<string, unknown>) => ({ id: `e${++n}`, roundId: 'R', ...e }) as ProgressEvent

describe('mock round state', () => {
  const events = [
    start,
    ev({ type: 'submitted', problemId: 'e1', at: at(4), verdict: 'accepted' }),
    ev({ type: 'round_switched', problemId: 'm1', at: at(5) }),
    ev({ type: 'submitted', problemId: 'm1', at: at(20), verdict: 'wrong_answer' }),
    ev({ type: 'submitted', problemId: 'm1', at: at(24), verdict: 'accepted' }),
    ev({ type: 'round_switched', problemId: 'h1', at: at(25) }),
    ev({ type: 'submitted', problemId: 'h1', at: at(50), verdict: 'accepted' }), // after the bell: ignored
  ]
  const [round] = roundsFromEvents(events)

  it('counts down on wall time from the start, so a reload changes nothing', () => {
    expect(remainingMs(round!, at(10))).toBe(35 * MIN)
    expect(isOver(round!, at(44))).toBe(false)
    expect(isOver(round!, at(45))).toBe(true)
    expect(remainingMs(round!, at(60))).toBe(0)
    expect(currentProblem(round!)).toBe('h1')
  })

  it('writes a post-mortem: time per problem, attempts, verdicts, first-submit correctness', () => {
    const pm = postMortem(round!, FAKE_BANK, at(60))
    expect(pm.items).toEqual([
      expect.objectContaining({ problemId: 'e1', timeSpentMs: 5 * MIN, attempts: 1, accepted: true, firstSubmitCorrect: true, targetMinutes: 10 }),
      expect.objectContaining({ problemId: 'm1', timeSpentMs: 20 * MIN, attempts: 2, verdicts: ['wrong_answer', 'accepted'], firstSubmitCorrect: false }),
      expect.objectContaining({ problemId: 'h1', timeSpentMs: 20 * MIN, attempts: 0, accepted: false, firstSubmitCorrect: null }),
    ])
    expect(pm).toMatchObject({ accepted: 2, usedMs: 45 * MIN, endReason: 'time_up' })
  })

  it('shows the last query submitted for each problem in the post-mortem', () => {
    const [r] = roundsFromEvents([
      start,
      ev({ type: 'submitted', problemId: 'e1', at: at(2), verdict: 'wrong_answer', sql: 'select 1' }),
      ev({ type: 'submitted', problemId: 'e1', at: at(3), verdict: 'accepted', sql: 'select 2' }),
      ev({ type: 'submitted', problemId: 'm1', at: at(9), verdict: 'error' }),
    ])
    expect(postMortem(r!, FAKE_BANK, at(60)).items.map((i) => i.finalQuery)).toEqual(['select 2', null, null])
  })

  it('ends early when the learner finishes, and stops counting time then', () => {
    const [r] = roundsFromEvents([...events.slice(0, 3), ev({ type: 'round_ended', at: at(10), reason: 'finished' })])
    expect(isOver(r!, at(11))).toBe(true)
    const pm = postMortem(r!, FAKE_BANK, at(30))
    expect(pm).toMatchObject({ usedMs: 10 * MIN, endReason: 'finished' })
    expect(pm.items[1]!.timeSpentMs).toBe(5 * MIN)
  })

  it('ends a round that ran out of time when its end is written after the bell, counting no time past it', () => {
    const [r] = roundsFromEvents([...events.slice(0, 3), ev({ type: 'round_ended', at: at(45) + 700, reason: 'time_up' })])
    expect(r!.endedAt).toBe(at(45))
    expect(r!.endReason).toBe('time_up')
    expect(postMortem(r!, FAKE_BANK, at(90))).toMatchObject({ usedMs: 45 * MIN, endReason: 'time_up' })
  })

  it('calls a round ended after the bell time_up even when the learner pressed Finish late', () => {
    const [r] = roundsFromEvents([start, ev({ type: 'round_ended', at: at(46), reason: 'finished' })])
    expect(r!.endReason).toBe('time_up')
  })

  it('keeps the first end of a round and the first start of a round id', () => {
    const [r, ...others] = roundsFromEvents([
      start,
      { ...start, id: 'again', at: at(1), problemIds: ['x'] },
      ev({ type: 'round_ended', at: at(10), reason: 'finished' }),
      ev({ type: 'round_ended', at: at(20), reason: 'time_up' }),
    ])
    expect(others).toEqual([])
    expect(r).toMatchObject({ problemIds: ['e1', 'm1', 'h1'], endedAt: at(10), endReason: 'finished' })
  })
})
