import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { scan } from 'libpg-query'
import { runCappedQuery } from './capped-query.ts'
import { loadDatasets, quoteIdent, quoteLiteral } from './load-datasets.ts'
import { buildKeptSetup, buildOrderedCopy, mentionedTables, namesSchema } from './derived-schemas.ts'
import { orderedCopySchema, reorderTables, type RowOrder } from './row-order.ts'
import { ENTER_SANDBOX_SQL, INDEXER_ROLE, LEARNER_ROLE, PREPARE_SANDBOX_SQL } from './sandbox-role.ts'
import { runDrill } from './run-drill.ts'
import { runScript } from './run-script.ts'
import { layerFiles } from './snapshot-layers.ts'
import { withoutFreeSpaceMaps } from './free-space-maps.ts'
import { trimWal } from './trim-wal.ts'
import { checkStatement, type PolicyDecision } from './statement-policy.ts'
import type { CaseJob, CaseOutcome, DatabaseSource, QueryOutcome, SqlError, StatementKind } from './types.ts'

// One PGlite instance and the run protocol: BEGIN; search_path; [checker variant]; setup; READ ONLY;
// the learner role; each query under a savepoint; ROLLBACK. Nothing a query does survives the run.

const SESSION_SETTINGS = `SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres';`
const RUN_LIMITS = `SET LOCAL temp_file_limit = '256MB'; SET LOCAL work_mem = '32MB';`
const WAL_PAGE_BYTES = 8192

export class PgliteSession {
  /** Why the instance must be replaced (a query escaped the transaction or damaged it), or null. */
  compromised: string | null = null
  /** The schema holding what a kept setup left, by dataset and setup text; null when it cannot be kept. */
  private readonly keptSetups = new Map<string, string | null>()
  /** Copies of a dataset in another row order made on first use, without foreign keys: for jobs that read. */
  private readonly derivedCopies = new Set<string>()
  /** The statement policy's decisions on recent queries (see decisionOn). */
  private readonly decisions = new Map<string, PolicyDecision>()

  private constructor(
    private readonly db: PGlite,
    /** Schemas holding a dataset stored in another row order, foreign keys and all (see row-order.ts). */
    private readonly orderedCopies: Set<string>,
    /** Datasets whose relation files are not written yet, with the URL of their layer (see snapshot-layers.ts). */
    private readonly missingLayers: Map<string, string>,
  ) {}

  static async open(source: DatabaseSource): Promise<PgliteSession> {
    const snapshot = snapshotOf(source)
    // Every database has pg_trgm installed (PREPARE_SANDBOX_SQL), so every engine loads its library.
    const extensions = { pg_trgm }
    const db = snapshot ? await PGlite.create({ loadDataDir: snapshot, extensions }) : await PGlite.create({ extensions })
    if (source.kind === 'datasets' || source.kind === 'script') {
      await db.exec(PREPARE_SANDBOX_SQL)
      await dropTemplateDatabases(db)
    }
    if (source.kind === 'datasets') await loadDatasets(db, source.datasets, source.rowOrders)
    if (source.kind === 'script') await runSetupScript(db, source.sql)
    await db.exec(SESSION_SETTINGS)
    const { rows } = await db.query<{ name: string }>(`SELECT nspname AS name FROM pg_namespace`)
    const layers = source.kind === 'snapshot-url' ? Object.entries(source.layers ?? {}) : []
    return new PgliteSession(db, new Set(rows.map((r) => r.name)), new Map(layers))
  }

  /** Runs a trusted setup script on the open database (see runSetupScript). */
  async applySetupScript(sql: string): Promise<void> {
    await runSetupScript(this.db, sql)
  }

  async snapshot(): Promise<Uint8Array> {
    // After a checkpoint, the database needs the WAL from its redo point to the current position only.
    await this.db.exec('CHECKPOINT')
    const { rows } = await this.db.query<{ first: string }>(`SELECT redo_wal_file AS first FROM pg_control_checkpoint()`)
    const { first } = rows[0]!
    const dump = await this.db.dumpDataDir('none')
    // Read after the dump, so that the part of the last segment kept holds everything the dump does.
    const position = await this.db.query<{ last: string; offset: number }>(
      `SELECT file_name AS last, file_offset AS offset FROM pg_walfile_name_offset(pg_current_wal_insert_lsn())`,
    )
    const { last, offset } = position.rows[0]!
    // Up to the end of the page holding the position (at a segment's very start the name is the one before).
    const lastBytes = offset === 0 ? Infinity : (Math.floor(offset / WAL_PAGE_BYTES) + 1) * WAL_PAGE_BYTES
    const wal = trimWal(new Uint8Array(await dump.arrayBuffer()), (segment) => (segment < first || segment > last ? 0 : segment === last ? lastBytes : Infinity))
    return withoutFreeSpaceMaps(wal)
  }

  /**
   * `onQueryStart` hears each query's index just before it runs, with the answers of the queries before it
   * (a watchdog times queries one by one, and keeps what finished if one runs away).
   */
  async runCase(job: CaseJob, onQueryStart?: (query: number, before: QueryOutcome[]) => void): Promise<CaseOutcome> {
    const db = this.db
    if (db.isInTransaction()) await db.exec('ROLLBACK')
    await this.writeLayersFor(job)
    const order = job.variant?.rowOrder
    const { schema, stored, searchPath, setupSql } = await this.placeOf(job)
    // A rolled-back write still clears the visibility map of the pages it touched, and plans (index-only
    // scans, CREATE INDEX's estimates) read it: a drill starts from its tables as built. Cheap when nothing
    // changed (VACUUM skips all-visible pages); VACUUM cannot run inside the transaction or with other statements.
    // INDEX_CLEANUP ON: with dead rows on under 2% of the pages (a case's few rolled-back inserts), VACUUM would
    // skip the indexes and leave those pages not all-visible, and an index-only scan would visit them.
    if (job.indexable?.length) await db.exec(`VACUUM (INDEX_CLEANUP ON) ${job.indexable.map((t) => `${quoteIdent(schema)}.${quoteIdent(t)}`).join(', ')}`)
    // One round trip opens the run, runs the setup and makes the rest of the transaction read-only (a
    // reordered run's rewrite needs the transaction open first).
    let begin = `BEGIN; SET LOCAL search_path TO ${searchPath}; ${RUN_LIMITS}\n`
    try {
      if (order && !stored) {
        await db.exec(begin)
        begin = ''
        const named = await mentionedTables(db, job.schema || 'public', [job.setup ?? '', ...job.queries.map((q) => q.sql)].join('\n'))
        await reorderTables(db, named.map(quoteIdent), order)
      }
      const planner = Object.entries(job.variant?.planner ?? {}).map(([name, value]) => `SELECT set_config(${quoteLiteral(name)}, ${quoteLiteral(value)}, true);\n`)
      // Case setups are trusted: skipping foreign-key triggers makes bulk deletes cheap.
      const setup = setupSql ? `SET LOCAL session_replication_role = replica;\n${setupSql}\n;SET LOCAL session_replication_role = origin;\n` : ''
      const access = job.writable ? grantWrites(schema, job.writable) : job.indexable ? lendTables(schema, job.indexable) : 'SET TRANSACTION READ ONLY;'
      const failed = await tryExec(db, `${begin}${planner.join('')}${setup}${access} ${ENTER_SANDBOX_SQL}`)
      if (!db.isInTransaction()) {
        this.compromised = 'the setup ended the transaction'
        return { ok: false, failure: { kind: 'setup_failed', error: { sqlstate: '25000', message: 'the setup ended the transaction' } } }
      }
      if (failed) return { ok: false, failure: { kind: 'setup_failed', error: failed } }
      const results: QueryOutcome[] = []
      for (const [i, query] of job.queries.entries()) {
        const policy = query.script || query.drill ? null : await this.decisionOn(query.sql, query.allow)
        if (policy && !policy.ok) {
          results.push(policy.outcome)
          continue
        }
        // A savepoint lets the next query run after this one fails (or wrote); the last query needs none.
        const isLast = i === job.queries.length - 1
        if (!isLast) await db.exec('SAVEPOINT run_query')
        onQueryStart?.(i, results)
        const { outcome, fault } = policy
          ? await runCappedQuery(db, policy.sql, query.maxRows)
          : query.drill
            ? await runDrill(db, { ...query, drill: query.drill })
            : await runScript(db, schema, { ...query, script: query.script! })
        results.push(outcome)
        if (fault) {
          // The answer is reported; the instance is not trusted with another query.
          this.compromised = fault
          return { ok: true, results }
        }
        if (!db.isInTransaction()) {
          this.compromised = 'a query ended the run transaction'
          return { ok: false, failure: { kind: 'crashed', message: 'the query ended the run transaction' } }
        }
        if (!isLast) await db.exec('ROLLBACK TO SAVEPOINT run_query')
      }
      return { ok: true, results }
    } finally {
      if (db.isInTransaction()) await db.exec('ROLLBACK')
    }
  }

  async close(): Promise<void> {
    await this.db.close()
  }

  /**
   * Each schema's relation files, as paths in the data directory: its tables, indexes and sequences, and
   * its tables' TOAST tables and their indexes (which live in pg_toast). To split a snapshot by dataset.
   */
  async relationFiles(schemas: string[]): Promise<Record<string, string[]>> {
    const { rows } = await this.db.query<{ schema: string; path: string }>(
      `WITH own AS (
         SELECT n.nspname AS schema, c.oid, c.reltoastrelid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = ANY($1)
       ), toast AS (SELECT schema, reltoastrelid AS oid FROM own WHERE reltoastrelid <> 0),
       toast_index AS (SELECT t.schema, i.indexrelid AS oid FROM toast t JOIN pg_index i ON i.indrelid = t.oid)
       SELECT schema, pg_relation_filepath(oid) AS path
       FROM (SELECT schema, oid FROM own UNION ALL SELECT * FROM toast UNION ALL SELECT * FROM toast_index) r
       WHERE pg_relation_filepath(oid) IS NOT NULL`,
      [schemas],
    )
    const files: Record<string, string[]> = Object.fromEntries(schemas.map((s) => [s, []]))
    for (const r of rows) files[r.schema]!.push(r.path)
    return files
  }

  /**
   * Writes the relation files of the job's dataset, and of any other dataset its SQL names, if they are not
   * written yet. Between runs, before any query has read those relations (a query naming a dataset by an
   * escaped name still finds no files: an error, for whoever writes that).
   */
  private async writeLayersFor(job: CaseJob): Promise<void> {
    if (!this.missingLayers.size) return
    const sql = [job.setup ?? '', ...job.queries.map((q) => q.sql)].join('\n')
    const wanted = [...this.missingLayers].filter(([schema]) => schema === job.schema || namesSchema(sql, schema))
    if (!wanted.length) return
    const { rows } = await this.db.query<{ dir: string }>('SELECT current_setting($1) AS dir', ['data_directory'])
    for (const [schema, url] of wanted) {
      const { data, gzip } = await fetchArchive(url, `the dataset "${schema}"`)
      const tar = gzip ? await gunzip(data) : new Uint8Array(data)
      for (const file of layerFiles(tar)) this.db.Module.FS.writeFile(`${rows[0]!.dir}${file.path}`, file.data)
      this.missingLayers.delete(schema)
    }
  }

  /**
   * Where a job runs: its dataset's schema, or the copy stored in the job's row order; the search path, which
   * puts a kept setup's tables first; and the setup still to run in the transaction. Schemas derived from the
   * dataset serve jobs that only read (their copies have no foreign keys) and are made on first use, unless a
   * query names the dataset's schema (`shop.orders` would read past them): that job is reordered and set up
   * inside its run, as a job that writes is.
   */
  private async placeOf(job: CaseJob): Promise<{ schema: string; stored: boolean; searchPath: string; setupSql: string | undefined }> {
    const order = job.variant?.rowOrder
    const qualified = job.queries.some((q) => namesSchema(q.sql, job.schema || 'public'))
    // Derived schemas have no foreign keys, and a query naming the dataset's schema would read past them.
    const derivable = !job.writable && !job.indexable && !qualified
    const copy = order && job.schema && !qualified ? orderedCopySchema(job.schema, order) : null
    if (copy && derivable && !this.orderedCopies.has(copy) && !this.derivedCopies.has(copy)) {
      await buildOrderedCopy(this.db, job.schema, order!, copy)
      this.derivedCopies.add(copy)
    }
    const stored = copy !== null && (this.orderedCopies.has(copy) || (derivable && this.derivedCopies.has(copy)))
    const schema = stored ? copy : job.schema || 'public'
    const kept = job.keepSetup && job.setup && derivable && !order ? await this.keptSetup(schema, job.setup) : null
    return {
      schema,
      stored,
      searchPath: kept ? `${quoteIdent(kept)}, ${quoteIdent(schema)}` : quoteIdent(schema),
      setupSql: kept ? undefined : job.setup,
    }
  }

  /** checkStatement's decision, remembered: a Submit checks the same query on every case (a parse each time). */
  private async decisionOn(sql: string, allow: StatementKind[] | undefined): Promise<PolicyDecision> {
    const key = `${allow?.join() ?? ''}\n${sql}`
    let decision = this.decisions.get(key)
    if (!decision) {
      if (this.decisions.size >= 32) this.decisions.clear()
      this.decisions.set(key, (decision = await checkStatement(sql, allow)))
    }
    return decision
  }

  /** The schema holding what `setup` leaves of `schema`'s tables, made the first time (see derived-schemas.ts). */
  private async keptSetup(schema: string, setup: string): Promise<string | null> {
    const key = `${schema}\n${setup}`
    if (!this.keptSetups.has(key)) {
      const target = `${schema}__kept_${this.keptSetups.size + 1}`
      // A setup that fails here fails again in the run, which reports it as the case's setup failure.
      const made = await buildKeptSetup(this.db, schema, setup, target).catch(() => false)
      this.keptSetups.set(key, made ? target : null)
    }
    return this.keptSetups.get(key)!
  }
}

/**
 * Nothing here creates a database (and a run could not: CREATE DATABASE cannot run in a transaction), so the
 * template databases are 15 MB of every snapshot that would only be unpacked and held in memory.
 */
async function dropTemplateDatabases(db: PGlite): Promise<void> {
  await db.exec(`UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')`)
  // DROP DATABASE cannot run inside a transaction block, which a multi-statement exec is.
  for (const name of ['template0', 'template1']) await db.exec(`DROP DATABASE IF EXISTS ${name}`)
}

/** The data directory a source starts from (a snapshot, fetched if need be), or undefined for a new one. */
function snapshotOf(source: DatabaseSource): Blob | undefined {
  if (source.kind === 'snapshot-url') return downloadingSnapshot(source.url)
  const data = source.kind === 'snapshot' ? source.data : source.kind === 'script' ? source.base : undefined
  return data && new Blob([data as Uint8Array<ArrayBuffer>])
}

/**
 * A snapshot still downloading, as PGlite reads it: it asks for the bytes (`arrayBuffer()`, then `type` to know
 * gzip) only once its WebAssembly is loaded, so the download and that load overlap instead of queueing. Whether
 * the bytes are gzip shows in them: a server may have decompressed a .tar.gz on the way (Content-Encoding).
 */
function downloadingSnapshot(url: string): Blob {
  const snapshot = { type: '', arrayBuffer: (): Promise<ArrayBuffer> => bytes }
  const bytes = fetchArchive(url, 'the database').then(({ data, gzip }) => {
    snapshot.type = gzip ? 'application/gzip' : 'application/x-tar'
    return data
  })
  bytes.catch(() => undefined) // reported when PGlite asks for the bytes; PGlite may fail before it does
  return snapshot as unknown as Blob
}

/** A tar from `url`, and whether it is gzip (told from its bytes: a server may have decompressed a .tar.gz on the way). */
async function fetchArchive(url: string, what: string): Promise<{ data: ArrayBuffer; gzip: boolean }> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`could not load ${what} (HTTP ${res.status})`)
  const data = await (await res.blob()).arrayBuffer()
  const head = new Uint8Array(data, 0, Math.min(2, data.byteLength))
  return { data, gzip: head[0] === 0x1f && head[1] === 0x8b }
}

async function gunzip(data: ArrayBuffer): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer())
}

/** A write task's privileges, for this transaction only: write its tables, create tables beside them. */
function grantWrites(schema: string, tables: string[]): string {
  const names = tables.map((t) => `${quoteIdent(schema)}.${quoteIdent(t)}`).join(', ')
  return `${names ? `GRANT INSERT, UPDATE, DELETE, TRUNCATE ON TABLE ${names} TO ${LEARNER_ROLE}; ` : ''}GRANT CREATE ON SCHEMA ${quoteIdent(schema)} TO ${LEARNER_ROLE};`
}

/**
 * A drill's tables, for this transaction only, owned by the role its index statements run as (index creation
 * needs ownership). The transaction stays read-write for the indexes; the learner role still only reads.
 */
function lendTables(schema: string, tables: string[]): string {
  const alter = tables.map((t) => `ALTER TABLE ${quoteIdent(schema)}.${quoteIdent(t)} OWNER TO ${INDEXER_ROLE};`).join(' ')
  return `${alter} GRANT USAGE, CREATE ON SCHEMA ${quoteIdent(schema)} TO ${INDEXER_ROLE};`
}

/**
 * A trusted setup script (sqlprep compare). It runs in one implicit transaction, so its own transaction
 * control would silently discard it or leave it open: both are refused with the setup named as the cause.
 */
async function runSetupScript(db: PGlite, sql: string): Promise<void> {
  if (await discardsItself(sql))
    throw new SetupScriptError('it contains ROLLBACK or ABORT, which would discard what it creates (a setup runs as one transaction)')
  const failed = await tryExec(db, sql)
  if (failed) throw new SetupScriptError(`${failed.message} (SQLSTATE ${failed.sqlstate})`)
  if (db.isInTransaction()) throw new SetupScriptError('it leaves a transaction open (BEGIN without COMMIT)')
}

async function discardsItself(sql: string): Promise<boolean> {
  if (!/rollback|abort/i.test(sql)) return false
  const { tokens } = await scan(sql)
  return tokens.some((t) => t.keywordKind !== 0 && /^(rollback|abort)$/i.test(t.text))
}

/** The trusted setup script itself failed (as opposed to the engine). */
export class SetupScriptError extends Error {
  constructor(reason: string) {
    super(`the setup script failed: ${reason}`)
    this.name = 'SetupScriptError'
  }
}

async function tryExec(db: PGlite, sql: string): Promise<SqlError | null> {
  try {
    await db.exec(sql)
    return null
  } catch (e) {
    const err = e as { code?: string; message: string; position?: string; hint?: string }
    return { sqlstate: err.code ?? 'XX000', message: err.message, ...(err.hint ? { hint: err.hint } : {}) }
  }
}
