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
}

export const DEFAULT_TIMEOUT_MS = 3000

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
    const limitMs = Math.min(options.timeLimitMs ?? Infinity, this.options.timeoutMs)
    const run = this.queue.then(() => this.runNow(job, limitMs, options.queryTimeLimitMs))
    this.queue = run.catch(() => undefined)
    return run
  }

  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.spareTimer)
    const all = [this.current, this.spare].filter((c): c is Promise<Connection> => c !== null)
    await Promise.all(all.map((c) => c.then((conn) => conn.terminate()).catch(() => undefined)))
  }

  private async runNow(job: CaseJob, limitMs: number, queryLimitMs?: number): Promise<CaseOutcome> {
    if (this.closed) return { ok: false, failure: { kind: 'crashed', message: 'the engine is closed' } }
    let connection: Connection
    try {
      connection = await this.current
    } catch (e) {
      this.replace(null)
      return { ok: false, failure: { kind: 'crashed', message: `the engine could not start: ${(e as Error).message}` } }
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    let queryTimer: ReturnType<typeof setTimeout> | undefined
    let running: number | undefined
    const answered: QueryOutcome[] = []
    let stop: (why: 'timeout' | 'query_timeout') => void = () => undefined
    const timeout = new Promise<'timeout' | 'query_timeout'>((resolve) => {
      stop = resolve
      timer = setTimeout(() => resolve('timeout'), limitMs)
    })
    // Each query's own clock starts when the worker says it starts (its thread is blocked from then on).
    const onProgress = queryLimitMs === undefined ? undefined : (p: WorkerProgress) => {
      clearTimeout(queryTimer)
      running = p.queryStarted
      answered.push(...p.answered)
      queryTimer = setTimeout(() => stop('query_timeout'), queryLimitMs)
    }
    try {
      const result = await Promise.race([connection.call('runCase', { job, watched: onProgress !== undefined }, onProgress), timeout])
      if (result === 'timeout' || result === 'query_timeout') {
        this.replace(connection)
        return { ok: false, failure: result === 'timeout' ? { kind: 'timeout', limitMs } : { kind: 'timeout', limitMs: queryLimitMs!, query: running!, answered } }
      }
      if (result.compromised) this.replace(connection)
      return result.outcome
    } catch (e) {
      this.replace(connection)
      return { ok: false, failure: { kind: 'crashed', message: (e as Error).message } }
    } finally {
      clearTimeout(timer)
      clearTimeout(queryTimer)
    }
  }

  private replace(old: Connection | null): void {
    if (old) void old.terminate().catch(() => undefined)
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
