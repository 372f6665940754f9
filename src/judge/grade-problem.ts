import type { Engine } from '../engine/types.ts'
import type { RunReport, Verdict } from '../grader/verdict.ts'
import type { Problem } from '../problems/problem.ts'
import { gradeTask, gradeWithRows, type GradingCase, type GradingTask } from './judge.ts'

// A problem's grading: Run uses the visible dataset only; Submit adds the statement's example and every
// hidden case. Same engine, same rules for both.

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

export function problemCases(problem: Problem, mode: 'run' | 'submit'): GradingCase[] {
  const base: GradingCase = { ref: { id: 'base', label: 'the visible dataset', hidden: false } }
  if (mode === 'run') return [base]
  return [
    base,
    ...(problem.contract.order.kind === 'none' ? [] : [REORDERED_CASE]),
    { ref: { id: 'example', label: "the statement's example", hidden: false }, setup: problem.example.setup },
    ...problem.cases.map((c, i) => ({
      ref: { id: c.id, label: `hidden case ${i + 1} of ${problem.cases.length}`, hidden: true, why: c.why },
      setup: c.setup,
    })),
  ]
}

export function problemTask(problem: Problem, candidate: string, mode: 'run' | 'submit'): GradingTask {
  return {
    schema: problem.dataset,
    reference: problem.solution,
    candidate,
    contract: problem.contract,
    cases: problemCases(problem, mode),
  }
}

export function submitProblem(engine: Engine, problem: Problem, sql: string): Promise<Verdict> {
  return gradeTask(engine, problemTask(problem, sql, 'submit'))
}

export function runProblem(engine: Engine, problem: Problem, sql: string): Promise<RunReport> {
  return gradeWithRows(engine, problemTask(problem, sql, 'run'))
}
