import { quoteIdent } from '../engine/load-datasets.ts'
import type { Engine, RawResult } from '../engine/types.ts'
import type { Problem } from '../problems/problem.ts'
import { DEFAULT_MAX_ROWS } from './judge.ts'

// The statement's example, computed (never typed by hand): the example tables as the example setup
// leaves them, and the reference's output on them.

export const EXAMPLE_ROW_LIMIT = 30

export interface ProblemExample {
  tables: { name: string; result: RawResult }[]
  expected: RawResult
}

export async function computeExample(engine: Engine, problem: Problem): Promise<ProblemExample> {
  const outcome = await engine.runCase({
    schema: problem.dataset,
    setup: problem.example.setup,
    queries: [
      ...problem.example.tables.map((t) => ({ sql: `select * from ${quoteIdent(t)} order by 1`, maxRows: EXAMPLE_ROW_LIMIT })),
      { sql: problem.solution, maxRows: DEFAULT_MAX_ROWS },
    ],
  })
  if (!outcome.ok) throw new Error(`${problem.slug}: the example could not run (${outcome.failure.kind})`)
  const results = outcome.results.map((r, i) => {
    if (r.kind !== 'rows') throw new Error(`${problem.slug}: example query ${i + 1} failed: ${r.kind === 'sql_error' ? r.error.message : r.message}`)
    return r.result
  })
  const expected = results.pop()!
  return { tables: problem.example.tables.map((name, i) => ({ name, result: results[i]! })), expected }
}
