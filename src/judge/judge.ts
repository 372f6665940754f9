import type { CaseJob, Engine, QuerySpec, RawResult, RunVariant } from '../engine/types.ts'
import { compareResults } from '../grader/compare.ts'
import type { GradingContract } from '../grader/contract.ts'
import { hintsFor } from '../grader/hints.ts'
import type { CaseRef, Timing, Verdict } from '../grader/verdict.ts'

// Runs the reference and the learner's query on each case (same transaction, same snapshot of data) and
// grades them under the contract. Stops at the first case that fails.

export const DEFAULT_MAX_ROWS = 10_000

export interface GradingCase {
  ref: CaseRef
  setup?: string
  /** The same data stored in another physical order (trusted; see RunVariant). */
  variant?: RunVariant
}

export interface GradingTask {
  schema: string
  reference: string
  candidate: string
  contract: GradingContract
  cases: GradingCase[]
  maxRows?: number
}

/** The engine job that runs `queries` on one case: its setup, on its data order (or the one given). */
export function caseJob(schema: string, c: GradingCase, queries: QuerySpec[], variant: RunVariant | undefined = c.variant): CaseJob {
  return { schema, ...(c.setup ? { setup: c.setup } : {}), ...(variant ? { variant } : {}), queries }
}

const referenceResults = new WeakMap<Engine, Map<string, RawResult>>()

function referenceCache(engine: Engine): Map<string, RawResult> {
  let cache = referenceResults.get(engine)
  if (!cache) referenceResults.set(engine, (cache = new Map()))
  return cache
}

/** The reference itself failed: a defect of the problem, not of the learner's query. */
export class ReferenceFailure extends Error {}

export async function gradeTask(engine: Engine, task: GradingTask): Promise<Verdict> {
  const started = performance.now()
  const maxRows = task.maxRows ?? DEFAULT_MAX_ROWS
  const timing: Timing = { queryMs: 0, referenceMs: 0, totalMs: 0 }
  const total = task.cases.length
  let passed = 0
  const common = () => ({ casesPassed: passed, casesTotal: total, timing: { ...timing, totalMs: performance.now() - started } })

  const cache = referenceCache(engine)
  for (const c of task.cases) {
    const job = caseJob(task.schema, c, [{ sql: task.reference, maxRows }])
    const key = JSON.stringify(job)
    const known = cache.get(key)
    // The data never changes between runs, so the reference's rows on a case are computed once per engine.
    if (!known) job.queries.push({ sql: task.candidate, maxRows })
    else job.queries = [{ sql: task.candidate, maxRows }]
    const outcome = await engine.runCase(job)
    if (!outcome.ok) {
      const f = outcome.failure
      if (f.kind === 'timeout') return { verdict: 'timeout', case: c.ref, limitMs: f.limitMs, ...common() }
      if (f.kind === 'setup_failed') throw new ReferenceFailure(`case ${c.ref.id}: setup failed: ${f.error.message}`)
      return { verdict: 'error', case: c.ref, error: { sqlstate: 'XX000', message: `The engine stopped: ${f.message}` }, ...common() }
    }
    const candOutcome = outcome.results.at(-1)!
    let reference: RawResult
    if (known) reference = known
    else {
      const refOutcome = outcome.results[0]!
      if (refOutcome.kind !== 'rows')
        throw new ReferenceFailure(`case ${c.ref.id}: the reference failed: ${refOutcome.kind === 'sql_error' ? refOutcome.error.message : refOutcome.message}`)
      if (refOutcome.result.truncated) throw new ReferenceFailure(`case ${c.ref.id}: the reference returns more than ${maxRows} rows`)
      reference = refOutcome.result
      timing.referenceMs += reference.ms
      cache.set(key, reference)
    }

    if (candOutcome.kind === 'rejected') {
      const { reason, message } = candOutcome
      return { verdict: 'rejected', reason, message, ...(candOutcome.position ? { position: candOutcome.position } : {}), ...common() }
    }
    if (candOutcome.kind === 'sql_error') {
      timing.queryMs += candOutcome.ms
      return { verdict: 'error', case: c.ref, error: candOutcome.error, ...common() }
    }
    const result = candOutcome.result
    timing.queryMs += result.ms
    if (result.truncated)
      return { verdict: 'too_many_rows', case: c.ref, limit: maxRows, expectedRowCount: reference.rows.length, ...common() }

    const comparison = compareResults(reference, result, task.contract)
    if (!comparison.equal) {
      const hints = hintsFor(comparison.diff, reference)
      return { verdict: 'wrong_answer', case: c.ref, diff: comparison.diff, hints, ...common() }
    }
    passed++
  }
  return { verdict: 'accepted', ...common() }


}
