import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { sqlprep } from '../support/run-cli.ts'

// Each case starts real CLI processes (and engine workers): allow for a busy machine.
vi.setConfig({ testTimeout: 180_000 })

const REFERENCE = `select c.customer_id, c.full_name, c.signup_date from customers c
where not exists (select 1 from orders o where o.customer_id = c.customer_id) order by c.signup_date, c.customer_id`

describe('sqlprep list', () => {
  it('prints the bank as JSON with id, slug, kind, title, difficulty, plan days and topics', async () => {
    const r = await sqlprep(['list', '--json'])
    expect(r.code).toBe(0)
    const rows = JSON.parse(r.stdout) as { slug: string }[]
    expect(rows.find((p) => p.slug === 'customers-without-orders')).toEqual({
      id: '3d0c8f4e-2b6a-4f3e-9a51-7c2e41d0b101',
      slug: 'customers-without-orders',
      kind: 'query',
      title: 'Customers who never ordered',
      difficulty: 'easy',
      plan: { week: 1, days: [1, 3] },
      topics: ['left-join', 'anti-join', 'null-handling'],
      dataset: 'shop',
      scenario: 'E-commerce win-back campaign',
    })
  })
  it('filters by difficulty and rejects an unknown topic with exit code 2', async () => {
    const easy = JSON.parse((await sqlprep(['list', '--json', '--difficulty', 'easy'])).stdout) as { difficulty: string }[]
    expect(easy.length).toBeGreaterThan(0)
    expect(easy.every((p) => p.difficulty === 'easy')).toBe(true)
    const bad = await sqlprep(['list', '--topic', 'nonsense'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('unknown topic')
  })
})

describe('sqlprep grade', () => {
  it('grades a query read from standard input and prints the verdict as JSON', async () => {
    const r = await sqlprep(['grade', 'customers-without-orders', '-', '--json'], REFERENCE)
    expect(r.code).toBe(0)
    const v = JSON.parse(r.stdout)
    expect(v).toMatchObject({ verdict: 'accepted', problem: { slug: 'customers-without-orders' } })
    expect(v.casesPassed).toBe(v.casesTotal)
  })
  it('prints a readable wrong answer with the diff and exits 0, since the command ran', async () => {
    const wrong = REFERENCE.replace('not exists', 'exists')
    const r = await sqlprep(['grade', 'customers-without-orders', '-'], wrong)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Wrong answer on the visible dataset/)
    expect(r.stdout).toContain('Missing rows')
  })
  it('grades a write task’s script and names the table it left wrong, in JSON and in text', async () => {
    const insertOnly = `insert into products (product_id, sku, product_name, category, unit_price, is_active, updated_at)
      select product_id, sku, product_name, category, unit_price, is_active, extracted_at from product_batch
      on conflict (product_id) do nothing`
    const r = await sqlprep(['grade', '1101', '-', '--json'], insertOnly)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'wrong_answer', table: 'products', case: { id: 'base' } })
    const appendAgain = `insert into products select product_id + 1000, sku || '-' || (select count(*) from products), product_name, category, unit_price, is_active, extracted_at from product_batch`
    const text = await sqlprep(['grade', '1101', '-'], appendAgain)
    expect(text.stdout).toMatch(/^Wrong answer on the visible dataset/)
    expect(text.stdout).toContain('Table products after the script:')
  })
  it('lists only write tasks with --kind transform, each with its kind', async () => {
    const rows = JSON.parse((await sqlprep(['list', '--json', '--kind', 'transform'])).stdout) as { kind: string }[]
    expect(rows.length).toBeGreaterThanOrEqual(8)
    expect(rows.every((p) => p.kind === 'transform')).toBe(true)
    expect((await sqlprep(['list', '--kind', 'nonsense'])).code).toBe(2)
  })
  it('fails with exit code 2 for an unknown problem and 2 for an unreadable file', async () => {
    expect((await sqlprep(['grade', 'no-such-problem', '-'], 'select 1')).code).toBe(2)
    const missing = await sqlprep(['grade', 'customers-without-orders', '/nonexistent.sql'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read /nonexistent.sql')
  })
})

describe('sqlprep compare', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sqlprep-compare-'))
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text)
    return join(dir, name)
  }
  const setup = file(
    'setup.sql',
    `create table sales (region text, amount numeric(10,2));\n` +
      Array.from({ length: 2000 }, (_, i) => `insert into sales values ('${['north', 'south', 'east'][i % 3]}', ${(i % 97) + 0.5});`).join('\n'),
  )
  const expected = file('expected.sql', 'select region, sum(amount) as total from sales group by region order by total desc')

  it('accepts an equivalent query on a database built by a multi-statement setup script', async () => {
    const actual = file('actual.sql', 'select region, sum(amount)::float8 as total from sales group by 1 order by 2 desc')
    const r = await sqlprep(['compare', '--setup', setup, '--expected', expected, '--actual', actual, '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'accepted' })
  })
  it('honours --order total and --columns positions', async () => {
    const reversed = file('reversed.sql', 'select region as r, sum(amount) as t from sales group by region order by t asc')
    const loose = await sqlprep(['compare', '--setup', setup, '--expected', expected, '--actual', reversed, '--columns', 'positions', '--json'])
    expect(JSON.parse(loose.stdout)).toMatchObject({ verdict: 'accepted' })
    const strict = await sqlprep(['compare', '--setup', setup, '--expected', expected, '--actual', reversed, '--columns', 'positions', '--order', 'total', '--json'])
    expect(JSON.parse(strict.stdout)).toMatchObject({ verdict: 'wrong_answer', diff: { kind: 'order', position: 1 } })
    const named = await sqlprep(['compare', '--setup', setup, '--expected', expected, '--actual', reversed, '--json'])
    expect(JSON.parse(named.stdout)).toMatchObject({ verdict: 'wrong_answer', diff: { kind: 'column_names' } })
  })
  it('reports a broken setup script as a failure to run (exit 1) with the SQL error', async () => {
    const broken = file('broken.sql', 'create table x (;')
    const r = await sqlprep(['compare', '--setup', broken, '--expected', expected, '--actual', expected])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('the setup script failed')
  })
  it('rejects a bad --order with exit code 2', async () => {
    const r = await sqlprep(['compare', '--setup', setup, '--expected', expected, '--actual', expected, '--order', 'sideways'])
    expect(r.code).toBe(2)
  })
})

const ID = '3d0c8f4e-2b6a-4f3e-9a51-7c2e41d0b101'

describe('sqlprep run', () => {
  it('prints the rows of a query on the problem’s visible dataset as a table, without grading it', async () => {
    const r = await sqlprep(['run', 'customers-without-orders', '-'], 'select customer_id, full_name from customers order by customer_id limit 2')
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^\s*customer_id \| full_name\s*$/)
    expect(lines.slice(2, 4).map((l) => l.split('|')[0]!.trim())).toEqual(['1', '2'])
    expect(lines.at(-1)).toMatch(/^\(2 rows, /)
    expect(r.stdout).not.toMatch(/Accepted|Wrong answer/)
  })
  it('prints columns and rows as JSON, naming the problem by its number', async () => {
    const r = await sqlprep(['run', '0101', '-', '--json'], "select customer_id, null::text as nothing from customers where customer_id <= 2 order by 1")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({
      problem: { id: ID, slug: 'customers-without-orders' },
      dataset: 'shop',
      outcome: 'rows',
      columns: ['customer_id', 'nothing'],
      rows: [
        ['1', null],
        ['2', null],
      ],
    })
  })
  it('reports an SQL error as a value with its SQLSTATE and 1-based position, and exits 0', async () => {
    const sql = 'select customer_id, nme\nfrom customers'
    const json = await sqlprep(['run', ID, '-', '--json'], sql)
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({ outcome: 'error', error: { sqlstate: '42703', position: 21 } })
    const text = await sqlprep(['run', ID, '-'], sql)
    expect(text.stdout).toContain('(SQLSTATE 42703)')
    expect(text.stdout).toContain('line 1, column 21')
  })
  it('fails with exit code 2 for an unknown problem, and matches numbers exactly, not as a prefix', async () => {
    const unknown = await sqlprep(['run', 'no-such-problem', '-'], 'select 1')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('no problem "no-such-problem"')
    expect((await sqlprep(['run', '010', '-'], 'select 1')).code).toBe(2)
  })
})

describe('sqlprep show and check name a problem by id, slug or number', () => {
  it('shows the same problem by its number and by its id', async () => {
    const [byNumber, byId] = await Promise.all([sqlprep(['show', '0101']), sqlprep(['show', ID])])
    expect(byNumber.code).toBe(0)
    expect(byNumber.stdout).toMatch(/^# Customers who never ordered/)
    expect(byId.stdout).toBe(byNumber.stdout)
  })
  it('checks a problem named by its number and by its id', async () => {
    for (const key of ['0101', ID]) {
      const r = await sqlprep(['check', key, '--json'])
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, problems: 1, checks: [{ slug: 'customers-without-orders' }] })
    }
  })
  it('mutation-tests a problem with --mutants: the check and the mutation report in one JSON, exit 0 when no mutant survives', async () => {
    const r = await sqlprep(['check', '--mutants', '0101', '--json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report).toMatchObject({ ok: true, problems: 1, mutation: { ok: true, totals: { problems: 1, survived: 0 }, problems: [{ slug: 'customers-without-orders', failures: [] }] } })
    expect(report.mutation.totals.killed).toBeGreaterThan(0)
    // Every case is graded (the default depth): each trap names the first case that rejected it.
    expect(report.mutation.problems[0].traps.every((t: { case: string | null }) => t.case !== null)).toBe(true)
  })
  it('fails a check of an unknown problem and says which key it did not know', async () => {
    const r = await sqlprep(['check', '9999'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('no problem "9999"')
  })
})
