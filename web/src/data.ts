import { BANK_URL, SNAPSHOT_URL } from 'virtual:sqlprep-bank'
import type { BrowserBank, BrowserProblem, Problem } from './core.ts'

// The problem bank (JSON) and the database snapshot (gzipped tar) are assets built from problems/ and
// datasets/; the service worker keeps them for later visits and offline use.

export async function fetchBank(): Promise<BrowserBank> {
  const res = await fetch(new URL(BANK_URL, document.baseURI))
  if (!res.ok) throw new Error(`could not load the problem bank (${res.status})`)
  return res.json() as Promise<BrowserBank>
}

/** Where the engine worker fetches the database snapshot from (absolute: a worker resolves against its own URL). */
export function snapshotUrl(): string {
  return new URL(SNAPSHOT_URL, document.baseURI).href
}

/** A browser problem as the core's Problem. Its traps and mutation declarations stay out of the page (only
 * the bank check reads them), and grading never does, so it carries none. */
export function gradableProblem(problem: BrowserProblem): Problem {
  return { ...problem, traps: [], equivalentMutants: [] }
}
