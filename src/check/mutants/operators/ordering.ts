import type { Edit, Operator } from '../mutant.ts'
import { editWithin } from './edit-helpers.ts'
import { itemSpans, removeClause, removeListItems } from './list-edits.ts'

// The final ORDER BY: dropped, or one of its keys dropped. Only where order is part of the answer (the
// contract orders rows, or the query keeps only some of them): elsewhere no order change can be seen.

export const dropOrderBy: Operator = {
  name: 'drop-order-by',
  description: 'the final ORDER BY dropped, or one of its keys',
  edits: ({ query, final, orderMatters }) => {
    if (!orderMatters || final?.type !== 'SelectStmt' || !final.node.sortClause) return []
    const spans = itemSpans(query, final.node.sortClause, true)
    const keyword = spans && query.token(spans[0]!.lo - 2)
    if (!spans || keyword?.lower !== 'order') return []
    const whole = removeClause(query, 'drop-order-by', spans)
    const clause = query.span(spans[0]!.lo - 2, spans.at(-1)!.hi)
    const keys: Edit[] =
      spans.length > 1 ? removeListItems('drop-order-by', spans, () => null).map((e) => editWithin(query, e.operator, clause, e.start, e.end, e.replacement)) : []
    return [...(whole ? [whole] : []), ...keys]
  },
}
