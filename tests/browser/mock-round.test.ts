import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { freshBrowserPerTest, progressSaved, setQuery, verdictAfter, waitForEngine } from './support/browser.ts'

// A mock round whose clock runs out must end exactly once: the page once wrote `round_ended` about a
// thousand times a second and every later round jumped back to the old one.

const appUrl = inject('appUrl')
const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

async function eventCount(): Promise<number> {
  return page.evaluate(() => (window as unknown as { __sqlprepStore: { allEvents(): unknown[] } }).__sqlprepStore.allEvents().length)
}

async function runOutARound(): Promise<string> {
  await page.click('[data-testid=start-round]')
  const roundId = (await page.getAttribute('[data-testid=round]', 'data-round-id', { timeout: 30_000 }))!
  await page.waitForSelector('[data-testid=post-mortem]', { timeout: 60_000 })
  expect(await page.textContent('[data-testid=post-mortem]')).toContain('(time ran out)')
  return roundId
}

describe('a mock round that runs out of time', () => {
  it('ends once, shows its post-mortem, lets a second round start and end, and logs one end per round', async () => {
    await page.goto(`${appUrl}#/mock?length=3s`)
    const first = await runOutARound()

    // Staying on the post-mortem writes nothing more (the old page kept appending round_ended).
    const settled = await eventCount()
    await page.waitForTimeout(2000)
    expect(await eventCount()).toBe(settled)

    await page.click('text=Start another round')
    await page.waitForSelector('[data-testid=start-round]')
    const second = await runOutARound()
    expect(second).not.toBe(first)

    // The Mock round link opens the setup, not an old round.
    await page.click('nav >> text=Mock round')
    await page.waitForSelector('[data-testid=start-round]')

    await progressSaved(page)
    await page.goto(`${appUrl}#/dashboard`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export]')])
    const log = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { events: { type: string; roundId?: string; reason?: string }[] }
    const ends = log.events.filter((e) => e.type === 'round_ended')
    expect(ends.map((e) => [e.roundId, e.reason]).sort()).toEqual([[first, 'time_up'], [second, 'time_up']].sort())
    expect(log.events.filter((e) => e.type === 'round_started')).toHaveLength(2)
  }, 180_000)

  it('shows each problem’s final query in the post-mortem and links each problem to its page', async () => {
    await page.goto(`${appUrl}#/mock?seed=11`)
    await waitForEngine(page)
    await page.click('[data-testid=start-round]')
    await page.waitForSelector('[data-testid=round] .monaco-editor .view-lines', { timeout: 30_000 })
    const problemIds = await page.locator('[data-testid=round-tab]').evaluateAll((els) => els.map((e) => e.getAttribute('data-problem-id')!))
    await setQuery(page, 'select 1 as final_answer')
    await verdictAfter(page, 'submit')
    await page.click('[data-testid=finish-round]')
    await page.click('[data-testid=confirm-finish]')

    await page.waitForSelector('[data-testid=post-mortem]')
    const rows = page.locator('[data-testid=pm-row]')
    expect(await rows.nth(0).locator('[data-testid=pm-final-query]').textContent()).toContain('select 1 as final_answer')
    expect(await rows.nth(1).locator('[data-testid=pm-final-query]').count()).toBe(0)
    const slugs = await page.evaluate(
      (ids) => ids.map((id) => (window as unknown as { __sqlprepBank: { problems: { id: string; slug: string }[] } }).__sqlprepBank.problems.find((p) => p.id === id)!.slug),
      problemIds,
    )
    for (const [i, slug] of slugs.entries()) expect(await rows.nth(i).locator(`a[href="#/p/${slug}"]`).count()).toBe(1)
    await rows.nth(2).locator(`a[href="#/p/${slugs[2]}"]`).click()
    await page.waitForSelector('.statement h1')
    expect(await page.evaluate(() => location.hash)).toBe(`#/p/${slugs[2]}`)
  }, 120_000)

  it('keeps interview conditions on a round problem opened by its address: no hints, give-up or explanation', async () => {
    await page.goto(`${appUrl}#/mock`)
    await page.click('[data-testid=start-round]')
    const problemId = await page.getAttribute('[data-testid=round-tab][aria-current=true]', 'data-problem-id', { timeout: 30_000 })
    const slug = await page.evaluate(
      (id) => (window as unknown as { __sqlprepBank: { problems: { id: string; slug: string }[] } }).__sqlprepBank.problems.find((p) => p.id === id)!.slug,
      problemId,
    )
    // Run in the round shows the learner's rows and the example, never a way to the expected rows.
    await page.waitForSelector('[data-testid=engine-status][data-ready=true]', { timeout: 90_000 })
    await page.waitForSelector('[data-testid=round] .monaco-editor .view-lines', { timeout: 30_000 })
    await setQuery(page, 'select 1 as x')
    await verdictAfter(page, 'run')
    await page.waitForSelector('[data-testid=run-output]')
    expect(await page.locator('[data-testid=reveal-expected]').count()).toBe(0)

    await page.goto(`${appUrl}#/p/${slug}`)
    await page.waitForSelector('[data-testid=in-round]')
    expect(await page.locator('text=Show hint').count()).toBe(0)
    expect(await page.locator('text=Give up').count()).toBe(0)
  }, 120_000)
})
