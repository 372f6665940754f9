import { DEFAULT_TIMEOUT_MS, WorkerEngine, type DatabaseSource, type WorkerLike } from '../core.ts'

// The engine in a dedicated Web Worker (our own protocol, so SQLSTATE and positions survive), started from
// the database snapshot shipped with the build. A warm spare worker makes a timeout's restart instant.

export function spawnBrowserWorker(): WorkerLike {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'sqlprep-engine' })
  return {
    postMessage: (m) => worker.postMessage(m),
    onMessage: (listener) => worker.addEventListener('message', (e) => listener(e.data)),
    onExit: (listener) => worker.addEventListener('error', (e) => listener(new Error(e.message || 'engine worker failed'))),
    terminate: async () => worker.terminate(),
  }
}

/**
 * The spare loads a few seconds after the engine is ready, not with it: on 2 cores its load slowed the first
 * runs (the problem's references, the learner's first Run) while nobody can have written a runaway query yet.
 */
const SPARE_DELAY_MS = 3000

export interface EngineBoot {
  engine: WorkerEngine
  /** Milliseconds from the start of loading to a ready engine. */
  ms: number
}

/**
 * The worker downloads the snapshot itself, while PostgreSQL's WebAssembly loads, and a dataset's layer when a
 * run first reads it; the page never holds them.
 */
export async function startBrowserEngine(source: Extract<DatabaseSource, { kind: 'snapshot-url' }>): Promise<EngineBoot> {
  const started = performance.now()
  const engine = await WorkerEngine.start(spawnBrowserWorker, source, { timeoutMs: DEFAULT_TIMEOUT_MS, warmSpare: true, spareDelayMs: SPARE_DELAY_MS })
  return { engine, ms: performance.now() - started }
}
