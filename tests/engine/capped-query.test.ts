import { describe, expect, it } from 'vitest'
import { MAX_CELL_CHARS } from '../../src/engine/cell-cap.ts'
import { fixtureEnginePerFile, miniChecksum, only, runOne } from '../support/engines.ts'

// Inputs that damage the engine instance itself: PGlite swallows a WebAssembly stack overflow and keeps
// memory after an out-of-memory error. Each gets a clear error, the worker is replaced, and the next query
// (a failing one included) gets its own answer.

// 20 s: allocating the 3 GB the out-of-memory query asks for takes over 8 s on a busy 2-core machine.
const fixture = fixtureEnginePerFile(20_000)

async function expectHealthyAfter(): Promise<void> {
  expect(only(await runOne(fixture.engine, 'select 1/0 as x'))).toMatchObject({ kind: 'sql_error', error: { sqlstate: '22012' } })
  expect(only(await runOne(fixture.engine, 'select salry from staff'))).toMatchObject({ kind: 'sql_error', error: { sqlstate: '42703' } })
  expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
}

const stackBombs: [string, string][] = [
  ['a regular expression of 50,000 nested groups', "select 'a' ~ (repeat('(', 50000) || 'a' || repeat(')', 50000)) as m"],
  ['a jsonb literal nested a million levels deep', "select (repeat('[', 1000000) || repeat(']', 1000000))::jsonb as j"],
]

describe('a query that damages the engine', () => {
  it.each(stackBombs)('%s gets a clear stack error, and the next failing query reports its own error', async (_name, sql) => {
    const restarts = fixture.engine.restarts
    const outcome = only(await runOne(fixture.engine, sql))
    expect(outcome).toMatchObject({ kind: 'sql_error', error: { sqlstate: '54001', message: expect.stringContaining('exhausted the engine’s stack') } })
    expect(fixture.engine.restarts).toBe(restarts + 1)
    await expectHealthyAfter()
  })

  it('gives one verdict for one input, run after run', async () => {
    const union = Array.from({ length: 5200 }, () => 'select 1').join(' union all ')
    const verdicts = []
    for (let i = 0; i < 3; i++) verdicts.push(only(await runOne(fixture.engine, union)), only(await runOne(fixture.engine, stackBombs[0]![1])))
    const names = verdicts.map((v) => (v.kind === 'sql_error' ? v.error.sqlstate : v.kind === 'rejected' ? v.reason : v.kind))
    expect(names).toEqual(['too_deep', '54001', 'too_deep', '54001', 'too_deep', '54001'])
  })

  it('replaces the worker after an out-of-memory error, which would otherwise keep the memory', async () => {
    const restarts = fixture.engine.restarts
    const outcome = only(await runOne(fixture.engine, "select array_length(array_agg(repeat('x', 10000000)), 1) as n from generate_series(1, 300)"))
    expect(outcome).toMatchObject({ kind: 'sql_error', error: { sqlstate: '53200' } })
    expect(fixture.engine.restarts).toBe(restarts + 1)
    await expectHealthyAfter()
  })
})

describe('huge values', () => {
  it('cuts a 20-million-character cell to its start and a fingerprint before it leaves the worker', async () => {
    const outcome = only(await runOne(fixture.engine, "select repeat('x', 20000000) as big, 'small' as s"))
    if (outcome.kind !== 'rows') throw new Error(JSON.stringify(outcome))
    const [big, small] = outcome.result.rows[0]!
    expect(big!.length).toBeLessThan(MAX_CELL_CHARS)
    expect(big).toMatch(/^x{200}… \[cut: 20,000,000 characters, fingerprint [0-9a-f]{16}\]$/)
    expect(small).toBe('small')
  })

  it('keeps equal huge values equal and different ones different after cutting', async () => {
    const cell = async (sql: string) => {
      const o = only(await runOne(fixture.engine, sql))
      if (o.kind !== 'rows') throw new Error(JSON.stringify(o))
      return o.result.rows[0]![0]
    }
    const a = await cell("select repeat('x', 50000) as v")
    expect(await cell("select repeat('xx', 25000) as v")).toBe(a)
    expect(await cell("select repeat('x', 49999) || 'y' as v")).not.toBe(a)
    // JSON is fingerprinted by content: key order and spacing do not matter, values do.
    const json = await cell(`select ('{"a": 1, "b": "' || repeat('z', 20000) || '"}')::json as v`)
    expect(await cell(`select ('{"b": "' || repeat('z', 20000) || '",  "a": 1}')::json as v`)).toBe(json)
    expect(await cell(`select ('{"b": "' || repeat('z', 20000) || '",  "a": 2}')::json as v`)).not.toBe(json)
  })
})

describe('odd bytes', () => {
  it('runs a query saved with a UTF-8 byte-order mark, keeping error positions where the learner sees them', async () => {
    expect(only(await runOne(fixture.engine, '\uFEFFselect 1 as x'))).toMatchObject({ kind: 'rows', result: { rows: [['1']] } })
    expect(only(await runOne(fixture.engine, '\uFEFFselect salry from staff'))).toMatchObject({ kind: 'sql_error', error: { position: 9 } })
  })

  it('refuses a NUL byte with its position instead of a protocol error', async () => {
    expect(only(await runOne(fixture.engine, 'select 1 as x\u0000'))).toMatchObject({ kind: 'rejected', reason: 'invalid_character', position: 14 })
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })
})
