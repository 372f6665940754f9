import type { ParsedPlan, PlanNode, PlanPath } from './plan.ts'

// A plan as indented text for the terminal (sqlprep grade on a drill): one line per node with its table and
// index, estimated vs actual rows, loops, buffers and time, its conditions beneath it, and the node a failed
// rule points at marked.
//
//     Aggregate · est 1 row, actual 1 · buffers 327 (0 hit, 327 read) · 22.13 ms
//   » └─ Seq Scan on orders · est 6,110 rows, actual 6,127 · buffers 327 (0 hit, 327 read) · 21.5 ms  ← forbidden by this drill
//           Filter: (amount > '600'::numeric) · 13,873 rows removed
//   Planning 0.6 ms (36 buffers, not graded) · execution 22.3 ms · 327 buffers (graded)

export interface PlanTextOptions {
  /** The node to mark (a failed rule's path), with an optional note after it. */
  mark?: { path: PlanPath; note?: string }
  /** Show each node's conditions (Index Cond, Filter…) beneath it; on by default. */
  conditions?: boolean
  /** Add the planning / execution / buffers summary line; on by default. */
  summary?: boolean
}

const MARK = '» '
const NO_MARK = '  '

export function renderPlanText(plan: ParsedPlan, options: PlanTextOptions = {}): string {
  const lines: string[] = []
  const mark = options.mark
  const withConditions = options.conditions ?? true
  // Iterative, parents before children, so a deep plan cannot exhaust the stack.
  const pending: { node: PlanNode; path: PlanPath; lead: string; branch: string }[] = [{ node: plan.root, path: [], lead: '', branch: '' }]
  while (pending.length) {
    const { node, path, lead, branch } = pending.pop()!
    const marked = mark !== undefined && samePath(mark.path, path)
    const note = marked && mark.note ? `  ← ${mark.note}` : ''
    lines.push(`${marked ? MARK : NO_MARK}${lead}${branch}${nodeLine(node)}${note}`)
    // What sits under this node's line: its own continuation for conditions, then its children.
    const under = lead + (branch === '' ? '' : branch === '└─ ' ? '   ' : '│  ')
    if (withConditions) {
      const bar = node.children.length ? '│  ' : '   '
      for (const text of conditionLines(node)) lines.push(`${NO_MARK}${under}${bar} ${text}`)
    }
    for (let i = node.children.length - 1; i >= 0; i--)
      pending.push({ node: node.children[i]!, path: [...path, i], lead: under, branch: i === node.children.length - 1 ? '└─ ' : '├─ ' })
  }
  if (options.summary ?? true)
    lines.push(
      `${NO_MARK}Planning ${formatMs(plan.planningMs)} (${formatCount(plan.planningBuffers, 'buffer')}, not graded) · execution ${formatMs(plan.executionMs)} · ${formatCount(plan.buffers, 'buffer')} (graded)`,
    )
  return lines.join('\n')
}

/** "Index Scan using orders_pkey on orders o (Backward) · est 1 row, actual 1 × 3 loops · buffers 9 · 0.02 ms" */
export function nodeLine(node: PlanNode): string {
  let title = node.nodeType
  if (node.index) title += ` using ${node.index}`
  if (node.relation) title += ` on ${node.relation}${node.alias && node.alias !== node.relation ? ` ${node.alias}` : ''}`
  else if (node.alias) title += ` on ${node.alias}`
  if (node.details.length) title += ` (${node.details.join(', ')})`
  const rows =
    node.loops === 0
      ? `est ${formatCount(node.estimatedRows, 'row')}, never executed`
      : `est ${formatCount(node.estimatedRows, 'row')}, actual ${formatNumber(node.actualRows)}${node.loops > 1 ? ` × ${node.loops.toLocaleString('en')} loops` : ''}`
  const split = node.sharedRead > 0 ? ` (${formatNumber(node.sharedHit)} hit, ${formatNumber(node.sharedRead)} read)` : ''
  const time = node.totalMs === null || node.loops === 0 ? '' : ` · ${formatMs(node.totalMs)}`
  return `${title} · ${rows} · buffers ${formatNumber(node.sharedHit + node.sharedRead)}${split}${time}`
}

function conditionLines(node: PlanNode): string[] {
  const lines = node.conditions.map(([label, text]) =>
    label === 'Filter' && node.rowsRemovedByFilter !== undefined
      ? `${label}: ${text} · ${formatCount(node.rowsRemovedByFilter, 'row')} removed`
      : `${label}: ${text}`,
  )
  if (node.heapFetches !== undefined) lines.push(`Heap Fetches: ${formatNumber(node.heapFetches)}`)
  return lines
}

export function samePath(a: PlanPath, b: PlanPath): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

// The plan's numbers as the CLI and the app print them.

export function formatNumber(n: number): string {
  return n.toLocaleString('en', { maximumFractionDigits: 2 })
}

export function formatCount(n: number, unit: string): string {
  return `${formatNumber(n)} ${n === 1 ? unit : `${unit}s`}`
}

export function formatMs(value: number): string {
  return `${value.toLocaleString('en', { maximumFractionDigits: value < 1 ? 3 : 2 })} ms`
}
