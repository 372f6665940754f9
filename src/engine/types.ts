import type { RowOrder } from './row-order.ts'

// Shapes that cross the engine boundary (and the worker message channel): plain data only.

export interface ResultColumn {
  name: string
  typeOid: number
}

/** Postgres text-format values exactly as the server sent them; null is SQL NULL. */
export type RawRow = (string | null)[]

export interface RawResult {
  columns: ResultColumn[]
  rows: RawRow[]
  /** More rows existed than the cap allowed; `rows` holds cap + 1 of them. */
  truncated: boolean
  ms: number
}

export interface SqlError {
  sqlstate: string
  message: string
  /** 1-based character offset into the query text, as Postgres reports it. */
  position?: number
  hint?: string
  detail?: string
}

export type RejectReason =
  | 'empty'
  | 'too_long'
  | 'multiple_statements'
  | 'statement_not_allowed'
  | 'function_not_allowed'
  | 'writes_not_allowed'
  | 'invalid_character'
  | 'too_deep'
  | 'too_many_indexes'

/** A table a write script's outcome reads back: all its columns, or only these. */
export interface CapturedTable {
  table: string
  columns?: string[]
}

/** One table's contents after a write script, read as `SELECT * FROM <schema>.<table>`. */
export interface TableState {
  table: string
  result: RawResult
}

export type QueryOutcome =
  /** `plan`: a drill's EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of the statement, as Postgres printed it. */
  | { kind: 'rows'; result: RawResult; plan?: string }
  /**
   * A write script ran to the end: the captured tables after it (and after a second run, when asked, or
   * the error that stopped the second run).
   */
  | { kind: 'state'; tables: TableState[]; rerun?: TableState[]; ms: number; rerunError?: SqlError }
  | { kind: 'sql_error'; error: SqlError; ms: number }
  | { kind: 'rejected'; reason: RejectReason; message: string; position?: number }

/**
 * Which statements a query may be: query problems allow `select` (SELECT, WITH … SELECT, VALUES, TABLE);
 * write tasks also `write` (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, data-modifying WITH) and `create`
 * (CREATE [TEMP] TABLE, CREATE TABLE … AS, SELECT … INTO); performance drills `index` (CREATE INDEX,
 * CREATE STATISTICS).
 */
export type StatementKind = 'select' | 'write' | 'create' | 'index'

export interface QuerySpec {
  sql: string
  maxRows: number
  allow?: StatementKind[]
  /**
   * The SQL is a script: one or more statements run in order, and the outcome is the contents of
   * `capture` (tables of the job's schema) afterwards, or the first statement that failed. With
   * `runs: 2` the script runs twice and the state after each run is reported (idempotency).
   */
  script?: { capture: CapturedTable[]; runs?: 1 | 2 }
  /**
   * A performance drill's script: up to `maxIndexes` CREATE INDEX (and any CREATE STATISTICS), run as the
   * role that owns the job's `indexable` tables, then exactly one SELECT, run as the learner: the outcome is
   * its rows, with its plan when `explain` is set (the SELECT runs first, so the plan is measured warm).
   */
  drill?: { maxIndexes: number; explain: boolean }
}

/** Trusted knobs the bank checker uses to shake out order-dependent references. */
export interface RunVariant {
  rowOrder?: RowOrder
  planner?: Record<string, string>
}

export interface CaseJob {
  /** Dataset schema the queries run in (search_path); '' for the default (public). */
  schema: string
  /** Trusted setup SQL, may hold several statements; runs inside the rolled-back transaction. */
  setup?: string
  /**
   * The setup recurs and leaves few rows (the statement's example): the engine may keep what it leaves the
   * first time, in a schema read before the dataset's, and skip running it afterwards. Only for jobs that
   * read, on the stored row order, and setups of data changes alone; otherwise the setup runs as usual.
   */
  keepSetup?: boolean
  variant?: RunVariant
  /**
   * Tables of the job's schema the learner may write (INSERT, UPDATE, DELETE, TRUNCATE), and create
   * tables beside: the transaction stays read-write. Every query still runs under its own savepoint, so
   * what one script wrote is gone before the next query runs.
   */
  writable?: string[]
  /** Tables of the job's schema a drill may index: owned by the indexing role for this transaction. */
  indexable?: string[]
  queries: QuerySpec[]
}

export type EngineFailure =
  /**
   * When one query ran past a per-query limit (`queryTimeLimitMs`): `query` is its index and `answered` holds
   * the answers of the queries before it (each ran in its own savepoint, so they stand).
   */
  | { kind: 'timeout'; limitMs: number; query?: number; answered?: QueryOutcome[] }
  | { kind: 'setup_failed'; error: SqlError }
  | { kind: 'crashed'; message: string }

export type CaseOutcome = { ok: true; results: QueryOutcome[] } | { ok: false; failure: EngineFailure }

export interface DatasetFiles {
  name: string
  schemaSql: string
  /** Tables in load order, each with its CSV text (header row first). */
  tables: { name: string; csv: string }[]
}

export type DatabaseSource =
  | { kind: 'snapshot'; data: Uint8Array }
  /**
   * A snapshot the engine fetches itself (absolute URL): a browser worker downloads it while PostgreSQL's
   * WebAssembly loads, and the page never holds or copies it. Restarted workers fetch it again (from the HTTP or service-worker cache).
   */
  | {
      kind: 'snapshot-url'
      url: string
      /**
       * With a base snapshot (see snapshot-layers.ts): the URL of each dataset's relation files, by dataset
       * schema, written into the database when a run first reads that dataset.
       */
      layers?: Record<string, string>
    }
  /** With `rowOrders`, each dataset is also stored in those orders (faster variant runs; see row-order.ts). */
  | { kind: 'datasets'; datasets: DatasetFiles[]; rowOrders?: RowOrder[] }
  /** A trusted setup script, run on an empty database (or on `base`, a snapshot of one, which skips initdb). */
  | { kind: 'script'; sql: string; base?: Uint8Array }

export interface RunOptions {
  /** A shorter time limit than the engine's own, for this job (engines that enforce one). */
  timeLimitMs?: number
  /**
   * A limit on each query's own time, apart from the setup and the other queries (engines that enforce
   * one): the first query past it ends the job with a timeout naming that query.
   */
  queryTimeLimitMs?: number
}

export interface Engine {
  runCase(job: CaseJob, options?: RunOptions): Promise<CaseOutcome>
  /**
   * Runs `jobs` in order, each as runCase would run it (its own time limit), yielding each outcome as it comes;
   * stopping the iteration skips the jobs not started. An engine may start a job before the caller has read
   * the previous outcome (see WorkerEngine).
   */
  runCases(jobs: CaseJob[], options?: Pick<RunOptions, 'timeLimitMs'>): AsyncGenerator<CaseOutcome>
  close(): Promise<void>
}
