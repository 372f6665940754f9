import { writeFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { freshBrowserPerTest, solvedCount } from './support/browser.ts'

// Imported progress is checked like stored progress: absurd entries are refused with a message and the
// rest kept; a large file lands whole, in one transaction, and the header never claims a false count.

const appUrl = inject('appUrl')
const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

const dir = mkdtempSync(join(tmpdir(), 'sqlprep-import-'))
function progressFile(name: string, events: object[]): string {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify({ format: 'sqlprep-progress', version: 1, exportedAt: Date.now(), events }))
  return path
}

async function importFile(path: string): Promise<string> {
  await page.goto(`${appUrl}#/dashboard`)
  await page.setInputFiles('[data-testid=import-file]', path)
  await page.waitForSelector('[data-testid=import-message]', { timeout: 120_000 })
  return (await page.textContent('[data-testid=import-message]')) ?? ''
}

async function firstProblemId(): Promise<string> {
  await page.waitForFunction(() => (window as unknown as { __sqlprepBank?: unknown }).__sqlprepBank)
  return page.evaluate(() => (window as unknown as { __sqlprepBank: { problems: { id: string }[] } }).__sqlprepBank.problems[0]!.id)
}

describe('importing progress', () => {
  it('shows no solved count while the problem bank is still loading, then the real one', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/data/bank-*.json', async (route) => {
      await held
      await route.continue()
    })
    await page.goto(appUrl)
    // An empty saved log reads in milliseconds; the bank is held back meanwhile.
    await page.waitForTimeout(2000)
    expect(await page.textContent('[data-testid=solved-count] strong')).toBe('…')
    expect(await page.getAttribute('[data-testid=solved-count]', 'data-loaded')).toBe('false')
    release()
    expect(await solvedCount(page)).toBe(0)
  })

  it('refuses a round started at 2^53-1 and an impossible plan date, keeps the rest, and shows no runaway round', async () => {
    await page.goto(appUrl)
    const problemId = await firstProblemId()
    const now = Date.now()
    const message = await importFile(
      progressFile('absurd.json', [
        { id: 'ok-1', type: 'submitted', problemId, at: now - 60_000, verdict: 'accepted' },
        { id: 'bad-round', type: 'round_started', at: Number.MAX_SAFE_INTEGER, roundId: 'r-far', problemIds: [problemId], durationMs: 2_700_000, seed: 1, mix: 'standard' },
        { id: 'bad-plan', type: 'plan_started', at: now - 1000, startDate: '2026-02-30' },
        { id: 'blank-plan', type: 'plan_started', at: now - 1000, startDate: '' },
      ]),
    )
    expect(message).toContain('Imported 1 new entry; 3 refused')
    expect(message).toContain('1 entry is dated in the future')
    expect(await solvedCount(page)).toBe(1)
    await page.goto(`${appUrl}#/mock`)
    await page.waitForSelector('[data-testid=start-round]')
    expect(await page.locator('[data-testid=countdown]').count()).toBe(0)
    await page.goto(`${appUrl}#/plan`)
    expect(await page.textContent('main')).not.toContain('NaN')
  })

  it('imports 100,000 events whole, and the same file again changes nothing', async () => {
    await page.goto(appUrl)
    const problemId = await firstProblemId()
    const start = Date.now() - 100_000_000
    const events = Array.from({ length: 100_000 }, (_, i) => ({ id: `bulk-${i}`, type: 'active', problemId, at: start + i * 1000, ms: 1000 }))
    events.push({ id: 'bulk-accept', type: 'submitted', problemId, at: start + 100_000_000, verdict: 'accepted' } as never)
    const file = progressFile('bulk.json', events)
    expect(await importFile(file)).toBe('Imported 100001 new entries.')
    expect(await solvedCount(page)).toBe(1)
    await page.reload()
    await page.waitForSelector('[data-testid=solved-count][data-loaded=true]', { timeout: 120_000 })
    expect(await solvedCount(page)).toBe(1)
    expect(await page.evaluate(() => (window as unknown as { __sqlprepStore: { allEvents(): unknown[] } }).__sqlprepStore.allEvents().length)).toBe(100_001)
    expect(await importFile(file)).toBe('Imported 0 new entries.')
  }, 300_000)
})
