import { fileURLToPath } from 'node:url'
import { InProcessEngine } from '../in-process-engine.ts'
import type { DatabaseSource, Engine } from '../types.ts'
import { DEFAULT_TIMEOUT_MS, WorkerEngine } from '../worker-engine.ts'
import { readAllDatasets } from './dataset-files.ts'
import { snapshotSource } from './snapshot-cache.ts'
import { spawnNodeWorker } from './spawn-node-worker.ts'

export const DATASETS_DIR = fileURLToPath(new URL('../../../datasets/', import.meta.url))

export interface NodeEngineOptions {
  /** 'worker' (default) enforces the time limit by killing a worker thread; 'in-process' is for trusted SQL. */
  mode?: 'worker' | 'in-process'
  timeoutMs?: number
  source?: DatabaseSource
}

/** The bank's database (every dataset) from the on-disk snapshot cache. */
export async function bankDatabase(datasetsDir = DATASETS_DIR): Promise<DatabaseSource> {
  return snapshotSource(await readAllDatasets(datasetsDir))
}

export async function startNodeEngine(options: NodeEngineOptions = {}): Promise<Engine> {
  const source = options.source ?? (await bankDatabase())
  if (options.mode === 'in-process') return InProcessEngine.start(source)
  return WorkerEngine.start(spawnNodeWorker, source, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS })
}
