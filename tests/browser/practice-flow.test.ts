import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { freshBrowserPerTest, openProblem, progressSaved, setQuery, verdictAfter, waitForEngine } from './support/browser.ts'

// The everyday flow on a problem and between screens: history, next problem, giving up, titles, the
// list's address, Markdown in hints, wording. Each test starts a fresh browser (empty progress).

const appUrl = inject('appUrl')
const SLUG = 'customers-without-orders'
const CORRECT = `select c.customer_id, c.full_name, c.signup_date from customers c
where not exists (select 1 from orders o where o.customer_id = c.customer_id)
order by c.signup_date, c.customer_id`
const WRONG = CORRECT.replace('not exists', 'exists')

const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

function editorText(): Promise<string> {
  return page.evaluate(() => (window as unknown as { __sqlprepEditor: { getValue(): string } }).__sqlprepEditor.getValue())
}

function eventsOfType(type: string): Promise<number> {
  return page.evaluate((t) => (window as unknown as { __sqlprepStore: { allEvents(): { type: string }[] } }).__sqlprepStore.allEvents().filter((e) => e.type === t).length, type)
}

/** The visible rows of the problem list. */
function rowCount(): Promise<number> {
  return page.locator('[data-testid=problem-row]').count()
}

describe('practising in Chromium', () => {
  it('keeps each submission with its query, verdict and time across a reload, and restores one into the editor as an edit Ctrl+Z undoes', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, WRONG)
    expect(await verdictAfter(page, 'submit')).toBe('wrong_answer')
    await setQuery(page, CORRECT)
    expect(await verdictAfter(page, 'submit')).toBe('accepted')
    await progressSaved(page)

    await page.reload()
    await page.waitForSelector('.monaco-editor')
    await page.click('[data-testid=submission-history] summary')
    const entries = page.locator('[data-testid=submission]')
    await expect.poll(() => entries.count()).toBe(2)
    expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(['accepted', 'wrong_answer'])
    expect(await entries.nth(1).locator('pre').textContent()).toBe(WRONG)
    expect(await entries.nth(1).locator('time').count()).toBe(1)

    await entries.nth(1).locator('[data-testid=restore-submission]').click()
    await expect.poll(editorText).toBe(WRONG)
    await page.click('.monaco-editor .view-lines')
    await page.keyboard.press('Control+Z')
    await expect.poll(editorText).toBe(CORRECT)
    await page.keyboard.press('Control+Shift+Z')
    await expect.poll(editorText).toBe(WRONG)
    // The restored query is the draft now: it is still there after another reload.
    await page.reload()
    await page.waitForSelector('.monaco-editor')
    await expect.poll(editorText).toBe(WRONG)
  })

  it('after Accepted, points to the explanation and opens the next problem in the plan', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, CORRECT)
    expect(await verdictAfter(page, 'submit')).toBe('accepted')
    await page.click('[data-testid=read-explanation]')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('explanation')

    const next = page.locator('[data-testid=next-problem]')
    expect(await next.getAttribute('data-why')).toBe('plan')
    const href = (await next.getAttribute('href'))!
    expect(href).toMatch(/^#\/p\/[a-z0-9-]+$/)
    expect(href).not.toBe(`#/p/${SLUG}`)
    const title = ((await next.textContent()) ?? '').replace(/^Next problem: /, '').replace(/ \(next in the plan\)$/, '')
    await next.click()
    await page.waitForFunction((h) => location.hash === h, href)
    await expect.poll(() => page.textContent('.statement h1')).toContain(title)
  })

  it('asks before giving up, and shows the solution only once the learner confirms', async () => {
    await openProblem(page, appUrl, SLUG)
    await page.click('[data-testid=give-up]')
    await page.waitForSelector('[data-testid=give-up-confirm]')
    expect(await page.locator('section[aria-label=Explanation]').count()).toBe(0)
    expect(await eventsOfType('gave_up')).toBe(0)

    await page.click('[data-testid=keep-trying]')
    expect(await page.locator('[data-testid=give-up-confirm]').count()).toBe(0)
    expect(await eventsOfType('gave_up')).toBe(0)

    await page.click('[data-testid=give-up]')
    await page.click('[data-testid=confirm-give-up]')
    await page.waitForSelector('section[aria-label=Explanation]')
    expect(await eventsOfType('gave_up')).toBe(1)
  })

  it('gives every screen a title of its own and an address that opens it', async () => {
    const titles: Record<string, string> = {}
    for (const [screen, hash, ready] of [
      ['list', '#/', '[data-testid=problem-row]'],
      ['problem', `#/p/${SLUG}`, '.statement h1'],
      ['dashboard', '#/dashboard', '[data-testid=dashboard-solved]'],
      ['plan', '#/plan', '[data-testid=plan-start]'],
      ['mock', '#/mock', '[data-testid=start-round]'],
    ] as const) {
      await page.goto(`${appUrl}${hash}`)
      await page.waitForSelector(ready)
      await expect.poll(() => page.title()).toMatch(/· sqlprep$/)
      titles[screen] = await page.title()
    }
    expect(titles.problem).toBe('Customers who never ordered · sqlprep')
    // A running round has an address: reloading it comes back to the same round.
    await page.click('[data-testid=start-round]')
    await page.waitForSelector('[data-testid=round]')
    const roundId = await page.getAttribute('[data-testid=round]', 'data-round-id')
    await page.waitForFunction((id) => location.hash.startsWith(`#/mock/${id}`), roundId)
    await expect.poll(() => page.title()).toBe('Mock round in progress · sqlprep')
    titles.round = await page.title()
    await progressSaved(page)
    await page.reload()
    await page.waitForSelector('[data-testid=round]')
    expect(await page.getAttribute('[data-testid=round]', 'data-round-id')).toBe(roundId)
    expect(new Set(Object.values(titles)).size).toBe(Object.keys(titles).length)
  })

  it('keeps the list’s filters in its address with a count of what they show, and Back returns to the same list', async () => {
    await page.goto(appUrl)
    await page.waitForSelector('[data-testid=problem-row]')
    const all = await rowCount()
    expect(await page.textContent('[data-testid=result-count]')).toBe(`${all} problems`)

    await page.selectOption('select[aria-label=Difficulty]', 'medium')
    await page.fill('input[aria-label="Search by title"]', 'a')
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/?q=a&level=medium')
    const filtered = await rowCount()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(all)
    expect(await page.textContent('[data-testid=result-count]')).toBe(`${filtered} of ${all} problems`)

    await page.click('[data-testid=problem-row] a >> nth=0')
    await page.waitForSelector('.statement h1')
    await page.goBack()
    await page.waitForSelector('[data-testid=problem-row]')
    expect(await page.evaluate(() => location.hash)).toBe('#/?q=a&level=medium')
    expect(await page.inputValue('select[aria-label=Difficulty]')).toBe('medium')
    expect(await page.inputValue('input[aria-label="Search by title"]')).toBe('a')
    expect(await rowCount()).toBe(filtered)

    // The address alone opens the same list, and the Problems link clears the filters.
    await page.reload()
    await page.waitForSelector('[data-testid=problem-row]')
    expect(await rowCount()).toBe(filtered)
    await page.click('nav >> text=Problems')
    await expect.poll(rowCount).toBe(all)
    expect(await page.inputValue('select[aria-label=Difficulty]')).toBe('')
  })

  it('renders Markdown in hints and in how the problem is graded, with no raw backticks', async () => {
    await page.goto(`${appUrl}#/p/${SLUG}`)
    await page.waitForSelector('.statement h1')
    await page.click('text=Show hint 1')
    const hints = page.locator('section[aria-label=Hints]')
    await expect.poll(() => hints.locator('code').count()).toBeGreaterThan(0)
    expect(await hints.locator('code').first().textContent()).toBe('customers')
    expect(await hints.textContent()).not.toContain('`')
    const grading = page.locator('section[aria-label=Grading]')
    expect(await grading.locator('code').count()).toBeGreaterThan(0)
    expect(await grading.textContent()).not.toContain('`')
  })

  it('counts "1 submission" in the singular and more in the plural', async () => {
    await openProblem(page, appUrl, SLUG)
    expect(await page.textContent('[data-testid=submission-count]')).toBe('0 submissions')
    await setQuery(page, WRONG)
    await verdictAfter(page, 'submit')
    await expect.poll(() => page.textContent('[data-testid=submission-count]')).toBe('1 submission')
    await verdictAfter(page, 'submit')
    await expect.poll(() => page.textContent('[data-testid=submission-count]')).toBe('2 submissions')
  })

  it('starts with an empty editor, so no starter comment ends up before what the learner types', async () => {
    await openProblem(page, appUrl, SLUG)
    expect(await editorText()).toBe('')
    await page.click('.monaco-editor .view-lines')
    await page.keyboard.type('select 1 as x')
    await expect.poll(editorText).toBe('select 1 as x')
  })

  it('runs and submits the text the editor holds when the button is pressed, even in the same moment it changed', async () => {
    await openProblem(page, appUrl, SLUG)
    await setQuery(page, 'select 1')
    for (const button of ['run', 'submit']) {
      const before = Number(await page.getAttribute('[data-testid=output]', 'data-seq'))
      // The change and the press in one task: the page has not drawn the change when the press arrives.
      await page.evaluate(
        ([text, id]) => {
          ;(window as unknown as { __sqlprepEditor: { setValue(s: string): void } }).__sqlprepEditor.setValue(text!)
          document.querySelector<HTMLButtonElement>(`[data-testid=${id}]`)!.click()
        },
        [button === 'run' ? CORRECT : `${CORRECT}\n`, button],
      )
      await page.waitForFunction((n) => Number(document.querySelector('[data-testid=output]')?.getAttribute('data-seq')) > n, before, { timeout: 30_000 })
      expect(await page.getAttribute('[data-testid=output]', 'data-verdict')).toBe('accepted')
    }
  })

  it('resizes the statement and editor panes from the keyboard, and keeps the width after a reload', async () => {
    await openProblem(page, appUrl, SLUG)
    await waitForEngine(page)
    const width = () => page.evaluate(() => document.querySelector('.statement')!.getBoundingClientRect().width)
    const before = await width()
    await page.focus('[data-testid=pane-splitter]')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(width).toBeGreaterThan(before + 50)
    const wider = await width()
    await page.reload()
    await page.waitForSelector('[data-testid=pane-splitter]')
    await expect.poll(async () => Math.abs((await width()) - wider)).toBeLessThan(2)
  })
})
