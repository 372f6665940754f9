import type { Edit, Operator } from '../mutant.ts'
import type { Span } from '../query-text.ts'
import { operatorName, unwrap } from '../syntax-tree.ts'
import { editWithin, removeRange, replaceSpan } from './edit-helpers.ts'

// Filters: bounds off by one, conditions forgotten, the wrong day, AND where OR was meant.

const FLIPPED: Record<string, string> = { '>=': '>', '>': '>=', '<=': '<', '<': '<=' }

export const flipComparison: Operator = {
  name: 'flip-comparison',
  description: 'a comparison flipped at its bound (>= vs >, <= vs <)',
  edits: ({ query, visits }) =>
    visits.flatMap((v) => {
      if (v.type !== 'A_Expr' || v.node.kind !== 'AEXPR_OP') return []
      const flipped = FLIPPED[operatorName(v.node)]
      const span = query.nodeSpan(v.node)
      const op = query.token(query.tokenAt(v.node.location))
      if (!flipped || !span || op?.lower !== operatorName(v.node)) return []
      return [editWithin(query, 'flip-comparison', span, op.start, op.end, flipped)]
    }),
}

export const dropBound: Operator = {
  name: 'drop-bound',
  description: 'one bound of a BETWEEN dropped, or its upper bound made exclusive',
  edits: ({ query, visits }) =>
    visits.flatMap((v) => {
      if (v.type !== 'A_Expr' || v.node.kind !== 'AEXPR_BETWEEN') return []
      const items = unwrap(v.node.rexpr)?.[1].items as unknown[] | undefined
      const span = query.nodeSpan(v.node)
      const [left, low, high] = [query.nodeSpan(v.node.lexpr), query.nodeSpan(items?.[0]), query.nodeSpan(items?.[1])]
      if (!span || !left || !low || !high) return []
      const [l, a, b] = [query.spanText(left), query.spanText(low), query.spanText(high)]
      return [
        replaceSpan('drop-bound', span, `${l} >= ${a}`),
        replaceSpan('drop-bound', span, `${l} <= ${b}`),
        replaceSpan('drop-bound', span, `${l} >= ${a} and ${l} < ${b}`),
      ]
    }),
}

/** The WHERE and HAVING clauses a node has: a query's, a write's, an upsert's ON CONFLICT … DO UPDATE … WHERE. */
function filterClauses(v: { type: string; node: Record<string, any> }): unknown[] {
  if (v.type === 'SelectStmt' || v.type === 'UpdateStmt' || v.type === 'DeleteStmt') return [v.node.whereClause, v.node.havingClause]
  if (v.type === 'InsertStmt') return [v.node.onConflictClause?.whereClause]
  return []
}

export const dropCondition: Operator = {
  name: 'drop-condition',
  description: 'a condition forgotten: one conjunct of an AND, or a whole WHERE or HAVING (of a query, an UPDATE, a DELETE, an upsert) or a MERGE branch condition',
  edits: ({ query, visits }) =>
    visits.flatMap((v): Edit[] => {
      if (v.type === 'BoolExpr' && v.node.boolop === 'AND_EXPR') {
        const spans = (v.node.args as unknown[]).map((a) => query.groupedSpan(a))
        if (spans.some((s) => !s)) return []
        return (spans as Span[]).map((s, i) =>
          i > 0 ? removeRange('drop-condition', spans[i - 1]!.end, s.end) : removeRange('drop-condition', s.start, spans[1]!.start),
        )
      }
      // A MERGE branch's condition (WHEN MATCHED AND …) forgotten: the branch takes every matched row.
      if (v.type === 'MergeWhenClause' && v.node.condition) {
        const span = query.groupedSpan(v.node.condition)
        const keyword = span && query.token(span.lo - 1)
        return span && keyword?.lower === 'and' ? [removeRange('drop-condition', keyword.start, span.end)] : []
      }
      // A write's WHERE too: an UPDATE or DELETE that forgets its filter touches every row.
      return filterClauses(v).flatMap((clause) => {
        const inner = unwrap(clause)
        if (!inner || (inner[0] === 'BoolExpr' && inner[1].boolop === 'AND_EXPR')) return []
        const span = query.groupedSpan(clause)
        const keyword = span && query.token(span.lo - 1)
        if (!span || !keyword || !['where', 'having'].includes(keyword.lower)) return []
        return [removeRange('drop-condition', keyword.start, span.end)]
      })
    }),
}

export const swapAndOr: Operator = {
  name: 'swap-and-or',
  description: 'AND written where OR was meant, or the reverse',
  edits: ({ query, visits }) =>
    visits.flatMap((v) => {
      if (v.type !== 'BoolExpr' || v.node.boolop === 'NOT_EXPR') return []
      const spans = (v.node.args as unknown[]).map((a) => query.groupedSpan(a))
      if (spans.some((s) => !s)) return []
      const other = v.node.boolop === 'AND_EXPR' ? 'or' : 'and'
      return (spans as Span[]).slice(1).flatMap((s, i) => {
        const before = spans[i]!
        const connector = query.token(before.hi + 1)
        if (!connector || connector.lower === other || !['and', 'or'].includes(connector.lower)) return []
        return [editWithin(query, 'swap-and-or', query.span(before.lo, s.hi), connector.start, connector.end, other)]
      })
    }),
}

export const dropParentheses: Operator = {
  name: 'drop-parentheses',
  description: 'the parentheses around an OR inside an AND dropped (AND binds tighter)',
  edits: ({ query, visits }) =>
    visits.flatMap((v) => {
      const parent = v.ancestors.at(-1)
      if (v.type !== 'BoolExpr' || v.node.boolop !== 'OR_EXPR' || parent?.type !== 'BoolExpr' || parent.node.boolop !== 'AND_EXPR') return []
      const inner = query.nodeSpan(v.node)
      const grouped = inner && query.widenOverGrouping(inner)
      if (!inner || !grouped || grouped.lo === inner.lo) return []
      return [replaceSpan('drop-parentheses', grouped, query.spanText(inner))]
    }),
}

const DATE = /^'(\d{4})-(\d{2})-(\d{2})/

export const shiftDate: Operator = {
  name: 'shift-date',
  description: 'a date literal moved by one day (an off-by-one period boundary)',
  edits: ({ query, visits }) => {
    const comparisons = visits
      .filter((v) => v.type === 'A_Expr' || v.type === 'FuncCall')
      .map((v) => query.nodeSpan(v.node))
      .filter((s): s is Span => s !== null)
    return query.tokens.flatMap((t, i) => {
      const m = t.kind === 'SCONST' ? DATE.exec(t.lower) : null
      if (!m) return []
      const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
      if (Number.isNaN(day)) return []
      // The smallest comparison or call around the literal gives the key its context.
      const around = comparisons.filter((s) => s.lo <= i && i <= s.hi).sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? query.span(i, i)
      return [-1, 1].map((delta) => {
        const moved = new Date(day + delta * 86_400_000).toISOString().slice(0, 10)
        return editWithin(query, 'shift-date', around, t.start + 1, t.start + 11, moved)
      })
    })
  },
}
