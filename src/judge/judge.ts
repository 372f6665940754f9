import type { CaseJob, Engine, QueryOutcome } from '../engine/types.ts'
import { hintsFor } from '../grader/hints.ts'
import { parsePlan } from '../grader/plan.ts'
import type { CaseRef, DrillPlans, Timing, Verdict } from '../grader/verdict.ts'
import { answerMs, compareAnswers, isAnswer, submissionJob, truncatedResult, type Answer, type CaseData, type GradingRules } from './submission.ts'

// Runs the reference and the learner's query on each case (same transaction, same snapshot of data) and
// grades them under the contract. Stops at the first case that fails.

export const DEFAULT_MAX_ROWS = 10_000

export interface GradingCase extends CaseData {
  ref: CaseRef
}

export interface GradingTask extends GradingRules {
  reference: string
  candidate: string
  cases: GradingCase[]
  maxRows?: number
}

const referenceResults = new WeakMap<Engine, Map<string, Answer>>()

function referenceCache(engine: Engine): Map<string, Answer> {
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
  let plans: DrillPlans | undefined
  const keys = task.cases.map((c) => JSON.stringify(referenceJob(task, c, maxRows)))
  // The data never changes between runs, so the reference's answer on a case is computed once per engine.
  const jobs = task.cases.map((c, i) => submissionJob(task, c, cache.has(keys[i]!) ? [task.candidate] : [task.reference, task.candidate], maxRows))
  let i = 0
  for await (const outcome of engine.runCases(jobs)) {
    const c = task.cases[i]!
    const key = keys[i++]!
    const known = cache.get(key)
    if (!outcome.ok) {
      const f = outcome.failure
      if (f.kind === 'timeout') return { verdict: 'timeout', case: c.ref, limitMs: f.limitMs, ...common() }
      if (f.kind === 'setup_failed') throw new ReferenceFailure(`case ${c.ref.id}: setup failed: ${f.error.message}`)
      return { verdict: 'error', case: c.ref, error: { sqlstate: 'XX000', message: `The engine stopped: ${f.message}` }, ...common() }
    }
    const candOutcome = outcome.results.at(-1)!
    let reference: Answer
    if (known) reference = known
    else {
      reference = referenceAnswer(c, outcome.results[0]!, maxRows)
      timing.referenceMs += answerMs(reference)
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
    timing.queryMs += answerMs(candOutcome)
    if (truncatedResult(candOutcome)) {
      const expectedRowCount = reference.kind === 'rows' ? reference.result.rows.length : Math.max(...reference.tables.map((t) => t.result.rows.length))
      return { verdict: 'too_many_rows', case: c.ref, limit: maxRows, expectedRowCount, ...common() }
    }

    const comparison = compareAnswers(task, reference, candOutcome)
    if (!comparison.equal && 'plan' in comparison) {
      const { plan, referencePlan, failure } = comparison.plan
      const { message, path, buffers, budget } = failure
      return { verdict: 'too_slow', case: c.ref, message, path, buffers, budget, plan, referencePlan, ...common() }
    }
    if (!comparison.equal) {
      const { diff, expected, table, afterRerun, untouched } = comparison
      return {
        verdict: 'wrong_answer',
        case: c.ref,
        diff,
        // The hints read a query's result ("you returned…"); a table a script left is another matter.
        hints: table ? [] : hintsFor(diff, expected),
        ...(table ? { table } : {}),
        ...(afterRerun ? { afterRerun } : {}),
        ...(untouched ? { untouched } : {}),
        ...common(),
      }
    }
    if (candOutcome.kind === 'state' && candOutcome.rerunError) return { verdict: 'error', case: c.ref, error: candOutcome.rerunError, ...common() }
    if (task.optimize) plans ??= acceptedPlans(reference, candOutcome)
    passed++
  }
  return { verdict: 'accepted', ...(plans ? { plans } : {}), ...common() }
}

/**
 * Computes the reference's answer on every case this engine does not know yet, so that the first Submit runs
 * the learner's query alone (called when a problem opens). A case whose reference fails is left to Submit,
 * which reports it.
 */
export async function warmReference(engine: Engine, task: Omit<GradingTask, 'candidate'>): Promise<void> {
  const maxRows = task.maxRows ?? DEFAULT_MAX_ROWS
  const cache = referenceCache(engine)
  for (const c of task.cases) {
    const job = referenceJob(task, c, maxRows)
    const key = JSON.stringify(job)
    if (cache.has(key)) continue
    const outcome = await engine.runCase(job)
    if (!outcome.ok) continue
    try {
      cache.set(key, referenceAnswer(c, outcome.results[0]!, maxRows))
    } catch (e) {
      if (!(e instanceof ReferenceFailure)) throw e
    }
  }
}

/** The job that runs the reference alone on a case; as JSON, the key of its answer in the engine's cache. */
function referenceJob(task: Omit<GradingTask, 'candidate'>, c: GradingCase, maxRows: number): CaseJob {
  return submissionJob(task, c, [task.reference], maxRows)
}

function referenceAnswer(c: GradingCase, outcome: QueryOutcome, maxRows: number): Answer {
  if (!isAnswer(outcome)) throw new ReferenceFailure(`case ${c.ref.id}: the reference failed: ${outcome.kind === 'sql_error' ? outcome.error.message : outcome.message}`)
  if (truncatedResult(outcome)) throw new ReferenceFailure(`case ${c.ref.id}: the reference returns more than ${maxRows} rows`)
  return outcome
}

/** Both plans of a drill case that was explained (the visible data), for the viewer after acceptance. */
function acceptedPlans(reference: Answer, candidate: Answer): DrillPlans | undefined {
  if (reference.kind !== 'rows' || candidate.kind !== 'rows' || !reference.plan || !candidate.plan) return undefined
  const [referencePlan, plan] = [parsePlan(reference.plan), parsePlan(candidate.plan)]
  return referencePlan.ok && plan.ok ? { plan: plan.plan, referencePlan: referencePlan.plan } : undefined
}
