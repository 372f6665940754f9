import { z } from 'zod'
import { misestimate, ownBuffers, walkPlan, type ParsedPlan, type PlanNode, type PlanPath } from './plan.ts'

// A performance drill's declared rules about the learner's plan, and their evaluation. Rules are data (a
// `plan:` block in a drill's frontmatter, see planRulesSchema); evaluation is pure: a parsed plan and the
// reference's buffer count in, pass or the first failing rule with the node that breaks it out.
//
//   plan:
//     maxBuffers: { factor: 1.5 }          # at most ceil(1.5 × the reference's buffers); or { max: 40 }
//     rules:
//       - forbid: Seq Scan
//         on: orders
//       - require: [Index Scan, Index Only Scan, Bitmap Heap Scan]
//         on: orders
//       - estimate: { within: 3 }         # every read of orders estimates its rows within 3× of the actual
//         on: orders
//
// Shape rules are checked first, in the order declared (they say more about what to change than a count
// does), then the buffer budget.

/** Every "Node Type" EXPLAIN's JSON can print (PostgreSQL 18, explain.c), so a misspelt rule fails validation. */
export const PLAN_NODE_TYPES = [
  'Result',
  'ProjectSet',
  'ModifyTable',
  'Append',
  'Merge Append',
  'Recursive Union',
  'BitmapAnd',
  'BitmapOr',
  'Nested Loop',
  'Merge Join',
  'Hash Join',
  'Seq Scan',
  'Sample Scan',
  'Gather',
  'Gather Merge',
  'Index Scan',
  'Index Only Scan',
  'Bitmap Index Scan',
  'Bitmap Heap Scan',
  'Tid Scan',
  'Tid Range Scan',
  'Subquery Scan',
  'Function Scan',
  'Table Function Scan',
  'Values Scan',
  'CTE Scan',
  'Named Tuplestore Scan',
  'WorkTable Scan',
  'Foreign Scan',
  'Custom Scan',
  'Materialize',
  'Memoize',
  'Sort',
  'Incremental Sort',
  'Group',
  'Aggregate',
  'WindowAgg',
  'Unique',
  'SetOp',
  'LockRows',
  'Limit',
  'Hash',
] as const
export type PlanNodeType = (typeof PLAN_NODE_TYPES)[number]

/** The node types that read a table and name it ("Relation Name"): the only ones `on` can match. */
export const TABLE_SCAN_TYPES = ['Seq Scan', 'Sample Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan', 'Tid Scan', 'Tid Range Scan'] as const

/**
 * `forbid`: no node of these types may appear (with `on`: none of them may read that table).
 * `require`: without `on`, the plan must contain a node of one of these types; with `on`, the plan must read
 * that table, and every node that reads it must be one of these types.
 * `on` is a table name as the plan prints it (unqualified), matched exactly.
 */
export type ShapeRule = { forbid: PlanNodeType | PlanNodeType[]; on?: string } | { require: PlanNodeType | PlanNodeType[]; on?: string } | EstimateRule

/**
 * Every node that reads `on` estimates its rows per loop within `within` × of the rows it returned (both
 * counted as at least 1): the rule of an extended-statistics drill, where the plan's shape may not change
 * but the planner's picture of the data does.
 */
export type EstimateRule = { estimate: { within: number }; on: string }

/** At most ceil(factor × the reference's buffers) + slack; or at most `max` buffers. */
export type BufferBudget = { factor: number; slack?: number } | { max: number }

export interface PlanRules {
  maxBuffers?: BufferBudget
  rules?: ShapeRule[]
}

export type PlanRule = ShapeRule | { maxBuffers: BufferBudget }

export type PlanRulesResult =
  | { ok: true; buffers: number; budget: number | null }
  | {
      ok: false
      /** The rule that failed (a budget failure is reported as { maxBuffers }). */
      rule: PlanRule
      /** Where a UI should point: the offending node (for a budget, the node that read the most buffers itself). */
      path: PlanPath
      node: PlanNode
      message: string
      buffers: number
      budget: number | null
    }

/** The budget in buffers. A `factor` budget needs the reference's buffer count. */
export function bufferBudget(budget: BufferBudget, referenceBuffers: number | null): number {
  if ('max' in budget) return budget.max
  if (referenceBuffers === null) throw new Error('a buffer budget relative to the reference needs the reference’s buffer count')
  // Rounded to 9 decimals first so that 1.1 × 10 is 11, not 12.
  return Math.ceil(Number((budget.factor * referenceBuffers).toFixed(9))) + (budget.slack ?? 0)
}

/**
 * Checks a learner's plan against a drill's rules. `referenceBuffers` is the reference solution's
 * `buffers`, measured the same way (it is needed only for a `factor` budget); `referencePlan` lets an
 * estimate rule see whether the learner's scan still filters what the reference's does.
 */
export function evaluatePlanRules(rules: PlanRules, plan: ParsedPlan, referenceBuffers: number | null = null, referencePlan: ParsedPlan | null = null): PlanRulesResult {
  const budget = rules.maxBuffers ? bufferBudget(rules.maxBuffers, referenceBuffers) : null
  const nodes = walkPlan(plan.root)
  const failed = (rule: PlanRule, at: { node: PlanNode; path: PlanPath }, message: string): PlanRulesResult => ({
    ok: false,
    rule,
    path: at.path,
    node: at.node,
    message,
    buffers: plan.buffers,
    budget,
  })

  for (const rule of rules.rules ?? []) {
    if ('estimate' in rule) {
      const reads = nodes.filter(({ node }) => node.relation === rule.on && node.loops > 0)
      if (reads.length === 0) return failed(rule, nodes[0]!, `The plan never reads \`${rule.on}\`; this drill grades the estimate of that read.`)
      // A condition moved off the scan (into an outer query or a HAVING) takes its misestimate along: the
      // scan then returns rows the reference's scan had already filtered out.
      const wanted = referencePlan ? rowsRead(walkPlan(referencePlan.root), rule.on) : null
      const got = rowsRead(reads, rule.on)
      if (wanted !== null && got > wanted)
        return failed(
          rule,
          reads[0]!,
          `The plan reads ${rowCount(got)} of \`${rule.on}\` where the reference's reads ${rowCount(wanted)}: keep the query's conditions on \`${rule.on}\` in the scan, where the planner estimates them.`,
        )
      const off = reads.find(({ node }) => misestimate(node) > rule.estimate.within)
      if (off)
        return failed(
          rule,
          off,
          `The plan's ${off.node.nodeType} on \`${rule.on}\` expected ${rowCount(off.node.estimatedRows)} and got ${rowCount(off.node.actualRows)} (${formatFactor(misestimate(off.node))} off); this drill requires an estimate within ${rule.estimate.within}×.`,
        )
    } else if ('forbid' in rule) {
      const types = asList(rule.forbid)
      const hit = nodes.find(({ node }) => includesType(types, node.nodeType) && (rule.on === undefined || node.relation === rule.on))
      if (hit)
        return failed(
          rule,
          hit,
          rule.on === undefined
            ? `The plan uses ${article(hit.node.nodeType)}; this drill forbids it.`
            : `The plan reads \`${rule.on}\` with ${article(hit.node.nodeType)}; this drill forbids it.`,
        )
    } else {
      const types = asList(rule.require)
      if (rule.on === undefined) {
        if (!nodes.some(({ node }) => includesType(types, node.nodeType)))
          return failed(rule, nodes[0]!, `The plan has no ${anyOf(types)}; this drill requires one.`)
        continue
      }
      const reads = nodes.filter(({ node }) => node.relation === rule.on)
      if (reads.length === 0) return failed(rule, nodes[0]!, `The plan never reads \`${rule.on}\`; this drill requires reading it with ${articleAnyOf(types)}.`)
      const other = reads.find(({ node }) => !includesType(types, node.nodeType))
      if (other)
        return failed(
          rule,
          other,
          `The plan reads \`${rule.on}\` with ${article(other.node.nodeType)}; this drill requires ${articleAnyOf(types)}.`,
        )
    }
  }

  if (rules.maxBuffers && budget !== null && plan.buffers > budget) {
    // Only scans read shared buffers themselves (a CTE Scan's count repeats its CTE's): point at the heaviest one.
    const scans = nodes.filter(({ node }) => node.relation !== undefined || node.index !== undefined)
    const heaviest = scans.reduce((best, n) => (ownBuffers(n.node) > ownBuffers(best.node) ? n : best), scans[0] ?? nodes[0]!)
    return failed({ maxBuffers: rules.maxBuffers }, heaviest, `The plan read ${count(plan.buffers)}; the budget is ${budgetWords(rules.maxBuffers, budget, referenceBuffers)}.`)
  }
  return { ok: true, buffers: plan.buffers, budget }
}

/** Rows the reads of `table` returned, over all their loops. */
function rowsRead(nodes: { node: PlanNode }[], table: string): number {
  return Math.round(nodes.filter(({ node }) => node.relation === table).reduce((n, { node }) => n + node.actualRows * node.loops, 0))
}

function rowCount(rows: number): string {
  const shown = Number.isInteger(rows) ? rows.toLocaleString('en') : rows.toFixed(2)
  return `${shown} ${rows === 1 ? 'row' : 'rows'}`
}

function formatFactor(factor: number): string {
  return `${factor >= 10 ? Math.round(factor).toLocaleString('en') : factor.toFixed(1)}×`
}

function budgetWords(spec: BufferBudget, budget: number, referenceBuffers: number | null): string {
  if ('max' in spec) return budget.toLocaleString('en')
  const slack = spec.slack ? `, plus ${spec.slack}` : ''
  return `${budget.toLocaleString('en')} (${spec.factor} × the reference’s ${(referenceBuffers ?? 0).toLocaleString('en')}${slack})`
}

function count(buffers: number): string {
  return `${buffers.toLocaleString('en')} ${buffers === 1 ? 'buffer' : 'buffers'}`
}

function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value]
}

function includesType(types: readonly string[], nodeType: string): boolean {
  return types.includes(nodeType)
}

/** "a Seq Scan", "an Index Only Scan" */
function article(nodeType: string): string {
  return `${/^[AEIOU]/i.test(nodeType) ? 'an' : 'a'} ${nodeType}`
}

/** "Index Scan", "Index Scan or Bitmap Heap Scan", "Index Scan, Index Only Scan or Bitmap Heap Scan" */
function anyOf(types: readonly string[]): string {
  return types.length <= 1 ? (types[0] ?? '') : `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`
}

function articleAnyOf(types: readonly string[]): string {
  return article(anyOf(types))
}

// ---- The `plan:` block of a drill's frontmatter ----

const nodeType = z.enum(PLAN_NODE_TYPES, { error: (issue) => `unknown plan node type ${JSON.stringify(issue.input)}; write it as EXPLAIN's JSON does ("Seq Scan", "Index Only Scan")` })
const nodeTypes = z.union([nodeType, z.array(nodeType).min(1)])
const tableName = z.string().trim().min(1)

const onlyTableScans = (types: PlanNodeType | PlanNodeType[], on: string | undefined) =>
  on === undefined || asList(types).every((t) => (TABLE_SCAN_TYPES as readonly string[]).includes(t))
const onMessage = `"on" names a table, and only table scans read one (${TABLE_SCAN_TYPES.join(', ')}); a Bitmap Index Scan names its index, so write Bitmap Heap Scan`

export const shapeRuleSchema = z.union([
  z
    .object({
      estimate: z.object({ within: z.number().min(1, 'an estimate cannot be closer than 1× (exact)') }).strict(),
      on: tableName,
    })
    .strict(),
  z
    .object({ forbid: nodeTypes, on: tableName.optional() })
    .strict()
    .refine((r) => onlyTableScans(r.forbid, r.on), onMessage),
  z
    .object({ require: nodeTypes, on: tableName.optional() })
    .strict()
    .refine((r) => onlyTableScans(r.require, r.on), onMessage),
])

export const bufferBudgetSchema = z.union([
  z.object({ factor: z.number().min(1, 'a factor below 1 would reject the reference itself'), slack: z.number().int().nonnegative().optional() }).strict(),
  z.object({ max: z.number().int().positive() }).strict(),
])

export const planRulesSchema = z
  .object({
    maxBuffers: bufferBudgetSchema.optional(),
    rules: z.array(shapeRuleSchema).min(1).optional(),
  })
  .strict()
  .refine((p) => p.maxBuffers !== undefined || p.rules !== undefined, 'declare maxBuffers, rules or both')
