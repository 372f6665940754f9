import { describe, expect, it } from 'vitest'
import { generateMutants } from '../../../src/check/mutants/generate-mutants.ts'
import { OPERATORS } from '../../../src/check/mutants/operators/index.ts'

async function mutants(sql: string, orderedContract = false) {
  const r = await generateMutants(sql, { orderedContract })
  if (!r.ok) throw new Error(r.error)
  return r.mutants
}

/** The mutated queries one operator produces. */
async function by(operator: string, sql: string, orderedContract = false): Promise<string[]> {
  return (await mutants(sql, orderedContract)).filter((m) => m.operator === operator).map((m) => m.sql)
}

describe('mutant generation: conditions', () => {
  it('flips each comparison at its bound', async () => {
    expect(await by('flip-comparison', 'select * from t where a >= 1 and b < 2')).toEqual([
      'select * from t where a > 1 and b < 2',
      'select * from t where a >= 1 and b <= 2',
    ])
  })

  it('drops one bound of a BETWEEN, or makes its upper bound exclusive', async () => {
    expect(await by('drop-bound', 'select * from t where d between 1 and 9')).toEqual([
      'select * from t where d >= 1',
      'select * from t where d <= 9',
      'select * from t where d >= 1 and d < 9',
    ])
  })

  it('drops each conjunct with its AND, and a lone WHERE with its keyword', async () => {
    expect(await by('drop-condition', 'select * from t where a = 1 and (b = 2 or c = 3)')).toEqual([
      'select * from t where (b = 2 or c = 3)',
      'select * from t where a = 1',
    ])
    expect(await by('drop-condition', 'select * from t where o.id is null order by 1')).toEqual(['select * from t  order by 1'])
  })

  it('drops the WHERE of an UPDATE, of an upsert’s DO UPDATE, and a MERGE branch’s condition (write scripts)', async () => {
    expect(await by('drop-condition', 'update t set v = 1 where v is null; delete from t where id = 3')).toEqual([
      'update t set v = 1 ; delete from t where id = 3',
      'update t set v = 1 where v is null; delete from t ',
    ])
    expect(await by('drop-condition', 'insert into t select * from b on conflict (id) do update set v = excluded.v where t.v <> excluded.v')).toEqual([
      'insert into t select * from b on conflict (id) do update set v = excluded.v ',
    ])
    expect(await by('drop-condition', 'merge into t using b on t.id = b.id when matched and t.v <> b.v then update set v = b.v')).toEqual([
      'merge into t using b on t.id = b.id when matched  then update set v = b.v',
    ])
  })

  it('moves a date literal one day either way, across a month end', async () => {
    expect(await by('shift-date', "select * from t where d < date '2024-03-01'")).toEqual([
      "select * from t where d < date '2024-02-29'",
      "select * from t where d < date '2024-03-02'",
    ])
  })

  it('swaps AND and OR between two conditions', async () => {
    expect(await by('swap-and-or', 'select * from t where a = 1 and b = 2')).toEqual(['select * from t where a = 1 or b = 2'])
  })

  it('drops the parentheses that keep an OR inside an AND', async () => {
    expect(await by('drop-parentheses', 'select * from t where a = 1 and (b = 2 or c = 3)')).toEqual(['select * from t where a = 1 and b = 2 or c = 3'])
  })
})

describe('mutant generation: windows', () => {
  const sql = 'select sum(x) over (partition by g order by d, id rows between 2 preceding and current row) from t'

  it('drops PARTITION BY', async () => {
    expect(await by('drop-partition-by', sql)).toEqual(['select sum(x) over (order by d, id rows between 2 preceding and current row) from t'])
  })

  it('drops each key of the window ORDER BY', async () => {
    expect(await by('drop-window-order-key', sql)).toEqual([
      'select sum(x) over (partition by g order by id rows between 2 preceding and current row) from t',
      'select sum(x) over (partition by g order by d rows between 2 preceding and current row) from t',
    ])
  })

  it('changes ROWS to RANGE and moves frame offsets by one', async () => {
    expect(await by('change-frame', sql)).toEqual([
      'select sum(x) over (partition by g order by d, id range between 2 preceding and current row) from t',
      'select sum(x) over (partition by g order by d, id rows between 1 preceding and current row) from t',
      'select sum(x) over (partition by g order by d, id rows between 3 preceding and current row) from t',
    ])
  })

  it('makes the default RANGE frame an explicit ROWS frame for aggregates, not for ranking functions', async () => {
    expect(await by('change-frame', 'select sum(x) over (order by d), rank() over (order by d) from t')).toEqual([
      'select sum(x) over (order by d rows between unbounded preceding and current row), rank() over (order by d) from t',
    ])
  })

  it('swaps ROW_NUMBER, RANK and DENSE_RANK', async () => {
    expect(await by('swap-ranking', 'select rank() over (order by s) from t')).toEqual([
      'select row_number() over (order by s) from t',
      'select dense_rank() over (order by s) from t',
    ])
  })

  it('swaps LAG and LEAD and moves the offset', async () => {
    expect(await by('change-lag-lead', 'select lag(x, 2) over (order by d) from t')).toEqual([
      'select lead(x, 2) over (order by d) from t',
      'select lag(x, 1) over (order by d) from t',
      'select lag(x, 3) over (order by d) from t',
    ])
    expect(await by('change-lag-lead', 'select lead(x) over (order by d) from t')).toEqual([
      'select lag(x) over (order by d) from t',
      'select lead(x, 2) over (order by d) from t',
    ])
  })
})

describe('mutant generation: aggregation', () => {
  it('turns COUNT(*) into COUNT of the optional side of an outer join, and COUNT(column) into COUNT(*)', async () => {
    expect(await by('count-star-column', 'select count(*) from a left join b on b.id = a.id')).toEqual(['select count(b.id) from a left join b on b.id = a.id'])
    expect(await by('count-star-column', 'select count(*) from a join b on b.id = a.id')).toEqual([])
    expect(await by('count-star-column', 'select count(b.id) from b')).toEqual(['select count(*) from b'])
  })

  it('adds and drops DISTINCT inside aggregates', async () => {
    expect(await by('aggregate-distinct', 'select count(distinct a), sum(b) from t')).toEqual([
      'select count(a), sum(b) from t',
      'select count(distinct a), sum(distinct b) from t',
    ])
  })

  it('swaps SUM and AVG', async () => {
    expect(await by('swap-sum-avg', 'select sum(a), avg(b) from t')).toEqual(['select avg(a), avg(b) from t', 'select sum(a), sum(b) from t'])
  })

  it('drops SELECT DISTINCT anywhere, adds it to the final query only, and not where the GROUP BY keys are all output', async () => {
    expect(await by('select-distinct', 'select distinct a from t')).toEqual(['select a from t'])
    expect(await by('select-distinct', 'with c as (select distinct a from t) select a, b from c')).toEqual([
      'with c as (select a from t) select a, b from c',
      'with c as (select distinct a from t) select distinct a, b from c',
    ])
    expect(await by('select-distinct', 'select a, count(*) from t group by a')).toEqual([])
  })

  it('changes the rounding digits and drops the rounding', async () => {
    expect(await by('change-rounding', 'select round(avg(x), 2) as m from t')).toEqual([
      'select avg(x) as m from t',
      'select round(avg(x), 1) as m from t',
      'select round(avg(x), 3) as m from t',
    ])
  })

  it('turns a division into integer division by dropping the cast or the .0', async () => {
    expect(await by('integer-division', 'select a::numeric / b, 100.0 * c / d from t')).toEqual([
      'select a / b, 100.0 * c / d from t',
      'select a::numeric / b, 100 * c / d from t',
    ])
  })
})

describe('mutant generation: joins and sets', () => {
  it('swaps LEFT and INNER joins', async () => {
    expect(await by('swap-join-type', 'select * from a x left outer join b y on y.id = x.id join c on c.id = y.id')).toEqual([
      'select * from a x join b y on y.id = x.id join c on c.id = y.id',
      'select * from a x left outer join b y on y.id = x.id left join c on c.id = y.id',
    ])
  })

  it('drops a join condition', async () => {
    expect(await by('drop-join-condition', 'select * from a left join b on b.id = a.id')).toEqual(['select * from a left join b on true'])
  })

  it('swaps UNION and UNION ALL', async () => {
    expect(await by('union-all', 'select 1 union select 2 union all select 3')).toEqual([
      'select 1 union all select 2 union all select 3',
      'select 1 union select 2 union select 3',
    ])
  })

  it('rewrites NOT EXISTS as NOT IN and NOT IN as NOT EXISTS', async () => {
    expect(await by('not-in-not-exists', 'select * from c where not exists (select 1 from o where o.cid = c.id and o.ok)')).toEqual([
      'select * from c where c.id not in (select o.cid from o where o.ok)',
    ])
    expect(await by('not-in-not-exists', 'select * from c where c.id not in (select cid from o)')).toEqual([
      'select * from c where not exists (select from o where cid = c.id)',
    ])
  })

  it('drops COALESCE, keeping its first argument', async () => {
    expect(await by('drop-coalesce', 'select coalesce(sum(x), 0) as s from t')).toEqual(['select sum(x) as s from t'])
  })
})

describe('mutant generation: the final order', () => {
  it('drops the final ORDER BY and each of its keys when the contract orders rows', async () => {
    expect(await by('drop-order-by', 'select a, b from t order by a desc, b', true)).toEqual([
      'select a, b from t ',
      'select a, b from t order by b',
      'select a, b from t order by a desc',
    ])
  })

  it('leaves the final ORDER BY alone when order cannot be seen, but not when it picks rows for a LIMIT', async () => {
    expect(await by('drop-order-by', 'select a from t order by a')).toEqual([])
    expect(await by('drop-order-by', 'select a from t order by a limit 3')).toEqual(['select a from t limit 3'])
  })

  it('drops the ORDER BY of a drill script’s final SELECT, after its index statements', async () => {
    expect(await by('drop-order-by', 'create index on t (a); select a from t where a > 1 order by a', true)).toEqual([
      'create index on t (a); select a from t where a > 1 ',
    ])
    expect(await by('drop-order-by', 'create index on t (a); select a from t order by a limit 3')).toEqual(['create index on t (a); select a from t limit 3'])
  })
})

describe('mutant generation: keys and hygiene', () => {
  it('names each mutant by operator, original snippet and replacement, and numbers repeated snippets', async () => {
    const keys = (await mutants("select * from t where a >= 1 union all select * from t where a >= 1")).map((m) => m.key)
    expect(keys).toContain('flip-comparison: "a >= 1" -> "a > 1"')
    expect(keys).toContain('flip-comparison: "a >= 1" -> "a > 1" (occurrence 2)')
  })

  it('is deterministic and keeps only distinct mutants that parse and differ from the original', async () => {
    const sql = 'select coalesce(a, 0) from t where b >= 1 order by 1'
    const first = await mutants(sql, true)
    expect(await mutants(sql, true)).toEqual(first)
    expect(new Set(first.map((m) => m.sql)).size).toBe(first.length)
    expect(first.every((m) => m.sql !== sql)).toBe(true)
  })

  it('keeps byte offsets right around non-ASCII text', async () => {
    expect(await by('flip-comparison', "select 'café' as x from t where a > 1")).toEqual(["select 'café' as x from t where a >= 1"])
  })

  it('gives every operator a name and a description', () => {
    expect(OPERATORS.every((o) => o.name && o.description.length > 10)).toBe(true)
    expect(new Set(OPERATORS.map((o) => o.name)).size).toBe(OPERATORS.length)
  })

  it('reports a reference that does not parse as an error value', async () => {
    expect(await generateMutants('select from where', { orderedContract: false })).toMatchObject({ ok: false })
  })
})
