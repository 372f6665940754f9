import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'
import { buildBrowserBank } from './bank-data.ts'

// Compiles the bank at build time (a broken problem file fails the build with the checker's message) and
// emits it as assets fetched at run time, so the initial JavaScript stays small: the problems as JSON, and
// the database as gzipped PGlite snapshots — a base every page starts from, in about a second where building
// it in the browser (initdb + loading) takes several, and one layer per dataset, fetched when first read.

const VIRTUAL = 'virtual:sqlprep-bank'

interface Assets {
  bank: string
  snapshot: string
  /** By dataset schema. */
  layers: Record<string, string>
}

export function bankPlugin(): Plugin {
  let assets: Assets | null = null
  let sources: Map<string, string | Uint8Array> | null = null
  return {
    name: 'sqlprep-bank',
    async buildStart() {
      const { bank, snapshot } = await buildBrowserBank()
      // Named by their content: a page never combines a base and a layer from different builds.
      const named = (prefix: string, tar: Uint8Array) => ({ file: `data/${prefix}-${createHash('sha256').update(tar).digest('hex').slice(0, 12)}.tar.gz`, source: gzipSync(tar, { level: 6 }) })
      const base = named('database', snapshot.base)
      const layers = Object.entries(snapshot.layers).map(([name, tar]) => ({ name, ...named(`dataset-${name}`, tar) }))
      assets = { bank: `data/bank-${bank.hash}.json`, snapshot: base.file, layers: Object.fromEntries(layers.map((l) => [l.name, l.file])) }
      sources = new Map<string, string | Uint8Array>([[assets.bank, JSON.stringify(bank)], [base.file, base.source], ...layers.map((l): [string, Uint8Array] => [l.file, l.source])])
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null
    },
    load(id) {
      if (id !== `\0${VIRTUAL}` || !assets) return null
      return `export const BANK_URL = ${JSON.stringify(assets.bank)};
export const SNAPSHOT_URL = ${JSON.stringify(assets.snapshot)};
export const LAYER_URLS = ${JSON.stringify(assets.layers)};`
    },
    generateBundle() {
      for (const [fileName, source] of sources ?? []) this.emitFile({ type: 'asset', fileName, source })
    },
  }
}
