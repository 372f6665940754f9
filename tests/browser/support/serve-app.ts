import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
// The tests' own build, so that running them never replaces a developer's dist/. Two runs at once on one
// checkout each need their own: SQLPREP_TEST_DIST names another directory.
const TEST_DIST = process.env.SQLPREP_TEST_DIST ?? join(ROOT, 'node_modules', '.cache', 'sqlprep-test-dist')

// Builds the app for production (vitest sets NODE_ENV=test, which would bundle React's development build)
// and serves it with `vite preview` on 127.0.0.1 for the browser tests.
export default async function serveApp(project: TestProject): Promise<() => Promise<void>> {
  process.env.NODE_ENV = 'production'
  const { build, preview } = await import('vite')
  const configFile = join(ROOT, 'vite.config.ts')
  const output = { outDir: TEST_DIST, emptyOutDir: true }
  await build({ root: join(ROOT, 'web'), configFile, mode: 'production', logLevel: 'error', build: output })
  const server = await preview({ configFile, build: output, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  project.provide('appUrl', url)
  return async () => {
    await server.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string
  }
}
