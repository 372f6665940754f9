import { z } from 'zod'
import { MAX_QUERY_CHARS } from '../engine/query-limits.ts'

// Editor drafts travel in the progress file beside the event log. They are not events (a draft changes on
// every keystroke): the page keeps one per problem, and one per problem of each mock round. Importing
// merges like the log does: a draft fills an empty editor, it never overwrites what the learner has written,
// so importing the same file twice changes nothing the second time.

export interface Draft {
  problemId: string
  /** Set for a draft written during a mock round (kept apart from the problem's own draft). */
  roundId?: string
  sql: string
}

const draftSchema = z
  .object({ problemId: z.string().min(1), roundId: z.string().min(1).optional(), sql: z.string().max(MAX_QUERY_CHARS) })
  .strict()

export interface FileDrafts {
  drafts: Draft[]
  /** Entries of the file's `drafts` that are not a valid draft. */
  refused: number
}

/** The drafts of an exported progress file (none in a file written before drafts were exported). */
export function draftsOfProgressFile(text: string): FileDrafts {
  let raw: unknown
  try {
    raw = (JSON.parse(text) as { drafts?: unknown } | null)?.drafts
  } catch {
    return { drafts: [], refused: 0 }
  }
  if (!Array.isArray(raw)) return { drafts: [], refused: 0 }
  const drafts = raw.flatMap((item) => {
    const r = draftSchema.safeParse(item)
    return r.success ? [r.data] : []
  })
  return { drafts, refused: raw.length - drafts.length }
}

/** The text editors once started with, before the learner typed anything (older drafts may still hold it). */
const OLD_STARTER = '-- Write one PostgreSQL query\nselect\n'

/** A draft without any of the learner's text: empty, blank, or the editor's old starter text. */
export function isBlankDraft(sql: string): boolean {
  return !sql.trim() || sql === OLD_STARTER
}

/** Which slot a draft fills: a problem, or a problem within one mock round. */
export function draftSlot(draft: Pick<Draft, 'problemId' | 'roundId'>): string {
  return draft.roundId ? `round:${draft.roundId}:${draft.problemId}` : `draft:${draft.problemId}`
}

/** The draft a slot holds (the inverse of draftSlot), or null when `slot` is not a draft slot. */
export function draftInSlot(slot: string, sql: string): Draft | null {
  const own = /^draft:([^:]+)$/.exec(slot)
  if (own) return { problemId: own[1]!, sql }
  const inRound = /^round:([^:]+):([^:]+)$/.exec(slot)
  return inRound ? { problemId: inRound[2]!, roundId: inRound[1]!, sql } : null
}

/** The imported drafts to write: those whose slot is empty here (never one that would overwrite text). */
export function draftsToImport(local: readonly Draft[], incoming: readonly Draft[]): Draft[] {
  const written = new Set(local.filter((d) => !isBlankDraft(d.sql)).map(draftSlot))
  const chosen = new Map<string, Draft>()
  for (const d of incoming) if (!isBlankDraft(d.sql) && !written.has(draftSlot(d))) chosen.set(draftSlot(d), d)
  return [...chosen.values()]
}
