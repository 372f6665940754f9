import { Worker } from 'node:worker_threads'
import type { WorkerLike } from '../worker-engine.ts'

export function spawnNodeWorker(): WorkerLike {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url))
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => {
      worker.on('error', (e) => listener(e))
      worker.on('exit', (code) => listener(new Error(`engine worker exited with code ${code}`)))
    },
    terminate: async () => {
      await worker.terminate()
    },
  }
}
