import { describe, expect, it } from 'vitest'
import type { ProgressEvent, ProgressEventInput } from '../../src/progress/events.ts'
import { contentKey, redundancyOf } from '../../src/progress/redundant-event.ts'

const MIN = 60_000
const started: ProgressEvent = { id: 's', type: 'round_started', at: 0, roundId: 'R', problemIds: ['a', 'b'], durationMs: 45 * MIN, seed: 1, mix: 'standard' }
const ended: ProgressEvent = { id: 'e', type: 'round_ended', at: 46 * MIN, roundId: 'R', reason: 'time_up' }

function check(log: ProgressEvent[], input: ProgressEventInput): string | null {
  return redundancyOf(log, new Set(log.map(contentKey)), input)
}

describe('events that change nothing', () => {
  it('refuses a second end of a round that ran out of time, however late it is written', () => {
    expect(check([started], { type: 'round_ended', at: 46 * MIN, roundId: 'R', reason: 'time_up' })).toBeNull()
    expect(check([started, ended], { type: 'round_ended', at: 47 * MIN, roundId: 'R', reason: 'time_up' })).toMatch(/already ended/)
    expect(check([started, ended], { type: 'round_ended', at: 48 * MIN, roundId: 'R', reason: 'finished' })).toMatch(/already ended/)
  })

  it('refuses the same event twice but keeps a new one of the same type', () => {
    const opened: ProgressEvent = { id: 'o', type: 'opened', problemId: 'a', at: 5 }
    expect(check([opened], { type: 'opened', problemId: 'a', at: 5 })).toMatch(/same event/)
    expect(check([opened], { type: 'opened', problemId: 'a', at: 6 })).toBeNull()
  })

  it('refuses round events for unknown or ended rounds, a reused round id, and a switch to the current problem', () => {
    expect(check([], { type: 'round_ended', at: 1, roundId: 'R', reason: 'finished' })).toMatch(/no such round/)
    expect(check([started], { ...started, at: 9 })).toMatch(/already started/)
    expect(check([started], { type: 'round_switched', at: 1, roundId: 'R', problemId: 'a' })).toMatch(/already the current/)
    expect(check([started], { type: 'round_switched', at: 1, roundId: 'R', problemId: 'b' })).toBeNull()
    expect(check([started, ended], { type: 'round_switched', at: 47 * MIN, roundId: 'R', problemId: 'b' })).toMatch(/already ended/)
  })

  it('refuses setting the plan to the day it already starts on', () => {
    const plan: ProgressEvent = { id: 'p', type: 'plan_started', at: 1, startDate: '2026-12-01' }
    expect(check([plan], { type: 'plan_started', at: 2, startDate: '2026-12-01' })).toMatch(/already starts/)
    expect(check([plan], { type: 'plan_started', at: 2, startDate: '2026-12-02' })).toBeNull()
  })
})
