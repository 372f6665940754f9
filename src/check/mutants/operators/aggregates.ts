import type { Edit, MutationContext, Operator } from '../mutant.ts'
import type { Span } from '../query-text.ts'
import { funcName, intConst, operatorName, unwrap, visitAll, type Node, type Visit } from '../syntax-tree.ts'
import { editWithin, replaceSpan } from './edit-helpers.ts'

// Aggregation: what COUNT counts, SUM for AVG, duplicates kept or dropped, rounding, integer division.

const DISTINCT_AGGREGATES = ['count', 'sum', 'avg', 'string_agg', 'array_agg']
const FRACTIONAL_TYPES = ['numeric', 'decimal', 'float4', 'float8', 'real', 'double']

/** The call's "name( … )" span and its name token index, or null when its text is not a plain call. */
function callSpan(context: MutationContext, call: Node): { name: number; span: Span } | null {
  const { query } = context
  const i = query.tokenAt(call.location)
  if (query.token(i)?.lower !== funcName(call) || query.token(i + 1)?.lower !== '(') return null
  return { name: i, span: query.span(i, query.matching(i + 1)) }
}

function enclosingSelect(v: Visit): Node | null {
  return [...v.ancestors].reverse().find((a) => a.type === 'SelectStmt')?.node ?? null
}

/** Names a FROM item introduces (tables, aliases), on both sides of a join. */
function namesOf(item: unknown): string[] {
  const [type, node] = unwrap(item) ?? ['', {} as Node]
  if (type === 'RangeVar') return [node.alias?.aliasname ?? node.relname]
  if (type === 'RangeSubselect' || type === 'RangeFunction') return node.alias?.aliasname ? [node.alias.aliasname] : []
  if (type === 'JoinExpr') return [...namesOf(node.larg), ...namesOf(node.rarg)]
  return []
}

/**
 * Columns of the optional side of an outer join, as its condition names them: COUNT(*) where
 * COUNT(that column) was meant (or the reverse) is the classic "empty group counted as 1".
 */
function optionalSideColumns(context: MutationContext, select: Node | null): string[] {
  if (!select?.fromClause) return []
  const texts = visitAll({ from: select.fromClause })
    .filter((v) => v.type === 'JoinExpr' && v.node.quals && (v.node.jointype === 'JOIN_LEFT' || v.node.jointype === 'JOIN_RIGHT'))
    .flatMap((v) => {
      const optional = namesOf(v.node.jointype === 'JOIN_LEFT' ? v.node.rarg : v.node.larg)
      return visitAll({ quals: v.node.quals }).filter((c) => c.type === 'ColumnRef' && optional.includes(c.node.fields?.[0]?.String?.sval))
    })
    .map((c) => context.query.nodeSpan(c.node))
    .filter((s): s is Span => s !== null)
    .map((s) => context.query.spanText(s))
  return [...new Set(texts)]
}

export const countStarColumn: Operator = {
  name: 'count-star-column',
  description: 'COUNT(*) for COUNT(column of the optional side of an outer join) or the reverse: an empty group counted as 1, or NULLs not counted',
  edits: (context) =>
    context.visits.flatMap((v): Edit[] => {
      const call = v.type === 'FuncCall' && funcName(v.node) === 'count' ? callSpan(context, v.node) : null
      if (!call) return []
      const { query } = context
      const inside = query.span(call.name + 2, call.span.hi - 1)
      if (v.node.agg_star)
        return optionalSideColumns(context, enclosingSelect(v)).map((column) => editWithin(query, 'count-star-column', call.span, inside.start, inside.end, column))
      if (v.node.agg_distinct || (v.node.args ?? []).length !== 1) return []
      return [editWithin(query, 'count-star-column', call.span, inside.start, inside.end, '*')]
    }),
}

export const aggregateDistinct: Operator = {
  name: 'aggregate-distinct',
  description: 'DISTINCT inside an aggregate dropped or added: duplicates counted or not',
  edits: (context) =>
    context.visits.flatMap((v): Edit[] => {
      const name = v.type === 'FuncCall' ? funcName(v.node) : ''
      const call = DISTINCT_AGGREGATES.includes(name) && !v.node.agg_star && !v.node.over ? callSpan(context, v.node) : null
      const first = call && context.query.nodeSpan((v.node.args ?? [])[0])
      if (!call || !first) return []
      const open = context.query.token(call.name + 1)!
      if (v.node.agg_distinct) return [editWithin(context.query, 'aggregate-distinct', call.span, open.end, first.start, '')]
      return [editWithin(context.query, 'aggregate-distinct', call.span, first.start, first.start, 'distinct ')]
    }),
}

const SWAPS: Record<string, [string, string]> = { sum: ['swap-sum-avg', 'avg'], avg: ['swap-sum-avg', 'sum'], min: ['swap-min-max', 'max'], max: ['swap-min-max', 'min'] }

function swapAggregate(name: string, description: string): Operator {
  return {
    name,
    description,
    edits: (context) =>
      context.visits.flatMap((v) => {
        const swap = v.type === 'FuncCall' ? SWAPS[funcName(v.node)] : undefined
        const call = swap?.[0] === name ? callSpan(context, v.node) : null
        if (!swap || !call) return []
        const token = context.query.token(call.name)!
        return [editWithin(context.query, name, call.span, token.start, token.end, swap[1])]
      }),
  }
}

export const swapSumAvg = swapAggregate('swap-sum-avg', 'SUM for AVG or the reverse')
export const swapMinMax = swapAggregate('swap-min-max', 'MIN for MAX or the reverse')

export const selectDistinct: Operator = {
  name: 'select-distinct',
  description: 'SELECT DISTINCT dropped (duplicates kept; in the final query or a CTE) or added to the final query (legitimate duplicates merged)',
  edits: (context) =>
    context.visits.flatMap((v): Edit[] => {
      const { query } = context
      const parent = v.ancestors.at(-1)
      if (v.type !== 'SelectStmt' || v.node.op !== 'SETOP_NONE' || !v.node.targetList) return []
      if (v.ancestors.length && parent?.type !== 'CommonTableExpr') return []
      const final = v.ancestors.length === 0
      const first = query.nodeSpan(v.node.targetList[0])
      const keyword = first && query.token(first.lo - 1)
      if (!first || !keyword) return []
      if (v.node.distinctClause) {
        const select = query.token(first.lo - 2)
        if (keyword.lower !== 'distinct' || select?.lower !== 'select') return []
        return [editWithin(query, 'select-distinct', query.span(first.lo - 2, first.hi), keyword.start, first.start, '')]
      }
      // Added only to the final query: in a CTE, DISTINCT mostly meets rows that are unique anyway (and
      // deduplicating before an aggregate is aggregate-distinct's mistake).
      if (!final || keyword.lower !== 'select' || uniqueByGroupBy(context, v.node)) return []
      return [editWithin(query, 'select-distinct', query.span(first.lo - 1, first.hi), first.start, first.start, 'distinct ')]
    }),
}

/** Every GROUP BY key is an output column: the rows are already unique, and DISTINCT cannot change them. */
function uniqueByGroupBy({ query }: MutationContext, select: Node): boolean {
  const groups = (select.groupClause ?? []) as Node[]
  if (!groups.length) return false
  const targets = (select.targetList as Node[]).map((t) => query.nodeSpan(t.ResTarget?.val)).map((s) => (s ? query.spanText(s) : ''))
  return groups.every((g) => {
    const position = intConst(g)
    if (position !== null) return position >= 1 && position <= targets.length
    const span = query.nodeSpan(g)
    return span !== null && targets.includes(query.spanText(span))
  })
}

export const changeRounding: Operator = {
  name: 'change-rounding',
  description: 'rounding to one digit more or less, or no rounding at all',
  edits: (context) =>
    context.visits.flatMap((v): Edit[] => {
      const call = v.type === 'FuncCall' && funcName(v.node) === 'round' ? callSpan(context, v.node) : null
      const args = (v.node.args ?? []) as Node[]
      const value = call && context.query.nodeSpan(args[0])
      if (!call || !value) return []
      const edits = [replaceSpan('change-rounding', call.span, context.query.spanText(value))]
      const digits = args.length === 2 ? intConst(args[1]) : null
      const digitsSpan = digits === null ? null : context.query.nodeSpan(args[1])
      if (digits !== null && digitsSpan)
        for (const d of [digits - 1, digits + 1].filter((n) => n >= 0))
          edits.push(editWithin(context.query, 'change-rounding', call.span, digitsSpan.start, digitsSpan.end, String(d)))
      return edits
    }),
}

/** The nearest division above a node: where dropping a fraction turns into integer division. */
function divisionAbove(v: Visit): Node | null {
  return [...v.ancestors].reverse().find((a) => a.type === 'A_Expr' && a.node.kind === 'AEXPR_OP' && operatorName(a.node) === '/')?.node ?? null
}

export const integerDivision: Operator = {
  name: 'integer-division',
  description: 'integer division: the cast to numeric (or the .0 of a literal) that kept the fraction dropped',
  edits: ({ query, visits }) =>
    visits.flatMap((v): Edit[] => {
      const division = divisionAbove(v)
      const around = division && query.nodeSpan(division)
      if (!around) return []
      if (v.type === 'TypeCast') {
        const names = ((v.node.typeName?.names ?? []) as Node[]).map((n) => n.String?.sval as string)
        const arg = unwrap(v.node.arg)
        const span = query.nodeSpan(v.node)
        const inner = query.nodeSpan(v.node.arg)
        if (!FRACTIONAL_TYPES.includes(names.at(-1) ?? '') || !arg || arg[0] === 'A_Const' || !span || !inner) return []
        return [editWithin(query, 'integer-division', around, span.start, span.end, query.spanText(inner))]
      }
      const literal = v.type === 'A_Const' && typeof v.node.fval?.fval === 'string' ? /^(\d+)\.0*$/.exec(v.node.fval.fval) : null
      const token = literal ? query.token(query.tokenAt(v.node.location)) : undefined
      if (!literal || !token) return []
      return [editWithin(query, 'integer-division', around, token.start, token.end, literal[1]!)]
    }),
}
