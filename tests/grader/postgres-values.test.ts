// Values as real PostgreSQL prints them, graded while the Node process runs in a non-UTC time zone:
// nothing may go through JS Date.
process.env.TZ = 'America/New_York'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InProcessEngine } from '../../src/engine/in-process-engine.ts'
import { DEFAULT_CONTRACT, type GradingContract } from '../../src/grader/contract.ts'
import { gradeTask } from '../../src/judge/judge.ts'

let engine: InProcessEngine
beforeAll(async () => {
  engine = await InProcessEngine.start({ kind: 'script', sql: 'create table t (id int, at timestamptz, local_at timestamp, d date)' })
})
afterAll(() => engine.close())

/** The verdict, and the candidate's rows as the engine returned them. */
async function grade(expected: string, actual: string, contract: GradingContract = DEFAULT_CONTRACT) {
  const verdict = await gradeTask(engine, {
    schema: '',
    reference: expected,
    candidate: actual,
    contract,
    cases: [{ ref: { id: 'base', label: 'base', hidden: false } }],
  })
  const run = await engine.runCase({ schema: '', queries: [{ sql: actual, maxRows: 100 }] })
  const rows = run.ok && run.results[0]?.kind === 'rows' ? run.results[0].result : null
  return { verdict, actual: rows }
}

describe('grading real PostgreSQL values', () => {
  it('keeps timestamps as the text Postgres printed, whatever the process time zone', async () => {
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(300) // the test really runs in New York time
    const r = await grade(
      `select timestamptz '2024-03-10 06:30:00+00' as t, timestamp '2024-03-10 01:30:00' as l, date '2024-03-10' as d`,
      `select timestamp '2024-03-10 01:30:00' at time zone 'America/New_York' as t, '2024-03-10 01:30'::timestamp as l, '2024-03-10'::date as d`,
    )
    expect(r.verdict.verdict).toBe('accepted')
    expect(r.actual!.rows[0]).toEqual(['2024-03-10 06:30:00+00', '2024-03-10 01:30:00', '2024-03-10'])
  })

  it('accepts 2, 2.0 and 2.00 across integer, numeric and float columns', async () => {
    const r = await grade(`select 2 as n, 2.50::numeric(10,2) as m, 0.1::float8 + 0.2::float8 as f`, `select 2.00 as n, 2.5::float8 as m, 0.3 as f`)
    expect(r.verdict.verdict).toBe('accepted')
  })

  it('rejects a number returned as text as a type mismatch', async () => {
    const r = await grade(`select 12.5::numeric as revenue`, `select to_char(12.5, 'FM99.0') as revenue`)
    expect(r.verdict).toMatchObject({ verdict: 'wrong_answer', diff: { kind: 'column_types' } })
  })

  it('compares booleans, intervals, arrays and JSON by their Postgres text or content', async () => {
    const accepted = await grade(
      `select true as b, interval '1 day 2 hours' as i, array[1,2,3] as a, '{"x": 1, "y": [true]}'::jsonb as j`,
      `select 1 = 1 as b, interval '26 hours' - interval '24 hours' + interval '1 day' as i, '{1,2,3}'::int[] as a, '{"y":[true],"x":1.0}'::json as j`,
    )
    expect(accepted.verdict.verdict).toBe('accepted')
    const wrongInterval = await grade(`select interval '1 day 2 hours' as i`, `select interval '26 hours' as i`)
    expect(wrongInterval.verdict.verdict).toBe('wrong_answer')
  })

  it('keeps duplicate column names and their positions', async () => {
    const r = await grade(`select 1 as id, 2 as id`, `select 1 as id, 2 as id`)
    expect(r.verdict.verdict).toBe('accepted')
    expect(r.actual!.columns.map((c) => c.name)).toEqual(['id', 'id'])
    const swapped = await grade(`select 1 as id, 2 as id`, `select 2 as id, 1 as id`)
    expect(swapped.verdict.verdict).toBe('wrong_answer')
  })

  it('applies a declared tolerance to averages', async () => {
    const contract = { ...DEFAULT_CONTRACT, tolerance: 0.01 }
    expect((await grade(`select avg(x) as a from (values (1), (2), (2)) v(x)`, `select 1.67 as a`, contract)).verdict.verdict).toBe('accepted')
    expect((await grade(`select avg(x) as a from (values (1), (2), (2)) v(x)`, `select 1.65 as a`, contract)).verdict.verdict).toBe('wrong_answer')
  })
})
