import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../../src/engine/types.ts'
import type { WorkerEngine } from '../../src/engine/worker-engine.ts'
import { expectedRows, prepareProblem, runProblem, submitProblem } from '../../src/judge/grade-problem.ts'
import { compileProblem } from '../../src/problems/compile.ts'
import type { Problem } from '../../src/problems/problem.ts'
import { HINTS } from '../../src/grader/hints.ts'
import { fixtureWorkerEngine, observedEngine } from '../support/engines.ts'
import { MINI_CONTEXT, miniProblemFiles } from '../support/problem-files.ts'
import { RUNAWAY_COUNT } from '../support/runaway.ts'

let engine: WorkerEngine
let problem: Problem
beforeAll(async () => {
  engine = await fixtureWorkerEngine({ timeoutMs: 2000 })
  const r = compileProblem(miniProblemFiles(), MINI_CONTEXT)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  problem = r.problem
})
afterAll(() => engine.close())

/** The fixture engine seen through a new engine object (a fresh reference cache) that counts each job's queries. */
function countingEngine(): { counting: Engine; queriesPerJob: number[] } {
  const queriesPerJob: number[] = []
  return { counting: observedEngine(engine, (job) => queriesPerJob.push(job.queries.length)), queriesPerJob }
}

describe('submitting a query for a problem', () => {
  it('accepts the reference and an alternate formulation on every case', async () => {
    expect(await submitProblem(engine, problem, problem.solution)).toMatchObject({ verdict: 'accepted', casesPassed: 5, casesTotal: 5 })
    expect((await submitProblem(engine, problem, problem.alternates[0]!.sql)).verdict).toBe('accepted')
  })

  it('names the hidden case a wrong answer fails, with its why, a diff and a hint', async () => {
    const v = await submitProblem(engine, problem, problem.traps[0]!.sql)
    expect(v).toMatchObject({
      verdict: 'wrong_answer',
      casesPassed: 0,
      case: { id: 'base', hidden: false },
      diff: { kind: 'rows', missing: [['Legal', '0']], extraCount: 0 },
      hints: [HINTS.outerJoin],
    })
  })

  it('reports the first case that fails when the visible data passes', async () => {
    const byNameOnly = `select d.name as department, count(s.staff_id) as headcount from depts d left join staff s on s.dept_id = d.dept_id group by d.name order by headcount desc, department`
    const v = await submitProblem(engine, problem, byNameOnly)
    expect(v).toMatchObject({
      verdict: 'wrong_answer',
      casesPassed: 4,
      case: { id: 'same-name-departments', hidden: true, why: 'Two departments share a name; grouping by name alone merges them.' },
    })
  })

  it('reports a wrong order with the first row out of place', async () => {
    const v = await submitProblem(engine, problem, problem.solution.replace('order by headcount desc, department', 'order by department'))
    expect(v).toMatchObject({ verdict: 'wrong_answer', diff: { kind: 'order', position: 2, expectedRow: ['Sales', '2'], actualRow: ['Legal', '0'] } })
  })

  it('returns a SQL error with SQLSTATE and position, and a rejection before running', async () => {
    expect(await submitProblem(engine, problem, 'select nme from depts')).toMatchObject({
      verdict: 'error',
      error: { sqlstate: '42703', position: 8 },
    })
    expect(await submitProblem(engine, problem, 'delete from staff')).toMatchObject({ verdict: 'rejected', reason: 'statement_not_allowed' })
  })

  it('stops a runaway query with a timeout verdict and grades the next query normally', async () => {
    const v = await submitProblem(engine, problem, RUNAWAY_COUNT.replace('count(*)', 'count(*) as headcount, 1 as department'))
    expect(v).toMatchObject({ verdict: 'timeout', limitMs: 2000, case: { id: 'base' } })
    expect((await submitProblem(engine, problem, problem.solution)).verdict).toBe('accepted')
  })

  it('catches a missing ORDER BY that the stored row order hides, on the visible data stored in another order', async () => {
    const inStoredOrder = `select d.name as department, (select count(*) from staff s where s.dept_id = d.dept_id) as headcount from depts d`
    const run = await runProblem(engine, problem, inStoredOrder)
    // The visible data happens to be stored in the required order: its rows are the expected ones.
    expect(run.rows).toMatchObject({ outcome: 'rows', rows: [['Engineering', '3'], ['Sales', '2'], ['Legal', '0']] })
    expect(await submitProblem(engine, problem, inStoredOrder)).toMatchObject({
      verdict: 'wrong_answer',
      case: { id: 'reordered', hidden: false, why: expect.stringContaining('ORDER BY') },
      diff: { kind: 'order' },
    })
  })

  it('computes the reference once per case on an engine, and grades a second Submit on the candidate alone', async () => {
    const { counting, queriesPerJob } = countingEngine()
    const first = await submitProblem(counting, problem, problem.alternates[0]!.sql)
    const second = await submitProblem(counting, problem, problem.traps[0]!.sql)
    const third = await submitProblem(counting, problem, problem.alternates[0]!.sql)
    expect([first.verdict, second.verdict, third.verdict]).toEqual(['accepted', 'wrong_answer', 'accepted'])
    expect(queriesPerJob).toEqual([2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1])
  })

  it('readies an engine when a problem opens: the first Submit then runs the learner’s query alone on every case', async () => {
    const { counting, queriesPerJob } = countingEngine()
    await prepareProblem(counting, problem)
    expect(queriesPerJob).toEqual([1, 1, 1, 1, 1])
    await prepareProblem(counting, problem) // nothing left to compute
    expect(queriesPerJob).toHaveLength(5)
    const v = await submitProblem(counting, problem, problem.alternates[0]!.sql)
    expect(v).toMatchObject({ verdict: 'accepted', timing: { referenceMs: 0 } })
    expect(queriesPerJob.slice(5)).toEqual([1, 1, 1, 1, 1])
  })

  it('reports too many rows without building the whole result', async () => {
    const v = await submitProblem(engine, problem, 'select g as department, g as headcount from generate_series(1, 50000) g')
    expect(v).toMatchObject({ verdict: 'too_many_rows', limit: 10_000, expectedRowCount: 3 })
  })
})

describe('running a query', () => {
  it('shows the learner their own rows on the visible data and grades the query on the statement’s example only', async () => {
    const report = await runProblem(engine, problem, 'select name as department, 0 as headcount from depts')
    expect(report.rows).toMatchObject({ outcome: 'rows', columns: ['department', 'headcount'] })
    if (report.rows.outcome === 'rows') expect(report.rows.rows).toHaveLength(3)
    expect(report.example).toMatchObject({ verdict: 'wrong_answer', casesTotal: 1, case: { id: 'example' } })
    expect(report).not.toHaveProperty('expected')
  })

  it('gives the expected rows on the visible data only when asked for them', async () => {
    expect(await expectedRows(engine, problem)).toMatchObject({ outcome: 'rows', rows: [['Engineering', '3'], ['Sales', '2'], ['Legal', '0']] })
  })

  it('reports a SQL error of Run with its position, without running the broken query again on the example', async () => {
    const report = await runProblem(engine, problem, 'select nme from depts')
    expect(report.rows).toMatchObject({ outcome: 'error', error: { sqlstate: '42703', position: 8 } })
    expect(report.example).toBeNull()
  })
})
