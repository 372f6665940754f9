import type { Edit, MutationContext, Operator } from '../mutant.ts'
import type { Span } from '../query-text.ts'
import { operatorName, unwrap, visitAll, type Node } from '../syntax-tree.ts'
import { editWithin, replaceSpan } from './edit-helpers.ts'

// Joins and set logic: LEFT for INNER, a join condition forgotten, UNION for UNION ALL, NOT IN for
// NOT EXISTS (NULLs), COALESCE forgotten.

const JOIN_WORDS = ['left', 'right', 'full', 'inner', 'outer']

interface Join {
  node: Node
  /** Token indexes of "[LEFT|INNER …] JOIN". */
  keyword: Span
  /** From the join keyword to the end of the ON condition (what the key shows). */
  context: Span
}

function joins({ query, visits }: MutationContext): Join[] {
  return visits.flatMap((v): Join[] => {
    if (v.type !== 'JoinExpr' || v.node.isNatural) return []
    const left = query.nodeSpan(v.node.larg)
    const right = query.nodeSpan(v.node.rarg)
    if (!left || !right) return []
    let join = -1
    for (let i = left.hi + 1; i < right.lo; i++) if (query.token(i)?.lower === 'join') join = i
    if (join < 0) return []
    let first = join
    while (JOIN_WORDS.includes(query.token(first - 1)?.lower ?? '')) first--
    const quals = v.node.quals ? query.nodeSpan(v.node.quals) : null
    const end = quals && quals.hi > right.hi ? quals : right
    return [{ node: v.node, keyword: query.span(first, join), context: query.span(first, end.hi) }]
  })
}

export const swapJoinType: Operator = {
  name: 'swap-join-type',
  description: 'LEFT JOIN for INNER JOIN or the reverse: unmatched rows kept or lost',
  edits: (context) =>
    joins(context).flatMap((j) => {
      const type = j.node.jointype
      if (!j.node.quals && !j.node.usingClause) return []
      const replacement = type === 'JOIN_LEFT' ? 'join' : type === 'JOIN_INNER' ? 'left join' : type === 'JOIN_RIGHT' ? 'join' : null
      if (!replacement) return []
      return [editWithin(context.query, 'swap-join-type', j.context, j.keyword.start, j.keyword.end, replacement)]
    }),
}

export const dropJoinCondition: Operator = {
  name: 'drop-join-condition',
  description: 'the join condition dropped: every pair of rows joins',
  edits: (context) =>
    joins(context).flatMap((j) => {
      const quals = j.node.quals && context.query.groupedSpan(j.node.quals)
      if (!quals) return []
      return [editWithin(context.query, 'drop-join-condition', j.context, quals.start, quals.end, 'true')]
    }),
}

export const unionAll: Operator = {
  name: 'union-all',
  description: 'UNION for UNION ALL or the reverse: duplicates removed or kept',
  edits: ({ query, visits }) =>
    visits.flatMap((v): Edit[] => {
      if (v.type !== 'SelectStmt' || v.node.op !== 'SETOP_UNION') return []
      const left = query.nodeSpan(v.node.larg)
      const right = query.nodeSpan(v.node.rarg)
      if (!left || !right) return []
      let union = -1
      for (let i = left.hi + 1; i < right.lo && union < 0; i++) if (query.token(i)?.lower === 'union') union = i
      if (union < 0) return []
      const all = query.token(union + 1)?.lower === 'all'
      const span = query.span(union, all ? union + 1 : union)
      return [replaceSpan('union-all', span, all ? 'union' : 'union all')]
    }),
}

export const dropCoalesce: Operator = {
  name: 'drop-coalesce',
  description: 'COALESCE dropped: NULL where a default (often 0) was meant',
  edits: ({ query, visits }) =>
    visits.flatMap((v) => {
      if (v.type !== 'CoalesceExpr') return []
      const span = query.nodeSpan(v.node)
      const first = query.nodeSpan((v.node.args ?? [])[0])
      return span && first ? [replaceSpan('drop-coalesce', span, query.spanText(first))] : []
    }),
}

/** Table names and aliases a subquery's FROM introduces. */
function introducedNames(select: Node): string[] {
  return visitAll({ from: select.fromClause ?? [] })
    .filter((v) => v.type === 'RangeVar')
    .map((v) => (v.node.alias?.aliasname ?? v.node.relname) as string)
}

function qualifier(value: unknown): string | null {
  const ref = unwrap(value)
  const fields = ref?.[0] === 'ColumnRef' ? (ref[1].fields as Node[]) : null
  return fields?.length === 2 ? (fields[0]!.String?.sval ?? null) : null
}

/** The text of a subquery's FROM list: from after FROM up to WHERE, or up to `close`, the subquery's closing parenthesis. */
function fromText(context: MutationContext, select: Node, end: number): string | null {
  const { query } = context
  const first = query.nodeSpan(select.fromClause?.[0])
  if (!first || query.token(first.lo - 1)?.lower !== 'from') return null
  const where = select.whereClause ? query.nodeSpan(select.whereClause) : null
  const stop = where ? where.lo - 1 : end
  if (where && query.token(stop)?.lower !== 'where') return null
  return query.text(first.start, query.token(stop - 1)!.end)
}

export const notInNotExists: Operator = {
  name: 'not-in-not-exists',
  description: 'NOT EXISTS rewritten as NOT IN (a NULL in the list empties the answer), or NOT IN as NOT EXISTS',
  edits: (context) =>
    context.visits.flatMap((v): Edit[] => {
      if (v.type !== 'BoolExpr' || v.node.boolop !== 'NOT_EXPR') return []
      const link = unwrap(v.node.args?.[0])
      const select = link?.[0] === 'SubLink' ? unwrap(link[1].subselect)?.[1] : null
      const span = context.query.nodeSpan(v.node)
      if (!link || !select || !span || select.op !== 'SETOP_NONE' || select.groupClause || select.havingClause || select.limitCount) return []
      const close = span.hi
      if (link[1].subLinkType === 'EXISTS_SUBLINK') return existsToIn(context, select, span, close)
      if (link[1].subLinkType === 'ANY_SUBLINK') return inToExists(context, link[1], select, span, close)
      return []
    }),
}

function existsToIn(context: MutationContext, select: Node, span: Span, close: number): Edit[] {
  const { query } = context
  const inner = introducedNames(select)
  const where = unwrap(select.whereClause)
  if (!where) return []
  const conjuncts: unknown[] = where[0] === 'BoolExpr' && where[1].boolop === 'AND_EXPR' ? where[1].args : [select.whereClause]
  const link = conjuncts.findIndex((c) => {
    const e = unwrap(c)
    if (e?.[0] !== 'A_Expr' || e[1].kind !== 'AEXPR_OP' || operatorName(e[1]) !== '=') return false
    const [l, r] = [qualifier(e[1].lexpr), qualifier(e[1].rexpr)]
    return l !== null && r !== null && inner.includes(l) !== inner.includes(r)
  })
  if (link < 0) return []
  const equality = unwrap(conjuncts[link])![1]
  const [innerSide, outerSide] = inner.includes(qualifier(equality.lexpr)!) ? [equality.lexpr, equality.rexpr] : [equality.rexpr, equality.lexpr]
  const [innerSpan, outerSpan] = [query.nodeSpan(innerSide), query.nodeSpan(outerSide)]
  const from = fromText(context, select, close)
  const rest = conjuncts.filter((_, i) => i !== link).map((c) => query.groupedSpan(c))
  if (!innerSpan || !outerSpan || !from || rest.some((r) => !r)) return []
  const restText = rest.length ? ` where ${rest.map((r) => query.spanText(r!)).join(' and ')}` : ''
  return [replaceSpan('not-in-not-exists', span, `${query.spanText(outerSpan)} not in (select ${query.spanText(innerSpan)} from ${from}${restText})`)]
}

function inToExists(context: MutationContext, link: Node, select: Node, span: Span, close: number): Edit[] {
  const { query } = context
  const outer = query.nodeSpan(link.testexpr)
  const target = (select.targetList ?? []) as Node[]
  const innerValue = target.length === 1 ? query.nodeSpan(target[0]!.ResTarget?.val) : null
  const from = fromText(context, select, close)
  const where = select.whereClause ? query.groupedSpan(select.whereClause) : null
  if (!outer || !innerValue || !from || (select.whereClause && !where)) return []
  const condition = `${where ? `${query.spanText(where)} and ` : ''}${query.spanText(innerValue)} = ${query.spanText(outer)}`
  return [replaceSpan('not-in-not-exists', span, `not exists (select from ${from} where ${condition})`)]
}
