import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkProblem, LINT_VARIANTS } from '../../src/check/check-problem.ts'
import type { CaseJob, Engine } from '../../src/engine/types.ts'
import type { WorkerEngine } from '../../src/engine/worker-engine.ts'
import { compileProblem } from '../../src/problems/compile.ts'
import type { Problem } from '../../src/problems/problem.ts'
import { fixtureWorkerEngine, observedEngine } from '../support/engines.ts'
import { MINI_CASES, MINI_CONTEXT, MINI_FRONTMATTER, miniProblemFiles, type MiniProblemParts } from '../support/problem-files.ts'

let engine: WorkerEngine
beforeAll(async () => {
  engine = await fixtureWorkerEngine({ timeoutMs: 10_000 })
})
afterAll(() => engine.close())

function problem(parts: MiniProblemParts = {}): Problem {
  const r = compileProblem(miniProblemFiles(parts), MINI_CONTEXT)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.problem
}

describe('checking one problem by running it', () => {
  it('passes a sound problem and counts its cases, traps and alternates', async () => {
    const check = await checkProblem(engine, problem())
    expect(check).toMatchObject({ failures: [], hiddenCases: 2, traps: 1, alternates: 1 })
  })

  it('flags a reference whose answer depends on physical row order (a LIMIT that ignores a tie)', async () => {
    const check = await checkProblem(
      engine,
      problem({
        frontmatter: MINI_FRONTMATTER.replace(/grading:\n  order: .*\n/, '').replace('medium', 'easy'),
        statement: 'Return the `department` and `headcount` of the lowest-paid engineer, for a test.',
        solution: `select name as department, 1 as headcount from staff where dept_id = 1 order by salary limit 1`,
        cases: MINI_CASES.replace(/traps:[\s\S]*$/, `traps:\n  - id: t\n    why: returns another person entirely\n    sql: select 'x' as department, 1 as headcount\nalternates: []`),
      }),
    )
    expect(check.failures.some((f) => f.startsWith('ambiguous: the reference answers base differently'))).toBe(true)
  })

  it('fails when a trap is accepted on every case', async () => {
    const cases = MINI_CASES.replace(/traps:[\s\S]*?alternates:/, `traps:\n  - id: same-as-reference\n    why: not actually wrong at all\n    sql: |\n${indent(problem().solution)}\nalternates:`)
    const check = await checkProblem(engine, problem({ cases }))
    expect(check.failures).toEqual(['trap "same-as-reference" is accepted on every case (not actually wrong at all)'])
  })

  it('fails when an alternate is rejected on some case, naming the case and the diff', async () => {
    const cases = MINI_CASES.replace(/alternates:[\s\S]*$/, `alternates:\n  - id: by-name\n    why: groups by name only, which merges same-name departments\n    sql: |\n      select d.name as department, count(s.staff_id) as headcount from depts d left join staff s on s.dept_id = d.dept_id group by d.name order by headcount desc, department`)
    const check = await checkProblem(engine, problem({ cases }))
    expect(check.failures).toHaveLength(1)
    expect(check.failures[0]).toMatch(/^alternate "by-name" is not accepted on same-name-departments: /)
  })

  it('shows a wrong value in a rejected alternate as the row it changed, not as a missing row plus an extra one', async () => {
    const cases = MINI_CASES.replace(/alternates:[\s\S]*$/, `alternates:\n  - id: count-star\n    why: counts the NULL row an empty department gets from the left join\n    sql: |\n      select d.name as department, count(*) as headcount from depts d left join staff s on s.dept_id = d.dept_id group by d.dept_id, d.name order by headcount desc, department`)
    const check = await checkProblem(engine, problem({ cases }))
    expect(check.failures[0]).toMatch(/^alternate "count-star" is not accepted on base: .* First changed row: \(.*, 0\) became \(.*, 1\)\.$/)
  })

  it('fails when the reference is not sorted by the order it declares', async () => {
    const check = await checkProblem(engine, problem({ solution: problem().solution.replace('order by headcount desc, department', 'order by department') }))
    expect(check.failures).toContain('the reference is not sorted by its declared order on base (row 3)')
  })

  it('fails when the statement never names an output column', async () => {
    const check = await checkProblem(engine, problem({ statement: 'List every department with its number of staff. Departments with nobody count 0.' }))
    expect(check.failures).toEqual([
      'the statement never names output column `department` (write it in backticks)',
      'the statement never names output column `headcount` (write it in backticks)',
    ])
  })

  it('reports a reference that fails on a hidden case', async () => {
    const cases = MINI_CASES.replace('setup: delete from staff\n', 'setup: alter table depts rename column name to title\n')
    const check = await checkProblem(engine, problem({ cases }))
    expect(check.failures[0]).toMatch(/^the reference on empty-company fails: column d\.name does not exist/)
  })
})

describe('the example a statement shows', () => {
  it('warns when an example table has more rows than the statement shows, so the expected output could not be checked by hand', async () => {
    const cases = MINI_CASES.replace(
      'setup: delete from staff where staff_id in (5, 6)',
      "setup: delete from staff where staff_id in (5, 6); insert into depts select g, 'Team ' || g from generate_series(10, 45) g",
    )
    expect(cases).not.toBe(MINI_CASES)
    const check = await checkProblem(engine, problem({ cases }))
    expect(check.warnings).toContain("the example's table depts has more than 30 rows, so the statement cannot show them all: shrink it in example.setup")
    expect((await checkProblem(engine, problem())).warnings.join('\n')).not.toContain('example')
  })
})

describe('what a check runs', () => {
  /** The engine, recording every job it is given. */
  function recording(): { engine: Engine; jobs: CaseJob[] } {
    const jobs: CaseJob[] = []
    return { jobs, engine: observedEngine(engine, (job) => jobs.push(job)) }
  }

  it('runs a trap only until one case rejects it', async () => {
    const { engine: counting, jobs } = recording()
    const p = problem()
    const check = await checkProblem(counting, p)
    expect(check.failures).toEqual([])
    const withTrap = jobs.filter((j) => j.queries.some((q) => q.sql === p.traps[0]!.sql))
    expect(withTrap).toHaveLength(1)
  })

  it('lints the visible data under every variant and each hidden case under one', async () => {
    const { engine: counting, jobs } = recording()
    const p = problem()
    await checkProblem(counting, p)
    const linted = (setup: string | undefined) => jobs.filter((j) => j.variant?.planner && j.setup === setup).length
    expect(linted(undefined)).toBe(LINT_VARIANTS.length)
    expect(p.cases.map((c) => linted(c.setup))).toEqual(p.cases.map(() => 1))
  })
})

function indent(sql: string): string {
  return sql.split('\n').map((l) => `      ${l}`).join('\n')
}
