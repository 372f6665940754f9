import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { freshBrowserPerTest, openProblem, setQuery, verdictAfter } from './support/browser.ts'

// A wrong answer read at a glance: rows paired by key with the differing cells highlighted, a SQL error placed
// by line and column, and the editor's error hover kept inside the editor.

const appUrl = inject('appUrl')
const SLUG = 'cancellation-rates-by-city'
// The mistake the problem's own hint predicts: 100 * int / int truncates before round(x, 1).
const INTEGER_DIVISION = `select c.name as city_name, count(*) as requests,
  round(100 * sum(case when t.status = 'cancelled_by_rider' then 1 else 0 end) / count(*), 1) as rider_cancel_pct,
  round(100 * sum(case when t.status = 'cancelled_by_driver' then 1 else 0 end) / count(*), 1) as driver_cancel_pct,
  round(100 * sum(case when t.status = 'no_driver' then 1 else 0 end) / count(*), 1) as no_driver_pct
from trips t join cities c on c.city_id = t.city_id
where t.requested_at >= '2025-01-01' and t.requested_at < '2025-04-01'
group by c.name
order by c.name`

const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

interface Box {
  top: number
  bottom: number
  left: number
  right: number
}
const boxOf = (selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect()
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
  })

describe('a wrong answer in the verdict', () => {
  it('shows each wrong row once, paired by its key, with only the differing cells highlighted, and places an error by line and column', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, INTEGER_DIVISION)
    expect(await verdictAfter(page, 'submit')).toBe('wrong_answer')

    const changed = page.locator('[data-testid=diff-changed] tbody tr')
    expect(await changed.count()).toBe(5)
    expect(await page.locator('[data-testid=diff-missing], [data-testid=diff-extra]').count()).toBe(0)
    const porto = changed.filter({ hasText: 'Porto' })
    const noDriver = porto.locator('[data-testid=changed-cell][data-column="4"]')
    expect((await noDriver.textContent())?.replace(/\s+/g, ' ')).toBe('3.0 → 4.0')
    const key = porto.locator('td').first()
    expect(await key.textContent()).toBe('Porto')
    const background = (el: Element) => getComputedStyle(el).backgroundColor
    expect(await noDriver.evaluate(background)).not.toBe(await key.evaluate(background))
    expect(await porto.locator('[data-testid=changed-cell]').count()).toBe(3) // requests is right
    expect(await page.textContent('[data-testid=verdict]')).toContain('Dividing two integers in PostgreSQL truncates')

    await setQuery(page, 'select c.name as city_name,\n  nope\nfrom cities c')
    expect(await verdictAfter(page, 'submit')).toBe('error')
    expect(await page.textContent('[data-testid=error-location]')).toContain('line 2, column 3')
  })

  it('keeps the error hover inside the editor on a first-line error, at desktop and at phone width where the page scrolls', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, 'select nope from trips')
    expect(await verdictAfter(page, 'submit')).toBe('error')
    await expectInsideEditor(await hoverOverError())

    // On a phone the page scrolls: Monaco measured the room below the line as if it did not, and drew the
    // hover above the first line, outside the editor.
    await page.mouse.move(0, 0)
    await page.waitForSelector('.monaco-hover:not(.hidden)', { state: 'detached', timeout: 10_000 })
    await page.setViewportSize({ width: 390, height: 844 })
    // Monaco redraws its decorations while it lays out the narrower editor: scroll whichever is drawn now.
    await page.waitForFunction(() => document.querySelector('.monaco-editor .squiggly-error') !== null)
    await page.evaluate(() => document.querySelector('.monaco-editor .squiggly-error')!.scrollIntoView({ block: 'center' }))
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
    await expectInsideEditor(await hoverOverError())
  })
})

/** The hover lies within the editor's box and is drawn there (the point at its centre belongs to it). */
async function expectInsideEditor(hover: Box): Promise<void> {
  const editor: Box = await boxOf('.monaco-editor')
  expect(hover.top).toBeGreaterThanOrEqual(editor.top)
  expect(hover.bottom).toBeLessThanOrEqual(editor.bottom)
  expect(hover.left).toBeGreaterThanOrEqual(editor.left)
  expect(hover.right).toBeLessThanOrEqual(editor.right)
  const centre = { x: (hover.left + hover.right) / 2, y: (hover.top + hover.bottom) / 2 }
  expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.monaco-hover'), centre)).toBe(true)
}

/** Moves the mouse onto the underlined error and returns the box of the hover that shows its message. */
async function hoverOverError(): Promise<Box> {
  const squiggle = await boxOf('.monaco-editor .squiggly-error')
  await page.mouse.move((squiggle.left + squiggle.right) / 2, (squiggle.top + squiggle.bottom) / 2)
  await page.waitForSelector('.monaco-hover:not(.hidden) >> text=column "nope" does not exist', { timeout: 10_000 })
  return boxOf('.monaco-hover:not(.hidden)')
}
