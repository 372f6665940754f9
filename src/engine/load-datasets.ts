import type { PGlite } from '@electric-sql/pglite'
import { orderedCopySchema, orderedRowsSql, type RowOrder } from './row-order.ts'
import type { DatasetFiles } from './types.ts'

// Loads each dataset into a schema of its own name: DDL, then COPY of each CSV (measured faster than
// INSERT batches), then VACUUM ANALYZE so the planner sees real row counts and index-only scans can skip
// the heap. With `rowOrders`, each dataset also gets a copy per order (see row-order.ts).

/**
 * ANALYZE samples 300 × the statistics target rows: with this target it reads every row of tables up to
 * 150,000 rows, so every build (every machine, CI included) ships the same statistics and the same plans.
 */
export const STATISTICS_TARGET = 500

export async function loadDatasets(db: PGlite, datasets: DatasetFiles[], rowOrders: RowOrder[] = []): Promise<void> {
  for (const dataset of datasets) {
    await createTables(db, dataset.name, dataset.schemaSql)
    for (const table of dataset.tables) {
      const blob = new Blob([table.csv])
      await db.query(`COPY ${quoteIdent(table.name)} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], { blob })
    }
    await db.exec('RESET search_path')
    for (const order of rowOrders) await loadOrderedCopy(db, dataset, order)
  }
  await db.exec(`SET default_statistics_target = ${STATISTICS_TARGET}`)
  // VACUUM cannot share a query string with other statements.
  await db.exec('VACUUM ANALYZE')
  await db.exec('RESET default_statistics_target')
}

/** The dataset's own DDL in the copy's schema, filled from the loaded original in `order`. */
async function loadOrderedCopy(db: PGlite, dataset: DatasetFiles, order: RowOrder): Promise<void> {
  await createTables(db, orderedCopySchema(dataset.name, order), dataset.schemaSql)
  // Foreign-key triggers off: the rows are the original's, already consistent, and arrive in any order.
  await db.exec(`BEGIN; SET LOCAL session_replication_role = replica;`)
  for (const table of dataset.tables) {
    const source = `${quoteIdent(dataset.name)}.${quoteIdent(table.name)}`
    await db.exec(`INSERT INTO ${quoteIdent(table.name)} OVERRIDING SYSTEM VALUE SELECT (r).* FROM (${orderedRowsSql(source, order)}) ordered`)
  }
  await db.exec('COMMIT; RESET search_path')
}

/** A schema of that name holding the dataset's tables (empty), left on the search path. */
async function createTables(db: PGlite, schema: string, schemaSql: string): Promise<void> {
  await db.exec(`CREATE SCHEMA ${quoteIdent(schema)}; SET search_path TO ${quoteIdent(schema)};\n${schemaSql}`)
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}
