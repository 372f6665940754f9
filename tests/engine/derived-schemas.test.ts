import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAllDatasets } from '../../src/engine/node/dataset-files.ts'
import { snapshotSource } from '../../src/engine/node/snapshot-cache.ts'
import { startNodeEngine } from '../../src/engine/node/start-engine.ts'
import type { CaseJob, Engine } from '../../src/engine/types.ts'
import { FIXTURE_DATASETS_DIR } from '../support/fixture-paths.ts'
import { only } from '../support/engines.ts'

// An engine whose database stores no row-order copies (the page's) makes one the first time a read-only job
// asks for another order, and keeps what a recurring setup (the statement's example) leaves: later runs read
// those instead of rewriting tables or running the setup again, so a run costs the same on the hundredth
// Submit as on the second.

let engine: Engine
beforeAll(async () => {
  engine = await startNodeEngine({ mode: 'in-process', source: await snapshotSource(await readAllDatasets(FIXTURE_DATASETS_DIR)) })
})
afterAll(() => engine?.close())

const UNORDERED = 'select s.staff_id, d.dept_id from staff s join depts d on d.dept_id = s.dept_id'
/** The on-disk size of a dataset's own tables: rows a rolled-back run inserted stay in them as dead rows. */
const SIZE = `select pg_relation_size('mini.staff') + pg_relation_size('mini.depts') + pg_relation_size('bulk.readings') as bytes`

async function rows(job: CaseJob): Promise<unknown> {
  const outcome = only(await engine.runCase(job))
  if (outcome.kind !== 'rows') throw new Error(JSON.stringify(outcome))
  return outcome.result.rows
}
const size = () => rows({ schema: 'mini', queries: [{ sql: SIZE, maxRows: 1 }] })

describe('schemas an engine derives from a dataset on first use', () => {
  it('reads the dataset in another row order from a copy made once: the rows of a rewrite, and the tables never grow', async () => {
    const reversed: CaseJob = { schema: 'mini', variant: { rowOrder: 'reversed' }, queries: [{ sql: UNORDERED, maxRows: 100 }] }
    const fromCopy = await rows(reversed)
    // A job that may write is given the rewrite inside its run (a copy has no foreign keys to enforce).
    expect(fromCopy).toEqual(await rows({ ...reversed, writable: [] }))
    expect(fromCopy).not.toEqual(await rows({ ...reversed, variant: {} }))

    // A rewrite of the bulk fixture's 20,000 readings inside each run would grow the table every time.
    const readings: CaseJob = { schema: 'bulk', variant: { rowOrder: 'reversed' }, queries: [{ sql: 'select count(*) from readings', maxRows: 1 }] }
    await rows(readings)
    const before = await size()
    for (let i = 0; i < 3; i++) await rows(readings)
    for (let i = 0; i < 10; i++) await rows(reversed)
    expect(await size()).toEqual(before)
  })

  it('keeps what a recurring setup leaves: the rows of running it, and it never runs again', async () => {
    const setup = `delete from staff where staff_id > 3; insert into depts select g, 'Lab ' || g from generate_series(100, 2000) g`
    const query = { sql: `select count(*) as depts, (select string_agg(staff_id::text, ',' order by staff_id) from staff) as staff from depts`, maxRows: 1 }
    const job: CaseJob = { schema: 'mini', setup, keepSetup: true, queries: [query] }
    const kept = await rows(job)
    expect(kept).toEqual(await rows({ ...job, keepSetup: false }))

    // Each run of that setup leaves 1,901 dead rows in depts; a kept one left them once, when it was kept.
    const before = await size()
    for (let i = 0; i < 10; i++) expect(await rows(job)).toEqual(kept)
    expect(await size()).toEqual(before)
    expect(await rows({ schema: 'mini', queries: [query] })).not.toEqual(kept)
  })

  it('gives a query that names the dataset’s schema the same rows: what the setup leaves, in the other row order', async () => {
    const setup = 'delete from staff where staff_id > 3'
    const count = (sql: string) => rows({ schema: 'mini', setup, keepSetup: true, queries: [{ sql, maxRows: 1 }] })
    for (let i = 0; i < 2; i++) expect(await count('select count(*) from "mini" . staff')).toEqual(await count('select count(*) from staff'))
    const reversed: CaseJob = { schema: 'mini', variant: { rowOrder: 'reversed' }, queries: [{ sql: UNORDERED, maxRows: 100 }] }
    const qualified = { ...reversed, queries: [{ sql: UNORDERED.replace(/(staff|depts) /g, 'mini.$1 '), maxRows: 100 }] }
    expect(await rows(qualified)).toEqual(await rows(reversed))
  })

  it('never gives a job that writes a derived copy, whose tables have no foreign keys', async () => {
    const reversed: CaseJob = { schema: 'mini', variant: { rowOrder: 'reversed' }, queries: [{ sql: UNORDERED, maxRows: 100 }] }
    await rows(reversed) // the copy exists from here on
    const orphan = `insert into staff values (99, 'Orphan', 999, null, 1, '2024-01-01')`
    const write = { sql: orphan, maxRows: 10, allow: ['write' as const], script: { capture: [{ table: 'staff' }] } }
    const outcome = only(await engine.runCase({ ...reversed, writable: ['staff'], queries: [write] }))
    expect(outcome).toMatchObject({ kind: 'sql_error', error: { sqlstate: '23503' } })
  })

  it('runs a setup that does more than change data every time: a SET LOCAL in it steers the run', async () => {
    const job: CaseJob = {
      schema: 'mini',
      setup: 'delete from staff where staff_id > 3; set local enable_seqscan = off',
      keepSetup: true,
      queries: [{ sql: `select current_setting('enable_seqscan') as seqscan, count(*) as n from staff`, maxRows: 1 }],
    }
    expect(await rows(job)).toEqual([['off', '3']])
    expect(await rows(job)).toEqual([['off', '3']])
  })

  it('reports a kept setup that fails as the case’s setup failure, every time', async () => {
    const job: CaseJob = { schema: 'mini', setup: 'delete from no_such_table', keepSetup: true, queries: [{ sql: 'select 1', maxRows: 1 }] }
    for (let i = 0; i < 2; i++) {
      const outcome = await engine.runCase(job)
      expect(outcome).toMatchObject({ ok: false, failure: { kind: 'setup_failed', error: { message: expect.stringContaining('no_such_table') } } })
    }
  })
})
