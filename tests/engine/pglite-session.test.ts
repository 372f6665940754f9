import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAllDatasets } from '../../src/engine/node/dataset-files.ts'
import { datasetsSnapshot } from '../../src/engine/node/snapshot-cache.ts'
import { PgliteSession } from '../../src/engine/pglite-session.ts'
import { FIXTURE_DATASETS_DIR } from '../support/fixture-paths.ts'
import { only } from '../support/engines.ts'

// A session started from a snapshot it fetches itself (the page's engine worker: the page never holds the
// snapshot), served here over HTTP.

let server: Server
let base = ''
const requests: string[] = []
beforeAll(async () => {
  const snapshot = await datasetsSnapshot(await readAllDatasets(FIXTURE_DATASETS_DIR))
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (req.url !== '/database.tar') return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'application/x-tar' }).end(snapshot)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('PgliteSession.open from a snapshot URL', () => {
  it('fetches the snapshot and opens the database it holds', async () => {
    const session = await PgliteSession.open({ kind: 'snapshot-url', url: `${base}/database.tar` })
    try {
      const outcome = only(await session.runCase({ schema: 'mini', queries: [{ sql: 'select count(*) from depts', maxRows: 1 }] }))
      expect(outcome.kind === 'rows' && outcome.result.rows).toEqual([['3']])
      expect(requests).toContain('/database.tar')
    } finally {
      await session.close()
    }
  })

  it('fails with the HTTP status when the snapshot cannot be fetched', async () => {
    await expect(PgliteSession.open({ kind: 'snapshot-url', url: `${base}/missing.tar` })).rejects.toThrow('could not load the database (HTTP 404)')
  })
})
