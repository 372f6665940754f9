import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkProblem } from '../../src/check/check-problem.ts'
import { mutateProblem } from '../../src/check/mutants/mutate-problem.ts'
import type { WorkerEngine } from '../../src/engine/worker-engine.ts'
import { computeExample } from '../../src/judge/example.ts'
import { runProblem, submitProblem } from '../../src/judge/grade-problem.ts'
import { compileProblem } from '../../src/problems/compile.ts'
import type { Problem } from '../../src/problems/problem.ts'
import { fixtureWorkerEngine } from '../support/engines.ts'
import { MINI_CONTEXT, MINI_TRANSFORM_FRONTMATTER, MINI_TRANSFORM_SOLUTION, miniTransformFiles, type MiniProblemParts } from '../support/problem-files.ts'
import { RUNAWAY_COUNT } from '../support/runaway.ts'

// Write tasks (kind: transform): the learner's script and the reference each run on every case, and the
// target tables they leave are compared; an idempotent task's script runs twice.

let engine: WorkerEngine
beforeAll(async () => {
  engine = await fixtureWorkerEngine({ timeoutMs: 3000 })
})
afterAll(() => engine.close())

function task(parts: MiniProblemParts = {}): Problem {
  const r = compileProblem(miniTransformFiles(parts), MINI_CONTEXT)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.problem
}

const UPDATE_STAFF = `update staff set dept_id = (select min(dept_id) from depts where name = 'Unassigned') where dept_id is null;`

describe('grading a write task by the tables it leaves', () => {
  it('accepts the reference and an alternate written as one statement with a data-modifying CTE', async () => {
    const p = task()
    expect(await submitProblem(engine, p, p.solution)).toMatchObject({ verdict: 'accepted', casesPassed: 5, casesTotal: 5 })
    expect(await submitProblem(engine, p, p.alternates[0]!.sql)).toMatchObject({ verdict: 'accepted' })
  })

  it('says a script that inserts again on a second run is not idempotent, naming the table and the extra row', async () => {
    const p = task()
    const v = await submitProblem(engine, p, p.traps[0]!.sql)
    expect(v).toMatchObject({
      verdict: 'wrong_answer',
      case: { id: 'base' },
      table: 'depts',
      afterRerun: true,
      diff: { kind: 'rows', extra: [['5', 'Unassigned']], missingCount: 0 },
      hints: [],
    })
  })

  it('grades the first run’s tables first, then reports an error of the second run as an error that says so', async () => {
    const once = `insert into depts values (4, 'Unassigned'); ${UPDATE_STAFF}`
    const v = await submitProblem(engine, task(), once)
    expect(v).toMatchObject({ verdict: 'error', case: { id: 'base' }, error: { sqlstate: '23505', message: expect.stringMatching(/^On the second run of your script/) } })
    const wrongFirst = `insert into depts values (40, 'Unassigned'); ${UPDATE_STAFF}`
    expect(await submitProblem(engine, task(), wrongFirst)).toMatchObject({ verdict: 'wrong_answer', table: 'depts' })
  })

  it('names the target table whose final rows differ from the reference’s', async () => {
    const v = await submitProblem(engine, task(), `insert into depts values (4, 'Unassigned') on conflict do nothing; ${UPDATE_STAFF}`)
    expect(v).toMatchObject({ verdict: 'wrong_answer', case: { id: 'already-there', hidden: true }, table: 'depts' })
    expect(v.verdict === 'wrong_answer' && v.afterRerun).toBeFalsy()
  })

  it('flags a change to a table the task says must be left untouched', async () => {
    const p = task({
      frontmatter: MINI_TRANSFORM_FRONTMATTER.replace('    - table: staff\n', '').replace('  idempotent: true', '  untouched: [staff]\n  idempotent: true'),
      solution: MINI_TRANSFORM_SOLUTION.split(';')[0]! + ';',
      cases: 'example:\n  setup: delete from staff where staff_id > 3\n  tables: [depts]\ncases:\n  - id: one\n    why: An existing Unassigned department is reused.\n    setup: insert into depts values (9, \'Unassigned\')\n  - id: two\n    why: An empty company still gets the department.\n    setup: delete from staff; delete from depts\ntraps:\n  - id: t\n    why: Always inserting duplicates it.\n    sql: insert into depts select max(dept_id) + 1, \'Unassigned\' from depts\nalternates:\n  - id: a\n    why: The reference with a HAVING.\n    sql: insert into depts select coalesce(max(dept_id), 0) + 1, \'Unassigned\' from depts having not exists (select from depts where name = \'Unassigned\')\n',
    })
    const v = await submitProblem(engine, p, `${p.solution} update staff set salary = salary + 1;`)
    expect(v).toMatchObject({ verdict: 'wrong_answer', table: 'staff', untouched: true })
  })

  it('refuses a script that writes a table the task does not name, by privilege, with the table in the message', async () => {
    const p = task({ frontmatter: MINI_TRANSFORM_FRONTMATTER.replace('    - table: staff\n', ''), solution: `${MINI_TRANSFORM_SOLUTION.split(';')[0]};` })
    const v = await submitProblem(engine, p, `${p.solution} delete from staff;`)
    expect(v).toMatchObject({ verdict: 'error', error: { sqlstate: '42501', message: expect.stringContaining('staff') } })
  })

  it('refuses transaction control and DROP with a clear message before anything runs', async () => {
    const p = task()
    expect(await submitProblem(engine, p, `${p.solution} commit;`)).toMatchObject({ verdict: 'rejected', reason: 'statement_not_allowed' })
    expect(await submitProblem(engine, p, `drop table depts;`)).toMatchObject({ verdict: 'rejected', message: expect.stringContaining('DROP') })
  })

  it('gives a script that never ends a time-limit verdict and grades the next script normally', async () => {
    const p = task()
    expect(await submitProblem(engine, p, `${p.solution} ${RUNAWAY_COUNT};`)).toMatchObject({ verdict: 'timeout' })
    expect(await submitProblem(engine, p, p.solution)).toMatchObject({ verdict: 'accepted' })
  })

  it('shows on Run the target tables after the learner’s script on the visible data, then checks the example', async () => {
    const report = await runProblem(engine, task(), MINI_TRANSFORM_SOLUTION)
    expect(report.rows).toMatchObject({ outcome: 'state', tables: [{ table: 'depts' }, { table: 'staff' }] })
    if (report.rows.outcome === 'state') expect(report.rows.tables[0]!.rows).toContainEqual(['4', 'Unassigned'])
    expect(report.example).toMatchObject({ verdict: 'accepted', casesTotal: 1 })
  })

  it('computes the example as the tables before and the target tables after the reference', async () => {
    const example = await computeExample(engine, task())
    expect(example.expected).toBeNull()
    expect(example.after.map((t) => t.name)).toEqual(['depts', 'staff'])
    expect(example.after[1]!.result.rows.find((r) => r[0] === '6')?.[2]).toBe('4')
  })
})

describe('checking and mutating a write task', () => {
  it('passes a sound task', async () => {
    expect(await checkProblem(engine, task())).toMatchObject({ failures: [], hiddenCases: 3, traps: 1, alternates: 1 })
  })

  it('fails a task whose reference declares idempotence but duplicates rows on a second run', async () => {
    const check = await checkProblem(engine, task({ solution: `insert into depts select max(dept_id) + 1, 'Unassigned' from depts; ${UPDATE_STAFF}` }))
    expect(check.failures.join('\n')).toMatch(/not idempotent on base: run twice, the script leaves depts different/)
  })

  it('mutates every statement of a script and kills an UPDATE that forgets its WHERE', async () => {
    const result = await mutateProblem(engine, task())
    expect(result.failures).toEqual([])
    const dropWhere = result.mutants.find((m) => m.key === 'drop-condition: "where dept_id is null" -> ""')
    expect(dropWhere).toMatchObject({ status: 'killed' })
    expect(result.mutants.some((m) => m.key.startsWith('swap-min-max'))).toBe(true)
  })

  it('counts a mutant whose script breaks a constraint on some case as killed: that data rejects it, as it would a learner’s', async () => {
    const result = await mutateProblem(engine, task())
    expect(result.mutants.find((m) => m.key === 'swap-min-max: "max(dept_id)" -> "min(dept_id)"')).toMatchObject({ status: 'killed' })
  })
})
