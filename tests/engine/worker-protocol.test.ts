import { describe, expect, it } from 'vitest'
import { createWorkerHandlers, serveWorker, type WorkerRequest, type WorkerResponse } from '../../src/engine/worker-protocol.ts'

describe('the engine worker', () => {
  it('serves one request at a time in the order sent, even when a request waits on something outside the database', async () => {
    const events: string[] = []
    const answered: WorkerResponse[] = []
    let deliver: (request: WorkerRequest) => void = () => {}
    const handlers = createWorkerHandlers()
    // A run that waits on the network (a dataset's layer) before it touches the database, and one that does not.
    handlers.runCase = async ({ job }) => {
      const sql = job.queries[0]!.sql
      events.push(`start ${sql}`)
      if (sql === 'slow') await new Promise((resolve) => setTimeout(resolve, 30))
      events.push(`end ${sql}`)
      return { outcome: { ok: true, results: [] }, compromised: null }
    }
    serveWorker({ onMessage: (listener) => (deliver = listener), postMessage: (m) => answered.push(m) }, handlers)
    const job = (sql: string) => ({ schema: 'x', queries: [{ sql, maxRows: 1 }] })
    deliver({ id: 1, op: 'runCase', arg: { job: job('slow'), watched: false } })
    deliver({ id: 2, op: 'runCase', arg: { job: job('fast'), watched: false } })
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(events).toEqual(['start slow', 'end slow', 'start fast', 'end fast'])
    expect(answered.map((m) => m.id)).toEqual([1, 2])
  })
})
