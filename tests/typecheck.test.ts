import { describe, expect, it } from 'vitest'
import { runCommand } from './support/run-cli.ts'

// `npm run typecheck` (one config per environment: core, core-node, web, node, browser driver) as a test, so it
// runs beside the other Node tests instead of before all of them, and a type error shows in the test count.

describe('the TypeScript', () => {
  it('type-checks in every environment (npm run typecheck)', async () => {
    const { code, stdout, stderr } = await runCommand('npm', ['run', '-s', 'typecheck'])
    expect(code, `${stdout}${stderr}`).toBe(0)
  }, 300_000)
})
