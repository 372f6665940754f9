import type { PGlite } from '@electric-sql/pglite'
import { parse } from 'libpg-query'
import { quoteIdent } from './load-datasets.ts'
import { orderedRowsSql, type RowOrder } from './row-order.ts'

// Schemas an engine derives from a dataset the first time a job needs them, then reads instead of redoing
// the work in every run: the dataset in another row order (instead of rewriting its tables inside each
// run) and the tables a recurring setup leaves (instead of running it each time). Rewrites and setups
// inside runs were most of a warm Submit's time, and the rows a rolled-back rewrite inserted stayed in
// the tables as dead rows, so every Submit made the next one slower.
// Both hold copies made with LIKE … INCLUDING ALL (columns, defaults, constraints, indexes: a query that
// relies on a primary key, such as GROUP BY the key, runs the same) but no foreign keys, so they serve
// read-only jobs; the learner may read them through the default privileges every new table gets.

/** Tables of `schema` (unquoted names) the SQL names: trusted SQL cannot change a table it never names. */
export async function mentionedTables(db: PGlite, schema: string, sqlText: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY tablename`, [schema])
  return rows.map((r) => r.name).filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(sqlText))
}

/**
 * Whether `sql` may name `schema` itself as a qualifier (`shop.orders`, `"shop" . orders`): such a query reads
 * the dataset's tables past a derived schema earlier on the search path. Textual, so it errs toward yes (an
 * alias spelled like the schema), which only costs the job its derived schemas.
 */
export function namesSchema(sql: string, schema: string): boolean {
  return new RegExp(`(^|[^\\w$])"?${schema.replace(/\W/g, '\\$&')}"?\\s*\\.`, 'i').test(sql)
}

/** Makes `target`: every table of `schema`, its rows stored in `order`. */
export async function buildOrderedCopy(db: PGlite, schema: string, order: RowOrder, target: string): Promise<void> {
  const { rows } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = $1`, [schema])
  const copies = rows.map(({ name }) => {
    const [from, to] = [`${quoteIdent(schema)}.${quoteIdent(name)}`, `${quoteIdent(target)}.${quoteIdent(name)}`]
    return `CREATE TABLE ${to} (LIKE ${from} INCLUDING ALL);
      INSERT INTO ${to} OVERRIDING SYSTEM VALUE SELECT (r).* FROM (${orderedRowsSql(from, order)}) ordered;`
  })
  await committed(db, () => db.exec(`CREATE SCHEMA ${quoteIdent(target)};\n${copies.join('\n')}`))
}

/**
 * Makes `target`: the tables of `schema` that `setup` names, as the setup leaves them. The setup runs on the
 * dataset inside a transaction that is rolled back; what it left is carried over in PostgreSQL's binary COPY
 * format. Read through `search_path = target, schema`, a query sees what it would after the setup.
 * False (nothing made) when the setup is more than data changes: a SET it holds would not outlive the build.
 */
export async function buildKeptSetup(db: PGlite, schema: string, setup: string, target: string): Promise<boolean> {
  if (!(await onlyChangesData(setup))) return false
  const tables = await mentionedTables(db, schema, setup)
  const left: { table: string; blob: Blob }[] = []
  await db.exec(`BEGIN; SET LOCAL search_path TO ${quoteIdent(schema)}; SET LOCAL session_replication_role = replica;`)
  try {
    await db.exec(setup)
    for (const table of tables) {
      const { blob } = await db.query(`COPY ${quoteIdent(table)} TO '/dev/blob' WITH (FORMAT binary)`)
      left.push({ table, blob: blob! })
    }
  } finally {
    await db.exec('ROLLBACK')
  }
  await committed(db, async () => {
    await db.exec(`CREATE SCHEMA ${quoteIdent(target)}`)
    for (const { table, blob } of left) {
      const to = `${quoteIdent(target)}.${quoteIdent(table)}`
      await db.exec(`CREATE TABLE ${to} (LIKE ${quoteIdent(schema)}.${quoteIdent(table)} INCLUDING ALL)`)
      await db.query(`COPY ${to} FROM '/dev/blob' WITH (FORMAT binary)`, [], { blob })
    }
  })
  return true
}

const DATA_CHANGES = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'TruncateStmt'])

async function onlyChangesData(sql: string): Promise<boolean> {
  const { stmts } = (await parse(sql)) as { stmts: { stmt: Record<string, unknown> }[] }
  return stmts.every(({ stmt }) => Object.keys(stmt).every((kind) => DATA_CHANGES.has(kind)))
}

async function committed(db: PGlite, work: () => Promise<unknown>): Promise<void> {
  await db.exec('BEGIN')
  try {
    await work()
    await db.exec('COMMIT')
  } catch (e) {
    await db.exec('ROLLBACK')
    throw e
  }
}
