import type { GradingContract } from '../grader/contract.ts'
import type { PlanRules } from '../grader/plan-rules.ts'
import type { Topic } from './topics.ts'

export type ProblemId = string & { readonly __brand: 'ProblemId' }
export type Difficulty = 'easy' | 'medium' | 'hard'

export interface HiddenCase {
  id: string
  /** The mistake this case catches, in one sentence. */
  why: string
  setup: string
}

export interface NamedQuery {
  id: string
  why: string
  sql: string
}

/**
 * query: graded by the rows it returns; transform: a write script graded by the tables it leaves;
 * optimize: index statements and a SELECT, graded by its rows and then by its plan.
 */
export const PROBLEM_KINDS = ['query', 'transform', 'optimize'] as const
export type ProblemKind = (typeof PROBLEM_KINDS)[number]

export interface TargetTable {
  table: string
  /** The columns compared; null = every column. */
  columns: string[] | null
  tolerance: number | null
}

export interface TransformRules {
  targets: TargetTable[]
  /** Tables the script may write but must leave as they were. */
  untouched: string[]
  idempotent: boolean
}

/** A performance drill: the slow query it starts from, the tables it may index, the plan it must reach. */
export interface OptimizeRules {
  /** The correct but slow query the statement shows (its result is the reference's). */
  given: string
  /** Tables the learner's CREATE INDEX / CREATE STATISTICS may name. */
  tables: string[]
  maxIndexes: number
  plan: PlanRules
}

export interface Problem {
  id: ProblemId
  kind: ProblemKind
  /** A transform problem's tables; absent for other kinds. */
  transform?: TransformRules
  /** A drill's slow query and plan rules; absent for other kinds. */
  optimize?: OptimizeRules
  slug: string
  title: string
  dataset: string
  difficulty: Difficulty
  plan: { week: number; days: [number, number] }
  topics: Topic[]
  scenario: string
  targetMinutes: number
  contract: GradingContract
  hints: string[]
  /** Markdown body of problem.md. */
  statement: string
  solution: string
  explanation: string
  /** Setup that shrinks the dataset to the statement's example, and the tables the statement shows. */
  example: { setup: string; tables: string[] }
  cases: HiddenCase[]
  /** Plausible wrong queries; the bank check proves each is rejected somewhere. */
  traps: NamedQuery[]
  /** Other correct formulations; the bank check proves each is accepted everywhere. */
  alternates: NamedQuery[]
  /** Mutants of the reference that no data can tell apart from it, each with the reason (the mutation check). */
  equivalentMutants: { mutant: string; why: string }[]
  /** Folder, relative to the repository root. */
  path: string
}
