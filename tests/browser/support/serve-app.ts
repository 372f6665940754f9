import type { TestProject } from 'vitest/node'

// Builds the app for production (vitest sets NODE_ENV=test, which would bundle React's development build)
// and serves it with `vite preview` on 127.0.0.1 for the browser tests.
export default async function serveApp(project: TestProject): Promise<() => Promise<void>> {
  process.env.NODE_ENV = 'production'
  const { build, preview } = await import('vite')
  const root = new URL('../../../', import.meta.url).pathname
  await build({ root: `${root}web`, configFile: `${root}vite.config.ts`, mode: 'production', logLevel: 'error' })
  const server = await preview({ configFile: `${root}vite.config.ts`, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' })
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
