import { formatCount as count, formatMs as ms, formatNumber as number, misestimate, ownBuffers, samePath, type ParsedPlan, type PlanNode, type PlanPath } from '../core.ts'
import { Markdown } from './Markdown.tsx'
import { useScrollRegion } from './ResultTable.tsx'

// A query plan (EXPLAIN ANALYZE, BUFFERS) as a tree a learner can read: one item per node with its table and
// index, estimated against actual rows, loops, buffers (hit and read) and time, its conditions beneath it, and
// the node a drill's rule points at highlighted and labelled. Nested lists of native <details>: every node
// with children folds and unfolds by keyboard (Tab to it, Enter or Space), and a screen reader hears the
// nesting as lists within lists. Small on purpose: no dependency, no layout library.

export interface PlanMark {
  path: PlanPath
  /** Why the node is marked, in the rule's words (inline Markdown). */
  note: string
}

/** `label` names the tree (shown above it unless `showLabel` is false, e.g. under a summary that already says it). */
export function PlanTree({ plan, label, mark, testId, showLabel = true }: { plan: ParsedPlan; label: string; mark?: PlanMark; testId?: string; showLabel?: boolean }) {
  const region = useScrollRegion<HTMLDivElement>(label)
  return (
    <figure className="plan-tree" data-testid={testId} data-buffers={plan.buffers}>
      <figcaption>
        {showLabel && (
          <>
            <strong>{label}</strong> ·{' '}
          </>
        )}
        <span className="muted small">
          {count(plan.buffers, 'buffer')} (graded) · execution {ms(plan.executionMs)} · planning {ms(plan.planningMs)}, {count(plan.planningBuffers, 'buffer')} (not graded)
        </span>
      </figcaption>
      <div className="plan-scroll" {...region}>
        <ul className="plan-nodes" aria-label={label}>
          <Node node={plan.root} path={[]} mark={mark} />
        </ul>
      </div>
    </figure>
  )
}

function Node({ node, path, mark }: { node: PlanNode; path: PlanPath; mark?: PlanMark }) {
  const failing = mark !== undefined && samePath(mark.path, path)
  const head = (
    <>
      {failing && (
        <span className="plan-flag" data-testid="plan-flag">
          Rule broken here
        </span>
      )}
      <NodeTitle node={node} />
      <NodeMetrics node={node} />
    </>
  )
  const body = (
    <>
      {failing && (
        <p className="plan-note" data-testid="plan-note">
          <Markdown inline text={mark.note} />
        </p>
      )}
      <NodeConditions node={node} />
    </>
  )
  return (
    <li className={`plan-node${failing ? ' failing' : ''}`} data-testid="plan-node" data-path={path.join('.')} data-failing={failing || undefined} data-node-type={node.nodeType}>
      {node.children.length ? (
        <details open>
          <summary>{head}</summary>
          {body}
          <ul>
            {node.children.map((child, i) => (
              <Node key={i} node={child} path={[...path, i]} mark={mark} />
            ))}
          </ul>
        </details>
      ) : (
        <div className="plan-leaf">
          {head}
          {body}
        </div>
      )}
    </li>
  )
}

/** "Index Scan on orders o using orders_customer_idx (Backward)" */
function NodeTitle({ node }: { node: PlanNode }) {
  const alias = node.alias && node.alias !== node.relation ? node.alias : null
  return (
    <span className="plan-title">
      <strong className="plan-type">{node.nodeType}</strong>
      {node.relation ? (
        <>
          {' '}
          on <code>{node.relation}</code>
          {alias && <> {alias}</>}
        </>
      ) : (
        alias && (
          <>
            {' '}
            on <code>{alias}</code>
          </>
        )
      )}
      {node.index && (
        <>
          {' '}
          using <code>{node.index}</code>
        </>
      )}
      {node.details.length > 0 && <span className="muted"> ({node.details.join(', ')})</span>}
    </span>
  )
}

function NodeMetrics({ node }: { node: PlanNode }) {
  const off = node.loops > 0 && misestimate(node) >= 10 ? Math.round(misestimate(node)) : null
  const here = node.children.length ? ownBuffers(node) : null
  return (
    <span className="plan-metrics small">
      <span>
        rows: est {number(node.estimatedRows)},{' '}
        {node.loops === 0 ? 'never executed' : <>actual {number(node.actualRows)}{node.loops > 1 ? ' per loop' : ''}</>}
        {off && (
          <span className="plan-off" title="The planner's estimate is far from what the node returned">
            {' '}
            ({off}× off)
          </span>
        )}
      </span>
      {node.loops > 1 && <span>loops: {number(node.loops)}</span>}
      <span>
        buffers: {number(node.sharedHit + node.sharedRead)} ({number(node.sharedHit)} hit, {number(node.sharedRead)} read)
        {here !== null && here > 0 && here !== node.sharedHit + node.sharedRead && <>, {number(here)} at this node</>}
      </span>
      {node.totalMs !== null && node.loops > 0 && <span>time: {ms(node.totalMs)}</span>}
    </span>
  )
}

function NodeConditions({ node }: { node: PlanNode }) {
  const lines: [string, string][] = node.conditions.map(([label, text]) => [
    label,
    label === 'Filter' && node.rowsRemovedByFilter !== undefined ? `${text} · ${count(node.rowsRemovedByFilter, 'row')} removed` : text,
  ])
  if (node.heapFetches !== undefined) lines.push(['Heap Fetches', number(node.heapFetches)])
  if (!lines.length) return null
  return (
    <dl className="plan-conditions small">
      {lines.map(([label, text], i) => (
        <div key={i}>
          <dt>{label}</dt>
          <dd>
            <code>{text}</code>
          </dd>
        </div>
      ))}
    </dl>
  )
}
