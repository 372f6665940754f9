import { describe, expect, it } from 'vitest'
import { renderPlanText } from '../../src/grader/plan-text.ts'
import { evaluatePlanRules } from '../../src/grader/plan-rules.ts'
import { fixturePlan } from './plan-fixtures.ts'

describe('a plan as text for the terminal', () => {
  it('prints each node with its table, index, estimated and actual rows, buffers and conditions', () => {
    expect(renderPlanText(fixturePlan('timing-off'))).toBe(
      [
        '  Index Scan using orders_pkey on orders · est 1 row, actual 1 · buffers 3',
        '      Index Cond: (id = 7)',
        `  Planning ${fixturePlan('timing-off').planningMs} ms (0 buffers, not graded) · execution ${fixturePlan('timing-off').executionMs} ms · 3 buffers (graded)`,
      ].join('\n'),
    )
  })

  it('draws the tree with branches, the alias after the table, and the join’s kind', () => {
    const lines = renderPlanText(fixturePlan('self-join'), { conditions: false, summary: false }).split('\n')
    expect(lines.map((l) => l.replace(/ · .*/, ''))).toEqual([
      '  Hash Join (Semi join)',
      '  ├─ Index Scan using orders_pkey on orders o1',
      '  └─ Hash',
      '     └─ Seq Scan on orders o2',
    ])
  })

  it('keeps a node’s conditions under it, between its branches', () => {
    const lines = renderPlanText(fixturePlan('self-join'), { summary: false }).split('\n')
    expect(lines.slice(0, 4).map((l) => l.replace(/ · .*/, ''))).toEqual([
      '  Hash Join (Semi join)',
      '  │   Hash Cond: (o1.customer_id = o2.customer_id)',
      '  │   Join Filter: (o2.id <> o1.id)',
      '  ├─ Index Scan using orders_pkey on orders o1',
    ])
    expect(lines[4]).toBe('  │      Index Cond: (id < 50)')
  })

  it('shows loops, fractional rows per loop and the time over all loops', () => {
    const plan = fixturePlan('correlated-subplan')
    const heap = plan.root.children[0]!.children[0]!
    const line = renderPlanText(plan).split('\n').find((l) => l.includes('Bitmap Heap Scan'))!
    expect(line).toContain('Bitmap Heap Scan on orders o · est 10 rows, actual 7.2 × 5 loops · buffers 43 · ')
    expect(line).toContain(`${heap.totalMs!.toLocaleString('en', { maximumFractionDigits: 3 })} ms`)
    expect(renderPlanText(plan)).toContain('Aggregate (SubPlan 1)')
  })

  it('says a node never ran instead of showing zero rows and a time', () => {
    const line = renderPlanText(fixturePlan('never-executed')).split('\n').find((l) => l.includes('orders_pkey'))!
    expect(line).toBe('  └─ Index Scan using orders_pkey on orders o · est 1 row, never executed · buffers 0')
  })

  it('splits buffers into hit and read when some were read, and removed rows under the filter', () => {
    const text = renderPlanText(fixturePlan('seq-scan-cold'))
    expect(text).toContain('Seq Scan on orders · est 190 rows, actual 190 · buffers 33 (0 hit, 33 read)')
    expect(text).toContain("Filter: (amount > '600'::numeric) · 1,810 rows removed")
    expect(text).toMatch(/\(34 buffers, not graded\) · execution .* · 33 buffers \(graded\)$/)
  })

  it('marks the node a failed rule points at, with the rule’s message', () => {
    const plan = fixturePlan('self-join')
    const result = evaluatePlanRules({ rules: [{ forbid: 'Seq Scan', on: 'orders' }] }, plan)
    if (result.ok) throw new Error('expected a failure')
    const lines = renderPlanText(plan, { mark: { path: result.path, note: result.message }, conditions: false, summary: false }).split('\n')
    expect(lines.filter((l) => l.startsWith('» '))).toHaveLength(1)
    expect(lines[3]).toMatch(/^» {4}└─ Seq Scan on orders o2 · .*  ← The plan reads `orders` with a Seq Scan; this drill forbids it\.$/)
    expect(lines.slice(0, 3).every((l) => l.startsWith('  '))).toBe(true)
  })

  it('marks the root for a path of its own', () => {
    const lines = renderPlanText(fixturePlan('seq-scan'), { mark: { path: [] } }).split('\n')
    expect(lines[0]).toMatch(/^» Aggregate · /)
    expect(lines[0]).not.toContain('←')
  })
})
