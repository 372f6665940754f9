import { describe, expect, it } from 'vitest'
import type { TestSpecification, Vitest } from 'vitest/node'
import { SlowFilesFirst } from './slow-files-first.ts'

// With no timings cached (a fresh clone), vitest would start files largest first: the bank check, a small
// file, last. The suite's sequencer starts it first in its group, and keeps the browser group after the rest.

function spec(moduleId: string, project: 'node' | 'browser'): TestSpecification {
  const config = { sequence: { groupOrder: project === 'node' ? 0 : 1 }, isolate: true }
  return { moduleId: `/repo/${moduleId}`, project: { name: project, config } } as unknown as TestSpecification
}

describe('the test sequencer', () => {
  it('starts the bank check and the CLI test first in the node group when no timings are cached, and the browser files last', async () => {
    const sizes: Record<string, number> = { 'tests/check/bank.test.ts': 1_000, 'tests/cli/cli.test.ts': 10_000, 'tests/judge/big.test.ts': 30_000, 'tests/browser/app.test.ts': 50_000 }
    const ctx = {
      config: { root: '/repo' },
      cache: { getFileTestResults: () => undefined, getFileStats: (key: string) => ({ size: sizes[key.split(':')[1]!] ?? 0 }) },
    } as unknown as Vitest
    const files = [spec('tests/browser/app.test.ts', 'browser'), spec('tests/judge/big.test.ts', 'node'), spec('tests/check/bank.test.ts', 'node'), spec('tests/cli/cli.test.ts', 'node')]
    const order = (await new SlowFilesFirst(ctx).sort(files)).map((f) => f.moduleId.replace('/repo/', ''))
    expect(order).toEqual(['tests/check/bank.test.ts', 'tests/cli/cli.test.ts', 'tests/judge/big.test.ts', 'tests/browser/app.test.ts'])
  })
})
