import { draftInSlot, draftSlot, isBlankDraft, type Draft } from '../core.ts'

// Editor drafts in localStorage, one per problem ("sqlprep:draft:<problem>") and one per problem of each
// mock round ("sqlprep:round:<round>:<problem>"), read and written here for export and import.

const PREFIX = 'sqlprep:'

export function draftKey(problemId: string, roundId?: string): string {
  return PREFIX + draftSlot({ problemId, ...(roundId ? { roundId } : {}) })
}

/** Every draft with the learner's text in it. */
export function readDrafts(): Draft[] {
  const drafts: Draft[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i) ?? ''
    const sql = localStorage.getItem(key) ?? ''
    const draft = key.startsWith(PREFIX) && !isBlankDraft(sql) ? draftInSlot(key.slice(PREFIX.length), sql) : null
    if (draft) drafts.push(draft)
  }
  return drafts
}

export function writeDrafts(drafts: readonly Draft[]): void {
  for (const d of drafts) localStorage.setItem(draftKey(d.problemId, d.roundId), d.sql)
}
