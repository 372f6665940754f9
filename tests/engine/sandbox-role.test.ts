import { describe, expect, it } from 'vitest'
import { LEARNER_ROLE } from '../../src/engine/sandbox-role.ts'
import { fixtureEnginePerFile, miniChecksum, only, runOne } from '../support/engines.ts'

// Least privilege: the learner's statement runs as a role without superuser, replication or file rights,
// so what the parser's deny-list cannot see (SQL text run by ts_stat) still fails, by permission.

const LIMIT_MS = 2000
const fixture = fixtureEnginePerFile(LIMIT_MS)

/** SQL text executed by a function the parser cannot look into. */
const throughTsStat = (inner: string) => `select * from ts_stat($q$select to_tsvector((${inner})::text)$q$)`

const denied: [string, string, string][] = [
  ['reading a file', "pg_read_file('/etc/passwd')", 'permission denied for function pg_read_file'],
  ['listing a directory', "pg_ls_dir('.')", 'permission denied for function pg_ls_dir'],
  ['importing a large object from a file', "lo_import('/etc/hosts')", 'permission denied for function lo_import'],
  ['creating a replication slot', "pg_create_physical_replication_slot('escape')", 'permission denied to use replication slots'],
  ['switching back to the superuser role', "set_config('role', 'postgres', false)", 'permission denied for function set_config'],
  ['lifting read-only', "set_config('transaction_read_only', 'off', true)", 'permission denied for function set_config'],
  ['taking a session advisory lock', 'pg_advisory_lock(42)', 'permission denied for function pg_advisory_lock'],
]

describe('the learner role', () => {
  it('runs the learner statement as a role that is not a superuser', async () => {
    const outcome = only(await runOne(fixture.engine, "select current_user as u, current_setting('is_superuser') as su"))
    expect(outcome).toMatchObject({ kind: 'rows', result: { rows: [[LEARNER_ROLE, 'off']] } })
  })

  it.each(denied)('refuses %s by permission when the call is hidden in SQL text', async (_name, call, message) => {
    const outcome = only(await runOne(fixture.engine, throughTsStat(call)))
    expect(outcome).toMatchObject({ kind: 'sql_error', error: { sqlstate: '42501', message: expect.stringContaining(message) } })
    expect(only(await runOne(fixture.engine, 'select count(*) as n from staff'))).toMatchObject({ kind: 'rows', result: { rows: [['6']] } })
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })

  it('still gives the parser check’s friendly message first when the call is written directly', async () => {
    expect(only(await runOne(fixture.engine, "select pg_create_physical_replication_slot('escape')"))).toMatchObject({
      kind: 'rejected',
      reason: 'function_not_allowed',
    })
    expect(only(await runOne(fixture.engine, "select pg_read_file('/etc/passwd')"))).toMatchObject({ kind: 'rejected', reason: 'function_not_allowed' })
  })

  it('stops a sleep hidden in SQL text with the time limit', async () => {
    expect(await runOne(fixture.engine, throughTsStat('pg_sleep(60)'))).toEqual({ ok: false, failure: { kind: 'timeout', limitMs: LIMIT_MS } })
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })

  it('leaves nothing behind: no replication slot, no advisory lock, no changed setting, the same data', async () => {
    for (const [, call] of denied) await runOne(fixture.engine, throughTsStat(call))
    const state = only(
      await runOne(
        fixture.engine,
        `select (select count(*) from pg_replication_slots) as slots,
                (select count(*) from pg_locks where locktype = 'advisory') as locks,
                current_setting('transaction_read_only') as read_only,
                current_user as who`,
      ),
    )
    expect(state).toMatchObject({ kind: 'rows', result: { rows: [['0', '0', 'on', LEARNER_ROLE]] } })
    expect(await miniChecksum(fixture.engine)).toBe(fixture.pristine)
  })
})
