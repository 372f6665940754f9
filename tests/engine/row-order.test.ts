import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAllDatasets } from '../../src/engine/node/dataset-files.ts'
import { datasetsSnapshot, snapshotSource } from '../../src/engine/node/snapshot-cache.ts'
import { startNodeEngine } from '../../src/engine/node/start-engine.ts'
import { ROW_ORDERS, type RowOrder } from '../../src/engine/row-order.ts'
import type { CaseJob, Engine } from '../../src/engine/types.ts'
import { FIXTURE_DATASETS_DIR } from '../support/fixture-paths.ts'
import { only } from '../support/engines.ts'

// The same rows in another physical order come either from a rewrite inside the run or from a copy
// stored that way when the database was built: both must give the same answer, row for row.

let rewriting: Engine
let stored: Engine
beforeAll(async () => {
  const datasets = await readAllDatasets(FIXTURE_DATASETS_DIR)
  ;[rewriting, stored] = await Promise.all([
    startNodeEngine({ mode: 'in-process', source: await snapshotSource(datasets) }),
    startNodeEngine({ mode: 'in-process', source: await snapshotSource(datasets, ROW_ORDERS) }),
  ])
})
afterAll(() => Promise.all([rewriting?.close(), stored?.close()]))

const UNORDERED = 'select s.staff_id, d.dept_id from staff s join depts d on d.dept_id = s.dept_id'

async function rows(engine: Engine, job: CaseJob): Promise<unknown> {
  const outcome = only(await engine.runCase(job))
  if (outcome.kind !== 'rows') throw new Error(JSON.stringify(outcome))
  return outcome.result.rows
}

describe('data stored in another row order', () => {
  it.each(ROW_ORDERS)('gives the same rows in the same order from a stored copy as from a rewrite (%s)', async (order: RowOrder) => {
    const job: CaseJob = { schema: 'mini', variant: { rowOrder: order }, queries: [{ sql: UNORDERED, maxRows: 100 }] }
    const fromCopy = await rows(stored, job)
    expect(fromCopy).toEqual(await rows(rewriting, job))
    expect(fromCopy).not.toEqual(await rows(stored, { ...job, variant: {} }))
  })

  it('applies a case setup to the copy the run reads', async () => {
    const job: CaseJob = {
      schema: 'mini',
      setup: `insert into depts values (9, 'Lab'); insert into staff values (90, 'Ada', 9, null, 1, '2024-01-01')`,
      variant: { rowOrder: 'reversed' },
      queries: [{ sql: `${UNORDERED} where s.staff_id = 90`, maxRows: 100 }],
    }
    expect(await rows(stored, job)).toEqual([['90', '9']])
  })

  it('rewrites the tables of the default schema in another order (a database built by a setup script)', async () => {
    const script = await startNodeEngine({ mode: 'in-process', source: { kind: 'script', sql: 'create table t (n int); insert into t select generate_series(1, 5)', base: await datasetsSnapshot([]) } })
    try {
      const job: CaseJob = { schema: '', variant: { rowOrder: 'reversed' }, queries: [{ sql: 'select n from t', maxRows: 10 }] }
      expect(await rows(script, job)).toEqual([['5'], ['4'], ['3'], ['2'], ['1']])
    } finally {
      await script.close()
    }
  })

  it('leaves the stored copy as it was after a run that changed it', async () => {
    const count = { schema: 'mini', variant: { rowOrder: 'scrambled' as const }, queries: [{ sql: 'select count(*) from staff', maxRows: 1 }] }
    const before = await rows(stored, count)
    await stored.runCase({ ...count, setup: 'delete from staff' })
    expect(await rows(stored, count)).toEqual(before)
  })
})
