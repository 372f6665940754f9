import { z } from 'zod'
import { MAX_QUERY_CHARS } from '../engine/query-limits.ts'
import { VERDICTS, type VerdictName } from '../grader/verdict.ts'
import type { Draft } from './drafts.ts'

// Progress is an append-only log of these events; state is derived by reducing it. Each event has a
// unique id, so logs from two tabs or an imported file merge without overwriting each other.

export const PROGRESS_FORMAT = 'sqlprep-progress'
export const PROGRESS_VERSION = 1

const base = { id: z.string().min(1), at: z.number().int().nonnegative() }
const problemBase = { ...base, problemId: z.string().min(1), roundId: z.string().min(1).optional() }

export const MOCK_MIXES = ['standard', 'two-medium-one-hard', 'three-medium', 'three-hard'] as const

export const progressEventSchema = z.discriminatedUnion('type', [
  z.object({ ...problemBase, type: z.literal('opened') }).strict(),
  /** Active time spent on a problem since the last such event, in ms. */
  z.object({ ...problemBase, type: z.literal('active'), ms: z.number().int().nonnegative().max(3_600_000) }).strict(),
  /** `sql`: the query submitted (logs written before it was kept have none). */
  z.object({ ...problemBase, type: z.literal('submitted'), verdict: z.enum(VERDICTS), sql: z.string().max(MAX_QUERY_CHARS).optional() }).strict(),
  z.object({ ...problemBase, type: z.literal('hint_revealed'), index: z.number().int().nonnegative() }).strict(),
  z.object({ ...problemBase, type: z.literal('gave_up') }).strict(),
  /** The learner asked to see the reference's rows on the visible data (Run shows only their own). */
  z.object({ ...problemBase, type: z.literal('expected_revealed') }).strict(),
  /** A mock round: its problems are fixed at the start; the clock runs on wall time from `at`. */
  z
    .object({
      ...base,
      type: z.literal('round_started'),
      roundId: z.string().min(1),
      problemIds: z.array(z.string().min(1)).min(1).max(5),
      durationMs: z.number().int().positive().max(4 * 3_600_000),
      seed: z.number().int(),
      mix: z.enum(MOCK_MIXES),
      topic: z.string().optional(),
    })
    .strict(),
  /** The learner moved to another problem of the round (time is attributed to the current one). */
  z.object({ ...base, type: z.literal('round_switched'), roundId: z.string().min(1), problemId: z.string().min(1) }).strict(),
  z.object({ ...base, type: z.literal('round_ended'), roundId: z.string().min(1), reason: z.enum(['time_up', 'finished']) }).strict(),
  /** The learner's first day of the 90-day plan (YYYY-MM-DD, local calendar). */
  z.object({ ...base, type: z.literal('plan_started'), startDate: z.string().refine(isPlanDate, 'not a calendar date between 2000 and 2100') }).strict(),
])

/** A real calendar day (no 2026-02-30) in a range a study plan can have. */
export function isPlanDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return y >= 2000 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** Clocks differ a little between devices; an event stamped further ahead than this is not believed. */
export const MAX_CLOCK_SKEW_MS = 24 * 3_600_000

export type ProgressEvent = z.output<typeof progressEventSchema>
export type ProgressEventInput = ProgressEvent extends infer E ? (E extends ProgressEvent ? Omit<E, 'id'> : never) : never

/** A submission's event; it keeps the query unless the query is longer than any the engine accepts. */
export function submittedEvent(submission: { problemId: string; roundId?: string; at: number; verdict: VerdictName; sql: string }): ProgressEventInput {
  const { sql, roundId, ...rest } = submission
  return { type: 'submitted', ...rest, ...(roundId ? { roundId } : {}), ...(sql.length <= MAX_QUERY_CHARS ? { sql } : {}) }
}

export interface ProgressFile {
  format: typeof PROGRESS_FORMAT
  version: number
  exportedAt: number
  events: ProgressEvent[]
  /** The editor drafts kept in the browser (files exported before drafts were included have none). */
  drafts?: Draft[]
}

export interface ValidatedEvents {
  events: ProgressEvent[]
  /** Entries refused (malformed, or stamped in the future), counted, never fatal. */
  dropped: number
  /** Why entries were refused: one sentence per kind of problem. */
  reasons: string[]
}

/** Validates a stored or imported log: bad entries are refused and counted, the rest kept. */
export function validateEvents(raw: unknown[], now: number): ValidatedEvents {
  const events: ProgressEvent[] = []
  let malformed = 0
  let future = 0
  for (const item of raw) {
    const r = progressEventSchema.safeParse(item)
    if (!r.success) malformed++
    else if (r.data.at > now + MAX_CLOCK_SKEW_MS) future++
    else events.push(r.data)
  }
  const reasons = [
    ...(malformed ? [`${malformed} entr${malformed === 1 ? 'y is' : 'ies are'} not a valid progress event`] : []),
    ...(future ? [`${future} entr${future === 1 ? 'y is' : 'ies are'} dated in the future`] : []),
  ]
  return { events, dropped: malformed + future, reasons }
}

export type ParsedProgressFile = ({ ok: true } & ValidatedEvents) | { ok: false; error: string }

export function parseProgressFile(text: string, now: number): ParsedProgressFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: 'The file is not JSON.' }
  }
  const file = data as Partial<ProgressFile> | null
  if (!file || file.format !== PROGRESS_FORMAT || !Array.isArray(file.events))
    return { ok: false, error: 'This is not a sqlprep progress file.' }
  if (typeof file.version !== 'number' || file.version > PROGRESS_VERSION)
    return { ok: false, error: `This file was written by a newer sqlprep (format version ${String(file.version)}).` }
  return { ok: true, ...validateEvents(file.events, now) }
}

export function progressFile(events: ProgressEvent[], now: number, drafts?: Draft[]): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now, events, ...(drafts ? { drafts } : {}) }
}

/** Union of two logs by event id, in time order. */
export function mergeEvents(a: ProgressEvent[], b: ProgressEvent[]): ProgressEvent[] {
  const byId = new Map<string, ProgressEvent>()
  for (const e of [...a, ...b]) byId.set(e.id, e)
  return [...byId.values()].sort((x, y) => x.at - y.at || x.id.localeCompare(y.id))
}
