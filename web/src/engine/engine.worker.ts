// The engine worker's entry. It imports the worker side of the core directly (not web/src/core.ts),
// so PGlite and the SQL parser load in this worker only, never in the page's bundle.
import { serveWorker, type WorkerRequest } from '../../../src/engine/worker-protocol.ts'

serveWorker({
  onMessage: (listener) => self.addEventListener('message', (e: MessageEvent<WorkerRequest>) => listener(e.data)),
  postMessage: (message) => self.postMessage(message),
})
