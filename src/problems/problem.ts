import type { GradingContract } from '../grader/contract.ts'
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

export interface Problem {
  id: ProblemId
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
