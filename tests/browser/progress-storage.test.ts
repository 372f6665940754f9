import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { freshBrowserPerTest, solvedCount } from './support/browser.ts'

// How progress lies in IndexedDB: an import is kept in a few records (100,000 single puts take ~15 s in
// Chromium), two imports never overwrite each other, a database written by the previous version (one record
// per event) opens with nothing lost, and a damaged import record is set aside with a reason while the rest
// loads.

const appUrl = inject('appUrl')
const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

// The v1 test writes its database before the app has loaded the bank, so it reads a problem's id from disk.
const PROBLEMS = fileURLToPath(new URL('../../problems/', import.meta.url))
function problemIdOnDisk(slug: string): string {
  const folder = readdirSync(PROBLEMS, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith(`-${slug}`))!
  return /^id: (\S+)$/m.exec(readFileSync(join(PROBLEMS, folder, 'problem.md'), 'utf8'))![1]!
}

const dir = mkdtempSync(join(tmpdir(), 'sqlprep-storage-'))
function progressFile(name: string, events: object[]): string {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify({ format: 'sqlprep-progress', version: 1, exportedAt: Date.now(), events }))
  return path
}

/** `count` active-time events and one accepted submission, all in the past, with ids starting with `prefix`. */
function solvingEvents(prefix: string, problemId: string, count: number): object[] {
  const start = Date.now() - 2 * count * 1000
  return [
    ...Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, type: 'active', problemId, at: start + i * 1000, ms: 1000 })),
    { id: `${prefix}-accept`, type: 'submitted', problemId, at: start + count * 1000, verdict: 'accepted' },
  ]
}

async function firstProblemId(target = page): Promise<string> {
  await target.waitForFunction(() => (window as unknown as { __sqlprepBank?: unknown }).__sqlprepBank)
  return target.evaluate(() => (window as unknown as { __sqlprepBank: { problems: { id: string }[] } }).__sqlprepBank.problems[0]!.id)
}

async function importFile(path: string, target = page): Promise<string> {
  await target.goto(`${appUrl}#/dashboard`)
  await target.waitForSelector('[data-testid=solved-count][data-loaded=true]', { timeout: 120_000 })
  await target.setInputFiles('[data-testid=import-file]', path)
  await target.waitForSelector('[data-testid=import-message]', { timeout: 120_000 })
  return (await target.textContent('[data-testid=import-message]')) ?? ''
}

/** Reloads the app and returns the ids of the log it loaded (with the bank loaded too, so the header counts). */
async function reloadedEventIds(): Promise<string[]> {
  await page.reload()
  await page.waitForSelector('[data-testid=solved-count][data-loaded=true]', { timeout: 120_000 })
  await firstProblemId()
  return page.evaluate(() =>
    (window as unknown as { __sqlprepStore: { allEvents(): { id: string }[] } }).__sqlprepStore.allEvents().map((e) => e.id),
  )
}

/** Every record of one store of the app's database (which must exist already). */
function storedRecords(store: string): Promise<[string, unknown][]> {
  return page.evaluate(
    (name) =>
      new Promise<[string, unknown][]>((resolve, reject) => {
        const open = indexedDB.open('sqlprep')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(name, 'readonly')
          const keys = tx.objectStore(name).getAllKeys()
          const values = tx.objectStore(name).getAll()
          tx.oncomplete = () => {
            db.close()
            resolve(keys.result.map((k, i): [string, unknown] => [String(k), values.result[i]]))
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    store,
  )
}

/** How many records the app's database holds, over all its stores. */
function recordCount(): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sqlprep')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction([...db.objectStoreNames], 'readonly')
          const counts = [...db.objectStoreNames].map((name) => tx.objectStore(name).count())
          tx.oncomplete = () => {
            db.close()
            resolve(counts.reduce((sum, c) => sum + c.result, 0))
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

/** Writes records into the app's 'chunks' store, as another tab, a damaged disk or an older bug could. */
function putChunks(records: [string, unknown][]): Promise<void> {
  return page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sqlprep')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('chunks', 'readwrite')
          for (const [key, value] of entries) tx.objectStore('chunks').put(value, key)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    records,
  )
}

/** Writes a database as sqlprep's version 1 did (stores 'events' and 'quarantine', one record per event),
 * from a blank page of the app's origin, before the app has ever opened it. */
async function writeVersion1Database(events: object[], quarantined: [string, unknown][]): Promise<void> {
  const blank = new URL('v1-writer.html', appUrl).href
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>v1 writer</title>' }))
  await page.goto(blank)
  await page.evaluate(
    ({ events, quarantined }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sqlprep', 1)
        open.onerror = () => reject(open.error)
        open.onupgradeneeded = () => {
          open.result.createObjectStore('events')
          open.result.createObjectStore('quarantine')
        }
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['events', 'quarantine'], 'readwrite')
          for (const e of events as { id: string }[]) tx.objectStore('events').put(e, e.id)
          for (const [key, value] of quarantined) tx.objectStore('quarantine').put(value, key)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { events, quarantined },
  )
  await page.unroute(blank)
}

describe('progress storage', () => {
  it('keeps a 100,000-event import in a few records and loads all 100,001 events from them after a reload', async () => {
    await page.goto(appUrl)
    const events = solvingEvents('bulk', await firstProblemId(), 100_000)
    expect(await importFile(progressFile('bulk.json', events))).toBe('Imported 100001 new entries.')
    expect(await recordCount()).toBeLessThanOrEqual(25)
    const ids = await reloadedEventIds()
    expect(ids.length).toBe(100_001)
    expect(ids).toEqual(events.map((e) => (e as { id: string }).id)) // and in time order
    expect(await solvedCount(page)).toBe(1)
  }, 300_000)

  it('keeps both files whole when two tabs import different files at the same time', async () => {
    await page.goto(appUrl)
    const problemId = await firstProblemId()
    const other = await browser.context.newPage()
    const [a, b] = [solvingEvents('tab-a', problemId, 12_000), solvingEvents('tab-b', problemId, 12_000)]
    const messages = await Promise.all([importFile(progressFile('a.json', a), page), importFile(progressFile('b.json', b), other)])
    expect(messages).toEqual(['Imported 12001 new entries.', 'Imported 12001 new entries.'])
    await other.close()
    expect((await reloadedEventIds()).length).toBe(24_002)
  })

  it('loads an event stored twice (the same file imported by two tabs at once) only once', async () => {
    await page.goto(appUrl)
    const events = solvingEvents('twice', await firstProblemId(), 12_000)
    await importFile(progressFile('twice.json', events))
    const chunks = await storedRecords('chunks')
    await putChunks(chunks.map(([key, value], i): [string, unknown] => [`${key}-other-tab-${i}`, value]))
    expect(await recordCount()).toBe(2 * chunks.length)
    expect((await reloadedEventIds()).length).toBe(events.length)
    expect(await solvedCount(page)).toBe(1)
  })

  it('opens a database written by the previous version with every event and every set-aside entry kept', async () => {
    const events = solvingEvents('v1', problemIdOnDisk('runner-up-salary'), 1000)
    const setAsideByV1: [string, unknown] = ['v1-unreadable', { id: 'v1-unreadable', type: 'no-such-type' }]
    await writeVersion1Database([...events, { id: 'v1-garbage', type: 'submitted', verdict: 'maybe' }], [setAsideByV1])
    await page.goto(appUrl)
    await firstProblemId() // the header counts solved problems of the bank, once it has loaded
    expect(await solvedCount(page)).toBe(1)
    await page.waitForSelector('.notice')
    expect(await page.textContent('.notice')).toContain('1 unreadable progress entry was set aside')
    // In time order (the reducer needs it), not in the order of the records' keys (v1-0, v1-1, v1-10, ...).
    const expected = events.map((e) => (e as { id: string }).id)
    expect(await reloadedEventIds()).toEqual(expected)
    expect(new Map(await storedRecords('quarantine'))).toEqual(
      new Map([setAsideByV1, ['v1-garbage', { id: 'v1-garbage', type: 'submitted', verdict: 'maybe' }]]),
    )
    // The upgraded database takes imports too.
    const more = solvingEvents('after-upgrade', await firstProblemId(), 10)
    expect(await importFile(progressFile('more.json', more))).toBe('Imported 11 new entries.')
    expect(await reloadedEventIds()).toEqual([...expected, ...more.map((e) => (e as { id: string }).id)])
  })

  it('sets a damaged import record aside with a reason and loads the rest of the log', async () => {
    await page.goto(appUrl)
    const events = solvingEvents('bulk', await firstProblemId(), 12_000)
    await importFile(progressFile('bulk.json', events))
    const chunks = await storedRecords('chunks')
    expect(chunks.length).toBeGreaterThanOrEqual(2)
    const [firstKey, first] = chunks[0] as [string, object[]]
    const [secondKey, second] = chunks[1] as [string, object[]]
    const garbage = { id: 'garbage', type: 'submitted', verdict: 'maybe' }
    const future = { id: 'future', type: 'opened', problemId: 'p', at: Date.now() + 10 * 24 * 3_600_000 }
    await putChunks([
      [firstKey, [garbage, ...first.slice(1, 3), future, ...first.slice(3)]],
      [secondKey, 'not a list of events'],
    ])
    // The test replaced one event of the first record by garbage; the second record's events are set aside.
    const expected = events.length - 1 - second.length

    expect((await reloadedEventIds()).length).toBe(expected)
    await page.waitForSelector('.notice')
    const notice = await page.textContent('.notice')
    expect(notice).toContain('3 unreadable progress entries were set aside')
    expect(notice).toContain('1 entry is not a valid progress event; 1 entry is dated in the future; 1 imported batch is not a list of events')
    expect(await solvedCount(page)).toBe(1)
    const quarantined = (await storedRecords('quarantine')).map(([, value]) => value)
    expect(quarantined).toHaveLength(3)
    expect(quarantined).toEqual(expect.arrayContaining([garbage, future, 'not a list of events']))

    // Set aside once: the damaged records left the log, and the next visit loads the same log without a notice.
    const after = new Map(await storedRecords('chunks'))
    expect(after.has(secondKey)).toBe(false)
    expect(after.get(firstKey)).toHaveLength(first.length - 1)
    expect((await reloadedEventIds()).length).toBe(expected)
    expect(await page.locator('.notice').count()).toBe(0)
  })
})
