import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'
import { buildBrowserBank } from './bank-data.ts'

// Compiles the bank at build time (a broken problem file fails the build with the checker's message) and
// emits it as assets fetched at run time, so the initial JavaScript stays small: the problems as JSON, and
// the database (every dataset loaded) as a gzipped PGlite snapshot, which starts in about a second where
// building it in the browser (initdb + loading) takes several.

const VIRTUAL = 'virtual:sqlprep-bank'

export function bankPlugin(): Plugin {
  let assets: { bank: string; snapshot: string } | null = null
  let sources: { bank: string; snapshot: Uint8Array } | null = null
  return {
    name: 'sqlprep-bank',
    async buildStart() {
      const { bank, snapshot } = await buildBrowserBank()
      assets = { bank: `data/bank-${bank.hash}.json`, snapshot: `data/database-${bank.hash}.tar.gz` }
      sources = { bank: JSON.stringify(bank), snapshot: gzipSync(snapshot, { level: 6 }) }
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null
    },
    load(id) {
      if (id !== `\0${VIRTUAL}` || !assets) return null
      return `export const BANK_URL = ${JSON.stringify(assets.bank)};
export const SNAPSHOT_URL = ${JSON.stringify(assets.snapshot)};`
    },
    generateBundle() {
      if (!assets || !sources) return
      this.emitFile({ type: 'asset', fileName: assets.bank, source: sources.bank })
      this.emitFile({ type: 'asset', fileName: assets.snapshot, source: sources.snapshot })
    },
  }
}
