import { readFileSync } from 'node:fs'
import { parsePlan, type ParsedPlan } from '../../src/grader/plan.ts'

// Real EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) output from PGlite 0.5.16 (PostgreSQL 18.6), captured by
// tests/fixtures/plans/capture.mjs on a 2,000-row orders table.

export type PlanFixture =
  | 'seq-scan'
  | 'seq-scan-cold'
  | 'index-only-scan'
  | 'correlated-subplan'
  | 'bitmap-or'
  | 'never-executed'
  | 'self-join'
  | 'initplan-cte'
  | 'timing-off'
  | 'no-analyze'

export function planText(name: PlanFixture): string {
  return readFileSync(new URL(`../fixtures/plans/${name}.json`, import.meta.url), 'utf8')
}

export function fixturePlan(name: PlanFixture): ParsedPlan {
  const parsed = parsePlan(planText(name))
  if (!parsed.ok) throw new Error(`fixture ${name}: ${parsed.error}`)
  return parsed.plan
}
