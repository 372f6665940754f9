import { describe, expect, it } from 'vitest'
import { MAX_QUERY_CHARS } from '../../src/engine/query-limits.ts'
import { isPlanDate, mergeEvents, parseProgressFile, progressFile, submittedEvent, validateEvents, type ProgressEvent } from '../../src/progress/events.ts'

const a: ProgressEvent = { id: 'a', type: 'opened', problemId: 'p', at: 10 }
const NOW = Date.UTC(2026, 11, 6)
const b: ProgressEvent = { id: 'b', type: 'submitted', problemId: 'p', at: 20, verdict: 'accepted' }

describe('progress events', () => {
  it('drops and counts entries that fail validation instead of failing the whole log', () => {
    const r = validateEvents([a, { id: 'x', type: 'submitted', problemId: 'p', at: 1, verdict: 'maybe' }, null, 'junk', b], NOW)
    expect(r).toEqual({ events: [a, b], dropped: 3, reasons: ['3 entries are not a valid progress event'] })
  })

  it('round-trips through an export file', () => {
    const text = JSON.stringify(progressFile([a, b], 99))
    expect(parseProgressFile(text, NOW)).toEqual({ ok: true, events: [a, b], dropped: 0, reasons: [] })
  })

  it('refuses a file that is not JSON, not ours, or from a newer version, with a message', () => {
    expect(parseProgressFile('{nope', NOW)).toEqual({ ok: false, error: 'The file is not JSON.' })
    expect(parseProgressFile('{"events": []}', NOW)).toEqual({ ok: false, error: 'This is not a sqlprep progress file.' })
    expect(parseProgressFile(JSON.stringify({ ...progressFile([], 1), version: 7 }), NOW)).toMatchObject({ ok: false, error: expect.stringContaining('newer') })
  })

  it('merges two logs by event id without losing or duplicating events', () => {
    const c: ProgressEvent = { id: 'c', type: 'gave_up', problemId: 'q', at: 15 }
    expect(mergeEvents([a, b], [b, c]).map((e) => e.id)).toEqual(['a', 'c', 'b'])
  })

  it('refuses events dated in the future, such as a round started at 2^53-1, and keeps the rest', () => {
    const absurd = { id: 'r', type: 'round_started', at: Number.MAX_SAFE_INTEGER, roundId: 'R', problemIds: ['p'], durationMs: 60_000, seed: 1, mix: 'standard' }
    const tomorrowish = { ...a, id: 'soon', at: NOW + 3_600_000 }
    const r = validateEvents([a, absurd, tomorrowish], NOW)
    expect(r.events.map((e) => e.id)).toEqual(['a', 'soon'])
    expect(r).toMatchObject({ dropped: 1, reasons: ['1 entry is dated in the future'] })
  })

  it('accepts only real calendar days between 2000 and 2100 as a plan start', () => {
    expect(['2026-12-06', '2000-01-01', '2024-02-29'].map(isPlanDate)).toEqual([true, true, true])
    expect(['', '2026-02-30', '2023-02-29', '1970-01-01', '275760-09-13', '2026-13-01', 'soon'].map(isPlanDate)).toEqual(Array(7).fill(false))
    const plan = { id: 'p', type: 'plan_started', at: 1, startDate: '2026-02-30' }
    expect(validateEvents([plan], NOW).dropped).toBe(1)
  })
})

describe('a submission as an event', () => {
  it('keeps the query, and leaves out one longer than the engine accepts so the event stays valid', () => {
    const base = { problemId: 'p', at: 1, verdict: 'accepted' as const }
    expect(submittedEvent({ ...base, sql: 'select 1' })).toEqual({ type: 'submitted', ...base, sql: 'select 1' })
    expect(submittedEvent({ ...base, roundId: 'R', sql: 'x'.repeat(MAX_QUERY_CHARS + 1) })).toEqual({ type: 'submitted', ...base, roundId: 'R' })
    const event = { id: 'e', ...submittedEvent({ ...base, sql: 'x'.repeat(MAX_QUERY_CHARS) }) } as ProgressEvent
    expect(validateEvents([event], 2).events).toEqual([event])
  })
})
