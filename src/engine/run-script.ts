import type { PGlite } from '@electric-sql/pglite'
import { runCappedQuery, type CappedQuery } from './capped-query.ts'
import { quoteIdent } from './load-datasets.ts'
import { checkScript } from './statement-policy.ts'
import type { QueryOutcome, QuerySpec, SqlError, TableState } from './types.ts'

// A write task's script: its statements one at a time (each through the same capped protocol as a
// query), then the captured tables read back. The caller's transaction and savepoint undo all of it.

export async function runScript(db: PGlite, schema: string, query: QuerySpec & { script: NonNullable<QuerySpec['script']> }): Promise<CappedQuery> {
  const policy = await checkScript(query.sql, query.allow ?? ['select'])
  if (!policy.ok) return { outcome: policy.outcome, fault: null }
  const started = performance.now()
  const states: TableState[][] = []
  for (let run = 0; run < (query.script.runs ?? 1); run++) {
    // A re-run load starts in a new session: the first run's temporary tables are gone.
    if (run > 0) await db.exec('DISCARD TEMP')
    for (const statement of policy.statements) {
      const ran = await runCappedQuery(db, statement.sql, query.maxRows)
      if (ran.fault || ran.outcome.kind !== 'rows') {
        const failed = inScript(ran.outcome, statement.offset)
        // The first run's tables are still graded: a wrong first run says more than the second run's error.
        if (run > 0 && !ran.fault && failed.kind === 'sql_error') return { outcome: state(states, performance.now() - started, secondRun(failed.error)), fault: null }
        return { outcome: failed, fault: ran.fault }
      }
    }
    const tables: TableState[] = []
    for (const { table, columns } of query.script.capture) {
      const list = columns?.length ? columns.map(quoteIdent).join(', ') : '*'
      // Sorted by the first column (usually the key) only for reading: tables compare as multisets.
      const read = await runCappedQuery(db, `SELECT ${list} FROM ${quoteIdent(schema)}.${quoteIdent(table)} ORDER BY 1`, query.maxRows)
      if (read.fault || read.outcome.kind !== 'rows') return read
      tables.push({ table, result: read.outcome.result })
    }
    states.push(tables)
  }
  return { outcome: state(states, performance.now() - started), fault: null }
}

function state(states: TableState[][], ms: number, rerunError?: SqlError): QueryOutcome {
  const [tables, rerun] = states
  return { kind: 'state', tables: tables!, ...(rerun ? { rerun } : {}), ms, ...(rerunError ? { rerunError } : {}) }
}

/** An error of the second run says so: the script itself ran once without it. */
function secondRun(error: SqlError): SqlError {
  return { ...error, message: `On the second run of your script (a load must be safe to run again): ${error.message}` }
}

/** An error's position counted from the start of the whole script rather than of its statement. */
export function inScript(outcome: QueryOutcome, offset: number): QueryOutcome {
  if (outcome.kind !== 'sql_error' || !outcome.error.position) return outcome
  return { ...outcome, error: { ...outcome.error, position: outcome.error.position + offset } }
}
