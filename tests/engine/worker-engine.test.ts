import { describe, expect, it } from 'vitest'
import type { CaseOutcome } from '../../src/engine/types.ts'
import { WorkerEngine, type WorkerLike } from '../../src/engine/worker-engine.ts'
import type { WorkerRequest, WorkerResponse } from '../../src/engine/worker-protocol.ts'

// The watchdog and restart logic with scripted workers: each fake answers `open` at once and runCase
// the way its script says (answer, hang, or die).

type Behaviour = 'answer' | 'hang' | 'die'
const ROWS: CaseOutcome = { ok: true, results: [{ kind: 'rows', result: { columns: [], rows: [], truncated: false, ms: 1 } }] }

function fakeFleet(behaviours: Behaviour[]) {
  const spawned: { terminated: boolean }[] = []
  const spawn = (): WorkerLike => {
    const state = { terminated: false }
    spawned.push(state)
    let listener: (m: WorkerResponse) => void = () => {}
    let onExit: (e: Error) => void = () => {}
    return {
      postMessage(m: WorkerRequest) {
        if (m.op === 'open') return queueMicrotask(() => listener({ id: m.id, ok: true, value: { snapshot: new Uint8Array([1]) } }))
        const behaviour = behaviours.shift() ?? 'answer'
        if (behaviour === 'answer') queueMicrotask(() => listener({ id: m.id, ok: true, value: { outcome: ROWS, compromised: false } }))
        if (behaviour === 'die') queueMicrotask(() => onExit(new Error('worker ran out of memory')))
      },
      onMessage: (l) => (listener = l),
      onExit: (l) => (onExit = l),
      terminate: async () => {
        state.terminated = true
      },
    }
  }
  return { spawn, spawned }
}

const job = { schema: 'x', queries: [{ sql: 'select 1', maxRows: 10 }] }

describe('WorkerEngine', () => {
  it('answers a timeout when a case runs past the limit, kills that worker and serves the next case from a new one', async () => {
    const fleet = fakeFleet(['hang', 'answer'])
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 50 })
    expect(await engine.runCase(job)).toEqual({ ok: false, failure: { kind: 'timeout', limitMs: 50 } })
    expect(fleet.spawned[0]!.terminated).toBe(true)
    expect(await engine.runCase(job)).toEqual(ROWS)
    expect(engine.restarts).toBe(1)
    expect(fleet.spawned).toHaveLength(2)
  })

  it('reports a crashed worker as a failure and recovers', async () => {
    const fleet = fakeFleet(['die', 'answer'])
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 1000 })
    expect(await engine.runCase(job)).toEqual({ ok: false, failure: { kind: 'crashed', message: 'worker ran out of memory' } })
    expect(await engine.runCase(job)).toEqual(ROWS)
  })

  it('keeps a warm spare, so a replacement is already loaded when a timeout happens', async () => {
    const fleet = fakeFleet(['hang', 'answer'])
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 50, warmSpare: true })
    expect(fleet.spawned).toHaveLength(2) // the first worker and its spare
    await engine.runCase(job)
    expect(fleet.spawned).toHaveLength(3) // the spare took over; a new spare is loading
    expect(await engine.runCase(job)).toEqual(ROWS)
  })

  it('runs cases one at a time in the order they were asked', async () => {
    const fleet = fakeFleet([])
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 1000 })
    const order: number[] = []
    await Promise.all([1, 2, 3].map((n) => engine.runCase(job).then(() => order.push(n))))
    expect(order).toEqual([1, 2, 3])
  })
})
