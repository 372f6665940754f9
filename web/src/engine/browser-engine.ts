import { WorkerEngine, type DatasetFiles, type WorkerLike } from '../core.ts'
import { idbGet, idbPut } from '../progress/idb.ts'

// The engine in a dedicated Web Worker (our own protocol, so SQLSTATE and positions survive). First visit:
// build the database from the dataset files and cache its snapshot in IndexedDB; later visits start from
// the cached snapshot. A warm spare worker makes a timeout's restart instant.

export const TIMEOUT_MS = 3000

export function spawnBrowserWorker(): WorkerLike {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'sqlprep-engine' })
  return {
    postMessage: (m) => worker.postMessage(m),
    onMessage: (listener) => worker.addEventListener('message', (e) => listener(e.data)),
    onExit: (listener) => worker.addEventListener('error', (e) => listener(new Error(e.message || 'engine worker failed'))),
    terminate: async () => worker.terminate(),
  }
}

export interface EngineBoot {
  engine: WorkerEngine
  /** How the database was obtained, for the status line and the bench. */
  source: 'cached-snapshot' | 'built'
  ms: number
}

export async function startBrowserEngine(bankHash: string, loadDatasets: () => Promise<DatasetFiles[]>): Promise<EngineBoot> {
  const started = performance.now()
  const key = `snapshot-${bankHash}`
  const cached = await idbGet<Uint8Array>('cache', key).catch(() => undefined)
  if (cached) {
    try {
      const engine = await WorkerEngine.start(spawnBrowserWorker, { kind: 'snapshot', data: cached }, { timeoutMs: TIMEOUT_MS, warmSpare: true })
      return { engine, source: 'cached-snapshot', ms: performance.now() - started }
    } catch {
      // A damaged cache entry: fall through and rebuild.
    }
  }
  const datasets = await loadDatasets()
  const engine = await WorkerEngine.start(spawnBrowserWorker, { kind: 'datasets', datasets }, { timeoutMs: TIMEOUT_MS, warmSpare: true })
  void idbPut('cache', key, engine.snapshotBytes).catch(() => undefined)
  return { engine, source: 'built', ms: performance.now() - started }
}
