import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { seriousViolations } from './support/axe.ts'
import { freshBrowserPerTest, openProblem, setQuery } from './support/browser.ts'
import { SCREEN_SLUG, visitEveryScreen } from './support/screens.ts'

// Keyboard use and an automated accessibility audit (axe-core, injected from node_modules: no network).

const appUrl = inject('appUrl')
const CORRECT = `select c.customer_id, c.full_name, c.signup_date from customers c
where not exists (select 1 from orders o where o.customer_id = c.customer_id)
order by c.signup_date, c.customer_id`

const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

const inEditor = () => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))
const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null)
const editorText = () => page.evaluate(() => (window as unknown as { __sqlprepEditor: { getValue(): string } }).__sqlprepEditor.getValue())

/** Presses a key until the element with this test id has focus (at most `limit` times). */
async function pressUntil(key: string, testId: string, limit = 8): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press(key)
    if ((await focusedTestId()) === testId) return i
  }
  throw new Error(`${key} ×${limit} never reached [data-testid=${testId}]; focus is on ${await focusedTestId()}`)
}

describe('keyboard use', () => {
  it('indents with Tab in the editor, leaves it with Esc then Tab or with Ctrl+M, and runs from a Run button that keeps focus', async () => {
    await openProblem(page, appUrl, SCREEN_SLUG)
    expect(await page.textContent('[data-testid=editor-keys]')).toMatch(/Esc.*Tab[\s\S]*Ctrl\+M/)
    await setQuery(page, 'select 1')
    await page.click('.monaco-editor .view-lines')
    await page.keyboard.press('Control+End')

    // Tab inside the editor indents and keeps focus there.
    await page.keyboard.press('Tab')
    expect(await editorText()).toBe('select 1  ')
    expect(await inEditor()).toBe(true)

    // Esc then Tab leaves it; coming back, Tab indents again.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Tab')
    expect(await inEditor()).toBe(false)
    await page.keyboard.press('Shift+Tab')
    expect(await inEditor()).toBe(true)
    await page.keyboard.press('Tab')
    expect(await editorText()).toBe('select 1    ')
    expect(await inEditor()).toBe(true)

    // Ctrl+M: Tab moves focus (both ways) until Ctrl+M again.
    await page.keyboard.press('Control+M')
    await expect.poll(() => page.getAttribute('[data-testid=editor-keys]', 'data-tab-moves-focus')).toBe('true')
    expect(await page.textContent('[data-testid=editor-keys]')).toMatch(/Tab indents again/)
    await page.keyboard.press('Tab')
    expect(await inEditor()).toBe(false)
    await page.keyboard.press('Shift+Tab')
    expect(await inEditor()).toBe(true)
    await page.keyboard.press('Control+M')
    await page.keyboard.press('Tab')
    expect(await editorText()).toBe('select 1      ')
    expect(await inEditor()).toBe(true)

    // Out backwards with Esc then Shift+Tab, on to Run, and run with Enter: focus stays on Run.
    await setQuery(page, CORRECT)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Shift+Tab')
    expect(await inEditor()).toBe(false)
    await pressUntil('Shift+Tab', 'run')
    for (const key of ['Enter', ' ']) {
      const before = Number(await page.getAttribute('[data-testid=output]', 'data-seq'))
      await page.keyboard.press(key)
      await page.waitForFunction((n) => Number(document.querySelector('[data-testid=output]')?.getAttribute('data-seq')) > n, before, { timeout: 30_000 })
      expect(await page.getAttribute('[data-testid=output]', 'data-verdict')).toBe('accepted')
      expect(await focusedTestId()).toBe('run')
    }
  })
})

describe('axe-core on every screen', () => {
  for (const theme of ['light', 'dark'] as const)
    it(`finds no serious or critical violation in the ${theme} theme`, async () => {
      await page.addInitScript((t) => localStorage.setItem('sqlprep:theme', t), theme)
      const found: string[] = []
      const seen = await visitEveryScreen(page, appUrl, async (screen) => {
        expect(await page.getAttribute('html', 'data-theme')).toBe(theme)
        for (const v of await seriousViolations(page)) found.push(`${screen}: ${v}`)
      })
      expect(seen).toHaveLength(9)
      expect(found).toEqual([])
    }, 240_000)
})
