import type { Edit } from '../mutant.ts'
import type { QueryText, Span } from '../query-text.ts'
import type { Node } from '../syntax-tree.ts'
import { removeRange } from './edit-helpers.ts'

// Comma lists (PARTITION BY, ORDER BY): locating their items and removing one item or the whole clause.

export function sortKeySpan(query: QueryText, sortBy: Node): Span | null {
  const span = query.nodeSpan(sortBy.node)
  if (!span) return null
  let hi = span.hi
  for (;;) {
    const next = query.token(hi + 1)?.lower
    if (next === 'asc' || next === 'desc') hi++
    else if (next === 'nulls' && ['first', 'last'].includes(query.token(hi + 2)?.lower ?? '')) hi += 2
    else break
  }
  return query.span(span.lo, hi)
}

/** Spans of a list's items (sort keys or expressions), or null when one cannot be located. */
export function itemSpans(query: QueryText, items: Node[], sortKeys: boolean): Span[] | null {
  const spans = items.map((item) => (sortKeys ? sortKeySpan(query, item.SortBy ?? {}) : query.nodeSpan(item)))
  return spans.every((s) => s) ? (spans as Span[]) : null
}

/** Edits removing each item of a comma list (with its comma); `whole` removes the clause when one is left. */
export function removeListItems(operator: string, spans: Span[], whole: () => Edit | null): Edit[] {
  if (spans.length === 1) {
    const edit = whole()
    return edit ? [edit] : []
  }
  return spans.map((s, i) => (i > 0 ? removeRange(operator, spans[i - 1]!.end, s.end) : removeRange(operator, s.start, spans[1]!.start)))
}

/** Removes "KEYWORD BY item, …" up to the next token, whose start is kept. */
export function removeClause(query: QueryText, operator: string, spans: Span[]): Edit | null {
  const keyword = query.token(spans[0]!.lo - 2)
  const next = query.token(spans.at(-1)!.hi + 1)
  if (!keyword) return null
  return removeRange(operator, keyword.start, !next || next.lower === ')' ? spans.at(-1)!.end : next.start)
}

