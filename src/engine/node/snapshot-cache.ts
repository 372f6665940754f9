import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PgliteSession } from '../pglite-session.ts'
import { orderedCopySchema, type RowOrder } from '../row-order.ts'
import { PREPARE_SANDBOX_SQL } from '../sandbox-role.ts'
import { splitSnapshot, type LayeredSnapshot } from '../snapshot-layers.ts'
import type { DatabaseSource, DatasetFiles } from '../types.ts'
import { CACHE_DIR, writeCacheFile } from '../../node/disk-cache.ts'

// Building the database (initdb + loading every dataset) takes seconds; starting from a snapshot of it
// takes about half a second. The snapshot is cached on disk, keyed by the datasets and the PGlite build.

// v2: the learner role and its privileges are part of the database; v3: spent WAL dropped; v4: VACUUM
// ANALYZE with a statistics target that reads every row (the sandbox roles' SQL is part of the key too);
// v5: no template databases, the last WAL segment cut after its last written page; v6: no free-space maps.
const FORMAT = 'v6'

/**
 * The database holding these datasets, as an engine source (from the on-disk cache). With `rowOrders`,
 * it also holds each dataset stored in those orders: runs of a variant then read it instead of rewriting.
 */
export async function snapshotSource(datasets: DatasetFiles[], rowOrders: RowOrder[] = []): Promise<DatabaseSource> {
  return { kind: 'snapshot', data: await datasetsSnapshot(datasets, rowOrders) }
}

export async function datasetsSnapshot(datasets: DatasetFiles[], rowOrders: RowOrder[] = []): Promise<Uint8Array> {
  const pglite = JSON.parse(
    readFileSync(new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
  ) as { version: string }
  const key = createHash('sha256').update(FORMAT).update(PREPARE_SANDBOX_SQL).update(pglite.version).update(JSON.stringify({ datasets, rowOrders })).digest('hex')
  const name = `db-${key.slice(0, 16)}.tar`
  const file = join(CACHE_DIR, name)
  if (existsSync(file)) return new Uint8Array(readFileSync(file))

  const session = await PgliteSession.open({ kind: 'datasets', datasets, rowOrders })
  const snapshot = await session.snapshot()
  await session.close()
  // Snapshots are 15-110 MB each: the most recent are kept (the whole bank's, one per dataset and the test
  // fixtures', each with and without ordered copies).
  writeCacheFile(name, snapshot, /^db-[0-9a-f]+\.tar$/, 32)
  return snapshot
}

/**
 * The datasets' snapshot split into a base and one layer per dataset (see snapshot-layers.ts), each layer
 * holding the dataset and its copies stored in `rowOrders`.
 */
export async function datasetsLayeredSnapshot(datasets: DatasetFiles[], rowOrders: RowOrder[] = []): Promise<LayeredSnapshot> {
  const snapshot = await datasetsSnapshot(datasets, rowOrders)
  const session = await PgliteSession.open({ kind: 'snapshot', data: snapshot })
  try {
    const schemas = (dataset: string) => [dataset, ...rowOrders.map((order) => orderedCopySchema(dataset, order))]
    const files = await session.relationFiles(datasets.flatMap((d) => schemas(d.name)))
    return splitSnapshot(snapshot, Object.fromEntries(datasets.map((d) => [d.name, schemas(d.name).flatMap((s) => files[s]!)])))
  } finally {
    await session.close()
  }
}
