import { describe, expect, it } from 'vitest'
import { draftInSlot, draftSlot, draftsOfProgressFile, draftsToImport, type Draft } from '../../src/progress/drafts.ts'
import { parseProgressFile, progressFile } from '../../src/progress/events.ts'

const NOW = Date.UTC(2026, 11, 6)
const mine: Draft = { problemId: 'p', sql: 'select my_work' }
const theirs: Draft = { problemId: 'p', sql: 'select other_work' }
const roundDraft: Draft = { problemId: 'p', roundId: 'R', sql: 'select in_round' }

describe('drafts in the progress file', () => {
  it('travel in an exported file beside the events, which still parse as before', () => {
    const text = JSON.stringify(progressFile([], 1, [mine, roundDraft]))
    expect(draftsOfProgressFile(text)).toEqual({ drafts: [mine, roundDraft], refused: 0 })
    expect(parseProgressFile(text, NOW)).toMatchObject({ ok: true, events: [] })
  })

  it('are absent from a file exported before drafts were, and invalid ones are counted, not used', () => {
    expect(draftsOfProgressFile(JSON.stringify(progressFile([], 1)))).toEqual({ drafts: [], refused: 0 })
    expect(draftsOfProgressFile('not json')).toEqual({ drafts: [], refused: 0 })
    const text = JSON.stringify({ ...progressFile([], 1), drafts: [mine, { problemId: 'p' }, 'junk'] })
    expect(draftsOfProgressFile(text)).toEqual({ drafts: [mine], refused: 2 })
  })

  it('fill an empty editor on import but never overwrite what the learner has written', () => {
    expect(draftsToImport([], [theirs])).toEqual([theirs])
    expect(draftsToImport([{ problemId: 'p', sql: '  ' }], [theirs])).toEqual([theirs])
    expect(draftsToImport([{ problemId: 'p', sql: '-- Write one PostgreSQL query\nselect\n' }], [theirs])).toEqual([theirs])
    expect(draftsToImport([mine], [theirs])).toEqual([])
  })

  it('keep a mock round’s draft apart from the problem’s own', () => {
    expect(draftsToImport([mine], [roundDraft])).toEqual([roundDraft])
  })

  it('change nothing when the same file is imported a second time', () => {
    const first = draftsToImport([], [mine, roundDraft])
    expect(draftsToImport(first, [mine, roundDraft])).toEqual([])
  })

  it('are read back from the slot they were kept in, and other keys are not drafts', () => {
    expect(draftInSlot(draftSlot(mine), mine.sql)).toEqual(mine)
    expect(draftInSlot(draftSlot(roundDraft), roundDraft.sql)).toEqual(roundDraft)
    expect(draftInSlot('theme', 'dark')).toBeNull()
    expect(draftInSlot('draft:p:extra', 'x')).toBeNull()
  })
})
