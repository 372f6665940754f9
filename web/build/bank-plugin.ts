import type { Plugin } from 'vite'
import { buildBrowserBank } from './bank-data.ts'

// Compiles the bank at build time (a broken problem file fails the build with the checker's message) and
// emits it as JSON assets fetched at run time, so the initial JavaScript stays small.

const VIRTUAL = 'virtual:sqlprep-bank'

export function bankPlugin(): Plugin {
  let assets: { bank: string; datasets: string; hash: string } | null = null
  let sources: { bank: string; datasets: string } | null = null
  return {
    name: 'sqlprep-bank',
    async buildStart() {
      const { bank, datasets } = await buildBrowserBank()
      assets = { bank: `data/bank-${bank.hash}.json`, datasets: `data/datasets-${bank.hash}.json`, hash: bank.hash }
      sources = { bank: JSON.stringify(bank), datasets: JSON.stringify(datasets) }
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null
    },
    load(id) {
      if (id !== `\0${VIRTUAL}` || !assets) return null
      return `export const BANK_URL = ${JSON.stringify(assets.bank)};
export const DATASETS_URL = ${JSON.stringify(assets.datasets)};
export const BANK_HASH = ${JSON.stringify(assets.hash)};`
    },
    generateBundle() {
      if (!assets || !sources) return
      this.emitFile({ type: 'asset', fileName: assets.bank, source: sources.bank })
      this.emitFile({ type: 'asset', fileName: assets.datasets, source: sources.datasets })
    },
  }
}
