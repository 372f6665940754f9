// How pg-mem (the other in-JS "Postgres") does on the bank's reference solutions, measured against PGlite
// on the visible datasets: answers compared under each problem's own grading contract.
import { newDb, type IMemoryDb } from 'pg-mem'
import { InProcessEngine } from '../src/engine/in-process-engine.ts'
import type { RawResult } from '../src/engine/types.ts'
import { quoteLiteral } from '../src/engine/load-datasets.ts'
import { compareResults } from '../src/grader/compare.ts'
import { kindOf } from '../src/grader/value-kinds.ts'
import type { Repository } from '../src/node/repository.ts'
import { median } from '../src/progress/stats.ts'

export interface PgMemComparison {
  total: number
  correct: number
  wrong: number
  errors: number
  unloadable: string[]
  timedPairs: number
  pgliteMedian: number | null
  pgmemMedian: number | null
  examples: string[]
}

export async function comparePgMem(repo: Repository, snapshot: Uint8Array): Promise<PgMemComparison> {
  const engine = await InProcessEngine.start({ kind: 'snapshot', data: snapshot })
  const dbs = new Map<string, IMemoryDb | null>()
  const r: PgMemComparison = { total: 0, correct: 0, wrong: 0, errors: 0, unloadable: [], timedPairs: 0, pgliteMedian: 0, pgmemMedian: 0, examples: [] }
  for (const d of repo.datasets) {
    const loaded = loadIntoPgMem(d)
    dbs.set(d.name, loaded.ok ? loaded.db : null)
    if (!loaded.ok) r.unloadable.push(`${d.name} (${loaded.error})`)
  }
  const pgliteTimes: number[] = []
  const pgmemTimes: number[] = []

  // Query problems only: a write task's or a drill's reference is a script, which pg-mem's query() does not grade.
  for (const p of repo.problems.filter((q) => q.kind === 'query')) {
    r.total++
    const outcome = await engine.runCase({ schema: p.dataset, queries: [{ sql: p.solution, maxRows: 100_000 }] })
    const ref = outcome.ok && outcome.results[0]!.kind === 'rows' ? outcome.results[0]!.result : null
    if (!ref) throw new Error(`${p.slug}: reference failed in PGlite`)
    const db = dbs.get(p.dataset)
    if (!db) {
      r.errors++
      continue
    }
    let actual: RawResult
    const t = performance.now()
    try {
      const res = db.public.query(p.solution)
      const ms = performance.now() - t
      actual = {
        columns: res.fields.map((f, i) => ({ name: f.name, typeOid: ref.columns[i]?.typeOid ?? 25 })),
        rows: res.rows.map((row: Record<string, unknown>) => res.fields.map((f, i) => toPgText(row[f.name], ref.columns[i]?.typeOid ?? 25))),
        truncated: false,
        ms,
      }
    } catch (e) {
      r.errors++
      if (r.examples.length < 6) r.examples.push(`${p.slug}: error: ${(e as Error).message.split('\n')[0]!.slice(0, 100)}`)
      continue
    }
    const c = compareResults(ref, actual, p.contract)
    if (c.equal) {
      r.correct++
      pgliteTimes.push(ref.ms)
      pgmemTimes.push(actual.ms)
    } else {
      r.wrong++
      if (r.examples.length < 6) r.examples.push(`${p.slug}: wrong result: ${c.diff.message.slice(0, 100)}`)
    }
  }
  await engine.close()
  r.timedPairs = pgliteTimes.length
  r.pgliteMedian = median(pgliteTimes)
  r.pgmemMedian = median(pgmemTimes)
  return r
}

/** The dataset in pg-mem, or why pg-mem cannot hold it (its DDL or data is beyond what it supports). */
function loadIntoPgMem(dataset: Repository['datasets'][number]): { ok: true; db: IMemoryDb } | { ok: false; error: string } {
  try {
    const db = newDb()
    db.public.none(dataset.schemaSql)
    for (const t of dataset.tables) {
      const [header, ...rows] = parseCsv(t.csv)
      for (let i = 0; i < rows.length; i += 200) {
        const values = rows
          .slice(i, i + 200)
          .map((row) => `(${row.map((v) => (v === null ? 'NULL' : quoteLiteral(v))).join(', ')})`)
        db.public.none(`insert into ${t.name} (${header!.join(', ')}) values ${values.join(', ')}`)
      }
    }
    return { ok: true, db }
  } catch (e) {
    return { ok: false, error: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 120) }
  }
}

function toPgText(v: unknown, typeOid: number): string | null {
  if (v === null || v === undefined) return null
  if (v instanceof Date) {
    const iso = v.toISOString()
    return kindOf(typeOid) === 'date' ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ') + (iso.slice(19, 23) === '.000' ? '' : iso.slice(19, 23))
  }
  if (typeof v === 'boolean') return v ? 't' : 'f'
  if (Array.isArray(v)) return `{${v.join(',')}}`
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

/** RFC 4180; an empty unquoted field is NULL. */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = []
  let row: (string | null)[] = []
  let i = 0
  while (i < text.length) {
    if (text[i] === '"') {
      let value = ''
      i++
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"'
          i += 2
        } else if (text[i] === '"') {
          i++
          break
        } else value += text[i++]
      }
      row.push(value)
    } else {
      let j = i
      while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++
      row.push(j === i ? null : text.slice(i, j))
      i = j
    }
    if (text[i] === ',') i++
    else {
      if (text[i] === '\r') i++
      if (text[i] === '\n') i++
      rows.push(row)
      row = []
    }
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === null))
}
