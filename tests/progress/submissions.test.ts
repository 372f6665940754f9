import { describe, expect, it } from 'vitest'
import { validateEvents, type ProgressEvent } from '../../src/progress/events.ts'
import { submissionHistory } from '../../src/progress/submissions.ts'

const NOW = Date.UTC(2026, 11, 6)

describe('a problem’s submission history', () => {
  const log: ProgressEvent[] = [
    { id: '1', type: 'opened', problemId: 'p', at: 1 },
    { id: '2', type: 'submitted', problemId: 'p', at: 2, verdict: 'wrong_answer', sql: 'select 1' },
    { id: '3', type: 'submitted', problemId: 'q', at: 3, verdict: 'accepted', sql: 'select q' },
    { id: '4', type: 'submitted', problemId: 'p', at: 4, verdict: 'accepted', sql: 'select 2', roundId: 'R' },
  ]

  it('lists the problem’s submissions newest first, each with its query, verdict, time and round', () => {
    expect(submissionHistory(log, 'p')).toEqual([
      { at: 4, verdict: 'accepted', sql: 'select 2', roundId: 'R' },
      { at: 2, verdict: 'wrong_answer', sql: 'select 1', roundId: null },
    ])
  })

  it('keeps a submission recorded before queries were kept, without a query', () => {
    const old = validateEvents([{ id: 'old', type: 'submitted', problemId: 'p', at: 1, verdict: 'error' }], NOW)
    expect(old.dropped).toBe(0)
    expect(submissionHistory(old.events, 'p')).toEqual([{ at: 1, verdict: 'error', sql: null, roundId: null }])
  })

  it('refuses a recorded query longer than the engine accepts', () => {
    const long = { id: 'x', type: 'submitted', problemId: 'p', at: 1, verdict: 'rejected', sql: 'x'.repeat(100_001) }
    expect(validateEvents([long], NOW).dropped).toBe(1)
  })
})
