import type { CaseJob, CaseOutcome, DatabaseSource, Engine, QueryOutcome, RunOptions } from './types.ts'
import type { WorkerOp, WorkerProgress, WorkerRequest, WorkerResponse, WorkerResult } from './worker-protocol.ts'

// The engine behind a killable worker. PGlite ignores statement_timeout and blocks its thread for the
// whole query, so a run over its time limit is stopped by terminating the worker; a new one starts from
// the snapshot (or a warm spare takes over at once).

export interface WorkerLike {
  postMessage(message: WorkerRequest): void
  onMessage(listener: (message: WorkerResponse) => void): void
  /** Called once if the worker dies on its own (crash, out of memory). */
  onExit(listener: (error: Error) => void): void
  terminate(): Promise<void>
}

export interface WorkerEngineOptions {
  /** Wall-time limit for one case (setup + every query of the job). */
  timeoutMs: number
  /** Keep a second worker loaded so a timeout costs no restart wait (about 250 MB more). */
  warmSpare?: boolean
  /**
   * Start the first spare this long after the engine is ready (default at once), so that loading it does not
   * compete with the first runs; a replacement needed before then starts at once.
   */
  spareDelayMs?: number
  /**
   * A stopped batch's case sent ahead, which nobody will read, may run this long after the stop (default
   * 250 ms: most cases end well within it); past that its worker is replaced, as after a timeout, rather than
   * holding the engine for the case's whole limit (a Submit stopped at a wrong answer whose next case runs away).
   */
  abandonAfterMs?: number
}

export const DEFAULT_TIMEOUT_MS = 3000
const DEFAULT_ABANDON_AFTER_MS = 250

/** A job posted to a worker whose clock has started: its outcome to come, and a way to give it up. */
interface StartedJob {
  result: Promise<{ outcome: CaseOutcome; replaced: boolean }>
  abandon(): void
}

class Connection {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; progress?: (p: WorkerProgress) => void }>()
  private deadReason: Error | null = null

  constructor(private readonly worker: WorkerLike) {
    worker.onMessage((m) => {
      const p = this.pending.get(m.id)
      if (!p) return
      if ('progress' in m) return void p.progress?.(m.progress)
      this.pending.delete(m.id)
      if (m.ok) p.resolve(m.value)
      else p.reject(new Error(m.error))
    })
    worker.onExit((error) => {
      this.deadReason = error
      for (const p of this.pending.values()) p.reject(error)
      this.pending.clear()
    })
  }

  call<K extends WorkerOp>(op: K, arg: Extract<WorkerRequest, { op: K }>['arg'], progress?: (p: WorkerProgress) => void): Promise<WorkerResult<K>> {
    if (this.deadReason) return Promise.reject(this.deadReason)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress })
      this.worker.postMessage({ id, op, arg } as WorkerRequest)
    })
  }

  terminate(): Promise<void> {
    this.deadReason ??= new Error('engine worker terminated')
    return this.worker.terminate()
  }
}

export class WorkerEngine implements Engine {
  /** How many times a worker was replaced (timeouts, crashes, escaped transactions). */
  restarts = 0
  private current: Promise<Connection>
  private spare: Promise<Connection> | null = null
  private spareTimer: ReturnType<typeof setTimeout> | undefined
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false

  private constructor(
    private readonly spawn: () => WorkerLike,
    /** What a replacement worker starts from: the first worker's source when that was a snapshot, else the snapshot it made. */
    private readonly restartSource: Extract<DatabaseSource, { kind: 'snapshot' | 'snapshot-url' }>,
    first: Connection,
    private readonly options: WorkerEngineOptions,
  ) {
    this.current = Promise.resolve(first)
    if (options.warmSpare && options.spareDelayMs) this.spareTimer = setTimeout(() => (this.spare ??= this.startFromSnapshot()), options.spareDelayMs)
    else if (options.warmSpare) this.spare = this.startFromSnapshot()
  }

  /**
   * Starts the first worker. A trusted setup script (`script` source) runs after the database is open,
   * under the same time limit as a query: an endless loop in it ends with a message naming the setup.
   */
  static async start(spawn: () => WorkerLike, source: DatabaseSource, options: WorkerEngineOptions): Promise<WorkerEngine> {
    const first = new Connection(spawn())
    let snapshot: Uint8Array | null
    try {
      const setup = source.kind === 'script' ? source.sql : ''
      snapshot = (await first.call('open', source.kind === 'script' ? { ...source, sql: '' } : source)).snapshot
      if (setup.trim()) {
        await withTimeLimit(first.call('applySetupScript', setup), options.timeoutMs)
        snapshot = (await first.call('snapshot', null)).snapshot
      }
    } catch (e) {
      await first.terminate()
      throw e
    }
    const restartSource = snapshot ? { kind: 'snapshot' as const, data: snapshot } : source.kind === 'snapshot' || source.kind === 'snapshot-url' ? source : null
    if (!restartSource) throw new Error('engine worker returned no snapshot')
    return new WorkerEngine(spawn, restartSource, first, options)
  }

  runCase(job: CaseJob, options: RunOptions = {}): Promise<CaseOutcome> {
    const run = this.queue.then(() => this.runNow(job, this.limitFor(options), options.queryTimeLimitMs))
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * Runs `jobs` in order, each under its own time limit, as runCase would one after another; but the next job
   * is sent to the worker before this one answers, so the worker starts it at once instead of waiting for the
   * answer to reach the caller, be read and a new request to come back (0.2-0.5 ms a job, and the caller's
   * grading of an answer overlaps the next job). Stopping the iteration leaves the worker the job it was sent
   * ahead: it runs to its end before the engine serves anyone else, unless it is still running
   * `abandonAfterMs` after the stop (then its worker is replaced).
   */
  async *runCases(jobs: CaseJob[], options: Pick<RunOptions, 'timeLimitMs'> = {}): AsyncGenerator<CaseOutcome> {
    const limitMs = this.limitFor(options)
    const turn = this.queue
    let release!: () => void
    this.queue = new Promise<void>((resolve) => (release = resolve))
    let running: StartedJob | undefined
    try {
      await turn
      let next = 0
      while (next < jobs.length) {
        const connection = await this.connection()
        if (!(connection instanceof Connection)) {
          next++
          yield connection
          continue
        }
        running = this.send(connection, jobs[next]!, limitMs)()
        let ahead = next + 1 < jobs.length ? this.send(connection, jobs[next + 1]!, limitMs) : null
        for (;;) {
          const { outcome, replaced } = await running.result
          next++
          // A job sent ahead to a worker that was replaced went with it: the next turn sends it to the new one.
          if (replaced || !ahead) {
            yield outcome
            break
          }
          // Its clock starts now: the worker starts it the moment the job before it ends.
          running = ahead()
          ahead = null
          yield outcome
          if (next + 1 < jobs.length) ahead = this.send(connection, jobs[next + 1]!, limitMs)
        }
      }
    } finally {
      if (!running) release()
      else {
        // Settled already unless the caller stopped while a job sent ahead was running.
        const timer = setTimeout(running.abandon, this.options.abandonAfterMs ?? DEFAULT_ABANDON_AFTER_MS)
        void running.result.finally(() => clearTimeout(timer)).then(release, release)
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.spareTimer)
    const all = [this.current, this.spare].filter((c): c is Promise<Connection> => c !== null)
    await Promise.all(all.map((c) => c.then((conn) => conn.terminate()).catch(() => undefined)))
  }

  private limitFor(options: RunOptions): number {
    return Math.min(options.timeLimitMs ?? Infinity, this.options.timeoutMs)
  }

  private async runNow(job: CaseJob, limitMs: number, queryLimitMs?: number): Promise<CaseOutcome> {
    const connection = await this.connection()
    if (!(connection instanceof Connection)) return connection
    return (await this.send(connection, job, limitMs, queryLimitMs)().result).outcome
  }

  /** The worker to send jobs to, or the failure to report when there is none. */
  private async connection(): Promise<Connection | CaseOutcome> {
    if (this.closed) return { ok: false, failure: { kind: 'crashed', message: 'the engine is closed' } }
    try {
      return await this.current
    } catch (e) {
      this.replace(null)
      return { ok: false, failure: { kind: 'crashed', message: `the engine could not start: ${(e as Error).message}` } }
    }
  }

  /**
   * Sends a job to the worker. Calling the function returned starts its clock (the worker may still be on the
   * job before it); the result is its outcome, and whether the worker was replaced after it (a timeout, a
   * crash, a query that left the instance untrustworthy, an abandoned job).
   */
  private send(connection: Connection, job: CaseJob, limitMs: number, queryLimitMs?: number): () => StartedJob {
    let queryTimer: ReturnType<typeof setTimeout> | undefined
    let runningQuery: number | undefined
    const answered: QueryOutcome[] = []
    let stop: (why: 'query_timeout' | 'abandoned') => void = () => undefined
    // Each query's own clock starts when the worker says it starts (its thread is blocked from then on).
    const onProgress = queryLimitMs === undefined ? undefined : (p: WorkerProgress) => {
      clearTimeout(queryTimer)
      runningQuery = p.queryStarted
      answered.push(...p.answered)
      queryTimer = setTimeout(() => stop('query_timeout'), queryLimitMs)
    }
    const call = connection.call('runCase', { job, watched: onProgress !== undefined }, onProgress)
    call.catch(() => undefined) // a job sent ahead to a worker that is then replaced is never awaited
    const result = async (): Promise<{ outcome: CaseOutcome; replaced: boolean }> => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const timeout = new Promise<'timeout' | 'query_timeout' | 'abandoned'>((resolve) => {
        stop = resolve
        timer = setTimeout(() => resolve('timeout'), limitMs)
      })
      try {
        const result = await Promise.race([call, timeout])
        if (result === 'abandoned') {
          this.replace(connection)
          return { outcome: { ok: false, failure: { kind: 'crashed', message: 'abandoned: nobody reads this case' } }, replaced: true }
        }
        if (result === 'timeout' || result === 'query_timeout') {
          this.replace(connection)
          const failure = result === 'timeout' ? { kind: 'timeout' as const, limitMs } : { kind: 'timeout' as const, limitMs: queryLimitMs!, query: runningQuery!, answered }
          return { outcome: { ok: false, failure }, replaced: true }
        }
        if (result.compromised) this.replace(connection)
        return { outcome: result.outcome, replaced: Boolean(result.compromised) }
      } catch (e) {
        this.replace(connection)
        return { outcome: { ok: false, failure: { kind: 'crashed', message: (e as Error).message } }, replaced: true }
      } finally {
        clearTimeout(timer)
        clearTimeout(queryTimer)
      }
    }
    return () => ({ result: result(), abandon: () => stop('abandoned') })
  }

  private replace(old: Connection | null): void {
    if (old) void old.terminate().catch(() => undefined)
    // A job sent ahead fails when close() terminates its worker: nothing is to start after that.
    if (this.closed) return
    clearTimeout(this.spareTimer)
    this.restarts++
    this.current = this.spare ?? this.startFromSnapshot()
    this.spare = this.options.warmSpare ? this.startFromSnapshot() : null
  }

  private startFromSnapshot(): Promise<Connection> {
    const connection = new Connection(this.spawn())
    const started = connection.call('open', this.restartSource).then(() => connection)
    started.catch(() => undefined) // a spare nobody awaits yet must not count as an unhandled rejection
    return started
  }
}

function withTimeLimit<T>(work: Promise<T>, limitMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the setup script failed: it ran past the time limit of ${limitMs} ms`)), limitMs)
  })
  return Promise.race([work, limit]).finally(() => clearTimeout(timer))
}
