import { existsSync, mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterEach, beforeEach } from 'vitest'

// Debian's chromium driven by playwright-core. A missing browser fails the run: it is never a skip.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A fresh browser with a profile of its own (empty IndexedDB, no service worker); the profile is deleted on close. */
export async function launch(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) — browser tests never skip`)
  const profile = mkdtempSync(join(tmpdir(), 'sqlprep-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1366, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  // Closing also deletes the profile (it holds the cached app and database snapshot); Chromium may still be
  // writing it as it exits, hence the retries.
  const closeBrowser = context.close.bind(context)
  return Object.assign(context, {
    close: async (options?: Parameters<BrowserContext['close']>[0]) => {
      await closeBrowser(options)
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    },
  })
}

export async function openPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? context.newPage()
}

export async function waitForEngine(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=engine-status][data-ready=true]', { timeout: 90_000 })
}

export async function openProblem(page: Page, appUrl: string, slug: string): Promise<void> {
  await page.goto(`${appUrl}#/p/${slug}`)
  await page.waitForSelector('.monaco-editor', { timeout: 30_000 })
  await waitForEngine(page)
}

/** Replaces the editor's text, as a learner's typing would. */
export async function setQuery(page: Page, sql: string): Promise<void> {
  await page.evaluate((text) => (window as unknown as { __sqlprepEditor: { setValue(s: string): void } }).__sqlprepEditor.setValue(text), sql)
}

/** Clicks Run or Submit and returns the verdict name of that execution. */
export async function verdictAfter(page: Page, button: 'run' | 'submit', timeout = 30_000): Promise<string> {
  const before = Number(await page.getAttribute('[data-testid=output]', 'data-seq'))
  await page.click(`[data-testid=${button}]`)
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=output]')?.getAttribute('data-seq')) > n, before, { timeout })
  return (await page.getAttribute('[data-testid=output]', 'data-verdict')) ?? ''
}

/** The header's solved count, once the saved progress has been read (it shows "…" until then). */
export async function solvedCount(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid=solved-count][data-loaded=true]', { timeout: 120_000 })
  const text = (await page.textContent('[data-testid=solved-count]')) ?? ''
  return Number(/(\d+)/.exec(text)?.[1] ?? NaN)
}

/** Waits until the app's progress events are all written to IndexedDB (before a reload). */
export async function progressSaved(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __sqlprepStore: { whenSaved(): Promise<void> } }).__sqlprepStore.whenSaved())
}

/** A fresh browser (its own profile) around each test of the calling file: read `context` and `page` from it. */
export function freshBrowserPerTest(): { context: BrowserContext; page: Page } {
  const current = {} as { context: BrowserContext; page: Page }
  beforeEach(async () => {
    current.context = await launch()
    current.page = await openPage(current.context)
  })
  afterEach(() => current.context?.close())
  return current
}
