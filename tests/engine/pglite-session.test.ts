import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAllDatasets } from '../../src/engine/node/dataset-files.ts'
import { datasetsSnapshot } from '../../src/engine/node/snapshot-cache.ts'
import { PgliteSession } from '../../src/engine/pglite-session.ts'
import { tarEntries } from '../../src/engine/tar.ts'
import { FIXTURE_DATASETS_DIR } from '../support/fixture-paths.ts'
import { only } from '../support/engines.ts'

// A session started from a snapshot it fetches itself (the page's engine worker: the page never holds the
// snapshot), served here over HTTP.

let server: Server
let base = ''
const requests: string[] = []
beforeAll(async () => {
  const snapshot = await datasetsSnapshot(await readAllDatasets(FIXTURE_DATASETS_DIR))
  const gzipped = gzipSync(snapshot)
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (req.url === '/database.tar') return void res.writeHead(200, { 'content-type': 'application/x-tar' }).end(snapshot)
    if (req.url === '/database.tar.gz') return void res.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipped)
    // As some static servers send a .gz file: the client undoes the encoding, so the bytes arrive as a plain tar.
    if (req.url === '/encoded.tar.gz') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipped)
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('a snapshot', () => {
  it('holds no template database and of its WAL only the written part, and a database started from it writes and snapshots again', async () => {
    // Built here, not read from the snapshot cache: the cache would hold what older code made under the same key.
    const built = await PgliteSession.open({ kind: 'datasets', datasets: await readAllDatasets(FIXTURE_DATASETS_DIR) })
    const first = await built.snapshot()
    await built.close()
    const wal = [...tarEntries(first)].filter((e) => /pg_wal\/[0-9A-F]{24}$/.test(e.name))
    expect(wal).toHaveLength(1)
    expect(wal[0]!.size).toBeLessThan(16 * 1024 * 1024)
    const session = await PgliteSession.open({ kind: 'snapshot', data: first })
    try {
      const databases = only(await session.runCase({ schema: 'mini', queries: [{ sql: 'select datname from pg_database', maxRows: 10 }] }))
      expect(databases.kind === 'rows' && databases.result.rows).toEqual([['postgres']])
      // 40 MB of new rows: the WAL runs past where the snapshot's segment was cut, into new segments.
      await session.applySetupScript(`create table mini.filler as select g, repeat('x', 200) as pad from generate_series(1, 150000) g`)
      const again = await PgliteSession.open({ kind: 'snapshot', data: await session.snapshot() })
      const count = only(await again.runCase({ schema: 'mini', queries: [{ sql: 'select count(*), sum(g) from filler', maxRows: 1 }] }))
      await again.close()
      expect(count.kind === 'rows' && count.result.rows).toEqual([['150000', '11250075000']])
    } finally {
      await session.close()
    }
  })
})

describe('rows a case inserts into a dataset', () => {
  it('are stored after the dataset\'s rows, in the order the setup inserted them, though VACUUM left gaps in its pages they would fit', async () => {
    // Rows of uneven widths: every full page keeps a gap, and a short row fits in most of them.
    const csv = ['id,body', ...Array.from({ length: 800 }, (_, i) => `${i + 1},${'x'.repeat(40 + ((i * 97) % 360))}`)].join('\n')
    const datasets = [{ name: 'gaps', schemaSql: 'create table notes (id integer primary key, body text not null);', tables: [{ name: 'notes', csv }] }]
    const built = await PgliteSession.open({ kind: 'datasets', datasets })
    const session = await PgliteSession.open({ kind: 'snapshot', data: await built.snapshot() })
    await built.close()
    try {
      const setup = [9003, 9001, 9002].map((id) => `insert into notes values (${id}, 'short');`).join('\n')
      const pages = `select id, (ctid::text::point)[0]::int as page from notes order by ctid`
      for (let run = 0; run < 3; run++) {
        const outcome = only(await session.runCase({ schema: 'gaps', setup, queries: [{ sql: pages, maxRows: 1000 }] }))
        const rows = outcome.kind === 'rows' ? outcome.result.rows : []
        expect(rows.slice(-3).map((r) => r[0])).toEqual(['9003', '9001', '9002'])
        const lastDatasetPage = Math.max(...rows.slice(0, -3).map((r) => Number(r[1])))
        expect(Number(rows.at(-3)![1])).toBeGreaterThanOrEqual(lastDatasetPage)
      }
    } finally {
      await session.close()
    }
  })
})

describe('PgliteSession.open from a snapshot URL', () => {
  it.each(['/database.tar', '/database.tar.gz', '/encoded.tar.gz'])('fetches the snapshot at %s and opens the database it holds', async (path) => {
    const session = await PgliteSession.open({ kind: 'snapshot-url', url: `${base}${path}` })
    try {
      const outcome = only(await session.runCase({ schema: 'mini', queries: [{ sql: 'select count(*) from depts', maxRows: 1 }] }))
      expect(outcome.kind === 'rows' && outcome.result.rows).toEqual([['3']])
      expect(requests).toContain(path)
    } finally {
      await session.close()
    }
  })

  it('fails with the HTTP status when the snapshot cannot be fetched', async () => {
    await expect(PgliteSession.open({ kind: 'snapshot-url', url: `${base}/missing.tar` })).rejects.toThrow('could not load the database (HTTP 404)')
  })
})
