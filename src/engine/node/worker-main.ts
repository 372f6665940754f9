import { parentPort } from 'node:worker_threads'
import { serveWorker, type WorkerRequest } from '../worker-protocol.ts'

const port = parentPort!
serveWorker({
  onMessage: (listener) => port.on('message', (m: WorkerRequest) => listener(m)),
  postMessage: (m) => port.postMessage(m),
})
