import { afterAll, beforeAll } from 'vitest'
import { bankDatabase } from '../../src/engine/node/start-engine.ts'
import { spawnNodeWorker } from '../../src/engine/node/spawn-node-worker.ts'
import { casesOneByOne } from '../../src/engine/cases-one-by-one.ts'
import type { CaseJob, CaseOutcome, Engine, QueryOutcome } from '../../src/engine/types.ts'
import { WorkerEngine, type WorkerEngineOptions } from '../../src/engine/worker-engine.ts'
import { FIXTURE_DATASETS_DIR } from './fixture-paths.ts'

/** A worker engine over the test fixture datasets (schema "mini"). */
export async function fixtureWorkerEngine(options: Partial<WorkerEngineOptions> = {}): Promise<WorkerEngine> {
  return WorkerEngine.start(spawnNodeWorker, await bankDatabase(FIXTURE_DATASETS_DIR), { timeoutMs: 2000, ...options })
}

/** `engine` seen through a new engine object (a fresh reference cache for the judge) that hears each job it is given. */
export function observedEngine(engine: Engine, onJob: (job: CaseJob) => void): Engine {
  const observed: Engine = {
    runCase: (job, options) => (onJob(job), engine.runCase(job, options)),
    runCases: (jobs, options) => casesOneByOne(observed, jobs, options),
    close: async () => {},
  }
  return observed
}

export async function runOne(engine: Engine, sql: string, maxRows = 1000, schema = 'mini'): Promise<CaseOutcome> {
  return engine.runCase({ schema, queries: [{ sql, maxRows }] })
}

export function only(outcome: CaseOutcome): QueryOutcome {
  if (!outcome.ok) throw new Error(`engine failure: ${JSON.stringify(outcome.failure)}`)
  return outcome.results[0]!
}

export const MINI_CHECKSUM = `select md5(
  (select string_agg(s::text, ';' order by staff_id) from staff s) ||
  (select string_agg(d::text, ';' order by dept_id) from depts d)) as checksum`

export async function miniChecksum(engine: Engine): Promise<string> {
  const outcome = only(await runOne(engine, MINI_CHECKSUM))
  if (outcome.kind !== 'rows') throw new Error(`checksum query failed: ${JSON.stringify(outcome)}`)
  return outcome.result.rows[0]![0]!
}

/**
 * One fixture worker engine for the calling test file (started before its tests, closed after), with the
 * checksum of the pristine data to compare against after each hostile input.
 */
export function fixtureEnginePerFile(timeoutMs: number): { engine: WorkerEngine; pristine: string } {
  const fixture = {} as { engine: WorkerEngine; pristine: string }
  beforeAll(async () => {
    fixture.engine = await fixtureWorkerEngine({ timeoutMs })
    fixture.pristine = await miniChecksum(fixture.engine)
  })
  afterAll(() => fixture.engine?.close())
  return fixture
}
