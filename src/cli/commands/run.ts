import { snapshotSource } from '../../engine/node/snapshot-cache.ts'
import { startNodeEngine } from '../../engine/node/start-engine.ts'
import { runQuery, type QueryRun } from '../../judge/run-query.ts'
import { caret, formatSqlError, table } from '../format-verdict.ts'
import { findProblem, loadRepositoryWarning } from '../load-bank.ts'
import { parse, positiveNumber, print, readSqlFile, UsageError } from '../usage.ts'

/** A query on a problem's visible dataset, not graded: its rows, or its error. */
export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, timeout: { type: 'string' } }, true)
  if (positionals.length !== 2) throw new UsageError('run takes a problem (id, slug or number) and a SQL file (or - for standard input)')
  const [key, file] = positionals as [string, string]
  const timeoutMs = positiveNumber(values.timeout, '--timeout')
  const sql = readSqlFile(file)

  const repo = await loadRepositoryWarning()
  const problem = findProblem(repo, key)

  const engine = await startNodeEngine({ source: await snapshotSource(repo.datasets), ...(timeoutMs ? { timeoutMs } : {}) })
  try {
    const run = await runQuery(engine, problem, sql)
    print(values.json ? JSON.stringify({ problem: { id: problem.id, slug: problem.slug }, dataset: problem.dataset, ...run }, null, 2) : formatRun(run, sql))
    return 0
  } finally {
    await engine.close()
  }
}

export function formatRun(run: QueryRun, sql: string): string {
  switch (run.outcome) {
    case 'rows':
      return [...table(run.columns, run.rows), `(${run.rows.length} row${run.rows.length === 1 ? '' : 's'}, ${run.ms.toFixed(1)} ms)`].join('\n')
    case 'error':
      return `Error: ${formatSqlError(run.error, sql)}`
    case 'rejected':
      return `Rejected: ${run.message}${run.position ? `\n${caret(sql, run.position)}` : ''}`
    case 'timeout':
      return `Time limit exceeded: the query ran longer than ${run.limitMs} ms and was stopped.`
    case 'too_many_rows':
      return `Too many rows: the query returned more than ${run.limit.toLocaleString('en')} rows. Add a LIMIT to look at a sample.`
  }
}
