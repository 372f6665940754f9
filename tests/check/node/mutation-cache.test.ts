import { describe, expect, it } from 'vitest'
import { openMutationCache } from '../../../src/check/node/mutation-cache.ts'
import type { ProblemMutation } from '../../../src/check/mutants/mutation-report.ts'
import type { DatasetFiles } from '../../../src/engine/types.ts'
import { compileProblem } from '../../../src/problems/compile.ts'
import type { Problem } from '../../../src/problems/problem.ts'
import { MINI_CONTEXT, miniProblemFiles } from '../../support/problem-files.ts'

// The bank test keeps each problem's passing mutation report on disk: a report may come back only for the
// same problem on the same data, and a failing one never does. ('every-case': the bank test keeps its own
// 'first-rejection' file, which this test must not touch.)

function problem(): Problem {
  const r = compileProblem(miniProblemFiles(), MINI_CONTEXT)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.problem
}

const MINI: DatasetFiles = { name: 'mini', schemaSql: 'create table depts (dept_id int)', tables: [{ name: 'depts', csv: 'dept_id\n1\n' }] }

function report(p: Problem, survived: number): ProblemMutation {
  const tally = { problems: 1, generated: 3, killed: 3 - survived, invalid: 0, equivalent: 0, survived, killRate: (3 - survived) / 3 }
  return { path: p.path, slug: p.slug, difficulty: p.difficulty, tally, mutants: [], traps: [], idleCases: [], failures: [], seconds: 1.5 }
}

describe('the mutation report cache', () => {
  it('gives a passing report back to the next run, for the same problem on the same data only', () => {
    const p = { ...problem(), solution: `${problem().solution} -- ${Math.random()}` }
    const first = openMutationCache([MINI], 'every-case')
    expect(first.get(p)).toBeNull()
    first.put(p, report(p, 0))
    first.save()
    expect(openMutationCache([MINI], 'every-case').get(p)).toEqual(report(p, 0))
    expect(openMutationCache([MINI], 'every-case').get({ ...p, solution: `${p.solution} ` })).toBeNull()
    expect(openMutationCache([{ ...MINI, tables: [{ name: 'depts', csv: 'dept_id\n2\n' }] }], 'every-case').get(p)).toBeNull()
    expect(openMutationCache([MINI], 'first-rejection').get(p)).toBeNull()
  })

  it('never keeps a report with a survivor or a defect: that problem is graded again', () => {
    const p = { ...problem(), solution: `${problem().solution} -- ${Math.random()}` }
    const cache = openMutationCache([MINI], 'every-case')
    cache.put(p, report(p, 1))
    cache.put({ ...p, slug: 'other' }, { ...report(p, 0), failures: ['equivalent_mutants: stale'] })
    cache.save()
    const next = openMutationCache([MINI], 'every-case')
    expect(next.get(p)).toBeNull()
    expect(next.get({ ...p, slug: 'other' })).toBeNull()
  })
})
