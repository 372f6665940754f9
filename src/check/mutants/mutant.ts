import type { QueryText } from './query-text.ts'
import type { Node, Visit } from './syntax-tree.ts'

// A mutant is a small edit of the reference's own text, named by what changed so that an author can
// answer it in cases.yaml and the answer survives edits elsewhere in the query.

/** One proposed edit: replace bytes start..end of the reference with `replacement`. */
export interface Edit {
  operator: string
  start: number
  end: number
  replacement: string
}

export interface Mutant {
  /** Stable name: `operator: "original snippet" -> "mutated snippet"` (plus "(occurrence N)" when repeated). */
  key: string
  operator: string
  /** What the mutation means, in words. */
  description: string
  /** The whole mutated query. */
  sql: string
}

export interface MutationContext {
  query: QueryText
  visits: Visit[]
  /** The statement whose result is graded: the query, or a script's last statement (a drill's SELECT). */
  final: { type: string; node: Node } | null
  /** Row order is part of the answer (the contract orders rows, or the query limits them). */
  orderMatters: boolean
}

export interface Operator {
  name: string
  /** The mistake it stands for, in words (shown with each survivor). */
  description: string
  edits(context: MutationContext): Edit[]
}
