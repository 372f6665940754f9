import type { Page } from 'playwright-core'
import { setQuery, solvedCount, verdictAfter, waitForEngine } from './browser.ts'

// Every screen of the app, in one walk a learner could take: the problem list, a problem with a Run and a
// wrong Submit on screen, the dashboard, the plan before and after its start, and a mock round's setup, the
// round itself and its post-mortem. `check` is called once the screen has rendered.

export const SCREEN_SLUG = 'customers-without-orders'
const WRONG = `select c.customer_id, c.full_name, c.signup_date from customers c
where exists (select 1 from orders o where o.customer_id = c.customer_id)
order by c.signup_date, c.customer_id`

export type Screen = 'problem list' | 'problem: run' | 'problem: verdict' | 'dashboard' | 'plan: not started' | 'plan' | 'mock: setup' | 'mock: round' | 'mock: post-mortem'

export async function visitEveryScreen(page: Page, appUrl: string, check: (screen: Screen) => Promise<void>): Promise<Screen[]> {
  const seen: Screen[] = []
  const at = async (screen: Screen) => {
    seen.push(screen)
    await check(screen)
  }

  await page.goto(appUrl)
  await page.waitForSelector('[data-testid=problem-row]')
  await solvedCount(page)
  await at('problem list')

  await page.goto(`${appUrl}#/p/${SCREEN_SLUG}`)
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 })
  await waitForEngine(page)
  await setQuery(page, WRONG)
  await verdictAfter(page, 'run')
  await page.waitForSelector('[data-testid=run-actual] tbody tr')
  await at('problem: run')
  const verdict = await verdictAfter(page, 'submit')
  if (verdict !== 'wrong_answer') throw new Error(`the wrong query got ${verdict}, not wrong_answer`)
  await page.waitForSelector('[data-testid=verdict]')
  await at('problem: verdict')

  await page.goto(`${appUrl}#/dashboard`)
  await page.waitForSelector('[data-testid=export]')
  await at('dashboard')

  await page.goto(`${appUrl}#/plan`)
  await page.waitForSelector('[data-testid=plan-save]')
  await at('plan: not started')
  await page.click('[data-testid=plan-save]')
  await page.waitForSelector('[data-testid=plan-pace]')
  await at('plan')

  await page.goto(`${appUrl}#/mock`)
  await page.waitForSelector('[data-testid=start-round]')
  await at('mock: setup')
  await page.click('[data-testid=start-round]')
  await page.waitForSelector('[data-testid=round] .monaco-editor .view-lines', { timeout: 30_000 })
  await at('mock: round')
  await page.click('[data-testid=finish-round]')
  await page.click('[data-testid=confirm-finish]')
  await page.waitForSelector('[data-testid=post-mortem]')
  await at('mock: post-mortem')
  return seen
}
