import { describe, expect, it } from 'vitest'
import { nodeAt, ownBuffers, parsePlan, walkPlan, type PlanNode } from '../../src/grader/plan.ts'
import { fixturePlan, planText } from './plan-fixtures.ts'

function parseError(input: unknown): string {
  const parsed = parsePlan(input)
  if (parsed.ok) throw new Error('expected the plan to be refused')
  return parsed.error
}

describe('reading EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) output', () => {
  it('reads a sequential scan under an aggregate with its table, rows, filter and buffers', () => {
    const plan = fixturePlan('seq-scan')
    expect(plan.root.nodeType).toBe('Aggregate')
    const scan = plan.root.children[0]!
    expect(scan).toMatchObject({
      nodeType: 'Seq Scan',
      relation: 'orders',
      alias: 'orders',
      estimatedRows: 190,
      actualRows: 190,
      loops: 1,
      rowsRemovedByFilter: 1810,
      sharedHit: 33,
      sharedRead: 0,
      children: [],
    })
    expect(scan.index).toBeUndefined()
    expect(scan.conditions).toEqual([['Filter', "(amount > '600'::numeric)"]])
    expect(plan.buffers).toBe(33)
  })

  it('grades hit plus read, so a cold engine that reads every page counts the same as a warm one', () => {
    const cold = fixturePlan('seq-scan-cold')
    const warm = fixturePlan('seq-scan')
    expect([cold.root.sharedHit, cold.root.sharedRead]).toEqual([0, 33])
    expect([warm.root.sharedHit, warm.root.sharedRead]).toEqual([33, 0])
    expect(cold.buffers).toBe(warm.buffers)
  })

  it('reports planning buffers apart and leaves them out of the graded count', () => {
    const cold = fixturePlan('seq-scan-cold')
    expect(cold.planningBuffers).toBe(34)
    expect(cold.buffers).toBe(33)
    expect(cold.planningMs).toBeGreaterThan(0)
    expect(cold.executionMs).toBeGreaterThan(0)
  })

  it('counts a correlated subplan’s buffers in the root, which covers the whole execution', () => {
    const plan = fixturePlan('correlated-subplan')
    const subplan = plan.root.children[0]!
    expect(subplan.details).toEqual(['SubPlan 1'])
    expect(subplan.sharedHit).toBe(43)
    expect(plan.buffers).toBe(45)
  })

  it('keeps actual rows per loop as Postgres reports them and sums time over the loops', () => {
    const plan = fixturePlan('correlated-subplan')
    const heap = nodeAt(plan.root, [0, 0])!
    expect(heap).toMatchObject({ nodeType: 'Bitmap Heap Scan', relation: 'orders', alias: 'o', estimatedRows: 10, actualRows: 7.2, loops: 5 })
    const raw = JSON.parse(planText('correlated-subplan'))[0].Plan.Plans[0].Plans[0]
    expect(heap.totalMs).toBeCloseTo(raw['Actual Total Time'] * 5, 6)
  })

  it('names the index of a bitmap index scan and leaves its table to the heap scan above it', () => {
    const plan = fixturePlan('bitmap-or')
    expect(plan.root).toMatchObject({ nodeType: 'Bitmap Heap Scan', relation: 'orders' })
    expect(plan.root.conditions[0]![0]).toBe('Recheck Cond')
    const or = plan.root.children[0]!
    expect(or.nodeType).toBe('BitmapOr')
    expect(or.children.map((c) => [c.nodeType, c.index, c.relation])).toEqual([
      ['Bitmap Index Scan', 'orders_customer', undefined],
      ['Bitmap Index Scan', 'orders_email_lower', undefined],
    ])
  })

  it('marks a node that never ran with zero loops', () => {
    const inner = fixturePlan('never-executed').root.children[1]!
    expect(inner).toMatchObject({ nodeType: 'Index Scan', relation: 'orders', alias: 'o', index: 'orders_pkey', loops: 0, actualRows: 0, sharedHit: 0 })
  })

  it('describes joins, subplans and CTEs in the node’s details', () => {
    expect(fixturePlan('self-join').root.details).toEqual(['Semi join'])
    const cte = fixturePlan('initplan-cte').root
    expect(cte.children.map((c) => [c.nodeType, c.details])).toEqual([
      ['Seq Scan', ['CTE big']],
      ['CTE Scan', []],
    ])
    expect(cte.children[1]!.alias).toBe('big')
    expect(nodeAt(cte, [0, 0])!.details).toEqual(['InitPlan 1'])
  })

  it('leaves time unknown when EXPLAIN ran with TIMING OFF, and still reads rows and buffers', () => {
    const plan = fixturePlan('timing-off')
    expect(plan.root.totalMs).toBeNull()
    expect(plan.root).toMatchObject({ nodeType: 'Index Scan', actualRows: 1, loops: 1 })
    expect(plan.buffers).toBe(3)
  })

  it('accepts the output already parsed and the bare object without its array', () => {
    const parsed = JSON.parse(planText('seq-scan'))
    expect(parsePlan(parsed)).toEqual(parsePlan(planText('seq-scan')))
    expect(parsePlan(parsed[0])).toEqual(parsePlan(planText('seq-scan')))
  })
})

describe('plans it cannot grade are refused with a reason, never an exception', () => {
  it('asks for ANALYZE when the plan has no actual rows', () => {
    expect(parseError(planText('no-analyze'))).toMatch(/no "Actual Loops".*ANALYZE/)
  })

  it('asks for BUFFERS when the plan has no buffer counts', () => {
    const plan = JSON.parse(planText('timing-off'))
    delete plan[0].Plan['Shared Hit Blocks']
    expect(parseError(plan)).toMatch(/no "Shared Hit Blocks".*BUFFERS/)
  })

  it('refuses text that is not JSON', () => {
    expect(parseError('Seq Scan on orders  (cost=0.00..58.00 rows=42 width=4)')).toMatch(/not JSON/)
  })

  it.each([
    ['an empty list', []],
    ['two plans', [{ Plan: {} }, { Plan: {} }]],
    ['null', null],
    ['a number', 42],
    ['an object without a plan', { 'Query Text': 'select 1' }],
    ['a plan that is not an object', [{ Plan: 'Seq Scan' }]],
    ['a node without a type', [{ Plan: { 'Plan Rows': 1 } }]],
  ])('refuses %s', (_, input) => {
    expect(parseError(input)).toBeTruthy()
  })

  it('names the node where a child list or a number is malformed', () => {
    const badChildren = JSON.parse(planText('seq-scan'))
    badChildren[0].Plan.Plans = { 'Node Type': 'Seq Scan' }
    expect(parseError(badChildren)).toMatch(/"Plans" is not a list \(at the root\)/)
    const badNumber = JSON.parse(planText('seq-scan'))
    badNumber[0].Plan.Plans[0]['Shared Read Blocks'] = '33'
    expect(parseError(badNumber)).toMatch(/"Shared Read Blocks" is not a non-negative number \(node at \[0\]\)/)
    const negative = JSON.parse(planText('seq-scan'))
    negative[0].Plan.Plans[0]['Actual Rows'] = -1
    expect(parseError(negative)).toMatch(/"Actual Rows"/)
    const badChild = JSON.parse(planText('seq-scan'))
    badChild[0].Plan.Plans = [7]
    expect(parseError(badChild)).toMatch(/a child plan is not an object \(node at \[0\]\)/)
  })

  it('refuses an absurdly deep tree instead of overflowing the stack', () => {
    const leaf = JSON.parse(planText('timing-off'))[0].Plan
    let node = leaf
    for (let i = 0; i < 5000; i++) node = { ...leaf, Plans: [node] }
    expect(parseError([{ Plan: node, 'Execution Time': 1 }])).toMatch(/nests more than 1000 levels/)
  })

  it('requires the execution time that ANALYZE prints', () => {
    const plan = JSON.parse(planText('seq-scan'))
    delete plan[0]['Execution Time']
    expect(parseError(plan)).toMatch(/no "Execution Time"/)
  })
})

describe('walking a plan', () => {
  it('lists nodes parents first, in EXPLAIN’s order, with the path to each', () => {
    const plan = fixturePlan('self-join')
    expect(walkPlan(plan.root).map(({ node, path }) => `${path.join('.')}:${node.nodeType}${node.alias ? ` ${node.alias}` : ''}`)).toEqual([
      ':Hash Join',
      '0:Index Scan o1',
      '1:Hash',
      '1.0:Seq Scan o2',
    ])
  })

  it('finds a node by its path and nothing on a path that leads nowhere', () => {
    const root = fixturePlan('self-join').root
    expect(nodeAt(root, [])).toBe(root)
    expect(nodeAt(root, [1, 0])?.alias).toBe('o2')
    expect(nodeAt(root, [1, 1])).toBeUndefined()
    expect(nodeAt(root, [5, 0])).toBeUndefined()
  })

  it('counts the buffers a node read itself, without its children’s', () => {
    const heap: PlanNode = nodeAt(fixturePlan('correlated-subplan').root, [0, 0])!
    expect(ownBuffers(heap)).toBe(43 - 10)
    expect(ownBuffers(fixturePlan('seq-scan').root)).toBe(0)
    // A CTE Scan repeats its CTE's count, so the root's own share would be negative: it is 0.
    expect(ownBuffers(fixturePlan('initplan-cte').root)).toBe(0)
  })
})
