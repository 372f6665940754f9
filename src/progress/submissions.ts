import type { VerdictName } from '../grader/verdict.ts'
import type { ProgressEvent } from './events.ts'

// A problem's submission history, read from the progress log: each `submitted` event keeps its verdict,
// its time and (since the log started keeping it) the query, so the history survives a reload, travels in
// an export, and needs no store of its own.

export interface Submission {
  at: number
  verdict: VerdictName
  /** The query as submitted; null for submissions recorded before queries were kept. */
  sql: string | null
  /** Submitted during this mock round. */
  roundId: string | null
}

/** A problem's submissions, newest first. */
export function submissionHistory(events: readonly ProgressEvent[], problemId: string): Submission[] {
  const history: Submission[] = []
  for (const e of events)
    if (e.type === 'submitted' && e.problemId === problemId) history.push({ at: e.at, verdict: e.verdict, sql: e.sql ?? null, roundId: e.roundId ?? null })
  return history.sort((a, b) => b.at - a.at)
}
