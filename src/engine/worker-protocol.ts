import { PgliteSession } from './pglite-session.ts'
import type { CaseJob, CaseOutcome, DatabaseSource, QueryOutcome } from './types.ts'

// The code that runs inside an engine worker (Node worker_threads or a browser Web Worker). Message types
// are derived from these handlers, so the proxy and the worker cannot drift apart.

export function createWorkerHandlers() {
  let session: PgliteSession | null = null
  return {
    /** Opens the database; returns a snapshot to restart from when the source was not one already. */
    async open(source: DatabaseSource): Promise<{ snapshot: Uint8Array | null }> {
      session = await PgliteSession.open(source)
      return { snapshot: source.kind === 'snapshot' || source.kind === 'snapshot-url' ? null : await session.snapshot() }
    },
    /** Runs a trusted setup script on the open database (under the caller's time limit). */
    async applySetupScript(sql: string): Promise<null> {
      if (!session) throw new Error('engine worker used before open')
      await session.applySetupScript(sql)
      return null
    },
    /** The database as it is now, to start replacement workers from. */
    async snapshot(_: null): Promise<{ snapshot: Uint8Array }> {
      if (!session) throw new Error('engine worker used before open')
      return { snapshot: await session.snapshot() }
    },
    /** `watched`: the caller times each query, so the worker reports each one's start (see WorkerProgress). */
    async runCase({ job, watched }: { job: CaseJob; watched: boolean }, progress?: (p: WorkerProgress) => void): Promise<{ outcome: CaseOutcome; compromised: string | null }> {
      if (!session) throw new Error('engine worker used before open')
      let sent = 0
      const report = (query: number, before: QueryOutcome[]) => {
        progress?.({ queryStarted: query, answered: before.slice(sent) })
        sent = before.length
      }
      const outcome = await session.runCase(job, watched ? report : undefined)
      return { outcome, compromised: session.compromised }
    },
  }
}

export type WorkerHandlers = ReturnType<typeof createWorkerHandlers>
export type WorkerOp = keyof WorkerHandlers
export type WorkerRequest = { [K in WorkerOp]: { id: number; op: K; arg: Parameters<WorkerHandlers[K]>[0] } }[WorkerOp]
export type WorkerResult<K extends WorkerOp> = Awaited<ReturnType<WorkerHandlers[K]>>
/**
 * Sent while a job runs (the worker's thread may then block in one query for as long as it takes): the query
 * starting, and the answers that came since the last message.
 */
export type WorkerProgress = { queryStarted: number; answered: QueryOutcome[] }
export type WorkerResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string } | { id: number; progress: WorkerProgress }

export interface MessagePort {
  onMessage(listener: (message: WorkerRequest) => void): void
  postMessage(message: WorkerResponse): void
}

export function serveWorker(port: MessagePort, handlers: WorkerHandlers = createWorkerHandlers()): void {
  const serve = async (request: WorkerRequest) => {
    try {
      const handler = handlers[request.op] as (arg: unknown, progress: (p: WorkerProgress) => void) => Promise<unknown>
      const progress = (p: WorkerProgress) => port.postMessage({ id: request.id, progress: p })
      port.postMessage({ id: request.id, ok: true, value: await handler(request.arg, progress) })
    } catch (e) {
      port.postMessage({ id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) })
    }
  }
  // One request at a time, in the order sent: the engine may send a job before the one before it has answered.
  let previous: Promise<void> = Promise.resolve()
  port.onMessage((request) => {
    previous = previous.then(() => serve(request))
  })
}
