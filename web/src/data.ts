import { BANK_URL, LAYER_URLS, SNAPSHOT_URL } from 'virtual:sqlprep-bank'
import type { BrowserBank, BrowserProblem, DatabaseSource, Problem } from './core.ts'

// The problem bank (JSON) and the database snapshot (gzipped tars: a base and a layer per dataset) are assets
// built from problems/ and datasets/; the service worker keeps them for later visits and offline use.

export async function fetchBank(): Promise<BrowserBank> {
  const res = await fetch(new URL(BANK_URL, document.baseURI))
  if (!res.ok) throw new Error(`could not load the problem bank (${res.status})`)
  return res.json() as Promise<BrowserBank>
}

/** Where the engine worker fetches the database from (absolute: a worker resolves against its own URL). */
export function databaseSource(): Extract<DatabaseSource, { kind: 'snapshot-url' }> {
  const absolute = (url: string) => new URL(url, document.baseURI).href
  return { kind: 'snapshot-url', url: absolute(SNAPSHOT_URL), layers: Object.fromEntries(Object.entries(LAYER_URLS).map(([name, url]) => [name, absolute(url)])) }
}

/** A browser problem as the core's Problem. Its traps and mutation declarations stay out of the page (only
 * the bank check reads them), and grading never does, so it carries none. */
export function gradableProblem(problem: BrowserProblem): Problem {
  return { ...problem, traps: [], equivalentMutants: [] }
}
