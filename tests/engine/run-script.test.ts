import { describe, expect, it } from 'vitest'
import type { QuerySpec, StatementKind } from '../../src/engine/types.ts'
import { fixtureEnginePerFile, miniChecksum, only } from '../support/engines.ts'
import { RUNAWAY_COUNT } from '../support/runaway.ts'

// Write tasks: a script of several statements runs in the rolled-back transaction, may write only the
// tables the job names, and its outcome is those tables' contents afterwards.

const LIMIT_MS = 2000
const fixture = fixtureEnginePerFile(LIMIT_MS)

const WRITES: StatementKind[] = ['select', 'write', 'create']

function script(sql: string, runs: 1 | 2 = 1): QuerySpec {
  return { sql, maxRows: 1000, allow: WRITES, script: { capture: [{ table: 'depts' }], runs } }
}

async function runScript(sql: string, runs: 1 | 2 = 1, writable = ['depts']) {
  return only(await fixture.engine.runCase({ schema: 'mini', writable, queries: [script(sql, runs)] }))
}

function rowsOf(outcome: Awaited<ReturnType<typeof runScript>>, which: 'tables' | 'rerun' = 'tables') {
  if (outcome.kind !== 'state') throw new Error(`expected a state, got ${JSON.stringify(outcome)}`)
  return outcome[which]![0]!.result.rows.map((r) => r.join('|')).sort()
}

describe('a write script', () => {
  it('reports the captured tables after all its statements ran', async () => {
    const outcome = await runScript(`
      insert into depts values (90, 'Legal');
      update depts set name = upper(name) where dept_id = 90;
      delete from depts where dept_id = 90 and false;`)
    expect(rowsOf(outcome)).toContain('90|LEGAL')
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })

  it('sees its own temporary tables, MERGE and INSERT … ON CONFLICT', async () => {
    const outcome = await runScript(`
      create temp table batch as select * from (values (1, 'Renamed'), (91, 'New')) v(dept_id, name);
      merge into depts d using batch b on d.dept_id = b.dept_id
        when matched then update set name = b.name
        when not matched then insert values (b.dept_id, b.name);
      insert into depts values (91, 'Again') on conflict (dept_id) do update set name = excluded.name;`)
    const rows = rowsOf(outcome)
    expect(rows).toContain('1|Renamed')
    expect(rows).toContain('91|Again')
  })

  it('reports the state after a second run when asked, so a load that duplicates rows shows', async () => {
    const outcome = await runScript(`insert into depts select max(dept_id) + 1, 'Copy' from depts`, 2)
    expect(rowsOf(outcome, 'rerun').length).toBe(rowsOf(outcome).length + 1)
  })

  it('starts the second run without the first run’s temporary tables, as a re-run in a new session would', async () => {
    const outcome = await runScript(`create temp table batch as select 1 as n; insert into depts select 99, 'Temp' from batch on conflict do nothing;`, 2)
    expect(rowsOf(outcome, 'rerun')).toContain('99|Temp')
  })

  it('keeps the first run’s tables when only the second run fails, and says the error came from the second run', async () => {
    const outcome = await runScript(`insert into depts values (88, 'Once')`, 2)
    expect(outcome).toMatchObject({ kind: 'state', rerunError: { sqlstate: '23505', message: expect.stringMatching(/^On the second run of your script/) } })
    expect(rowsOf(outcome)).toContain('88|Once')
  })

  it('counts an error position from the start of the script, not of the failing statement', async () => {
    const sql = `insert into depts values (92, 'Ok');\nupdate depts set nme = 'x';`
    const outcome = await runScript(sql)
    expect(outcome).toMatchObject({ kind: 'sql_error', error: { sqlstate: '42703' } })
    const position = (outcome as { error: { position: number } }).error.position
    expect(sql.slice(position - 1, position + 2)).toBe('nme')
  })

  it('may not write a table the task does not name: refused by privilege, not by a list', async () => {
    const outcome = await runScript(`insert into depts values (93, 'Ok'); delete from staff;`)
    expect(outcome).toMatchObject({ kind: 'sql_error', error: { sqlstate: '42501', message: expect.stringContaining('staff') } })
    expect(await runScript(`truncate staff`)).toMatchObject({ kind: 'sql_error', error: { sqlstate: '42501' } })
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })

  it('refuses transaction control, DROP, COPY and SET before anything runs', async () => {
    for (const [sql, what] of [
      ['insert into depts values (94, \'x\'); commit;', 'transaction command'],
      ['drop table depts', 'DROP'],
      ["copy depts to '/tmp/x'", 'COPY'],
      ['set role postgres', 'SET'],
      ['alter table depts add column x int', 'ALTER TABLE'],
    ])
      expect(await runScript(sql!)).toMatchObject({ kind: 'rejected', reason: 'statement_not_allowed', message: expect.stringContaining(what!) })
  })

  it('leaves nothing behind for the next run, even a table it created in the schema', async () => {
    await runScript(`create table mini.scratch as select * from depts; insert into depts values (95, 'Gone');`)
    const after = await runScript(`select 1`)
    expect(rowsOf(after)).not.toContain('95|Gone')
    const probe = only(await fixture.engine.runCase({ schema: 'mini', queries: [{ sql: `select to_regclass('mini.scratch') is null as gone`, maxRows: 1 }] }))
    expect(probe).toMatchObject({ kind: 'rows', result: { rows: [['t']] } })
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })

  it('runs each script of a job under its own savepoint: the second does not see the first one’s writes', async () => {
    const outcome = await fixture.engine.runCase({
      schema: 'mini',
      writable: ['depts'],
      queries: [script(`insert into depts values (96, 'First')`), script(`select 1`)],
    })
    if (!outcome.ok) throw new Error('engine failure')
    const second = outcome.results[1]!
    expect(second.kind === 'state' && second.tables[0]!.result.rows.some((r) => r[0] === '96')).toBe(false)
  })

  it('gets a time-limit verdict for a script that never ends, and the engine answers the next run', async () => {
    const outcome = await fixture.engine.runCase({
      schema: 'mini',
      writable: ['depts'],
      queries: [script(`insert into depts values (97, 'x'); ${RUNAWAY_COUNT};`)],
    })
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'timeout' } })
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })

  it('keeps a read-only query read-only: a job without writable tables refuses writes', async () => {
    const outcome = only(await fixture.engine.runCase({ schema: 'mini', queries: [{ sql: 'insert into depts values (98, \'x\')', maxRows: 10, allow: WRITES }] }))
    expect(outcome).toMatchObject({ kind: 'sql_error', error: { sqlstate: '25006' } })
  })
})
