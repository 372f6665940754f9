import { describe, expect, it } from 'vitest'
import { fixtureEnginePerFile, miniChecksum, runOne } from '../support/engines.ts'
import { RUNAWAY_COUNT } from '../support/runaway.ts'

// Every hostile input ends in its designed outcome (a runaway query: a timeout from the watchdog), the next
// query works, and the dataset is unchanged afterwards (checked by checksum).

const LIMIT_MS = 2000
const fixture = fixtureEnginePerFile(LIMIT_MS)

type Designed = { rejected: string } | { timeout: true } | { tooManyRows: true } | { sqlstate: string }

const cases: [string, string, Designed][] = [
  ['DROP TABLE', 'drop table staff', { rejected: 'statement_not_allowed' }],
  ['DELETE', 'delete from staff', { rejected: 'statement_not_allowed' }],
  ['a write hidden in a CTE', 'with gone as (delete from staff returning *) select count(*) from gone', { rejected: 'writes_not_allowed' }],
  ['COMMIT', 'commit', { rejected: 'statement_not_allowed' }],
  ['ROLLBACK', 'rollback', { rejected: 'statement_not_allowed' }],
  ['SET', "set transaction_read_only = off", { rejected: 'statement_not_allowed' }],
  ['set_config', "select set_config('transaction_read_only', 'off', true)", { rejected: 'function_not_allowed' }],
  ['two statements', 'select 1; delete from staff', { rejected: 'multiple_statements' }],
  ['COPY … FROM STDIN', 'copy staff from stdin', { rejected: 'statement_not_allowed' }],
  ['COPY … TO PROGRAM', "copy staff to program 'cat > /tmp/x'", { rejected: 'statement_not_allowed' }],
  ['pg_sleep(60)', 'select pg_sleep(60)', { rejected: 'function_not_allowed' }],
  ['a sleep smuggled through query_to_xml', "select query_to_xml('select pg_sleep(60)', true, false, '')", { rejected: 'function_not_allowed' }],
  ['count(*) over 10^10 rows of a cross join', RUNAWAY_COUNT, { timeout: true }],
  ['a recursive CTE that never stops', 'with recursive r(n) as (select 1 union all select n + 1 from r) select count(*) from r', { timeout: true }],
  ['a 10-million-row SELECT', 'select generate_series(1, 10000000) as g, md5(random()::text) as noise', { tooManyRows: true }],
  ['a missing join condition', 'select * from staff a, staff b, staff c, staff d, staff e, staff f, staff g, staff h, staff i', { tooManyRows: true }],
  ['a 1 MB query text', `select '${'x'.repeat(1_000_000)}' as big`, { rejected: 'too_long' }],
  ['empty input', '', { rejected: 'empty' }],
  ['whitespace only', ' \n\t  ', { rejected: 'empty' }],
  ['a comment only', '-- select * from staff', { rejected: 'empty' }],
  ['SELECT … FOR UPDATE in the read-only transaction', 'select * from staff for update', { sqlstate: '25006' }],
]

describe('hostile inputs', () => {
  it.each(cases)('%s ends in its designed verdict, and the engine and data survive', async (_name, sql, designed) => {
    const outcome = await runOne(fixture.engine, sql, 1000)

    if ('timeout' in designed) {
      // The watchdog stopped it (these queries would run for hours or forever); the checks below show the
      // replacement worker answers and the data is intact.
      expect(outcome).toEqual({ ok: false, failure: { kind: 'timeout', limitMs: LIMIT_MS } })
    } else {
      if (!outcome.ok) throw new Error(`unexpected engine failure ${JSON.stringify(outcome.failure)}`)
      const result = outcome.results[0]!
      if ('rejected' in designed) expect(result).toMatchObject({ kind: 'rejected', reason: designed.rejected })
      if ('sqlstate' in designed) expect(result).toMatchObject({ kind: 'sql_error', error: { sqlstate: designed.sqlstate } })
      if ('tooManyRows' in designed) {
        expect(result.kind).toBe('rows')
        if (result.kind === 'rows') {
          expect(result.result.truncated).toBe(true)
          expect(result.result.rows).toHaveLength(1001)
        }
      }
    }
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })

  it('rolls back what a hidden case setup wrote, so the next run sees the base data', async () => {
    const outcome = await fixture.engine.runCase({
      schema: 'mini',
      setup: 'delete from staff where staff_id > 1; update depts set name = upper(name);',
      queries: [{ sql: 'select count(*) as n from staff', maxRows: 10 }],
    })
    expect(outcome).toMatchObject({ ok: true, results: [{ kind: 'rows', result: { rows: [['1']] } }] })
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })

  it('replaces the instance when a setup commits, so a committed change never reaches the next run', async () => {
    const outcome = await fixture.engine.runCase({ schema: 'mini', setup: 'delete from staff; commit;', queries: [] })
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'setup_failed' } })
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })

  it('keeps SQLSTATE, message, position and hint of a SQL error', async () => {
    const outcome = await runOne(fixture.engine, 'select salry from staff')
    expect(outcome).toMatchObject({
      ok: true,
      results: [{ kind: 'sql_error', error: { sqlstate: '42703', message: 'column "salry" does not exist', position: 8, hint: expect.stringContaining('salary') } }],
    })
  })
})
