import type { PGlite } from '@electric-sql/pglite'
import { runCappedQuery, type CappedQuery } from './capped-query.ts'
import { quoteIdent } from './load-datasets.ts'
import { checkScript } from './statement-policy.ts'
import type { QueryOutcome, QuerySpec, TableState } from './types.ts'

// A write task's script: its statements one at a time (each through the same capped protocol as a
// query), then the captured tables read back. The caller's transaction and savepoint undo all of it.

export async function runScript(db: PGlite, schema: string, query: QuerySpec & { script: NonNullable<QuerySpec['script']> }): Promise<CappedQuery> {
  const policy = await checkScript(query.sql, query.allow ?? ['select'])
  if (!policy.ok) return { outcome: policy.outcome, fault: null }
  const started = performance.now()
  const states: TableState[][] = []
  for (let run = 0; run < (query.script.runs ?? 1); run++) {
    for (const statement of policy.statements) {
      const ran = await runCappedQuery(db, statement.sql, query.maxRows)
      if (ran.fault || ran.outcome.kind !== 'rows') return { outcome: inScript(ran.outcome, statement.offset), fault: ran.fault }
    }
    const tables: TableState[] = []
    for (const { table, columns } of query.script.capture) {
      const list = columns?.length ? columns.map(quoteIdent).join(', ') : '*'
      const read = await runCappedQuery(db, `SELECT ${list} FROM ${quoteIdent(schema)}.${quoteIdent(table)}`, query.maxRows)
      if (read.fault || read.outcome.kind !== 'rows') return read
      tables.push({ table, result: read.outcome.result })
    }
    states.push(tables)
  }
  const [tables, rerun] = states
  return { outcome: { kind: 'state', tables: tables!, ...(rerun ? { rerun } : {}), ms: performance.now() - started }, fault: null }
}

/** An error's position counted from the start of the whole script rather than of its statement. */
export function inScript(outcome: QueryOutcome, offset: number): QueryOutcome {
  if (outcome.kind !== 'sql_error' || !outcome.error.position) return outcome
  return { ...outcome, error: { ...outcome.error, position: outcome.error.position + offset } }
}
