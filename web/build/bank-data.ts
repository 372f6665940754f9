import { createHash } from 'node:crypto'
import {
  computeExample,
  datasetsLayeredSnapshot,
  datasetsSnapshot,
  formatIssues,
  InProcessEngine,
  loadRepository,
  quoteIdent,
  quoteLiteral,
  REORDERED_CASE,
  type DatasetFiles,
  type LayeredSnapshot,
  type ProblemExample,
  type RawResult,
} from '../../src/node/build-entry.ts'
import type { BrowserBank, TableInfo } from '../src/core.ts'

// What the browser app needs from the repository, computed at build time: the problems (without traps and
// mutation declarations), each statement's example (run by the reference, never typed), and each dataset's
// schema with sample rows; and the database, as a base snapshot and one layer per dataset (with its copy in
// the reordered case's row order).

export async function buildBrowserBank(): Promise<{ bank: BrowserBank; snapshot: LayeredSnapshot }> {
  const repo = await loadRepository()
  if (repo.issues.length) throw new Error(`the problem bank has defects:\n${formatIssues(repo.issues)}`)
  // The reordered case's copies ship stored: made in the page, they would cost the first Submit 0.5-1 s.
  const rowOrders = [REORDERED_CASE.variant!.rowOrder!]
  const engine = await InProcessEngine.start({ kind: 'snapshot', data: await datasetsSnapshot(repo.datasets, rowOrders) })
  try {
    const examples: Record<string, ProblemExample> = {}
    for (const p of repo.problems) examples[p.id] = await computeExample(engine, p)
    const schemas: Record<string, TableInfo[]> = {}
    for (const d of repo.datasets) schemas[d.name] = await describeDataset(engine, d)
    const problems = repo.problems.map(({ traps: _traps, equivalentMutants: _equivalents, ...rest }) => rest)
    const hash = createHash('sha256').update(JSON.stringify([problems, repo.datasets])).digest('hex').slice(0, 12)
    return { bank: { hash, problems, examples, schemas }, snapshot: await datasetsLayeredSnapshot(repo.datasets, rowOrders) }
  } finally {
    await engine.close()
  }
}

async function describeDataset(engine: InProcessEngine, dataset: DatasetFiles): Promise<TableInfo[]> {
  const tables: TableInfo[] = []
  for (const t of dataset.tables) {
    const outcome = await engine.runCase({
      schema: dataset.name,
      queries: [
        {
          sql: `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type from pg_attribute a
                where a.attrelid = '${dataset.name}.${t.name}'::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum`,
          maxRows: 500,
        },
        { sql: `select * from ${quoteIdent(t.name)} order by 1 limit 3`, maxRows: 3 },
        { sql: `select count(*) from ${quoteIdent(t.name)}`, maxRows: 1 },
        // What a drill's statement shows as the table's existing indexes.
        {
          sql: `select indexname, indexdef from pg_indexes where schemaname = ${quoteLiteral(dataset.name)} and tablename = ${quoteLiteral(t.name)} order by indexname`,
          maxRows: 100,
        },
      ],
    })
    if (!outcome.ok || outcome.results.some((r) => r.kind !== 'rows')) throw new Error(`cannot describe ${dataset.name}.${t.name}`)
    const [columns, sample, count, indexes] = outcome.results.map((r) => (r as { result: RawResult }).result) as [RawResult, RawResult, RawResult, RawResult]
    tables.push({
      name: t.name,
      columns: columns.rows.map((r) => ({ name: r[0]!, type: r[1]! })),
      sample,
      rowCount: Number(count.rows[0]![0]),
      indexes: indexes.rows.map((r) => ({ name: r[0]!, definition: r[1]!.replace(` ON ${dataset.name}.`, ' ON ') })),
    })
  }
  return tables
}
