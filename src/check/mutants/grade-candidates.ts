import type { CaseOutcome, Engine, QueryOutcome, RunOptions } from '../../engine/types.ts'
import { DEFAULT_TIMEOUT_MS } from '../../engine/worker-engine.ts'
import { DEFAULT_MAX_ROWS, type GradingCase } from '../../judge/judge.ts'
import { compareAnswers, isAnswer, rulesOf, submissionJob, truncatedResult, type Answer } from '../../judge/submission.ts'
import type { Problem } from '../../problems/problem.ts'

// Grades many candidate queries (traps, mutants) against the reference on one case, the way Submit
// grades a learner's query on it (same transaction, same comparison under the contract), but batched:
// the reference runs once per case and the candidates run beside it in as few jobs as possible. Each
// query has the learner's time limit to itself: one that runs past it is graded a timeout, the answers
// before it stand, and a new job runs those after it. A job that crashes is retried one candidate at a
// time, so a crash costs only its author.

export const CANDIDATES_PER_JOB = 30
/** A candidate slower than a learner's time limit would get a timeout verdict, never Accepted. */
export const CANDIDATE_TIME_LIMIT_MS = DEFAULT_TIMEOUT_MS

export type CandidateGrade =
  | { kind: 'pass' }
  /** Rejected on the data: the answer differs under the contract, or more rows than the cap came back. */
  | { kind: 'wrong' | 'too_many_rows' }
  /** Never compared: refused by the statement policy, a SQL error, or past the time limit. */
  | { kind: 'rejected' | 'error' | 'timeout'; message: string }

export type CaseGrades = { ok: true; grades: CandidateGrade[] } | { ok: false; error: string }

const PER_QUERY: RunOptions = { queryTimeLimitMs: CANDIDATE_TIME_LIMIT_MS }

export async function gradeCandidatesOnCase(engine: Engine, problem: Problem, c: GradingCase, candidates: string[]): Promise<CaseGrades> {
  const grades: (CandidateGrade | undefined)[] = candidates.map(() => undefined)
  let reference: Answer | null = null
  let pending = candidates.map((_, i) => i)
  while (pending.length) {
    const chunk = pending.slice(0, CANDIDATES_PER_JOB)
    const withReference = reference === null
    const batch = await runJob(engine, problem, c, [...(withReference ? [problem.solution] : []), ...chunk.map((i) => candidates[i]!)], PER_QUERY)
    const { answers, late } = answersOf(batch, withReference)
    if (answers) {
      if (withReference) {
        const ref = referenceRows(answers.shift()!, c)
        if (!ref.ok) return ref
        reference = ref.rows
      }
      answers.forEach((r, j) => (grades[chunk[j]!] = gradeOutcome(problem, reference!, r)))
      if (late !== null) grades[chunk[late]!] = { kind: 'timeout', message: `ran past ${CANDIDATE_TIME_LIMIT_MS} ms` }
      pending = pending.slice(late === null ? chunk.length : late + 1)
      continue
    }
    if (!batch.ok && batch.failure.kind === 'setup_failed') return { ok: false, error: `case ${c.ref.id}: setup failed: ${batch.failure.error.message}` }
    // A crash, the whole job past the engine's own limit, or a slow reference (it has the engine's limit, not
    // a learner's): the reference alone, then one candidate at a time, so a crash costs only its author.
    if (withReference) {
      const alone = await runJob(engine, problem, c, [problem.solution])
      if (!alone.ok) return { ok: false, error: `case ${c.ref.id}: the reference could not run (${alone.failure.kind})` }
      const ref = referenceRows(alone.results[0]!, c)
      if (!ref.ok) return ref
      reference = ref.rows
    }
    for (const i of chunk) {
      const single = await runJob(engine, problem, c, [candidates[i]!], { timeLimitMs: CANDIDATE_TIME_LIMIT_MS })
      if (single.ok) grades[i] = gradeOutcome(problem, reference!, single.results[0]!)
      else if (single.failure.kind === 'timeout') grades[i] = { kind: 'timeout', message: `ran past ${single.failure.limitMs} ms` }
      else grades[i] = { kind: 'error', message: single.failure.kind === 'crashed' ? single.failure.message : single.failure.error.message }
    }
    pending = pending.slice(chunk.length)
  }
  return { ok: true, grades: grades as CandidateGrade[] }
}

/**
 * The answers a batch brought back: all of them, or those before a candidate that ran past its own limit
 * (`late`, its index among the batch's candidates); none after a crash, a whole-job timeout or a slow reference.
 */
function answersOf(batch: CaseOutcome, withReference: boolean): { answers: QueryOutcome[] | null; late: number | null } {
  if (batch.ok) return { answers: [...batch.results], late: null }
  const f = batch.failure
  const late = f.kind === 'timeout' && f.query !== undefined && f.answered?.length === f.query ? f.query - (withReference ? 1 : 0) : -1
  return f.kind === 'timeout' && late >= 0 ? { answers: [...f.answered!], late } : { answers: null, late: null }
}

/** One candidate's outcome against the reference's rows, under the problem's contract. */
export function gradeOutcome(problem: Problem, reference: Answer, outcome: QueryOutcome): CandidateGrade {
  if (outcome.kind === 'rejected') return { kind: 'rejected', message: outcome.message }
  // A write script that breaks a constraint (class 23: a duplicate key, a NULL, a CHECK) on some data is
  // rejected by that data, as a learner's script would be: killed, not invalid.
  if (outcome.kind === 'sql_error' && problem.transform && outcome.error.sqlstate.startsWith('23')) return { kind: 'wrong' }
  if (outcome.kind === 'sql_error') return { kind: 'error', message: `${outcome.error.message} (${outcome.error.sqlstate})` }
  if (truncatedResult(outcome)) return { kind: 'too_many_rows' }
  if (!compareAnswers(rulesOf(problem), reference, outcome).equal) return { kind: 'wrong' }
  if (outcome.kind === 'state' && outcome.rerunError) return gradeOutcome(problem, reference, { kind: 'sql_error', error: outcome.rerunError, ms: 0 })
  return { kind: 'pass' }
}

function runJob(engine: Engine, problem: Problem, c: GradingCase, queries: string[], options?: RunOptions): Promise<CaseOutcome> {
  return engine.runCase(submissionJob(rulesOf(problem), c, queries, DEFAULT_MAX_ROWS), options)
}

function referenceRows(outcome: QueryOutcome, c: GradingCase): { ok: true; rows: Answer } | { ok: false; error: string } {
  if (isAnswer(outcome) && !truncatedResult(outcome)) return { ok: true, rows: outcome }
  return { ok: false, error: `case ${c.ref.id}: the reference does not return rows (${outcome.kind})` }
}
