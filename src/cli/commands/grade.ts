import { startNodeEngine } from '../../engine/node/start-engine.ts'
import { snapshotSource } from '../../engine/node/snapshot-cache.ts'
import { submitProblem } from '../../judge/grade-problem.ts'
import { findProblem, loadRepositoryWarning } from '../load-bank.ts'
import { formatVerdict } from '../format-verdict.ts'
import { parse, positiveNumber, print, readSqlFile, UsageError } from '../usage.ts'

export async function gradeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, timeout: { type: 'string' } }, true)
  if (positionals.length !== 2) throw new UsageError('grade takes a problem (id, slug or number) and a SQL file (or - for standard input)')
  const [key, file] = positionals as [string, string]
  const timeoutMs = positiveNumber(values.timeout, '--timeout')
  const sql = readSqlFile(file)

  const repo = await loadRepositoryWarning()
  const problem = findProblem(repo, key)

  const engine = await startNodeEngine({ source: await snapshotSource(repo.datasets), ...(timeoutMs ? { timeoutMs } : {}) })
  try {
    const verdict = await submitProblem(engine, problem, sql)
    print(values.json ? JSON.stringify({ problem: { id: problem.id, slug: problem.slug }, ...verdict }, null, 2) : formatVerdict(verdict, sql))
    return 0
  } finally {
    await engine.close()
  }
}
