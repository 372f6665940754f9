import { runQuery, type QueryRun } from '../../judge/run-query.ts'
import { caret, formatSqlError, table } from '../format-verdict.ts'
import { problemQueryCommand } from '../problem-query.ts'

/** A query on a problem's visible dataset, not graded: its rows, or its error. */
export function runCommand(args: string[]): Promise<number> {
  return problemQueryCommand(args, 'run', async (engine, problem, sql) => {
    const run = await runQuery(engine, problem, sql)
    return { json: { dataset: problem.dataset, ...run }, text: formatRun(run, sql) }
  })
}

export function formatRun(run: QueryRun, sql: string): string {
  switch (run.outcome) {
    case 'rows':
      return [...table(run.columns, run.rows), `(${run.rows.length} row${run.rows.length === 1 ? '' : 's'}, ${run.ms.toFixed(1)} ms)`].join('\n')
    case 'state':
      return [
        ...run.tables.flatMap((t) => [`${t.table} after your script:`, ...table(t.columns, t.rows), `(${t.rows.length} row${t.rows.length === 1 ? '' : 's'})`, '']),
        `(script ran in ${run.ms.toFixed(1)} ms; everything was rolled back)`,
      ].join('\n')
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
