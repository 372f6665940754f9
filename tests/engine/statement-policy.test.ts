import { describe, expect, it } from 'vitest'
import { MAX_QUERY_CHARS } from '../../src/engine/query-limits.ts'
import { checkScript, checkStatement, MAX_NESTING_DEPTH } from '../../src/engine/statement-policy.ts'
import { lineColumnAt } from '../../src/grader/error-location.ts'

async function reason(sql: string) {
  const r = await checkStatement(sql)
  if (r.ok) return 'ok'
  return r.outcome.kind === 'rejected' ? r.outcome.reason : r.outcome.kind
}

describe('statement policy', () => {
  it.each([
    'select 1',
    'SELECT 1;',
    'with t as (select 1 as x) select * from t',
    'with recursive r(n) as (select 1 union all select n + 1 from r where n < 3) select * from r',
    'values (1), (2)',
    '(select 1) union all (select 2) order by 1',
    'select 1 -- trailing comment',
    '/* leading */ select 1',
  ])('lets a read-only query through: %s', async (sql) => {
    expect(await reason(sql)).toBe('ok')
  })

  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['-- only a comment', 'empty'],
    [';;', 'empty'],
    ['select 1; select 2', 'multiple_statements'],
    ['select 1; drop table staff', 'multiple_statements'],
    ['drop table staff', 'statement_not_allowed'],
    ['delete from staff', 'statement_not_allowed'],
    ['commit', 'statement_not_allowed'],
    ['rollback', 'statement_not_allowed'],
    ['begin', 'statement_not_allowed'],
    ['set statement_timeout = 0', 'statement_not_allowed'],
    ['copy staff from stdin', 'statement_not_allowed'],
    ["copy staff to program 'cat'", 'statement_not_allowed'],
    ['do $$ begin perform 1; end $$', 'statement_not_allowed'],
    ['explain select 1', 'statement_not_allowed'],
    ['select pg_sleep(60)', 'function_not_allowed'],
    ['select pg_catalog.pg_sleep(1)', 'function_not_allowed'],
    ['select "pg_sleep"(1)', 'function_not_allowed'],
    ["select set_config('transaction_read_only', 'off', true)", 'function_not_allowed'],
    ["select query_to_xml('select pg_sleep(10)', true, false, '')", 'function_not_allowed'],
    ["select pg_read_file('/etc/passwd')", 'function_not_allowed'],
    ["select nextval('s')", 'function_not_allowed'],
    ['with d as (delete from staff returning *) select * from d', 'writes_not_allowed'],
    ['select * into copy_of_staff from staff', 'writes_not_allowed'],
  ])('rejects %j as %s before it runs', async (sql, expected) => {
    expect(await reason(sql)).toBe(expected)
  })

  it('rejects a query longer than the cap without parsing it', async () => {
    const sql = `select '${'x'.repeat(MAX_QUERY_CHARS)}'`
    const r = await checkStatement(sql)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.outcome).toMatchObject({ kind: 'rejected', reason: 'too_long' })
  })

  it('reports a syntax error as SQLSTATE 42601 with the 1-based position Postgres would give', async () => {
    const r = await checkStatement('select 1,\nfrom staff')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.outcome).toMatchObject({ kind: 'sql_error', error: { sqlstate: '42601', message: 'syntax error at or near "from"', position: 11 } })
  })

  it('points at the denied call', async () => {
    const r = await checkStatement('select 1, pg_sleep(1)')
    if (r.ok) throw new Error('expected a rejection')
    expect(r.outcome).toMatchObject({ position: 11 })
  })

  it('points at the denied call in characters as Postgres counts them, after accented letters and emoji', async () => {
    // The parser's locations count UTF-8 bytes: 'é' is two, an emoji four; a position counts each as one.
    for (const sql of ["select 'Zoë é' as n, pg_sleep(1)", "select '😀😀' as n, pg_sleep(1)"]) {
      const r = await checkStatement(sql)
      if (r.ok || !('position' in r.outcome)) throw new Error(`expected a rejection with a position: ${JSON.stringify(r)}`)
      expect(lineColumnAt(sql, r.outcome.position!).offset).toBe(sql.indexOf('pg_sleep'))
    }
    const nul = "select '😀'\u0000"
    const r = await checkStatement(nul)
    expect(r).toMatchObject({ ok: false, outcome: { reason: 'invalid_character', position: 11 } })
  })

  it('blanks a leading byte-order mark so the query runs and positions stay put', async () => {
    expect(await checkStatement('\uFEFFselect 1')).toEqual({ ok: true, sql: ' select 1' })
  })

  it('refuses a NUL byte with its position', async () => {
    const r = await checkStatement('select 1\u0000')
    expect(r).toMatchObject({ ok: false, outcome: { kind: 'rejected', reason: 'invalid_character', position: 9 } })
  })

  it('refuses a query nested past the limit, whatever construct nests it, and lets a realistic one through', async () => {
    const union = (n: number) => Array.from({ length: n }, () => 'select 1').join(' union all ')
    expect(await reason(union(5200))).toBe('too_deep')
    expect(await reason('select ' + 'case when true then '.repeat(100) + '1' + ' end'.repeat(100))).toBe('too_deep')
    expect(await reason(union(MAX_NESTING_DEPTH - 20))).toBe('ok')
    expect(await reason('select ' + 'case when true then '.repeat(40) + '1' + ' end'.repeat(40))).toBe('ok')
  })

  it('refuses replication-slot functions by name before they reach the permission check', async () => {
    expect(await reason("select pg_create_logical_replication_slot('s', 'test_decoding')")).toBe('function_not_allowed')
  })
})

describe('checking a write task’s script', () => {
  const WRITES = ['select', 'write', 'create'] as const

  it('splits a script into its statements, each with the character offset where it starts (after multibyte text too)', async () => {
    const sql = `insert into t values ('Zoë ✓');\nupdate t set x = 1;`
    const decision = await checkScript(sql, [...WRITES])
    if (!decision.ok) throw new Error(JSON.stringify(decision))
    expect(decision.statements.map((s) => sql.slice(s.offset, s.offset + s.sql.length))).toEqual(decision.statements.map((s) => s.sql))
    expect(decision.statements[1]!.sql.trim()).toBe('update t set x = 1')
  })

  it('counts a statement’s offset in characters as Postgres counts them, so an error position in it maps back onto the script', async () => {
    const sql = `insert into t values ('😀');\nupdate t set nme = 1;`
    const decision = await checkScript(sql, [...WRITES])
    if (!decision.ok) throw new Error(JSON.stringify(decision))
    const second = decision.statements[1]!
    // Postgres would report "nme" at this position within the second statement's own (ASCII) text.
    const inStatement = second.sql.indexOf('nme') + 1
    expect(lineColumnAt(sql, second.offset + inStatement).offset).toBe(sql.indexOf('nme'))
  })

  it('allows writes, MERGE, TRUNCATE and CREATE TABLE … AS, and refuses DROP, ALTER and transaction control by name', async () => {
    for (const sql of ['merge into t using s on t.id = s.id when matched then delete', 'truncate t', 'create temp table x as select 1', 'select 1 into temp y', 'with d as (delete from t returning *) select count(*) from d'])
      expect(await checkScript(sql, [...WRITES])).toMatchObject({ ok: true })
    for (const [sql, named] of [['drop table t', 'DROP'], ['alter table t add c int', 'ALTER TABLE'], ['begin', 'transaction'], ['create materialized view v as select 1', 'CREATE']])
      expect(await checkScript(sql!, [...WRITES])).toMatchObject({ ok: false, outcome: { reason: 'statement_not_allowed', message: expect.stringContaining(named!) } })
  })

  it('keeps query problems to one read-only statement: SELECT … INTO and a second statement are refused', async () => {
    expect(await checkStatement('select 1 into x')).toMatchObject({ ok: false, outcome: { reason: 'writes_not_allowed', message: expect.stringContaining('INTO') } })
    expect(await checkStatement('select 1; select 2', [...WRITES])).toMatchObject({ ok: false, outcome: { reason: 'multiple_statements' } })
  })
})
