import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkProblem } from '../../src/check/check-problem.ts'
import { mutateProblem } from '../../src/check/mutants/mutate-problem.ts'
import type { WorkerEngine } from '../../src/engine/worker-engine.ts'
import { computeExample } from '../../src/judge/example.ts'
import { submitProblem } from '../../src/judge/grade-problem.ts'
import { describeRules, rulesOf } from '../../src/judge/submission.ts'
import { parsePlan, type ParsedPlan } from '../../src/grader/plan.ts'
import { evaluatePlanRules } from '../../src/grader/plan-rules.ts'
import { MAX_CELL_CHARS } from '../../src/engine/cell-cap.ts'
import { compileProblem } from '../../src/problems/compile.ts'
import type { Problem } from '../../src/problems/problem.ts'
import { fixtureWorkerEngine } from '../support/engines.ts'
import { BULK_CONTEXT, BULK_DRILL_FRONTMATTER, BULK_DRILL_SOLUTION, bulkDrillFiles, type MiniProblemParts } from '../support/problem-files.ts'

// Performance drills (kind: optimize): index statements and one SELECT, graded first by the SELECT's rows
// on every case, then by its plan on the visible data (buffers and plan shape, never wall time).

let engine: WorkerEngine
beforeAll(async () => {
  engine = await fixtureWorkerEngine({ timeoutMs: 5000 })
})
afterAll(() => engine.close())

function drill(parts: MiniProblemParts = {}): Problem {
  const r = compileProblem(bulkDrillFiles(parts), BULK_CONTEXT)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.problem
}

const SELECT = BULK_DRILL_SOLUTION.split(';')[1]!

/** The graded plan of a drill script on the bulk fixture's readings. */
async function planOf(script: string): Promise<ParsedPlan> {
  const outcome = await engine.runCase({ schema: 'bulk', indexable: ['readings'], queries: [{ sql: script, maxRows: 10, drill: { maxIndexes: 1, explain: true } }] })
  const plan = outcome.ok && outcome.results[0]!.kind === 'rows' ? parsePlan(outcome.results[0]!.plan) : null
  if (!plan?.ok) throw new Error(JSON.stringify(outcome))
  return plan.plan
}

/** The node that reads readings, under the aggregate. */
async function scanOf(script: string): Promise<string | undefined> {
  return (await planOf(script)).root.children[0]?.nodeType
}

describe('grading a performance drill by its plan', () => {
  it('accepts the reference with both plans attached, and a covering index as an alternate', async () => {
    const p = drill()
    const v = await submitProblem(engine, p, p.solution)
    // The visible data, the example, two hidden cases: no reversed copy of a drill's large tables.
    expect(v).toMatchObject({ verdict: 'accepted', casesPassed: 4, casesTotal: 4 })
    expect(v.verdict === 'accepted' && v.plans!.plan.buffers).toBe(v.verdict === 'accepted' && v.plans!.referencePlan.buffers)
    expect(await submitProblem(engine, p, p.alternates[0]!.sql)).toMatchObject({ verdict: 'accepted' })
  })

  it('says the given query is too slow: its rows are right, its plan scans the table the drill forbids', async () => {
    const p = drill()
    const v = await submitProblem(engine, p, p.optimize!.given)
    expect(v).toMatchObject({ verdict: 'too_slow', case: { id: 'base' }, message: expect.stringContaining('Seq Scan') })
    if (v.verdict !== 'too_slow') return
    let node = v.plan.root
    for (const i of v.path) node = node.children[i]!
    expect(node).toMatchObject({ nodeType: 'Seq Scan', relation: 'readings' })
    expect(v.buffers).toBeGreaterThan(v.referencePlan.buffers * 3)
  })

  it('rejects an index in the wrong column order by the buffer budget, relative to the reference', async () => {
    const v = await submitProblem(engine, drill(), drill().traps[0]!.sql)
    expect(v).toMatchObject({ verdict: 'too_slow', message: expect.stringMatching(/buffers; the budget is \d+ \(1\.25 × the reference’s \d+\)/) })
  })

  it('grades the rows first: a fast wrong answer is a wrong answer', async () => {
    const v = await submitProblem(engine, drill(), drill().traps[1]!.sql)
    expect(v).toMatchObject({ verdict: 'wrong_answer', case: { id: 'reading-at-the-end' } })
  })

  it('gives the same verdict and the same buffer count when the same script is graded 10 times', async () => {
    const p = drill()
    const seen = new Set<string>()
    for (let i = 0; i < 10; i++) {
      const v = await submitProblem(engine, p, p.traps[0]!.sql)
      seen.add(v.verdict === 'too_slow' ? `${v.verdict} ${v.buffers}` : v.verdict)
    }
    expect([...seen]).toHaveLength(1)
    expect([...seen][0]).toMatch(/^too_slow \d+$/)
  })

  it('refuses more indexes than the drill allows, other statements, and a script that does not end with one SELECT', async () => {
    const p = drill()
    const three = `create index on readings (sensor_id); create index on readings (taken_at); create index on readings (value); ${SELECT}`
    expect(await submitProblem(engine, p, three)).toMatchObject({ verdict: 'rejected', reason: 'too_many_indexes', message: expect.stringContaining('at most 2') })
    expect(await submitProblem(engine, p, `analyze readings; ${SELECT}`)).toMatchObject({ verdict: 'rejected', reason: 'statement_not_allowed' })
    expect(await submitProblem(engine, p, `drop table readings; ${SELECT}`)).toMatchObject({ verdict: 'rejected', reason: 'statement_not_allowed' })
    expect(await submitProblem(engine, p, 'create index on readings (sensor_id)')).toMatchObject({ verdict: 'rejected', message: expect.stringContaining('exactly one SELECT') })
  })

  it('runs the index statements as the tables’ temporary owner, and the SELECT as the learner, who cannot write', async () => {
    const p = drill()
    const v = await submitProblem(engine, p, `create index on readings (sensor_id, taken_at); ${SELECT.replace('select reading_id', 'select (select current_user)::text as who, reading_id')}`)
    expect(v).toMatchObject({ verdict: 'wrong_answer', diff: { kind: 'column_count' } })
    const sneaky = await submitProblem(engine, p, `create index on readings (sensor_id); with d as (delete from readings returning *) select reading_id, taken_at, value from d`)
    expect(sneaky).toMatchObject({ verdict: 'rejected', reason: 'writes_not_allowed' })
  })

  it('measures the same plan after an earlier case’s rolled-back writes (they clear the visibility map)', async () => {
    const script = `create index on readings (sensor_id, taken_at); select count(*) as n from readings where sensor_id = 17`
    const explain = async () => {
      const plan = await planOf(script)
      return { buffers: plan.buffers, scan: plan.root.children[0]?.nodeType }
    }
    const before = await explain()
    expect(before.scan).toBe('Index Only Scan')
    await engine.runCase({ schema: 'bulk', setup: 'delete from readings where reading_id % 2 = 0', queries: [{ sql: 'select 1', maxRows: 1 }] })
    expect(await explain()).toEqual(before)
  })

  it('measures the same plan after a few rolled-back inserts on the page an index-only scan reads', async () => {
    // A handful of dead rows is below VACUUM's threshold for cleaning indexes, which would leave the last
    // page not all-visible, and the index-only scan would visit it (one buffer more).
    const script = `create index on readings (sensor_id) include (value); select sum(value) as total from readings where sensor_id = 1`
    const explain = async () => {
      const plan = await planOf(script)
      return { buffers: plan.buffers, heapFetches: plan.root.children[0]?.heapFetches }
    }
    const before = await explain()
    expect(before.heapFetches).toBe(0)
    await engine.runCase({ schema: 'bulk', setup: `insert into readings values (90011, 1, '2025-06-01', 1, null), (90012, 1, '2025-06-01', 2, null)`, queries: [{ sql: 'select 1', maxRows: 1 }] })
    expect(await explain()).toEqual(before)
  })

  it('reads a plan of any size: a plan longer than a result cell may be is never cut', async () => {
    const branches = Array.from({ length: 15 }, (_, i) => `select reading_id from readings where sensor_id = ${i + 1}`)
    const outcome = await engine.runCase({
      schema: 'bulk',
      indexable: ['readings'],
      queries: [{ sql: `select count(*) as n from (${branches.join(' union all ')}) r`, maxRows: 10, drill: { maxIndexes: 1, explain: true } }],
    })
    const plan = outcome.ok && outcome.results[0]!.kind === 'rows' ? outcome.results[0]!.plan! : ''
    expect(plan.length).toBeGreaterThan(MAX_CELL_CHARS)
    expect(parsePlan(plan)).toMatchObject({ ok: true, plan: { root: { children: [{ nodeType: 'Append' }] } } })
  })

  it('serves LIKE with a leading wildcard from a trigram index the learner creates (pg_trgm is installed)', async () => {
    const like = `select count(*) as n from readings where note like '%ck 19%'`
    expect(await scanOf(like)).toBe('Seq Scan')
    expect(await scanOf(`create index on readings using gin (note gin_trgm_ops); ${like}`)).toBe('Bitmap Heap Scan')
  })

  it('gathers a CREATE STATISTICS object’s statistics for the graded plan, and rolls them back with the run', async () => {
    // sensor_id is reading_id % 60 + 1: the planner multiplies the two selectivities and expects a row or two of 333.
    const query = `select count(*) as n from readings where sensor_id = 17 and reading_id % 60 = 16`
    const rules = { rules: [{ estimate: { within: 2 }, on: 'readings' }] }
    const estimate = async (script: string) => {
      const plan = await planOf(script)
      return { rows: plan.root.children[0]!.estimatedRows, ok: evaluatePlanRules(rules, plan).ok }
    }
    const before = await estimate(query)
    expect(before.ok).toBe(false)
    expect(before.rows).toBeLessThan(10)
    const after = await estimate(`create statistics readings_sensor (dependencies) on sensor_id, (reading_id % 60) from readings; ${query}`)
    expect(after.ok).toBe(true)
    expect(after.rows).toBeGreaterThan(50)
    expect(await estimate(query)).toEqual(before)
  })

  it('leaves no index behind: after an accepted script, the given query is too slow again', async () => {
    const p = drill()
    await submitProblem(engine, p, p.solution)
    expect(await submitProblem(engine, p, p.optimize!.given)).toMatchObject({ verdict: 'too_slow' })
  })
})

describe('showing a drill', () => {
  it('computes the given query’s plan on the visible data for the statement, beside the example', async () => {
    const example = await computeExample(engine, drill())
    expect(example.givenPlan?.root).toMatchObject({ nodeType: 'Sort', children: [{ nodeType: 'Seq Scan', relation: 'readings' }] })
    expect(example.expected?.rows.length).toBeGreaterThan(0)
  })

  it('says in words what the script may do and what the plan must meet', () => {
    const lines = describeRules(rulesOf(drill()))
    expect(lines).toContain('No Seq Scan on `readings`.')
    expect(lines.join('\n')).toMatch(/up to 2 CREATE INDEX .* on `readings`/)
    expect(lines.at(-1)).toBe('The plan reads at most 1.25 × the buffers the reference solution\'s plan reads (shared hit + read).')
  })

  it('says what an estimate rule grades, that the harness gathers the statistics, and that the conditions stay on the scan', () => {
    const frontmatter = BULK_DRILL_FRONTMATTER.replace('      - forbid: Seq Scan\n        on: readings', '      - estimate: { within: 3 }\n        on: readings')
    expect(frontmatter).not.toBe(BULK_DRILL_FRONTMATTER)
    const words = describeRules(rulesOf(drill({ frontmatter }))).join('\n')
    expect(words).toContain('Every read of `readings` estimates its rows within 3× of the rows it returns')
    expect(words).toContain('the harness runs ANALYZE on its table')
    expect(words).toContain('returns no more rows than the reference\'s')
  })
})

describe('checking and mutating a drill', () => {
  it('passes a sound drill', async () => {
    expect(await checkProblem(engine, drill())).toMatchObject({ failures: [], traps: 2, alternates: 1 })
  })

  it('fails a drill whose given query already meets the rules', async () => {
    const lenient = BULK_DRILL_FRONTMATTER.replace('    maxBuffers: { factor: 1.25 }\n    rules:\n      - forbid: Seq Scan\n        on: readings', '    maxBuffers: { max: 100000 }')
    expect(lenient).not.toBe(BULK_DRILL_FRONTMATTER)
    const check = await checkProblem(engine, drill({ frontmatter: lenient }))
    expect(check.failures).toContain('the given query already meets the plan rules on base: the drill has nothing to optimise')
  })

  it('mutates the reference’s SELECT and kills what changes its rows, with none surviving', async () => {
    const result = await mutateProblem(engine, drill())
    expect(result.failures).toEqual([])
    expect(result.tally).toMatchObject({ survived: 0 })
    expect(result.tally.killed).toBeGreaterThan(5)
  })
})
