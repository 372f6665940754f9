import type { Engine, RawRow, RejectReason, SqlError } from '../engine/types.ts'
import type { Problem } from '../problems/problem.ts'
import { DEFAULT_MAX_ROWS } from './judge.ts'
import { rulesOf, submissionJob, truncatedResult } from './submission.ts'

// A query on a problem's visible dataset, not graded: the rows it returns, or why it returned none. Same
// statement rules, row cap and time limit as grading.

export type QueryRun =
  | { outcome: 'rows'; columns: string[]; rows: RawRow[]; ms: number }
  /** A write task's script ran: its target tables afterwards. */
  | { outcome: 'state'; tables: { table: string; columns: string[]; rows: RawRow[] }[]; ms: number }
  | { outcome: 'error'; error: SqlError }
  | { outcome: 'rejected'; reason: RejectReason; message: string; position?: number }
  | { outcome: 'timeout'; limitMs: number }
  | { outcome: 'too_many_rows'; limit: number }

export async function runQuery(engine: Engine, problem: Problem, sql: string, maxRows = DEFAULT_MAX_ROWS): Promise<QueryRun> {
  const outcome = await engine.runCase(submissionJob(rulesOf(problem), {}, [sql], maxRows))
  if (!outcome.ok) {
    const f = outcome.failure
    if (f.kind === 'timeout') return { outcome: 'timeout', limitMs: f.limitMs }
    const message = f.kind === 'setup_failed' ? f.error.message : f.message
    return { outcome: 'error', error: { sqlstate: 'XX000', message: `The engine stopped: ${message}` } }
  }
  const [result] = outcome.results
  if (!result) return { outcome: 'error', error: { sqlstate: 'XX000', message: 'The engine returned no result' } }
  if (result.kind === 'sql_error') return { outcome: 'error', error: result.error }
  if (result.kind === 'rejected') {
    const { reason, message, position } = result
    return { outcome: 'rejected', reason, message, ...(position ? { position } : {}) }
  }
  if (truncatedResult(result)) return { outcome: 'too_many_rows', limit: maxRows }
  if (result.kind === 'state')
    return { outcome: 'state', tables: result.tables.map((t) => ({ table: t.table, columns: t.result.columns.map((c) => c.name), rows: t.result.rows })), ms: result.ms }
  return { outcome: 'rows', columns: result.result.columns.map((c) => c.name), rows: result.result.rows, ms: result.result.ms }
}
