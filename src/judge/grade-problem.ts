import type { Engine } from '../engine/types.ts'
import type { Verdict } from '../grader/verdict.ts'
import type { Problem } from '../problems/problem.ts'
import { exampleCaseData } from './example.ts'
import { gradeTask, warmReference, type GradingCase, type GradingTask } from './judge.ts'
import { runQuery, type QueryRun } from './run-query.ts'
import { rulesOf } from './submission.ts'

// A problem's grading. Submit grades the visible dataset, the statement's example and every hidden case.
// Run is practice, not an oracle: it shows the learner's own rows on the visible data and checks the query
// on the statement's example only (whose expected output the statement already shows), like a sample test.

/**
 * A problem whose contract orders its rows is also graded on its visible data stored in another physical
 * order, so a missing or incomplete ORDER BY is caught on every Submit rather than saved by luck.
 */
export const REORDERED_CASE: GradingCase = {
  ref: {
    id: 'reordered',
    label: 'the visible dataset stored in another physical order',
    hidden: false,
    why: 'Rows come back in the order they are stored unless ORDER BY says otherwise: a missing or incomplete ORDER BY shows here.',
  },
  // Reversed, not shuffled: a query that passed on the stored order only by luck fails on its reverse.
  variant: { rowOrder: 'reversed' },
}

function exampleCase(problem: Problem): GradingCase {
  return { ref: { id: 'example', label: "the statement's example", hidden: false }, ...exampleCaseData(problem) }
}

export function problemCases(problem: Problem): GradingCase[] {
  return [
    { ref: { id: 'base', label: 'the visible dataset', hidden: false } },
    // A drill's tables are large and its job indexes them, so the engine's reversed copy (read-only jobs) does
    // not serve it, and rewriting them in reverse inside the run costs 0.5-1.2 s of the time limit: a drill's
    // order is checked by hidden cases that move rows (its reference is proven order-safe by the linter).
    ...(problem.contract.order.kind === 'none' || problem.optimize ? [] : [REORDERED_CASE]),
    exampleCase(problem),
    ...problem.cases.map((c, i) => ({
      ref: { id: c.id, label: `hidden case ${i + 1} of ${problem.cases.length}`, hidden: true, why: c.why },
      setup: c.setup,
    })),
  ]
}

export function problemTask(problem: Problem, candidate: string, cases = problemCases(problem)): GradingTask {
  return { ...rulesOf(problem), reference: problem.solution, candidate, cases }
}

export function submitProblem(engine: Engine, problem: Problem, sql: string): Promise<Verdict> {
  return gradeTask(engine, problemTask(problem, sql))
}

/**
 * Readies an engine for a problem the learner just opened: the reference's answers on every case, and the
 * copies the engine derives for the reordered and example cases. Submit is then the learner's query alone.
 */
export function prepareProblem(engine: Engine, problem: Problem): Promise<void> {
  return warmReference(engine, { ...rulesOf(problem), reference: problem.solution, cases: problemCases(problem) })
}

/** What Run shows: the learner's rows on the visible data, and the query graded on the statement's example. */
export interface RunReport {
  rows: QueryRun
  /** Null when the query could not run on the visible data (an error, a refusal, the time limit). */
  example: Verdict | null
}

export async function runProblem(engine: Engine, problem: Problem, sql: string): Promise<RunReport> {
  const rows = await runQuery(engine, problem, sql)
  if (rows.outcome === 'error' || rows.outcome === 'rejected' || rows.outcome === 'timeout') return { rows, example: null }
  return { rows, example: await gradeTask(engine, problemTask(problem, sql, [exampleCase(problem)])) }
}

/** The reference's rows on the visible data: shown only when the learner asks (a recorded action). */
export function expectedRows(engine: Engine, problem: Problem): Promise<QueryRun> {
  return runQuery(engine, problem, problem.solution)
}
