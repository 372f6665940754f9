import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAllDatasets } from '../../src/engine/node/dataset-files.ts'
import { datasetsLayeredSnapshot, datasetsSnapshot } from '../../src/engine/node/snapshot-cache.ts'
import { PgliteSession } from '../../src/engine/pglite-session.ts'
import type { CaseJob } from '../../src/engine/types.ts'
import type { LayeredSnapshot } from '../../src/engine/snapshot-layers.ts'
import { tarEntries } from '../../src/engine/tar.ts'
import { MINI_CHECKSUM, only } from '../support/engines.ts'
import { FIXTURE_DATASETS_DIR } from '../support/fixture-paths.ts'

// The fixtures' snapshot split into a base and a layer per dataset ("mini", "bulk"), served over HTTP as the
// page's engine worker fetches them: the base at start, a layer when a run first reads its dataset.

let full: Uint8Array
let split: LayeredSnapshot
let server: Server
let base = ''
const requests: string[] = []
beforeAll(async () => {
  const datasets = await readAllDatasets(FIXTURE_DATASETS_DIR)
  full = await datasetsSnapshot(datasets)
  split = await datasetsLayeredSnapshot(datasets)
  const files: Record<string, Uint8Array> = {
    '/base.tar.gz': gzipSync(split.base),
    '/mini.tar.gz': gzipSync(split.layers.mini!),
    '/bulk.tar': split.layers.bulk!,
  }
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const file = files[req.url ?? '']
    if (file) res.writeHead(200).end(file)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const names = (tar: Uint8Array) => [...tarEntries(tar)].map((e) => e.name)

describe('a snapshot split by dataset', () => {
  it('moves each dataset’s relation files, TOAST included, to its layer and keeps every other file in the base, byte for byte', async () => {
    const layerNames = new Set(Object.values(split.layers).flatMap(names))
    expect([...names(split.base), ...layerNames].sort()).toEqual(names(full).sort())
    expect(names(split.base).filter((n) => layerNames.has(n))).toEqual([])
    // bulk.readings has a text column, so a TOAST table (in schema pg_toast) and its index.
    const whole = await PgliteSession.open({ kind: 'snapshot', data: full })
    const toast = only(
      await whole.runCase({
        schema: 'bulk',
        queries: [{ sql: `select pg_relation_filepath(t.oid), pg_relation_filepath(i.indexrelid) from pg_class t join pg_index i on i.indrelid = t.oid where t.oid = (select reltoastrelid from pg_class where oid = 'bulk.readings'::regclass)`, maxRows: 1 }],
      }),
    )
    await whole.close()
    expect(toast.kind === 'rows' && toast.result.rows[0]!.every((path) => names(split.layers.bulk!).includes(`/${path}`))).toBe(true)
    const bytes = new Map([...tarEntries(full)].map((e) => [e.name, e.data]))
    const changed = [split.base, ...Object.values(split.layers)].flatMap((tar) => [...tarEntries(tar)].filter((e) => !Buffer.from(e.data).equals(bytes.get(e.name)!)))
    expect(changed.map((e) => e.name)).toEqual([])
  })
})

describe('a session started from the base with layers', () => {
  const source = () => ({ kind: 'snapshot-url' as const, url: `${base}/base.tar.gz`, layers: { mini: `${base}/mini.tar.gz`, bulk: `${base}/bulk.tar` } })

  it('fetches a dataset’s layer when a run first reads it, once, and reads the same rows as the full snapshot', async () => {
    requests.length = 0
    const session = await PgliteSession.open(source())
    const whole = await PgliteSession.open({ kind: 'snapshot', data: full })
    try {
      expect(requests).toEqual(['/base.tar.gz'])
      const rows = async (s: PgliteSession, job: CaseJob) => {
        const outcome = only(await s.runCase(job))
        return outcome.kind === 'rows' ? outcome.result.rows : outcome
      }
      const checksum = { schema: 'mini', queries: [{ sql: MINI_CHECKSUM, maxRows: 1 }] }
      expect(await rows(session, checksum)).toEqual(await rows(whole, checksum))
      expect(await rows(session, checksum)).toEqual(await rows(whole, checksum))
      expect(requests).toEqual(['/base.tar.gz', '/mini.tar.gz'])
      const bulk = { schema: 'bulk', queries: [{ sql: `select count(*), sum(length(note)), sum(reading_id) filter (where sensor_id = 3) from readings`, maxRows: 1 }] }
      expect(await rows(session, bulk)).toEqual(await rows(whole, bulk))
      expect(requests).toEqual(['/base.tar.gz', '/mini.tar.gz', '/bulk.tar'])
    } finally {
      await Promise.all([session.close(), whole.close()])
    }
  })

  it('fetches the layer of another dataset a query names by its schema', async () => {
    requests.length = 0
    const session = await PgliteSession.open(source())
    try {
      const outcome = only(await session.runCase({ schema: 'mini', queries: [{ sql: 'select count(*) from bulk.readings', maxRows: 1 }] }))
      expect(outcome.kind).toBe('rows')
      expect(requests).toEqual(['/base.tar.gz', '/mini.tar.gz', '/bulk.tar'])
    } finally {
      await session.close()
    }
  })

  it('fails the run with the dataset and the HTTP status when a layer cannot be fetched', async () => {
    const session = await PgliteSession.open({ ...source(), layers: { mini: `${base}/missing.tar.gz` } })
    try {
      await expect(session.runCase({ schema: 'mini', queries: [{ sql: 'select 1', maxRows: 1 }] })).rejects.toThrow('could not load the dataset "mini" (HTTP 404)')
    } finally {
      await session.close()
    }
  })
})
