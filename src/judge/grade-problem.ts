import type { Engine } from '../engine/types.ts'
import type { RunReport, Verdict } from '../grader/verdict.ts'
import type { Problem } from '../problems/problem.ts'
import { gradeTask, gradeWithRows, type GradingCase, type GradingTask } from './judge.ts'

// A problem's grading: Run uses the visible dataset only; Submit adds the statement's example and every
// hidden case. Same engine, same rules for both.

export function problemCases(problem: Problem, mode: 'run' | 'submit'): GradingCase[] {
  const base: GradingCase = { ref: { id: 'base', label: 'the visible dataset', hidden: false } }
  if (mode === 'run') return [base]
  return [
    base,
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
    statements: problem.statements,
  }
}

export function submitProblem(engine: Engine, problem: Problem, sql: string): Promise<Verdict> {
  return gradeTask(engine, problemTask(problem, sql, 'submit'))
}

export function runProblem(engine: Engine, problem: Problem, sql: string): Promise<RunReport> {
  return gradeWithRows(engine, problemTask(problem, sql, 'run'))
}
