import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkBank } from '../../src/check/node/check-bank.ts'
import { formatMutationReport } from '../../src/check/mutants/format-mutation-report.ts'
import { formatReport } from '../../src/cli/commands/check.ts'
import { REPO_ROOT } from '../../src/node/repository.ts'
import { readProblemFolders } from '../../src/problems/node/read-problems.ts'

// The whole bank, checked by running it, mutation testing included. Its time limit grows with the bank: a
// generous allowance per problem (each runs its reference, hidden cases, traps, alternates and mutants, often
// several times over) on top of starting the engines, so a bigger bank or a busy machine never meets a fixed limit.

const PROBLEMS = readProblemFolders(join(REPO_ROOT, 'problems'), REPO_ROOT).length
const STARTUP_MS = 120_000
const PER_PROBLEM_MS = 30_000

describe('the problem bank', () => {
  it('passes sqlprep check: every problem valid, every reference sound, every trap caught, every alternate accepted, and no mutant of a reference survives', async () => {
    // Mutation testing grades each mutant until a case rejects it (the example first): the statuses are those of
    // `sqlprep check --mutants`, which grades every mutant on every case to name each case's kills. A problem
    // unchanged since a run on this machine keeps its passing report (a fresh clone, as in CI, grades them all).
    const report = await checkBank({ mutants: 'first-rejection', mutationCache: true })
    expect(report.ok, formatReport(report)).toBe(true)
    expect(report.problems).toBe(PROBLEMS)
    expect(report.problems).toBeGreaterThanOrEqual(30)
    const mutation = report.mutation!
    const failing = mutation.problems.filter((p) => p.failures.length > 0 || p.tally.survived > 0)
    expect(mutation.ok, formatMutationReport({ ...mutation, problems: failing })).toBe(true)
    expect(mutation.totals.problems).toBe(PROBLEMS)
    expect(mutation.totals.generated).toBeGreaterThan(PROBLEMS)
  }, STARTUP_MS + PROBLEMS * PER_PROBLEM_MS)
})
