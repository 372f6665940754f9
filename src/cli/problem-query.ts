import { snapshotSource } from '../engine/node/snapshot-cache.ts'
import { startNodeEngine } from '../engine/node/start-engine.ts'
import type { Engine } from '../engine/types.ts'
import type { Problem } from '../problems/problem.ts'
import { datasetsFor } from '../node/repository.ts'
import { findProblem, loadRepositoryWarning } from './load-bank.ts'
import { parse, positiveNumber, print, readSqlFile, UsageError } from './usage.ts'

/**
 * The shape `run` and `grade` share: `<problem> <file.sql | -> [--json] [--timeout MS]`. Runs `act` on an
 * engine over the problem's datasets and prints its JSON or its text; exit 0 whenever the command ran.
 */
export async function problemQueryCommand(
  args: string[],
  command: string,
  act: (engine: Engine, problem: Problem, sql: string) => Promise<{ json: object; text: string }>,
): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, timeout: { type: 'string' } }, true)
  if (positionals.length !== 2) throw new UsageError(`${command} takes a problem (id, slug or number) and a SQL file (or - for standard input)`)
  const [key, file] = positionals as [string, string]
  const timeoutMs = positiveNumber(values.timeout, '--timeout')
  const sql = readSqlFile(file)

  const repo = await loadRepositoryWarning()
  const problem = findProblem(repo, key)
  const engine = await startNodeEngine({ source: await snapshotSource(datasetsFor(repo, [problem])), ...(timeoutMs ? { timeoutMs } : {}) })
  try {
    const { json, text } = await act(engine, problem, sql)
    print(values.json ? JSON.stringify({ problem: { id: problem.id, slug: problem.slug }, ...json }, null, 2) : text)
    return 0
  } finally {
    await engine.close()
  }
}
