import { describe, expect, it } from 'vitest'
import { mergeEvents, parseProgressFile, progressFile, validateEvents, type ProgressEvent } from '../../src/progress/events.ts'

const a: ProgressEvent = { id: 'a', type: 'opened', problemId: 'p', at: 10 }
const b: ProgressEvent = { id: 'b', type: 'submitted', problemId: 'p', at: 20, verdict: 'accepted' }

describe('progress events', () => {
  it('drops and counts entries that fail validation instead of failing the whole log', () => {
    const r = validateEvents([a, { id: 'x', type: 'submitted', problemId: 'p', at: 1, verdict: 'maybe' }, null, 'junk', b])
    expect(r).toEqual({ events: [a, b], dropped: 3 })
  })

  it('round-trips through an export file', () => {
    const text = JSON.stringify(progressFile([a, b], 99))
    expect(parseProgressFile(text)).toEqual({ ok: true, events: [a, b], dropped: 0 })
  })

  it('refuses a file that is not JSON, not ours, or from a newer version, with a message', () => {
    expect(parseProgressFile('{nope')).toEqual({ ok: false, error: 'The file is not JSON.' })
    expect(parseProgressFile('{"events": []}')).toEqual({ ok: false, error: 'This is not a sqlprep progress file.' })
    expect(parseProgressFile(JSON.stringify({ ...progressFile([], 1), version: 7 }))).toMatchObject({ ok: false, error: expect.stringContaining('newer') })
  })

  it('merges two logs by event id without losing or duplicating events', () => {
    const c: ProgressEvent = { id: 'c', type: 'gave_up', problemId: 'q', at: 15 }
    expect(mergeEvents([a, b], [b, c]).map((e) => e.id)).toEqual(['a', 'c', 'b'])
  })
})
