import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { freshBrowserPerTest, progressSaved, setQuery, verdictAfter, waitForEngine } from './support/browser.ts'

// Each test starts a fresh browser (its own profile), so each runs alone and in any order.

const appUrl = inject('appUrl')
const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

/** The countdown's "m:ss" as seconds. */
function seconds(clock: string | null): number {
  return (clock ?? '').trim().split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

describe('mock rounds and the study plan in Chromium', () => {
  it('runs a mock round across a reload: solve one problem, finish the round, read the post-mortem', async () => {
    // A full 45-minute round, ended with "Finish round": no race between its clock and a slow reload or
    // engine start. (A round whose clock runs out is tested in mock-round.test.ts.)
    await page.goto(`${appUrl}#/mock?seed=11`)
    await waitForEngine(page)
    await page.click('[data-testid=start-round]')
    await page.waitForSelector('[data-testid=round] .monaco-editor .view-lines', { timeout: 30_000 })
    const tabs = page.locator('[data-testid=round-tab]')
    expect(await tabs.count()).toBe(3)
    const first = await page.getAttribute('[data-testid=round-tab][aria-current=true]', 'data-problem-id')
    const solution = await page.evaluate(
      (id) => (window as unknown as { __sqlprepBank: { problems: { id: string; solution: string }[] } }).__sqlprepBank.problems.find((p) => p.id === id)!.solution,
      first,
    )
    // No hints, explanations or case descriptions during the round.
    expect(await page.locator('text=Show hint').count()).toBe(0)
    await setQuery(page, solution)
    // The round survives a reload: same round and problems, the clock not restarted, the draft kept.
    const roundId = await page.getAttribute('[data-testid=round]', 'data-round-id')
    const problemIds = await tabs.evaluateAll((els) => els.map((e) => e.getAttribute('data-problem-id')))
    const before = seconds(await page.textContent('[data-testid=countdown]'))
    await progressSaved(page)
    await page.reload()
    await page.waitForSelector('[data-testid=round] .monaco-editor .view-lines', { timeout: 30_000 })
    await waitForEngine(page)
    expect(await page.getAttribute('[data-testid=round]', 'data-round-id')).toBe(roundId)
    expect(await tabs.evaluateAll((els) => els.map((e) => e.getAttribute('data-problem-id')))).toEqual(problemIds)
    expect(seconds(await page.textContent('[data-testid=countdown]'))).toBeLessThanOrEqual(before)
    expect(await page.evaluate(() => (window as unknown as { __sqlprepEditor: { getValue(): string } }).__sqlprepEditor.getValue())).toBe(solution)
    expect(await verdictAfter(page, 'submit')).toBe('accepted')
    await page.click('[data-testid=round-tab]:not([aria-current=true]) >> nth=0')
    await page.click('[data-testid=finish-round]')
    await page.click('[data-testid=confirm-finish]')

    await page.waitForSelector('[data-testid=post-mortem]')
    expect(await page.textContent('[data-testid=pm-accepted]')).toBe('1')
    expect(await page.locator('[data-testid=pm-row]').count()).toBe(3)
    expect(await page.locator('[data-testid=pm-row][data-accepted=true]').count()).toBe(1)
    expect(await page.textContent('[data-testid=post-mortem]')).toContain('(finished early)')
    expect(await page.textContent('[data-testid=post-mortem]')).toContain('correct')
  }, 120_000)

  it('shows Day 6 of 90 and the window-function work for a plan started 5 days ago', async () => {
    await page.goto(`${appUrl}#/plan`)
    const fiveDaysAgo = await page.evaluate(() => {
      const d = new Date()
      d.setDate(d.getDate() - 5)
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    await page.fill('[data-testid=plan-start]', fiveDaysAgo)
    await page.click('[data-testid=plan-save]')
    await page.waitForSelector('[data-testid=plan-day]')
    expect(await page.textContent('[data-testid=plan-day]')).toBe('Day 6 of 90')
    expect(await page.textContent('[data-testid=plan-today]')).toContain('Window functions')
    expect(await page.locator('[data-testid=plan-problem]').count()).toBeGreaterThan(0)
    expect(await page.textContent('[data-testid=plan-pace]')).toMatch(/solved in 6 days/)
    await progressSaved(page)
    await page.reload()
    await page.waitForSelector('[data-testid=plan-day]')
    expect(await page.textContent('[data-testid=plan-day]')).toBe('Day 6 of 90')
  })
})
