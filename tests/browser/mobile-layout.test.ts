import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { seriousViolations } from './support/axe.ts'
import { freshBrowserPerTest } from './support/browser.ts'
import { visitEveryScreen, type Screen } from './support/screens.ts'

// A phone: every screen fits 390 px without horizontal page scroll (wide tables scroll inside their own
// box) and no control sticks out of its card, the header's solved count, engine status and theme toggle stay
// on screen, and the problem page stacks the statement, the editor and the verdict. axe-core checks each screen at this width too (a box
// that scrolls only on a phone must still be reachable by keyboard).

const appUrl = inject('appUrl')
const WIDTH = 390
const HEIGHT = 844
const browser = freshBrowserPerTest()
let page: Page
beforeEach(() => ({ page } = browser))

/** How wide the page is, and the elements that stick out past the viewport's right edge (to say why). */
async function pageWidth(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth
    const culprits: string[] = []
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const right = el.getBoundingClientRect().right
      if (right <= viewport + 0.5) continue
      // Inside a box that scrolls (or clips) on its own, it does not widen the page.
      let clipped = false
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX
        if (overflowX !== 'visible' && p.getBoundingClientRect().right <= viewport + 0.5) {
          clipped = true
          break
        }
      }
      if (!clipped) culprits.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} → ${Math.round(right)}px`)
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 8) }
  })
}

/** Form controls whose right edge is past their card's (a select is as wide as its longest option). */
async function controlsOutsideTheirCard(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.card select, .card input, .card button')].flatMap((el) => {
      const card = el.closest('.card')!.getBoundingClientRect()
      const right = el.getBoundingClientRect().right
      return right > card.right + 0.5 ? [`${el.tagName.toLowerCase()}[aria-label=${el.getAttribute('aria-label')}] → ${Math.round(right)}px, card ${Math.round(card.right)}px`] : []
    }),
  )
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox()
  if (!b) throw new Error(`${selector} is not rendered`)
  return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height }
}

async function expectFits(page: Page, screen: Screen): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  const { scrollWidth, culprits } = await pageWidth(page)
  expect(scrollWidth, `${screen}: page width (sticking out: ${culprits.join(', ') || 'nothing'})`).toBeLessThanOrEqual(WIDTH)
  expect(culprits, `${screen}: elements past the right edge`).toEqual([])
  expect(await controlsOutsideTheirCard(page), `${screen}: controls past their card's edge`).toEqual([])
  for (const control of ['[data-testid=solved-count]', '[data-testid=engine-status]', '[data-testid=theme-toggle]']) {
    const b = await box(page, control)
    expect(b.left >= 0 && b.right <= WIDTH && b.top >= 0 && b.bottom <= HEIGHT, `${screen}: ${control} at ${JSON.stringify(b)}`).toBe(true)
  }
}

describe('the app on a 390×844 phone', () => {
  it('fits every screen in 390 px with the header controls on screen and the problem page stacked', async () => {
    await page.setViewportSize({ width: WIDTH, height: HEIGHT })
    const violations: string[] = []
    const seen = await visitEveryScreen(page, appUrl, async (screen) => {
      await expectFits(page, screen)
      for (const v of await seriousViolations(page)) violations.push(`${screen}: ${v}`)
      if (screen === 'problem: verdict') {
        // Statement, then editor, then verdict, one above the other, each within the width.
        const statement = await box(page, '.statement')
        const editor = await box(page, '[data-testid=editor]')
        const output = await box(page, '[data-testid=output]')
        for (const b of [statement, editor, output]) expect(b.left >= 0 && b.right <= WIDTH, `stacked pane at ${JSON.stringify(b)}`).toBe(true)
        expect(statement.bottom).toBeLessThanOrEqual(editor.top)
        expect(editor.bottom).toBeLessThanOrEqual(output.top)
        // A wide result table scrolls inside its own box, not the page.
        const wrap = await box(page, '[data-testid=verdict] .table-wrap, [data-testid=verdict] table')
        expect(wrap.right).toBeLessThanOrEqual(WIDTH)
      }
    })
    expect(seen).toHaveLength(9)
    expect(violations).toEqual([])
  }, 240_000)
})
