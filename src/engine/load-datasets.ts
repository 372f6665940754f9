import type { PGlite } from '@electric-sql/pglite'
import type { DatasetFiles } from './types.ts'

// Loads each dataset into a schema of its own name: DDL, then COPY of each CSV (measured faster than
// INSERT batches), then ANALYZE so the planner sees real row counts.

export async function loadDatasets(db: PGlite, datasets: DatasetFiles[]): Promise<void> {
  for (const dataset of datasets) {
    const schema = quoteIdent(dataset.name)
    await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema};\n${dataset.schemaSql}`)
    for (const table of dataset.tables) {
      const blob = new Blob([table.csv])
      await db.query(`COPY ${quoteIdent(table.name)} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], { blob })
    }
    await db.exec('RESET search_path')
  }
  await db.exec('ANALYZE')
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
