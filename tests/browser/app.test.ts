import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { freshBrowserPerTest, launch, openPage, openProblem, progressSaved, setQuery, solvedCount, verdictAfter } from './support/browser.ts'
import { RUNAWAY_COUNT } from '../support/runaway.ts'

// The built app in real headless Chromium, served by `vite preview`. Each test starts a fresh browser (its
// own profile: empty progress, no service worker), so each runs alone and in any order.

const appUrl = inject('appUrl')
const origin = new URL(appUrl).origin
const SLUG = 'customers-without-orders'
// cancellation-rates-by-city reads the rides dataset (SLUG reads shop).
const OTHER_DATASET_CORRECT = `select c.name as city_name, count(*) as requests,
  round(100.0 * count(*) filter (where t.status = 'cancelled_by_rider') / count(*), 1) as rider_cancel_pct,
  round(100.0 * count(*) filter (where t.status = 'cancelled_by_driver') / count(*), 1) as driver_cancel_pct,
  round(100.0 * count(*) filter (where t.status = 'no_driver') / count(*), 1) as no_driver_pct
from trips t join cities c on c.city_id = t.city_id
where t.requested_at >= '2025-01-01' and t.requested_at < '2025-04-01'
group by c.name order by c.name`
const CORRECT = `select c.customer_id, c.full_name, c.signup_date from customers c
where not exists (select 1 from orders o where o.customer_id = c.customer_id)
order by c.signup_date, c.customer_id`

const browser = freshBrowserPerTest()
let context: BrowserContext
let page: Page
beforeEach(() => ({ context, page } = browser))

/** Solves one problem with Submit and waits until that progress is in IndexedDB. */
async function solveOne(): Promise<void> {
  await openProblem(page, appUrl, SLUG)
  await setQuery(page, CORRECT)
  expect(await verdictAfter(page, 'submit')).toBe('accepted')
  await progressSaved(page)
}

describe('the practice app in Chromium', () => {
  it('lists the problems, solves one with Submit, counts it, and keeps it solved after a reload', async () => {
    await page.goto(appUrl)
    await page.waitForSelector('[data-testid=problem-row]')
    expect(await page.locator('[data-testid=problem-row]').count()).toBeGreaterThanOrEqual(30)
    expect(await solvedCount(page)).toBe(0)

    await page.click(`a[href="#/p/${SLUG}"]`)
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, CORRECT)
    expect(await verdictAfter(page, 'submit')).toBe('accepted')
    expect(await solvedCount(page)).toBe(1)

    await progressSaved(page)
    await page.reload()
    await page.waitForSelector('[data-testid=solved-count]')
    await expect.poll(() => solvedCount(page)).toBe(1)
  })

  it('shows a wrong answer with the failing case and the rows that differ', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, CORRECT.replace('not exists', 'exists'))
    expect(await verdictAfter(page, 'submit')).toBe('wrong_answer')
    await expect.poll(() => page.locator('[data-testid=diff-missing] tbody tr').count()).toBeGreaterThan(0)
    expect(await page.textContent('[data-testid=diff-message]')).toMatch(/expected rows? (is|are) missing/)
  })

  it('reports a syntax error with its position underlined in the editor', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, 'select customer_id,\nfrom customers')
    expect(await verdictAfter(page, 'run')).toBe('error')
    expect(await page.textContent('[data-testid=output]')).toContain('syntax error at or near "from"')
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 10_000 })
  })

  it('stops a runaway query with a timeout verdict, keeps the page usable, and the next Run works', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, RUNAWAY_COUNT)
    const before = Number(await page.getAttribute('[data-testid=output]', 'data-seq'))
    await page.click('[data-testid=run]')
    // The query runs in the engine's worker: the page still takes input and answers.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid=problem-row], .statement h1').length)).toBeGreaterThan(0)
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=output]')?.getAttribute('data-seq')) > n, before, { timeout: 20_000 })
    expect(await page.getAttribute('[data-testid=output]', 'data-verdict')).toBe('timeout')

    await setQuery(page, CORRECT)
    expect(await verdictAfter(page, 'run')).toBe('accepted')
    expect(await page.locator('[data-testid=run-actual] tbody tr').count()).toBeGreaterThan(0)
  })

  it('runs a query without handing out the answer: own rows, the example checked, expected rows only on request and recorded', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, 'select customer_id, full_name, signup_date from customers order by signup_date, customer_id')
    expect(await verdictAfter(page, 'run')).toBe('wrong_answer')
    expect(await page.locator('[data-testid=run-actual] tbody tr').count()).toBeGreaterThan(0)
    expect(await page.textContent('[data-testid=run-example]')).toContain('example')
    expect(await page.locator('[data-testid=run-expected]').count()).toBe(0)
    const revealed = () =>
      page.evaluate(() => (window as unknown as { __sqlprepStore: { allEvents(): { type: string }[] } }).__sqlprepStore.allEvents().filter((e) => e.type === 'expected_revealed').length)
    expect(await revealed()).toBe(0)
    await page.click('[data-testid=reveal-expected]')
    await page.waitForSelector('[data-testid=run-expected] tbody tr')
    expect(await revealed()).toBe(1)
  })

  it('exports progress to a file and imports it into a fresh browser', async () => {
    await solveOne()
    await page.goto(`${appUrl}#/dashboard`)
    const download = page.waitForEvent('download')
    await page.click('[data-testid=export]')
    const file = await (await download).path()
    const exported = JSON.parse(readFileSync(file, 'utf8'))
    expect(exported.format).toBe('sqlprep-progress')

    const other = await launch()
    try {
      const fresh = await openPage(other)
      await fresh.goto(`${appUrl}#/dashboard`)
      await fresh.waitForSelector('[data-testid=solved-count]')
      expect(await solvedCount(fresh)).toBe(0)
      await fresh.setInputFiles('[data-testid=import-file]', file)
      await fresh.waitForSelector('[data-testid=import-message]')
      expect(await fresh.textContent('[data-testid=import-message]')).toMatch(/^Imported \d+ new entries/)
      await expect.poll(() => solvedCount(fresh)).toBe(1)
    } finally {
      await other.close()
    }
  })

  it('sets a corrupt progress entry aside with a visible message and keeps the rest', async () => {
    await solveOne()
    await page.goto(appUrl)
    await page.waitForSelector('[data-testid=solved-count]')
    await expect.poll(() => solvedCount(page)).toBe(1)
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('sqlprep')
          open.onsuccess = () => {
            const tx = open.result.transaction('events', 'readwrite')
            tx.objectStore('events').put({ id: 'garbage', type: 'submitted', verdict: 'maybe' }, 'garbage')
            tx.oncomplete = () => resolve()
            tx.onerror = () => reject(tx.error)
          }
        }),
    )
    await page.reload()
    await page.waitForSelector('.notice')
    expect(await page.textContent('.notice')).toContain('1 unreadable progress entry was set aside')
    expect(await solvedCount(page)).toBe(1)
  })

  it('shows progress made in another tab without overwriting it', async () => {
    await solveOne()
    const other = await context.newPage()
    try {
      await other.goto(appUrl)
      await other.waitForSelector('[data-testid=solved-count]')
      await openProblem(page, appUrl, 'runner-up-salary')
      await setQuery(page, `select max(salary) as second_salary from employees where termination_date is null
        and salary < (select max(salary) from employees where termination_date is null)`)
      expect(await verdictAfter(page, 'submit')).toBe('accepted')
      await expect.poll(() => solvedCount(other)).toBe(2)
      await other.reload()
      await other.waitForSelector('[data-testid=solved-count]')
      await expect.poll(() => solvedCount(other)).toBe(2)
    } finally {
      await other.close()
    }
  })

  it('makes no request outside its own origin while listing, opening, running and submitting', async () => {
    const requests: string[] = []
    context.on('request', (r) => requests.push(r.url()))
    await page.goto(appUrl)
    await page.waitForSelector('[data-testid=problem-row]')
    await solveOne()
    expect(await verdictAfter(page, 'run')).toBe('accepted')
    await page.goto(`${appUrl}#/dashboard`)
    await page.waitForSelector('[data-testid=export]')
    expect(requests.length).toBeGreaterThan(10)
    const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
    expect(outside).toEqual([])
  })

  it('still works with the network cut after a first visit, on a problem of a dataset that visit never opened', async () => {
    await page.goto(appUrl)
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }))
      return reg.active?.state
    })
    await context.setOffline(true)
    try {
      await page.reload()
      await openProblem(page, appUrl, SLUG)
      await setQuery(page, CORRECT)
      expect(await verdictAfter(page, 'run')).toBe('accepted')
      // Its dataset's layer of the database is fetched only when a run first reads it: from the offline copy.
      await openProblem(page, appUrl, 'cancellation-rates-by-city')
      await setQuery(page, OTHER_DATASET_CORRECT)
      expect(await verdictAfter(page, 'submit')).toBe('accepted')
    } finally {
      await context.setOffline(false)
    }
  })
})
