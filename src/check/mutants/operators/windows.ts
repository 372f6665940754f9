import type { Edit, MutationContext, Operator } from '../mutant.ts'
import type { QueryText, Span } from '../query-text.ts'
import { funcName, intConst, type Node } from '../syntax-tree.ts'
import { editWithin } from './edit-helpers.ts'
import { itemSpans, removeClause, removeListItems } from './list-edits.ts'

// Window functions: the partition forgotten, an ordering key forgotten, the wrong frame, the wrong
// ranking function, LAG for LEAD and the wrong offset.

const RANKING = ['row_number', 'rank', 'dense_rank']
/** Functions whose result ignores the frame: adding one changes nothing, so no frame mutant for them. */
const FRAMELESS = [...RANKING, 'percent_rank', 'cume_dist', 'ntile', 'lag', 'lead']
const FRAMEOPTION_NONDEFAULT = 0x1

interface Window {
  def: Node
  /** The window's "( … )". */
  parens: Span
  /** What the key shows: the call with its window, or the named window's "( … )". */
  context: Span
  func: string | null
}

function windows({ query, visits }: MutationContext): Window[] {
  return visits.flatMap((v): Window[] => {
    const inline = v.type === 'FuncCall' && v.node.over
    const def: Node | undefined = inline ? v.node.over : v.type === 'WindowDef' ? v.node : undefined
    if (!def || typeof def.location !== 'number') return []
    const open = query.tokenAt(def.location)
    if (query.token(open)?.lower !== '(') return []
    const parens = query.span(open, query.matching(open))
    const context = (inline && query.nodeSpan(v.node)) || parens
    return [{ def, parens, context, func: inline ? funcName(v.node) : null }]
  })
}

/** Re-expresses an edit inside a window as an edit of the window's whole context. */
function withContext(query: QueryText, window: Window, edit: Edit): Edit {
  return editWithin(query, edit.operator, window.context, edit.start, edit.end, edit.replacement)
}

export const dropPartitionBy: Operator = {
  name: 'drop-partition-by',
  description: 'PARTITION BY dropped: the window runs over all rows instead of each group',
  edits: (context) =>
    windows(context).flatMap((w) => {
      const spans = w.def.partitionClause && itemSpans(context.query, w.def.partitionClause, false)
      const edit = spans && removeClause(context.query, 'drop-partition-by', spans)
      return edit ? [withContext(context.query, w, edit)] : []
    }),
}

export const dropWindowOrderKey: Operator = {
  name: 'drop-window-order-key',
  description: "a key dropped from a window's ORDER BY (ties broken by chance, or no order at all)",
  edits: (context) =>
    windows(context).flatMap((w) => {
      const spans = w.def.orderClause && itemSpans(context.query, w.def.orderClause, true)
      if (!spans) return []
      return removeListItems('drop-window-order-key', spans, () => removeClause(context.query, 'drop-window-order-key', spans)).map((e) =>
        withContext(context.query, w, e),
      )
    }),
}

export const changeFrame: Operator = {
  name: 'change-frame',
  description: 'the window frame changed: ROWS vs RANGE, an offset off by one, or the default frame made explicit ROWS',
  edits: (context) =>
    windows(context).flatMap((w): Edit[] => {
      const { query } = context
      const explicit = (Number(w.def.frameOptions ?? 0) & FRAMEOPTION_NONDEFAULT) !== 0
      if (!explicit) {
        const keys = w.def.orderClause && itemSpans(query, w.def.orderClause, true)
        if (!keys || (w.func && FRAMELESS.includes(w.func))) return []
        const end = keys.at(-1)!.end
        return [withContext(query, w, { operator: 'change-frame', start: end, end, replacement: ' rows between unbounded preceding and current row' })]
      }
      const edits: Edit[] = []
      const unit = query.findTopLevel(w.parens.lo + 1, w.parens.hi - 1, ['rows', 'range', 'groups'])
      const token = query.token(unit)
      if (token) edits.push({ operator: 'change-frame', start: token.start, end: token.end, replacement: token.lower === 'rows' ? 'range' : 'rows' })
      for (const offset of [w.def.startOffset, w.def.endOffset]) {
        const n = intConst(offset)
        const span = n === null ? null : query.nodeSpan(offset)
        if (n === null || !span) continue
        for (const moved of [n - 1, n + 1].filter((m) => m >= 0)) edits.push({ operator: 'change-frame', start: span.start, end: span.end, replacement: String(moved) })
      }
      return edits.map((e) => withContext(query, w, e))
    }),
}

function callName(context: MutationContext, call: Node, names: string[]): { start: number; end: number; span: Span } | null {
  const { query } = context
  const i = query.tokenAt(call.location)
  const token = query.token(i)
  if (!token || !names.includes(token.lower) || query.token(i + 1)?.lower !== '(') return null
  // The key shows the call without its window: "lag(amount, 1)".
  return { start: token.start, end: token.end, span: query.span(i, query.matching(i + 1)) }
}

export const swapRanking: Operator = {
  name: 'swap-ranking',
  description: 'the wrong ranking function: ROW_NUMBER, RANK and DENSE_RANK treat ties differently',
  edits: (context) =>
    context.visits.flatMap((v) => {
      const name = v.type === 'FuncCall' ? callName(context, v.node, RANKING) : null
      if (!name) return []
      const current = funcName(v.node)
      return RANKING.filter((r) => r !== current).map((r) => editWithin(context.query, 'swap-ranking', name.span, name.start, name.end, r))
    }),
}

export const changeLagLead: Operator = {
  name: 'change-lag-lead',
  description: 'LAG for LEAD (or the reverse), or the offset off by one',
  edits: (context) =>
    context.visits.flatMap((v): Edit[] => {
      const name = v.type === 'FuncCall' ? callName(context, v.node, ['lag', 'lead']) : null
      if (!name) return []
      const { query } = context
      const edits = [editWithin(query, 'change-lag-lead', name.span, name.start, name.end, funcName(v.node) === 'lag' ? 'lead' : 'lag')]
      const args = (v.node.args ?? []) as Node[]
      const offset = args.length > 1 ? intConst(args[1]) : 1
      const first = query.nodeSpan(args[0])
      if (args.length === 1 && first) edits.push(editWithin(query, 'change-lag-lead', name.span, first.end, first.end, ', 2'))
      const offsetSpan = args.length > 1 ? query.nodeSpan(args[1]) : null
      if (offset !== null && offsetSpan)
        for (const moved of [offset - 1, offset + 1].filter((m) => m >= 1))
          edits.push(editWithin(query, 'change-lag-lead', name.span, offsetSpan.start, offsetSpan.end, String(moved)))
      return edits
    }),
}
