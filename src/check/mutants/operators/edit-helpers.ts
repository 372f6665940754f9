import type { Edit } from '../mutant.ts'
import type { QueryText, Span } from '../query-text.ts'

// Building edits that carry their context: the edited span is the whole expression, so the mutant's
// key reads "amount >= 100" -> "amount > 100" rather than ">=" -> ">".

/** Replace bytes innerStart..innerEnd inside `outer`, reported as an edit of all of `outer`. */
export function editWithin(query: QueryText, operator: string, outer: Span, innerStart: number, innerEnd: number, text: string): Edit {
  return {
    operator,
    start: outer.start,
    end: outer.end,
    replacement: query.text(outer.start, innerStart) + text + query.text(innerEnd, outer.end),
  }
}

export function replaceSpan(operator: string, span: Span, text: string): Edit {
  return { operator, start: span.start, end: span.end, replacement: text }
}

export function removeRange(operator: string, start: number, end: number): Edit {
  return { operator, start, end, replacement: '' }
}

