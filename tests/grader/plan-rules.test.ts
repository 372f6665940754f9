import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { ParsedPlan } from '../../src/grader/plan.ts'
import { bufferBudget, evaluatePlanRules, planRulesSchema, type PlanRules, type PlanRulesResult } from '../../src/grader/plan-rules.ts'
import { fixturePlan } from './plan-fixtures.ts'

type Failure = Extract<PlanRulesResult, { ok: false }>

function failure(rules: PlanRules, plan: ParsedPlan, referenceBuffers: number | null = null, referencePlan: ParsedPlan | null = null): Failure {
  const result = evaluatePlanRules(rules, plan, referenceBuffers, referencePlan)
  if (result.ok) throw new Error('expected the plan to fail the rules')
  return result
}

/** The same plan with its graded buffer count changed (the rules read only `buffers` and the tree). */
function withBuffers(plan: ParsedPlan, buffers: number): ParsedPlan {
  return { ...plan, buffers }
}

describe('shape rules', () => {
  it('rejects a forbidden scan of the named table and points at it', () => {
    const f = failure({ rules: [{ forbid: 'Seq Scan', on: 'orders' }] }, fixturePlan('seq-scan'))
    expect(f.message).toBe('The plan reads `orders` with a Seq Scan; this drill forbids it.')
    expect(f.path).toEqual([0])
    expect(f.node.nodeType).toBe('Seq Scan')
    expect(f.rule).toEqual({ forbid: 'Seq Scan', on: 'orders' })
  })

  it('accepts a plan that reads the table another way', () => {
    expect(evaluatePlanRules({ rules: [{ forbid: 'Seq Scan', on: 'orders' }] }, fixturePlan('index-only-scan'))).toEqual({ ok: true, buffers: 3, budget: null })
  })

  it('ignores a forbidden node type on another table', () => {
    expect(evaluatePlanRules({ rules: [{ forbid: 'Seq Scan', on: 'orders' }] }, fixturePlan('never-executed')).ok).toBe(true)
  })

  it('forbids a node type anywhere in the plan when no table is named', () => {
    const f = failure({ rules: [{ forbid: ['Sort', 'Seq Scan'] }] }, fixturePlan('never-executed'))
    expect(f.message).toBe('The plan uses a Seq Scan; this drill forbids it.')
    expect(f.path).toEqual([0])
  })

  it('judges the plan the planner chose, including a node that never ran', () => {
    const f = failure({ rules: [{ forbid: 'Index Scan', on: 'orders' }] }, fixturePlan('never-executed'))
    expect(f.path).toEqual([1])
    expect(f.node.loops).toBe(0)
  })

  it('requires the named table to be read with the required node type', () => {
    expect(evaluatePlanRules({ rules: [{ require: 'Index Only Scan', on: 'orders' }] }, fixturePlan('index-only-scan')).ok).toBe(true)
    const f = failure({ rules: [{ require: 'Index Only Scan', on: 'orders' }] }, fixturePlan('seq-scan'))
    expect(f.message).toBe('The plan reads `orders` with a Seq Scan; this drill requires an Index Only Scan.')
    expect(f.path).toEqual([0])
  })

  it('accepts any of several required node types and names them all when none is used', () => {
    const rules: PlanRules = { rules: [{ require: ['Index Scan', 'Index Only Scan', 'Bitmap Heap Scan'], on: 'orders' }] }
    expect(evaluatePlanRules(rules, fixturePlan('bitmap-or')).ok).toBe(true)
    const f = failure(rules, fixturePlan('seq-scan'))
    expect(f.message).toBe('The plan reads `orders` with a Seq Scan; this drill requires an Index Scan, Index Only Scan or Bitmap Heap Scan.')
  })

  it('requires every read of the named table to qualify, so a self-join’s second scan counts', () => {
    const f = failure({ rules: [{ require: 'Index Scan', on: 'orders' }] }, fixturePlan('self-join'))
    expect(f.path).toEqual([1, 0])
    expect(f.node.alias).toBe('o2')
  })

  it('points at the root when the named table is never read', () => {
    const f = failure({ rules: [{ require: 'Index Scan', on: 'customers' }] }, fixturePlan('seq-scan'))
    expect(f.message).toBe('The plan never reads `customers`; this drill requires reading it with an Index Scan.')
    expect(f.path).toEqual([])
  })

  it('requires a node type somewhere in the plan when no table is named', () => {
    expect(evaluatePlanRules({ rules: [{ require: 'Hash Join' }] }, fixturePlan('self-join')).ok).toBe(true)
    const f = failure({ rules: [{ require: ['Hash Join', 'Merge Join'] }] }, fixturePlan('never-executed'))
    expect(f.message).toBe('The plan has no Hash Join or Merge Join; this drill requires one.')
    expect(f.path).toEqual([])
  })

  it('reports the first failing rule in the order the drill declares them', () => {
    const f = failure({ rules: [{ require: 'Index Only Scan', on: 'orders' }, { forbid: 'Seq Scan', on: 'orders' }] }, fixturePlan('seq-scan'))
    expect(f.rule).toEqual({ require: 'Index Only Scan', on: 'orders' })
  })
})

describe('the estimate rule', () => {
  /** The seq-scan fixture with its scan's estimate (and actual rows) replaced. */
  function estimating(rows: number, actualRows?: number): ParsedPlan {
    const plan = fixturePlan('seq-scan')
    const scan = { ...plan.root.children[0]!, estimatedRows: rows, ...(actualRows === undefined ? {} : { actualRows }) }
    return { ...plan, root: { ...plan.root, children: [scan] } }
  }

  it('accepts a read of the table estimated within the factor, either way', () => {
    const actual = fixturePlan('seq-scan').root.children[0]!.actualRows
    const rule: PlanRules = { rules: [{ estimate: { within: 2 }, on: 'orders' }] }
    expect(evaluatePlanRules(rule, estimating(actual * 2)).ok).toBe(true)
    expect(evaluatePlanRules(rule, estimating(Math.ceil(actual / 2))).ok).toBe(true)
  })

  it('rejects a read estimated too far off, says by how much, and points at it', () => {
    const actual = fixturePlan('seq-scan').root.children[0]!.actualRows
    const f = failure({ rules: [{ estimate: { within: 3 }, on: 'orders' }] }, estimating(1))
    expect(f.path).toEqual([0])
    expect(f.message).toContain(`expected 1 row and got ${actual.toLocaleString('en')} rows`)
    expect(f.message).toContain('this drill requires an estimate within 3×')
  })

  it('rejects a scan that returns more rows than the reference’s: a condition moved off the scan takes its misestimate along', () => {
    const rule: PlanRules = { rules: [{ estimate: { within: 2 }, on: 'orders' }] }
    const reference = estimating(100, 95)
    const f = failure(rule, estimating(2_000, 2_000), null, reference)
    expect(f.message).toBe("The plan reads 2,000 rows of `orders` where the reference's reads 95 rows: keep the query's conditions on `orders` in the scan, where the planner estimates them.")
    expect(evaluatePlanRules(rule, estimating(90, 95), null, reference).ok).toBe(true)
  })

  it('fails when the plan never reads the table', () => {
    expect(failure({ rules: [{ estimate: { within: 3 }, on: 'customers' }] }, fixturePlan('seq-scan')).message).toBe(
      'The plan never reads `customers`; this drill grades the estimate of that read.',
    )
  })

  it('counts an estimate or a result of zero rows as one row', () => {
    const exact: PlanRules = { rules: [{ estimate: { within: 1 }, on: 'orders' }] }
    expect(evaluatePlanRules(exact, estimating(0, 1)).ok).toBe(true)
    expect(evaluatePlanRules(exact, estimating(1, 0)).ok).toBe(true)
    expect(evaluatePlanRules(exact, estimating(2, 0)).ok).toBe(false)
  })
})

describe('the buffer budget', () => {
  it('allows ceil(factor × the reference’s buffers)', () => {
    expect(bufferBudget({ factor: 1.5 }, 8)).toBe(12)
    expect(bufferBudget({ factor: 1.5 }, 3)).toBe(5)
    expect(bufferBudget({ factor: 1.1 }, 10)).toBe(11)
    expect(bufferBudget({ factor: 2, slack: 3 }, 5)).toBe(13)
    expect(bufferBudget({ max: 40 }, null)).toBe(40)
  })

  it('needs the reference’s buffers for a relative budget', () => {
    expect(() => bufferBudget({ factor: 1.5 }, null)).toThrow(/reference/)
  })

  it('rejects a plan over budget, says by how much, and points at the scan that read the most', () => {
    const f = failure({ maxBuffers: { factor: 1.5 } }, withBuffers(fixturePlan('seq-scan'), 1088), 8)
    expect(f.message).toBe('The plan read 1,088 buffers; the budget is 12 (1.5 × the reference’s 8).')
    expect(f.rule).toEqual({ maxBuffers: { factor: 1.5 } })
    expect(f.path).toEqual([0])
    expect([f.buffers, f.budget]).toEqual([1088, 12])
  })

  it('points at the heaviest scan, not at the nodes that only pass buffers up', () => {
    expect(failure({ maxBuffers: { max: 10 } }, fixturePlan('correlated-subplan')).path).toEqual([0, 0])
    // The CTE Scan repeats its CTE's 66 buffers; the CTE's own Seq Scan is what read them.
    expect(failure({ maxBuffers: { max: 10 } }, fixturePlan('initplan-cte')).path).toEqual([0])
  })

  it('accepts a plan exactly at the budget', () => {
    expect(evaluatePlanRules({ maxBuffers: { factor: 1.5 } }, withBuffers(fixturePlan('index-only-scan'), 12), 8)).toEqual({ ok: true, buffers: 12, budget: 12 })
  })

  it('words an absolute budget and a slack', () => {
    expect(failure({ maxBuffers: { max: 20 } }, fixturePlan('seq-scan')).message).toBe('The plan read 33 buffers; the budget is 20.')
    expect(failure({ maxBuffers: { factor: 2, slack: 4 } }, fixturePlan('seq-scan'), 3).message).toBe(
      'The plan read 33 buffers; the budget is 10 (2 × the reference’s 3, plus 4).',
    )
    expect(failure({ maxBuffers: { max: 0 } }, withBuffers(fixturePlan('seq-scan'), 1)).message).toBe('The plan read 1 buffer; the budget is 0.')
  })

  it('checks shape rules before the budget', () => {
    const f = failure({ maxBuffers: { factor: 1.5 }, rules: [{ forbid: 'Seq Scan', on: 'orders' }] }, fixturePlan('seq-scan'), 3)
    expect(f.rule).toEqual({ forbid: 'Seq Scan', on: 'orders' })
    expect([f.buffers, f.budget]).toEqual([33, 5])
  })
})

describe('the plan block of a drill’s frontmatter', () => {
  const yaml = `
maxBuffers: { factor: 1.5 }
rules:
  - forbid: Seq Scan
    on: orders
  - require: [Index Scan, Index Only Scan, Bitmap Heap Scan]
    on: orders
`

  it('reads the documented example into rules the evaluator takes', () => {
    const rules: PlanRules = planRulesSchema.parse(parseYaml(yaml))
    expect(rules).toEqual({
      maxBuffers: { factor: 1.5 },
      rules: [
        { forbid: 'Seq Scan', on: 'orders' },
        { require: ['Index Scan', 'Index Only Scan', 'Bitmap Heap Scan'], on: 'orders' },
      ],
    })
    expect(evaluatePlanRules(rules, fixturePlan('index-only-scan'), 3).ok).toBe(true)
  })

  it('refuses a misspelt node type with the spelling to use', () => {
    const r = planRulesSchema.safeParse({ rules: [{ forbid: 'SeqScan', on: 'orders' }] })
    expect(r.success).toBe(false)
    expect(JSON.stringify(r.error?.issues)).toMatch(/unknown plan node type \\"SeqScan\\"/)
  })

  it('refuses a table name on a node type that never names a table', () => {
    const r = planRulesSchema.safeParse({ rules: [{ require: 'Bitmap Index Scan', on: 'orders' }] })
    expect(r.success).toBe(false)
    expect(JSON.stringify(r.error?.issues)).toMatch(/write Bitmap Heap Scan/)
    expect(planRulesSchema.safeParse({ rules: [{ forbid: 'Sort' }] }).success).toBe(true)
  })

  it.each([
    ['an empty block', {}],
    ['a factor below 1', { maxBuffers: { factor: 0.9 } }],
    ['both forms of budget at once', { maxBuffers: { factor: 1.5, max: 10 } }],
    ['a fractional absolute budget', { maxBuffers: { max: 10.5 } }],
    ['an unknown key', { maxBuffers: { factor: 1.5 }, wallTime: 3 }],
    ['a rule that both forbids and requires', { rules: [{ forbid: 'Seq Scan', require: 'Index Scan' }] }],
    ['an estimate rule without a table', { rules: [{ estimate: { within: 3 } }] }],
    ['an estimate closer than exact', { rules: [{ estimate: { within: 0.5 }, on: 'orders' }] }],
    ['an empty list of node types', { rules: [{ require: [] }] }],
    ['an empty rule list', { rules: [] }],
  ])('refuses %s', (_, block) => {
    expect(planRulesSchema.safeParse(block).success).toBe(false)
  })
})
