import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// `npm run typecheck` (one config per environment: core, core-node, web, node, browser driver) as a test, so it
// runs beside the other Node tests instead of before all of them, and a type error shows in the test count.

const ROOT = fileURLToPath(new URL('../', import.meta.url))

describe('the TypeScript', () => {
  it('type-checks in every environment (npm run typecheck)', async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) =>
      execFile('npm', ['run', '-s', 'typecheck'], { cwd: ROOT, maxBuffer: 20_000_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` }),
      ),
    )
    expect(code, output).toBe(0)
  }, 300_000)
})
