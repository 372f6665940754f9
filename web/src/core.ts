// The web app's one entry point into the framework-free core (src/), and the shape of the bank the build
// delivers to the page. tests/architecture.test.ts keeps every other file of web/src away from src/.
import type { RawResult } from '../../src/engine/types.ts'
import type { ProblemExample } from '../../src/judge/example.ts'
import type { Problem } from '../../src/problems/problem.ts'

export type { CaseOutcome, DatabaseSource, Engine, RawResult, RawRow, ResultColumn, SqlError } from '../../src/engine/types.ts'
export { DEFAULT_TIMEOUT_MS, WorkerEngine, type WorkerLike } from '../../src/engine/worker-engine.ts'
export { describeContract } from '../../src/grader/contract.ts'
export { formatCount, formatMs, formatNumber, renderPlanText, samePath } from '../../src/grader/plan-text.ts'
export { misestimate, nodeAt, ownBuffers, type ParsedPlan, type PlanNode, type PlanPath } from '../../src/grader/plan.ts'
export type { Diff } from '../../src/grader/compare.ts'
export type { ChangedRow } from '../../src/grader/pair-rows.ts'
export { describeLineColumn, lineColumnAt, type LineColumn } from '../../src/grader/error-location.ts'
export type { CaseRef, Verdict, VerdictName } from '../../src/grader/verdict.ts'
export { expectedRows, prepareProblem, runProblem, submitProblem, type RunReport } from '../../src/judge/grade-problem.ts'
export { describeRules, rulesOf } from '../../src/judge/submission.ts'
export type { QueryRun } from '../../src/judge/run-query.ts'
export { EXAMPLE_ROW_LIMIT, type ProblemExample } from '../../src/judge/example.ts'
export { PROBLEM_KINDS, type Problem, type Difficulty, type ProblemKind } from '../../src/problems/problem.ts'
export { TOPICS, type Topic } from '../../src/problems/topics.ts'
export { Bank, sortForPlan } from '../../src/problems/bank.ts'
export * from '../../src/progress/events.ts'
export * from '../../src/progress/reducer.ts'
export * from '../../src/progress/redundant-event.ts'
export * from '../../src/progress/stats.ts'
export * from '../../src/progress/timer.ts'
export * from '../../src/progress/analytics.ts'
export * from '../../src/progress/drafts.ts'
export * from '../../src/progress/submissions.ts'
export * from '../../src/mock/compose.ts'
export * from '../../src/mock/round.ts'
export * from '../../src/plan/study-plan.ts'
export * from '../../src/plan/next-problem.ts'
export * from '../../src/plan/own-line.ts'

// The bank as web/build/bank-data.ts writes it and web/src/data.ts fetches it: the problems without their
// traps and mutation declarations (those only serve the bank check), each statement's computed example, each dataset's tables.

export type BrowserProblem = Omit<Problem, 'traps' | 'equivalentMutants'>

export interface TableInfo {
  name: string
  columns: { name: string; type: string }[]
  sample: RawResult
  rowCount: number
  /** The table's indexes as Postgres defines them (`CREATE UNIQUE INDEX … USING btree (…)`), primary key included. */
  indexes?: { name: string; definition: string }[]
}

export interface BrowserBank {
  hash: string
  problems: BrowserProblem[]
  examples: Record<string, ProblemExample>
  schemas: Record<string, TableInfo[]>
}
