import { describe, expect, it } from 'vitest'
import { datasetsSnapshot } from '../../src/engine/node/snapshot-cache.ts'
import { spawnNodeWorker } from '../../src/engine/node/spawn-node-worker.ts'
import { WorkerEngine } from '../../src/engine/worker-engine.ts'
import { runOne } from '../support/engines.ts'

// A trusted setup script (sqlprep compare --setup) has limits too: whatever it does, the engine either
// starts with its tables or fails with a message that names the setup as the cause.

const LIMIT_MS = 1500

async function start(sql: string): Promise<WorkerEngine> {
  return WorkerEngine.start(spawnNodeWorker, { kind: 'script', sql, base: await datasetsSnapshot([]) }, { timeoutMs: LIMIT_MS })
}

describe('a setup script', () => {
  it.each([
    ['an endless DO loop', 'do $$ begin loop end loop; end $$;', 'it ran past the time limit of 1500 ms'],
    ['a long sleep', 'select pg_sleep(100000);', 'it ran past the time limit of 1500 ms'],
    ['BEGIN without COMMIT', 'begin; create table t (x int);', 'it leaves a transaction open'],
    ['a stray ROLLBACK', 'create table t (x int); insert into t values (1); rollback;', 'it contains ROLLBACK or ABORT'],
    ['an error', 'create table t (x int); insert into t values (1, 2);', 'INSERT has more expressions than target columns (SQLSTATE 42601)'],
  ])('with %s fails with a message that names the setup', async (_name, sql, reason) => {
    await expect(start(sql)).rejects.toThrow(`the setup script failed: ${reason}`)
  })

  it('with BEGIN … COMMIT and a word like rollback inside a string starts, and its tables are readable by the learner', async () => {
    const engine = await start("begin; create table t (x int, note text); insert into t values (1, 'rollback'); commit;")
    try {
      expect(await runOne(engine, 'select x, note from t', 10, '')).toMatchObject({ ok: true, results: [{ kind: 'rows', result: { rows: [['1', 'rollback']] } }] })
    } finally {
      await engine.close()
    }
  })
})
