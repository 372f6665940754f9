import type { RawResult, RejectReason, SqlError } from '../engine/types.ts'
import type { Diff } from './compare.ts'
import type { ParsedPlan } from './plan.ts'

export const VERDICTS = ['accepted', 'wrong_answer', 'too_slow', 'error', 'timeout', 'too_many_rows', 'rejected'] as const
export type VerdictName = (typeof VERDICTS)[number]

/** Which dataset a verdict is about: the visible one, the statement's example, or a hidden case. */
export interface CaseRef {
  id: string
  label: string
  hidden: boolean
  /** What the case catches; shown with a wrong answer (hidden during mock rounds). */
  why?: string
}

export interface Timing {
  /** Time spent in the learner's query, summed over cases. */
  queryMs: number
  referenceMs: number
  /** Wall time of the whole grading, engine round trips included. */
  totalMs: number
}

interface Common {
  casesPassed: number
  casesTotal: number
  timing: Timing
}

/** A drill's plans: the learner's and the reference's, as measured on the visible data. */
export interface DrillPlans {
  plan: ParsedPlan
  referencePlan: ParsedPlan
}

export type Verdict =
  /** `plans`: a drill's accepted plan beside the reference's. */
  | ({ verdict: 'accepted'; plans?: DrillPlans } & Common)
  /**
   * A drill's rows were right but its plan broke a rule: `message` says which, `path` points at the node
   * (in `plan`), `buffers` is what the plan read (shared hit + read), `budget` the drill's limit if it has one.
   */
  | ({ verdict: 'too_slow'; case: CaseRef; message: string; path: number[]; buffers: number; budget: number | null } & DrillPlans & Common)
  | ({
      verdict: 'wrong_answer'
      case: CaseRef
      diff: Diff
      hints: string[]
      /** Write tasks: the table whose contents differ. */
      table?: string
      /** Write tasks run twice: the second run left `table` different from the first (not idempotent). */
      afterRerun?: boolean
      /** Write tasks: `table` is one the script had to leave as it was. */
      untouched?: boolean
    } & Common)
  | ({ verdict: 'error'; case: CaseRef; error: SqlError } & Common)
  | ({ verdict: 'timeout'; case: CaseRef; limitMs: number } & Common)
  | ({ verdict: 'too_many_rows'; case: CaseRef; limit: number; expectedRowCount: number } & Common)
  | ({ verdict: 'rejected'; reason: RejectReason; message: string; position?: number } & Common)

