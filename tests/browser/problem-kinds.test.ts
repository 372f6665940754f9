import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { seriousViolations } from './support/axe.ts'
import { freshBrowserPerTest, openProblem, setQuery, verdictAfter } from './support/browser.ts'

// The two problem kinds besides queries, in the app: the list's Kind filter and badge, a performance drill
// (its given query and plan, the too_slow verdict with the failing node of the plan tree, the plans side by
// side after acceptance) and a write task (its example before and after, the tables after a Run, the table
// named in a wrong answer). Problems by number: 1201 is a drill (problems/performance/), 1101 a write task
// (problems/transforms/, upsert a product batch).

const appUrl = inject('appUrl')
const DRILL = '1201'
const TASK = '1101'
// 1101's trap "insert-only": ON CONFLICT DO NOTHING loads the new products and ignores every change.
const TASK_TRAP = `insert into products (product_id, sku, product_name, category, unit_price, is_active, updated_at)
select product_id, sku, product_name, category, unit_price, is_active, extracted_at from product_batch
on conflict (product_id) do nothing;`

const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

interface DrillInfo {
  given: string
  tables: string[]
  solution: string
  givenBuffers: number
  rowCounts: Record<string, number>
}

/** The drill as the page's bank holds it (the given query, its tables and row counts, the given plan's buffers). */
function drillInfo(number: string): Promise<DrillInfo> {
  return page.evaluate((n) => {
    type Bank = {
      problems: { id: string; path: string; dataset: string; solution: string; optimize?: { given: string; tables: string[] } }[]
      examples: Record<string, { givenPlan?: { buffers: number } }>
      schemas: Record<string, { name: string; rowCount: number }[]>
    }
    const bank = (window as unknown as { __sqlprepBank: Bank }).__sqlprepBank
    const p = bank.problems.find((x) => new RegExp(`(^|/)${n}-[^/]*/?$`).test(x.path))!
    const rowCounts = Object.fromEntries(bank.schemas[p.dataset]!.map((t) => [t.name, t.rowCount]))
    return { given: p.optimize!.given, tables: p.optimize!.tables, solution: p.solution, givenBuffers: bank.examples[p.id]!.givenPlan!.buffers, rowCounts }
  }, number)
}

const rowKinds = () => page.locator('[data-testid=problem-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))
const placeholder = () => page.locator('.monaco-editor .editorPlaceholder').textContent()

describe('write tasks and performance drills in Chromium', () => {
  it('filters the list by kind, in the address and across a reload, with a badge on each drill and the count', async () => {
    await page.goto(appUrl)
    await page.waitForSelector('[data-testid=problem-row]')
    // The plan-day filter covers the whole plan: 13 weeks and 90 days.
    const dayOptions = await page.locator('select[aria-label="Plan day"] option').allTextContents()
    expect(dayOptions).toContain('Week 13 · Days 85-90')
    expect(dayOptions).toContain('Day 90')
    const all = (await rowKinds()).length
    expect(await page.locator('[data-testid=problem-row][data-kind=query] [data-testid=kind-badge]').count()).toBe(0)

    await page.selectOption('[data-testid=kind-filter]', 'optimize')
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('kind=optimize')
    const drills = await rowKinds()
    expect(drills.length).toBeGreaterThan(0)
    expect(drills.length).toBeLessThan(all)
    expect(new Set(drills)).toEqual(new Set(['optimize']))
    expect(await page.locator('[data-testid=kind-badge]').allTextContents()).toEqual(drills.map(() => 'performance drill'))
    expect(await page.textContent('[data-testid=result-count]')).toBe(`${drills.length} of ${all} problems`)

    // The address keeps the filter: a reload shows the same list.
    await page.reload()
    await page.waitForSelector('[data-testid=problem-row]')
    expect(await page.inputValue('[data-testid=kind-filter]')).toBe('optimize')
    expect(await rowKinds()).toEqual(drills)

    await page.selectOption('[data-testid=kind-filter]', 'transform')
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('kind=transform')
    const tasks = await rowKinds()
    expect(tasks.length).toBeGreaterThan(0)
    expect(new Set(tasks)).toEqual(new Set(['transform']))
    expect(await page.locator('[data-testid=kind-badge]').first().textContent()).toBe('write task')
  })

  it('shows a drill’s given query with its plan as a tree, the tables to index with their row counts, and the drill’s editor hint', async () => {
    await openProblem(page, appUrl, DRILL)
    const drill = await drillInfo(DRILL)
    expect((await page.textContent('[data-testid=given-query] pre'))?.trim()).toBe(drill.given.trim())

    const plan = page.locator('[data-testid=given-plan]')
    expect(Number(await plan.getAttribute('data-buffers'))).toBe(drill.givenBuffers)
    const nodes = plan.locator('[data-testid=plan-node]')
    expect(await nodes.count()).toBeGreaterThan(0)
    expect(await plan.textContent()).toMatch(/rows: est [\d,]+, actual [\d,]+/)
    expect(await plan.textContent()).toMatch(/buffers: [\d,]+ \([\d,]+ hit, [\d,]+ read\)/)
    // The plan reads the drill's tables, and nothing is marked on the given query's own plan.
    for (const table of drill.tables) expect(await plan.locator('code', { hasText: table }).count()).toBeGreaterThan(0)
    expect(await plan.locator('[data-failing=true]').count()).toBe(0)
    // A node with children folds by keyboard: its summary is focusable and Enter closes it.
    const parent = plan.locator('[data-testid=plan-node] > details').first()
    if (await parent.count()) {
      await parent.locator(':scope > summary').focus()
      await page.keyboard.press('Enter')
      expect(await parent.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    }

    for (const table of drill.tables)
      expect(await page.textContent('[data-testid=drill-tables]')).toContain(`${table} · ${drill.rowCounts[table]!.toLocaleString('en')} rows`)
    expect(await placeholder()).toBe('-- CREATE INDEX … ; then one SELECT (the given query or a rewrite)')

    // On a phone the plan fits the page: long conditions wrap, a deep tree scrolls in its own box.
    await page.setViewportSize({ width: 390, height: 844 })
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })

  it('gives the given query "too_slow" with the failing node highlighted and labelled, the reference plan folded, and no serious axe violation in either theme', async () => {
    await openProblem(page, appUrl, DRILL)
    const drill = await drillInfo(DRILL)
    await setQuery(page, drill.given)
    expect(await verdictAfter(page, 'submit', 90_000)).toBe('too_slow')

    const mine = page.locator('[data-testid=plan-mine]')
    const failing = mine.locator('[data-testid=plan-node][data-failing=true]')
    expect(await failing.count()).toBe(1)
    expect(await failing.locator('[data-testid=plan-flag]').first().textContent()).toBe('Rule broken here')
    expect(await failing.locator('[data-testid=plan-note]').first().textContent()).toBe(await page.textContent('[data-testid=plan-message]'))
    // Highlighted: the failing node's row is drawn unlike any other node's.
    const rowOf = (sel: string) => page.locator(sel).first().locator(':scope > details > summary, :scope > .plan-leaf').first()
    const background = (el: Element) => getComputedStyle(el).backgroundColor
    const marked = await rowOf('[data-testid=plan-mine] [data-failing=true]').evaluate(background)
    const plain = await rowOf('[data-testid=plan-mine] [data-testid=plan-node]:not([data-failing])').evaluate(background)
    expect(marked).not.toBe(plain)
    // Outside a mock round the reference's plan is there, folded.
    expect(await page.locator('[data-testid=reference-plan]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)

    for (const theme of ['light', 'dark'] as const) {
      if ((await page.getAttribute('html', 'data-theme')) !== theme) await page.click('[data-testid=theme-toggle]')
      await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe(theme)
      expect(await seriousViolations(page)).toEqual([])
    }
  })

  it('shows the accepted drill’s plan beside the reference’s on a wide screen and above it on a phone', async () => {
    await openProblem(page, appUrl, DRILL)
    const drill = await drillInfo(DRILL)
    await setQuery(page, drill.solution)
    const verdict = await verdictAfter(page, 'submit', 90_000)
    expect(verdict, (await page.textContent('[data-testid=verdict]')) ?? '').toBe('accepted')
    const box = async (testId: string) => (await page.locator(`[data-testid=accepted-plans] [data-testid=${testId}]`).boundingBox())!
    let [mine, reference] = [await box('plan-mine'), await box('plan-reference')]
    expect(reference.x).toBeGreaterThan(mine.x + mine.width - 1)
    expect(Math.abs(reference.y - mine.y)).toBeLessThan(2)

    await page.setViewportSize({ width: 390, height: 844 })
    await expect.poll(async () => (await box('plan-reference')).y).toBeGreaterThanOrEqual((await box('plan-mine')).y + (await box('plan-mine')).height - 1)
    ;[mine, reference] = [await box('plan-mine'), await box('plan-reference')]
    expect(Math.abs(reference.x - mine.x)).toBeLessThan(2)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })

  it('shows a write task’s example before and after, its tables after a Run, and names the table its trap left wrong', async () => {
    await openProblem(page, appUrl, TASK)
    expect(await placeholder()).toBe('-- Write the script: INSERT / UPDATE / DELETE / MERGE … statements')
    expect(await page.locator('[data-testid=example-before] caption').allTextContents()).toEqual(['products · before', 'product_batch · before'])
    expect(await page.locator('[data-testid=example-after] caption').allTextContents()).toEqual(['products · after (expected)'])
    // The rows the script adds or changes are marked against the table before.
    expect(await page.locator('[data-testid=example-after] tr.noted').count()).toBeGreaterThan(0)

    await setQuery(page, TASK_TRAP)
    await verdictAfter(page, 'run')
    expect(await page.locator('[data-testid=run-actual] [data-testid=state-table] caption').first().textContent()).toMatch(/^products after your script \(\d+ rows\)$/)

    expect(await verdictAfter(page, 'submit', 90_000)).toBe('wrong_answer')
    expect(await page.textContent('[data-testid=diff-table]')).toContain('Table products is not as expected after your script')
  })
})
