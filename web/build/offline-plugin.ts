import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

// libpg-query's wasm is fetched by name from the folder of the script that loads it (the worker chunk
// in assets/), and a service worker precaches every emitted file so the app works offline.

export function offlinePlugin(): Plugin {
  return {
    name: 'sqlprep-offline',
    apply: 'build',
    generateBundle(_options, bundle) {
      this.emitFile({
        type: 'asset',
        fileName: 'assets/libpg-query.wasm',
        source: readFileSync(new URL('../../node_modules/libpg-query/wasm/libpg-query.wasm', import.meta.url)),
      })
      const files = [...Object.keys(bundle), 'assets/libpg-query.wasm'].filter((f) => !f.endsWith('.map')).sort()
      const version = files.join('|').length.toString(36) + '-' + hash(files.join('|'))
      const sw = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8')
        .replace('__VERSION__', version)
        .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]))
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: sw })
    },
  }
}

function hash(s: string): string {
  let h = 5381
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) >>> 0
  return h.toString(36)
}
