import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateMutants } from '../../../src/check/mutants/generate-mutants.ts'
import { gradeCandidatesOnCase } from '../../../src/check/mutants/grade-candidates.ts'
import { mutateProblem } from '../../../src/check/mutants/mutate-problem.ts'
import type { WorkerEngine } from '../../../src/engine/worker-engine.ts'
import type { ProblemMutation } from '../../../src/check/mutants/mutation-report.ts'
import { problemCases } from '../../../src/judge/grade-problem.ts'
import { compileProblem } from '../../../src/problems/compile.ts'
import type { Problem } from '../../../src/problems/problem.ts'
import { fixtureWorkerEngine, observedEngine } from '../../support/engines.ts'
import { MINI_CONTEXT, miniProblemFiles, type MiniProblemParts } from '../../support/problem-files.ts'
import { RUNAWAY_COUNT } from '../../support/runaway.ts'

let engine: WorkerEngine
beforeAll(async () => {
  engine = await fixtureWorkerEngine({ timeoutMs: 3000 })
})
afterAll(() => engine.close())

function problem(parts: MiniProblemParts = {}): Problem {
  const r = compileProblem(miniProblemFiles(parts), MINI_CONTEXT)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.problem
}

describe('mutation testing one problem', () => {
  it('kills the LEFT-to-INNER mutant on the case with an empty department and says which case did', async () => {
    const result = await mutateProblem(engine, problem())
    const inner = result.mutants.find((m) => m.key.startsWith('swap-join-type:'))
    expect(inner).toMatchObject({ status: 'killed' })
    expect(inner?.rejectedBy).toContain(inner?.case)
    expect(result.traps).toEqual([expect.objectContaining({ id: 'inner-join', case: expect.any(String) })])
    expect(result.tally.generated).toBe(result.mutants.length)
    expect(result.tally.killed + result.tally.invalid + result.tally.equivalent + result.tally.survived).toBe(result.tally.generated)
  })

  it('reports a mutant no case rejects as a survivor, and as equivalent once declared by its key or its text', async () => {
    const first = await mutateProblem(engine, problem())
    const survivor = first.mutants.find((m) => m.status === 'survived')
    expect(survivor).toBeDefined()
    const byKey = await mutateProblem(engine, { ...problem(), equivalentMutants: [{ mutant: survivor!.key, why: 'cannot change the rows, for a test' }] })
    expect(byKey.mutants.find((m) => m.key === survivor!.key)).toMatchObject({ status: 'equivalent', reason: 'cannot change the rows, for a test' })
    expect(byKey.failures).toEqual([])
    const generated = await generateMutants(problem().solution, { orderedContract: true })
    const text = generated.ok ? generated.mutants.find((m) => m.key === survivor!.key)!.sql : ''
    const byText = await mutateProblem(engine, { ...problem(), equivalentMutants: [{ mutant: text.replace(/\s+/g, '\n  ').toUpperCase(), why: 'the same, named by its text' }] })
    expect(byText.mutants.find((m) => m.key === survivor!.key)).toMatchObject({ status: 'equivalent' })
  })

  it('reaches the same verdicts when it grades the example first and stops at the first case that rejects a candidate, with fewer runs', async () => {
    const counted = (depth: 'every-case' | 'first-rejection') => {
      let queries = 0
      const counting = observedEngine(engine, (job) => (queries += job.queries.length))
      return mutateProblem(counting, problem(), { depth }).then((result) => ({ result, queries }))
    }
    const every = await counted('every-case')
    const first = await counted('first-rejection')
    const statuses = (r: ProblemMutation) => r.mutants.map((m) => `${m.key} ${m.status}`)
    expect(statuses(first.result)).toEqual(statuses(every.result))
    for (const m of first.result.mutants.filter((v) => v.status === 'killed')) {
      expect(m.rejectedBy).toEqual([m.case])
      expect(every.result.mutants.find((v) => v.key === m.key)?.rejectedBy).toContain(m.case)
    }
    expect(first.queries).toBeLessThan(every.queries)
  })

  it('fails on a declaration that matches no mutant (stale) and on one that a case kills', async () => {
    const first = await mutateProblem(engine, problem())
    const killed = first.mutants.find((m) => m.status === 'killed')!
    const result = await mutateProblem(engine, { ...problem(), equivalentMutants: [
      { mutant: 'flip-comparison: "nothing" -> "here"', why: 'stale on purpose, for a test' },
      { mutant: killed.key, why: 'wrongly declared, for a test' },
    ] })
    expect(result.failures).toEqual([
      expect.stringContaining('matches no mutant of the reference (stale'),
      expect.stringContaining(`is declared equivalent but is killed on ${killed.case}`),
    ])
  })

  it('counts a mutant that errors as invalid, with the error and the case, not as killed', async () => {
    const result = await mutateProblem(
      engine,
      problem({
        solution: `select name as department, count(*) over (order by hired_on, staff_id rows between 1 preceding and current row) as headcount
from staff order by headcount desc, department`,
      }),
    )
    // RANGE with an offset needs exactly one ORDER BY column: PostgreSQL refuses the mutant.
    expect(result.mutants.find((m) => m.key.includes('range between 1 preceding'))).toMatchObject({
      status: 'invalid',
      case: 'base',
      reason: expect.stringMatching(/^error: RANGE with offset/),
    })
    expect(result.tally.invalid).toBeGreaterThan(0)
  })
})

describe('grading candidates on one case', () => {
  it('grades a batch against one run of the reference, and a candidate that runs away a timeout, keeping the answers before it and running only those after it again', async () => {
    const p = problem()
    const base = problemCases(p)[0]!
    // The engine's own limit (for the whole job) is well above a candidate's: each query has its own.
    const roomy = await fixtureWorkerEngine({ timeoutMs: 20_000 })
    const jobs: number[] = []
    const counting = observedEngine(roomy, (job) => jobs.push(job.queries.length))
    try {
      const graded = await gradeCandidatesOnCase(counting, p, base, [
        p.solution,
        'select 1 as department, 2 as headcount',
        'select nope from staff',
        RUNAWAY_COUNT.replace('count(*)', 'count(*) as department, 1 as headcount'),
        'delete from staff',
      ])
      expect(graded).toEqual({
        ok: true,
        grades: [
          { kind: 'pass' },
          { kind: 'wrong' },
          { kind: 'error', message: expect.stringContaining('nope') },
          { kind: 'timeout', message: expect.stringContaining('3000 ms') },
          { kind: 'rejected', message: expect.any(String) },
        ],
      })
      // The reference and five candidates; then only the candidate after the runaway.
      expect(jobs).toEqual([6, 1])
    } finally {
      await roomy.close()
    }
  })
})
