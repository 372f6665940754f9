import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkBank } from '../../src/check/node/check-bank.ts'
import { formatReport } from '../../src/cli/commands/check.ts'
import { REPO_ROOT } from '../../src/node/repository.ts'
import { readProblemFolders } from '../../src/problems/node/read-problems.ts'

// The whole bank, checked by running it. Its time limit grows with the bank: a generous allowance per
// problem (each runs its reference, hidden cases, traps and alternates, often several times over) on top
// of starting the engines, so a bigger bank or a busy machine never meets a fixed limit.

const PROBLEMS = readProblemFolders(join(REPO_ROOT, 'problems'), REPO_ROOT).length
const STARTUP_MS = 120_000
const PER_PROBLEM_MS = 30_000

describe('the problem bank', () => {
  it('passes sqlprep check: every problem valid, every reference sound, every trap caught, every alternate accepted', async () => {
    const report = await checkBank()
    expect(report.ok, formatReport(report)).toBe(true)
    expect(report.problems).toBe(PROBLEMS)
    expect(report.problems).toBeGreaterThanOrEqual(30)
  }, STARTUP_MS + PROBLEMS * PER_PROBLEM_MS)
})
