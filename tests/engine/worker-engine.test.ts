import { describe, expect, it } from 'vitest'
import type { CaseOutcome, DatabaseSource, QueryOutcome } from '../../src/engine/types.ts'
import { WorkerEngine, type WorkerLike } from '../../src/engine/worker-engine.ts'
import type { WorkerRequest, WorkerResponse } from '../../src/engine/worker-protocol.ts'

// The watchdog, restart and queueing logic with scripted workers: each fake answers `open` at once and
// runCase the way its script says (answer, hang, or die), or when the test says so (heldWorker).

type Behaviour = 'answer' | 'hang' | 'die'
const ROWS: CaseOutcome = { ok: true, results: [{ kind: 'rows', result: { columns: [], rows: [], truncated: false, ms: 1 } }] }

function fakeFleet(behaviours: Behaviour[]) {
  const spawned: { terminated: boolean }[] = []
  const opened: DatabaseSource[] = []
  const spawn = (): WorkerLike => {
    const state = { terminated: false }
    spawned.push(state)
    let listener: (m: WorkerResponse) => void = () => {}
    let onExit: (e: Error) => void = () => {}
    return {
      postMessage(m: WorkerRequest) {
        if (m.op === 'open') {
          opened.push(m.arg)
          // As the real worker: a source that is a snapshot already gives none back.
          const snapshot = m.arg.kind === 'snapshot-url' ? null : new Uint8Array([1])
          return queueMicrotask(() => listener({ id: m.id, ok: true, value: { snapshot } }))
        }
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
  return { spawn, spawned, opened }
}

const job = { schema: 'x', queries: [{ sql: 'select 1', maxRows: 10 }] }

/** A worker that answers `open` at once and each runCase only when the test says so, recording what it was sent. */
function heldWorker() {
  const held: { id: number; sql: string }[] = []
  const received: string[] = []
  let listener: (m: WorkerResponse) => void = () => {}
  const worker: WorkerLike = {
    postMessage(m: WorkerRequest) {
      if (m.op === 'open') return queueMicrotask(() => listener({ id: m.id, ok: true, value: { snapshot: new Uint8Array([1]) } }))
      if (m.op !== 'runCase') return
      const sql = m.arg.job.queries[0]!.sql
      received.push(sql)
      held.push({ id: m.id, sql })
    },
    onMessage: (l) => (listener = l),
    onExit: () => {},
    terminate: async () => {},
  }
  const answer = (sql: string) => {
    const i = held.findIndex((h) => h.sql === sql)
    if (i < 0) throw new Error(`the worker holds no case "${sql}"`)
    const [h] = held.splice(i, 1)
    const outcome: CaseOutcome = { ok: true, results: [{ kind: 'rows', result: { columns: [], rows: [[sql]], truncated: false, ms: 1 } }] }
    listener({ id: h!.id, ok: true, value: { outcome, compromised: false } })
  }
  return { worker, received, answer }
}

/** An engine over one held worker, with a limit no test reaches. */
async function heldEngine() {
  const fake = heldWorker()
  return { fake, engine: await WorkerEngine.start(() => fake.worker, { kind: 'script', sql: '' }, { timeoutMs: 60_000 }) }
}

/**
 * Workers that run their runCase jobs one at a time in the order sent, as the real one does, job k of the whole
 * fleet taking `takes[k]` ms (Infinity: never ends) and answering its own SQL as its one row.
 */
function timedFleet(takes: number[]) {
  const received: string[][] = []
  const spawn = (): WorkerLike => {
    const mine: string[] = []
    received.push(mine)
    let listener: (m: WorkerResponse) => void = () => {}
    let idle = Promise.resolve()
    let dead = false
    let onExit: (e: Error) => void = () => {}
    return {
      postMessage(m: WorkerRequest) {
        if (m.op === 'open') return queueMicrotask(() => listener({ id: m.id, ok: true, value: { snapshot: new Uint8Array([1]) } }))
        if (m.op !== 'runCase') return
        const sql = m.arg.job.queries[0]!.sql
        const ms = takes.shift() ?? 0
        idle = idle.then(async () => {
          if (dead) return
          mine.push(sql)
          await new Promise((resolve) => setTimeout(resolve, ms === Infinity ? 2 ** 30 : ms))
          if (dead) return
          const outcome: CaseOutcome = { ok: true, results: [{ kind: 'rows', result: { columns: [], rows: [[sql]], truncated: false, ms } }] }
          listener({ id: m.id, ok: true, value: { outcome, compromised: false } })
        })
      },
      onMessage: (l) => (listener = l),
      onExit: (l) => (onExit = l),
      // As a Node worker: terminating it fails the jobs it still holds.
      terminate: async () => {
        dead = true
        onExit(new Error('worker terminated'))
      },
    }
  }
  return { spawn, received }
}

/** A fake's answer: the SQL it ran, or the failure. */
function rowsOf(outcome: CaseOutcome): unknown {
  const first = outcome.ok ? outcome.results[0] : undefined
  return first?.kind === 'rows' ? first.result.rows[0]![0] : outcome
}

/** Lets every pending promise callback and queued message run. */
const settle = () => new Promise((resolve) => setImmediate(resolve))
const caseFor = (sql: string) => ({ schema: 'x', queries: [{ sql, maxRows: 10 }] })

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

  it('ends one job at a shorter limit asked for it, and never extends the engine limit', async () => {
    const fleet = fakeFleet(['hang', 'hang'])
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 5_000 })
    expect(await engine.runCase(job, { timeLimitMs: 20 })).toEqual({ ok: false, failure: { kind: 'timeout', limitMs: 20 } })
    const capped = await WorkerEngine.start(fakeFleet(['hang']).spawn, { kind: 'script', sql: '' }, { timeoutMs: 20 })
    expect(await capped.runCase(job, { timeLimitMs: 60_000 })).toEqual({ ok: false, failure: { kind: 'timeout', limitMs: 20 } })
  })

  it('ends a job when one query runs past the per-query limit, naming that query and keeping the answers before it, while queries under it may add up past it', async () => {
    // The worker says when each query starts, with the answer before it; query k takes `takes[k]` ms (Infinity: never ends).
    const answer = (k: number): QueryOutcome => ({ kind: 'rows', result: { columns: [], rows: [[String(k)]], truncated: false, ms: 1 } })
    const watched: boolean[] = []
    const scripted = (takes: number[]): WorkerLike => {
      let listener: (m: WorkerResponse) => void = () => {}
      return {
        postMessage(m: WorkerRequest) {
          if (m.op === 'open') return queueMicrotask(() => listener({ id: m.id, ok: true, value: { snapshot: new Uint8Array([1]) } }))
          if (m.op === 'runCase') watched.push(m.arg.watched)
          const step = (k: number) => {
            if (k === takes.length) return listener({ id: m.id, ok: true, value: { outcome: ROWS, compromised: false } })
            listener({ id: m.id, progress: { queryStarted: k, answered: k ? [answer(k - 1)] : [] } })
            if (takes[k] !== Infinity) setTimeout(() => step(k + 1), takes[k])
          }
          step(0)
        },
        onMessage: (l) => (listener = l),
        onExit: () => {},
        terminate: async () => {},
      }
    }
    const runaway = await WorkerEngine.start(() => scripted([5, 5, Infinity]), { kind: 'script', sql: '' }, { timeoutMs: 5_000 })
    expect(await runaway.runCase(job, { queryTimeLimitMs: 40 })).toEqual({ ok: false, failure: { kind: 'timeout', limitMs: 40, query: 2, answered: [answer(0), answer(1)] } })
    expect(runaway.restarts).toBe(1)
    const steady = await WorkerEngine.start(() => scripted([25, 25, 25, 25]), { kind: 'script', sql: '' }, { timeoutMs: 5_000 })
    expect(await steady.runCase(job, { queryTimeLimitMs: 40 })).toEqual(ROWS)
    // Only a job timed query by query asks the worker to report (a learner's Run or Submit sends no answers twice).
    await steady.runCase(job)
    expect(watched).toEqual([true, true, false])
    const whole = await WorkerEngine.start(() => scripted([25, 25, 25, 25]), { kind: 'script', sql: '' }, { timeoutMs: 60 })
    expect(await whole.runCase(job, { queryTimeLimitMs: 40 })).toEqual({ ok: false, failure: { kind: 'timeout', limitMs: 60 } })
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

  it('starts a delayed spare only after its delay, and a replacement at once when one is needed before then', async () => {
    const fleet = fakeFleet(['answer', 'hang', 'answer'])
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 50, warmSpare: true, spareDelayMs: 150 })
    expect(await engine.runCase(job)).toEqual(ROWS)
    expect(fleet.spawned).toHaveLength(1) // no spare yet
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(fleet.spawned).toHaveLength(2) // the spare, after its delay

    const early = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 50, warmSpare: true, spareDelayMs: 60_000 })
    expect((await early.runCase(job)).ok).toBe(false) // the hang, long before the spare's delay is over
    expect(fleet.spawned).toHaveLength(5) // the replacement and, now, its spare
    expect(await early.runCase(job)).toEqual(ROWS)
    await Promise.all([engine.close(), early.close()])
  })

  it('starts its spare and every replacement from the snapshot URL it started from, never from bytes the page holds', async () => {
    const fleet = fakeFleet(['hang', 'answer'])
    const source: DatabaseSource = { kind: 'snapshot-url', url: 'https://app.example/data/database.tar.gz' }
    const engine = await WorkerEngine.start(fleet.spawn, source, { timeoutMs: 50, warmSpare: true })
    expect((await engine.runCase(job)).ok).toBe(false) // the hang: its worker is replaced
    expect(await engine.runCase(job)).toEqual(ROWS)
    expect(fleet.opened).toEqual([source, source, source]) // the first worker, its spare, the spare's replacement
  })

  it('sends the next case of a batch to the worker before the previous one answers, and yields the outcomes in order', async () => {
    const { fake, engine } = await heldEngine()
    const batch = engine.runCases(['select 1', 'select 2', 'select 3'].map(caseFor))
    const first = batch.next()
    await settle()
    expect(fake.received).toEqual(['select 1', 'select 2'])
    fake.answer('select 1')
    expect(rowsOf((await first).value!)).toBe('select 1')
    const second = batch.next()
    await settle()
    expect(fake.received).toEqual(['select 1', 'select 2', 'select 3'])
    fake.answer('select 2')
    fake.answer('select 3')
    expect(rowsOf((await second).value!)).toBe('select 2')
    expect(rowsOf((await batch.next()).value!)).toBe('select 3')
    expect((await batch.next()).done).toBe(true)
    await engine.close()
  })

  it('starts the clock of a case sent ahead only when the case before it answers', async () => {
    // Each case takes under the limit; the second waits behind the first longer than the limit.
    const fleet = timedFleet([80, 30])
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 60 })
    const outcomes = []
    for await (const outcome of engine.runCases(['select 1', 'select 2'].map(caseFor), { timeLimitMs: 100 })) outcomes.push(rowsOf(outcome))
    expect(outcomes).toEqual([{ ok: false, failure: { kind: 'timeout', limitMs: 60 } }, 'select 2'])
    const patient = await WorkerEngine.start(timedFleet([40, 40, 40]).spawn, { kind: 'script', sql: '' }, { timeoutMs: 60 })
    const all = []
    for await (const outcome of patient.runCases(['select 1', 'select 2', 'select 3'].map(caseFor))) all.push(rowsOf(outcome))
    expect(all).toEqual(['select 1', 'select 2', 'select 3'])
    expect(patient.restarts).toBe(0)
    await Promise.all([engine.close(), patient.close()])
  })

  it('runs the cases after one that timed out on a new worker, the case sent ahead included', async () => {
    const fleet = timedFleet([Infinity, 5, 5, 5])
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 50 })
    const outcomes = []
    for await (const outcome of engine.runCases(['select 1', 'select 2', 'select 3'].map(caseFor))) outcomes.push(rowsOf(outcome))
    expect(outcomes).toEqual([{ ok: false, failure: { kind: 'timeout', limitMs: 50 } }, 'select 2', 'select 3'])
    expect(engine.restarts).toBe(1)
    expect(fleet.received).toEqual([['select 1'], ['select 2', 'select 3']])
    await engine.close()
  })

  it('lets a stopped batch’s case sent ahead finish before the next job reaches the worker, and times it', async () => {
    const { fake, engine } = await heldEngine()
    const batch = engine.runCases(['select 1', 'select 2', 'select 3'].map(caseFor))
    const first = batch.next()
    await settle()
    fake.answer('select 1')
    expect(rowsOf((await first).value!)).toBe('select 1')
    await batch.return(undefined)
    const after = engine.runCase(caseFor('select 9'))
    await settle()
    expect(fake.received).toEqual(['select 1', 'select 2'])
    fake.answer('select 2')
    await settle()
    expect(fake.received).toEqual(['select 1', 'select 2', 'select 9'])
    fake.answer('select 9')
    expect(rowsOf(await after)).toBe('select 9')

    // A runaway sent ahead is stopped by its own clock, not by the next caller's.
    const fleet = timedFleet([5, Infinity, 5])
    const timed = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 50 })
    for await (const outcome of timed.runCases(['select 1', 'select 2'].map(caseFor))) {
      expect(rowsOf(outcome)).toBe('select 1')
      break
    }
    expect(rowsOf(await timed.runCase(caseFor('select 9')))).toBe('select 9')
    expect(timed.restarts).toBe(1)
    await Promise.all([engine.close(), timed.close()])
  })

  it('gives up a stopped batch’s case sent ahead that is still running after abandonAfterMs: the next job runs on a new worker, not after the case’s own limit', async () => {
    const fleet = timedFleet([5, Infinity, 5])
    // A limit no test waits for: only abandoning the runaway lets the next job through.
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 600_000, abandonAfterMs: 30 })
    for await (const outcome of engine.runCases(['select 1', 'select 2'].map(caseFor))) {
      expect(rowsOf(outcome)).toBe('select 1')
      break
    }
    expect(rowsOf(await engine.runCase(caseFor('select 9')))).toBe('select 9')
    expect(engine.restarts).toBe(1)
    expect(fleet.received).toEqual([['select 1', 'select 2'], ['select 9']])
    await engine.close()
  }, 10_000)

  it('starts no worker once closed, though the case a stopped batch sent ahead fails as close() terminates its worker', async () => {
    const fleet = timedFleet([5, 200])
    const engine = await WorkerEngine.start(fleet.spawn, { kind: 'script', sql: '' }, { timeoutMs: 1000 })
    const batch = engine.runCases(['select 1', 'select 2'].map(caseFor))
    expect(rowsOf((await batch.next()).value!)).toBe('select 1')
    await batch.return(undefined)
    await engine.close()
    await settle()
    expect(fleet.received).toHaveLength(1)
    expect(engine.restarts).toBe(0)
  })

  it('runs cases one at a time in the order asked: a case reaches the worker only after the previous one answered', async () => {
    const { fake, engine } = await heldEngine()
    const first = engine.runCase(caseFor('select 1'))
    const second = engine.runCase(caseFor('select 2'))
    await settle()
    expect(fake.received).toEqual(['select 1'])
    fake.answer('select 1')
    await settle()
    expect(fake.received).toEqual(['select 1', 'select 2'])
    fake.answer('select 2')
    expect(await first).toMatchObject({ ok: true, results: [{ result: { rows: [['select 1']] } }] })
    expect(await second).toMatchObject({ ok: true, results: [{ result: { rows: [['select 2']] } }] })
    await engine.close()
  })
})
