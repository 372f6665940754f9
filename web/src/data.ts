import { BANK_HASH, BANK_URL, DATASETS_URL } from 'virtual:sqlprep-bank'
import type { BrowserBank, DatasetFiles } from './core.ts'

// The problem bank and the dataset files are JSON assets built from problems/ and datasets/.

export { BANK_HASH }

export async function fetchBank(): Promise<BrowserBank> {
  const res = await fetch(new URL(BANK_URL, document.baseURI))
  if (!res.ok) throw new Error(`could not load the problem bank (${res.status})`)
  return res.json() as Promise<BrowserBank>
}

export async function fetchDatasets(): Promise<DatasetFiles[]> {
  const res = await fetch(new URL(DATASETS_URL, document.baseURI))
  if (!res.ok) throw new Error(`could not load the datasets (${res.status})`)
  return res.json() as Promise<DatasetFiles[]>
}
