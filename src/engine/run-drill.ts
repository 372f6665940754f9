import type { PGlite } from '@electric-sql/pglite'
import { runCappedQuery, type CappedQuery } from './capped-query.ts'
import { STATISTICS_TARGET } from './load-datasets.ts'
import { INDEXER_ROLE, LEARNER_ROLE } from './sandbox-role.ts'
import { inScript } from './run-script.ts'
import { checkScript, type ScriptStatement } from './statement-policy.ts'
import type { QueryOutcome, QuerySpec } from './types.ts'

// A performance drill's script: the index statements as the role that owns the drill's tables (for this
// transaction only), then the one SELECT as the learner, then its plan. The caller's savepoint and
// transaction undo the indexes.

export async function runDrill(db: PGlite, query: QuerySpec & { drill: NonNullable<QuerySpec['drill']> }): Promise<CappedQuery> {
  const policy = await checkScript(query.sql, ['select', 'index'])
  if (!policy.ok) return { outcome: policy.outcome, fault: null }
  const shape = drillShape(policy.statements, query.drill.maxIndexes)
  if ('refusal' in shape) return { outcome: shape.refusal, fault: null }

  let indexMs = 0
  if (shape.ddl.length) {
    await db.exec(`SET LOCAL ROLE ${INDEXER_ROLE}`)
    for (const statement of shape.ddl) {
      const ran = await runCappedQuery(db, statement.sql, query.maxRows)
      if (ran.fault || ran.outcome.kind !== 'rows') return { outcome: inScript(ran.outcome, statement.offset), fault: ran.fault }
      indexMs += ran.outcome.result.ms
    }
    if (query.drill.explain && shape.ddl.some((s) => s.node === 'CreateStatsStmt')) await analyzeNewStatistics(db)
    await db.exec(`SET LOCAL ROLE ${LEARNER_ROLE}`)
  }
  // The SELECT runs once for its rows, which also warms the cache: the plan's buffer count is then the
  // same on a fresh engine and a warm one (../shared/notes/pglite-engine.md, "Plans and buffers").
  const ran = await runCappedQuery(db, shape.select.sql, query.maxRows)
  // The script's own time is its index statements' and its SELECT's (the harness's EXPLAIN is not the learner's).
  if (ran.outcome.kind === 'rows') ran.outcome.result.ms += indexMs
  if (ran.fault || ran.outcome.kind !== 'rows' || !query.drill.explain) return { outcome: inScript(ran.outcome, shape.select.offset), fault: ran.fault }
  // The plan is Postgres's own JSON, one cell that grows with the query (about 1,200 characters a node): it
  // is never cut, or the grader could not read it. The parser check bounds the query, and so the plan.
  const explained = await runCappedQuery(db, `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${shape.select.sql}`, 1, Number.POSITIVE_INFINITY)
  if (explained.fault) return explained
  if (explained.outcome.kind !== 'rows') return { outcome: ran.outcome, fault: null }
  return { outcome: { ...ran.outcome, plan: explained.outcome.result.rows[0]?.[0] ?? '' }, fault: null }
}

/**
 * Extended statistics hold nothing until ANALYZE, which the learner may not run: the harness runs it on the
 * tables the script's CREATE STATISTICS named, as their owner for this transaction, with the build's target
 * (every row read, so the same numbers on every machine). Only for the graded plan: rows never depend on
 * statistics. The ANALYZE's in-place update of pg_class is the exact count again (the drill job VACUUMs first).
 */
async function analyzeNewStatistics(db: PGlite): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT DISTINCT stxrelid::regclass::text AS name FROM pg_statistic_ext WHERE stxowner = '${INDEXER_ROLE}'::regrole`,
  )
  if (rows.length) await db.exec(`SET LOCAL default_statistics_target = ${STATISTICS_TARGET}; ANALYZE ${rows.map((r) => r.name).join(', ')}`)
}

type Shape = { ddl: ScriptStatement[]; select: ScriptStatement } | { refusal: QueryOutcome }

function drillShape(statements: ScriptStatement[], maxIndexes: number): Shape {
  const select = statements.at(-1)!
  const ddl = statements.slice(0, -1)
  if (select.kind !== 'select' || ddl.some((s) => s.kind !== 'index'))
    return refuse('statement_not_allowed', 'A drill script is zero or more CREATE INDEX or CREATE STATISTICS statements, then exactly one SELECT, last.')
  const indexes = ddl.filter((s) => s.node === 'IndexStmt').length
  if (indexes > maxIndexes) return refuse('too_many_indexes', `This drill allows at most ${maxIndexes} new index${maxIndexes === 1 ? '' : 'es'}; the script creates ${indexes}.`)
  return { ddl, select }
}

function refuse(reason: 'statement_not_allowed' | 'too_many_indexes', message: string): Shape {
  return { refusal: { kind: 'rejected', reason, message } }
}
