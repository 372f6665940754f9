import { quoteIdent } from '../engine/load-datasets.ts'
import type { Engine, QuerySpec, RawResult } from '../engine/types.ts'
import { parsePlan, type ParsedPlan } from '../grader/plan.ts'
import type { Problem } from '../problems/problem.ts'
import { DEFAULT_MAX_ROWS } from './judge.ts'
import { rulesOf, submissionJob, type CaseData } from './submission.ts'

// The statement's example, computed (never typed by hand): the example tables as the example setup
// leaves them, and the reference's output on them (a query's rows, or the target tables a write task's
// script leaves).

export const EXAMPLE_ROW_LIMIT = 30

export interface NamedResult {
  name: string
  result: RawResult
}

export interface ProblemExample {
  tables: NamedResult[]
  /** A query's expected output; null for a write task. */
  expected: RawResult | null
  /** A write task's target tables after the reference script; empty for a query. */
  after: NamedResult[]
  /** A drill's given query's plan on the visible data (what the learner starts from). */
  givenPlan?: ParsedPlan
}

/** The statement's example as a case: its setup, kept by the engine after the first run. */
export function exampleCaseData(problem: Problem): CaseData {
  return { setup: problem.example.setup, keepSetup: true }
}

/** The queries that read the example's tables as its setup leaves them (up to EXAMPLE_ROW_LIMIT rows each). */
export function exampleTableQueries(problem: Problem): QuerySpec[] {
  return problem.example.tables.map((t) => ({ sql: `select * from ${quoteIdent(t)} order by 1`, maxRows: EXAMPLE_ROW_LIMIT }))
}

export async function computeExample(engine: Engine, problem: Problem): Promise<ProblemExample> {
  const job = submissionJob(rulesOf(problem), exampleCaseData(problem), [problem.solution], DEFAULT_MAX_ROWS)
  job.queries.unshift(...exampleTableQueries(problem))
  const outcome = await engine.runCase(job)
  if (!outcome.ok) throw new Error(`${problem.slug}: the example could not run (${outcome.failure.kind})`)
  const failed = outcome.results.findIndex((r) => r.kind !== 'rows' && r.kind !== 'state')
  if (failed >= 0) {
    const r = outcome.results[failed]!
    throw new Error(`${problem.slug}: example query ${failed + 1} failed: ${r.kind === 'sql_error' ? r.error.message : r.kind === 'rejected' ? r.message : r.kind}`)
  }
  const answer = outcome.results.pop()!
  const givenPlan = problem.optimize ? await explainGiven(engine, problem) : undefined
  const tables = outcome.results.map((r, i) => ({ name: problem.example.tables[i]!, result: (r as { result: RawResult }).result }))
  if (answer.kind === 'rows') return { tables, expected: answer.result, after: [], ...(givenPlan ? { givenPlan } : {}) }
  const targets = new Set(problem.transform?.targets.map((t) => t.table))
  const after = answer.kind === 'state' ? answer.tables.filter((t) => targets.has(t.table)).map((t) => ({ name: t.table, result: t.result })) : []
  return { tables, expected: null, after }
}

/** The plan of a drill's given query on the visible data, measured as a learner's would be. */
async function explainGiven(engine: Engine, problem: Problem): Promise<ParsedPlan> {
  const outcome = await engine.runCase(submissionJob(rulesOf(problem), {}, [problem.optimize!.given], DEFAULT_MAX_ROWS))
  const given = outcome.ok ? outcome.results[0] : undefined
  const parsed = given?.kind === 'rows' && given.plan ? parsePlan(given.plan) : null
  if (!parsed?.ok) throw new Error(`${problem.slug}: the given query has no plan (${outcome.ok ? given?.kind : outcome.failure.kind})`)
  return parsed.plan
}
