import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { freshBrowserPerTest, launch, openPage, openProblem, progressSaved, setQuery, solvedCount, verdictAfter } from './support/browser.ts'

// The dashboard's chart and figures, the plan before it starts, and the export file carrying everything a
// learner would miss in another browser. Each test starts a fresh browser (empty progress).

const appUrl = inject('appUrl')
const SLUG = 'customers-without-orders'
const CORRECT = `select c.customer_id, c.full_name, c.signup_date from customers c
where not exists (select 1 from orders o where o.customer_id = c.customer_id)
order by c.signup_date, c.customer_id`
const DRAFT_SLUG = 'runner-up-salary'
const DRAFT = 'select max(salary) as second_salary -- still thinking'

const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

interface StoreWindow {
  __sqlprepStore: { allEvents(): { type: string; sql?: string }[] }
}

describe('the dashboard and the learner’s data in Chromium', () => {
  it('draws the learner’s own line on the milestone chart, and no “of the last 0” before a Medium is solved', async () => {
    await page.goto(`${appUrl}#/dashboard`)
    await page.waitForSelector('[data-testid=mediums-under-target]')
    expect(await page.textContent('[data-testid=mediums-under-target]')).not.toMatch(/of the last 0/)

    await openProblem(page, appUrl, SLUG)
    await setQuery(page, CORRECT)
    expect(await verdictAfter(page, 'submit')).toBe('accepted')
    await page.goto(`${appUrl}#/dashboard`)
    const line = page.locator('[data-testid=own-line]')
    await line.waitFor()
    // A line has at least two points (a lone point draws nothing) and ends at what the learner solved.
    expect(Number(await line.getAttribute('data-points'))).toBeGreaterThanOrEqual(2)
    expect(await line.getAttribute('data-solved')).toBe('1')
    expect(await page.textContent('[data-testid=own-position]')).toContain('you: 1 solved')
  })

  it('says a plan starting in the future starts in N days instead of projecting a pace', async () => {
    await page.goto(`${appUrl}#/plan`)
    const inThreeDays = await page.evaluate(() => {
      const d = new Date()
      d.setDate(d.getDate() + 3)
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    await page.fill('[data-testid=plan-start]', inThreeDays)
    await page.click('[data-testid=plan-save]')
    await page.waitForSelector('[data-testid=plan-day]')
    expect(await page.textContent('[data-testid=plan-day]')).toBe('The plan starts in 3 days')
    expect(await page.textContent('[data-testid=plan-pace]')).not.toContain('At this pace')
    expect(await page.locator('[data-testid=projection]').count()).toBe(0)
  })

  it('exports drafts and the submission history, and importing the same file twice works and changes nothing the second time', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, CORRECT)
    expect(await verdictAfter(page, 'submit')).toBe('accepted')
    await openProblem(page, appUrl, DRAFT_SLUG)
    // A full load, so the text goes into this problem's editor, not the previous one's still on the page.
    await page.reload()
    await page.waitForSelector('.monaco-editor')
    await setQuery(page, DRAFT)
    await progressSaved(page)
    await page.goto(`${appUrl}#/dashboard`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export]')])
    const path = (await download.path())!
    const file = JSON.parse(readFileSync(path, 'utf8')) as { events: { type: string; sql?: string }[]; drafts: { problemId: string; sql: string }[] }
    expect(file.events.filter((e) => e.type === 'submitted').map((e) => e.sql)).toEqual([CORRECT])
    expect(file.drafts.map((d) => d.sql).sort()).toEqual([CORRECT, DRAFT].sort())

    const other = await launch()
    try {
      const fresh = await openPage(other)
      await fresh.goto(`${appUrl}#/dashboard`)
      expect(await solvedCount(fresh)).toBe(0)
      await fresh.setInputFiles('[data-testid=import-file]', path)
      await fresh.waitForSelector('[data-testid=import-message]')
      expect(await fresh.textContent('[data-testid=import-message]')).toMatch(/^Imported \d+ new entries and 2 drafts\.$/)
      await expect.poll(() => solvedCount(fresh)).toBe(1)
      const snapshot = () =>
        fresh.evaluate(() => ({
          events: (window as unknown as StoreWindow).__sqlprepStore.allEvents().length,
          drafts: Object.keys(localStorage)
            .filter((k) => k.startsWith('sqlprep:draft:'))
            .sort()
            .map((k) => [k, localStorage.getItem(k)]),
        }))
      const afterFirst = await snapshot()

      await fresh.setInputFiles('[data-testid=import-file]', path)
      await fresh.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent === 'Imported 0 new entries.')
      expect(await snapshot()).toEqual(afterFirst)
      expect(await solvedCount(fresh)).toBe(1)

      // The imported draft and submission history are there on the problem pages.
      await openProblem(fresh, appUrl, DRAFT_SLUG)
      await expect.poll(() => fresh.evaluate(() => (window as unknown as { __sqlprepEditor: { getValue(): string } }).__sqlprepEditor.getValue())).toBe(DRAFT)
      await openProblem(fresh, appUrl, SLUG)
      await fresh.click('[data-testid=submission-history] summary')
      expect(await fresh.locator('[data-testid=submission] pre').textContent()).toBe(CORRECT)
    } finally {
      await other.close()
    }
  })
})
