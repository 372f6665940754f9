import type { Edit, Mutant } from './mutant.ts'
import { OPERATORS } from './operators/index.ts'
import { QueryText } from './query-text.ts'
import { unwrap, visitAll } from './syntax-tree.ts'

// The mutants of a reference: every operator's edits, applied to the original text, kept only when the
// result still parses, differs from the original and from every earlier mutant. Deterministic: same
// text, same mutants, same keys, same order.

export interface GenerateOptions {
  /** The contract orders rows: final-ORDER-BY mutants are worth generating even without LIMIT. */
  orderedContract: boolean
}

export type Generated = { ok: true; mutants: Mutant[] } | { ok: false; error: string }

export async function generateMutants(sql: string, options: GenerateOptions): Promise<Generated> {
  const read = await QueryText.read(sql)
  if (!read.ok) return { ok: false, error: `the reference does not parse: ${read.error}` }
  const query = read.query
  const visits = visitAll(query.statement)
  const statements = query.statement.stmts
  const [type, node] = unwrap(Array.isArray(statements) ? statements.at(-1) : query.statement) ?? []
  const final = type && node ? { type, node } : null
  const orderMatters = options.orderedContract || Boolean(final?.node.limitCount || final?.node.limitOffset)
  const context = { query, visits, final, orderMatters }
  const descriptions = new Map(OPERATORS.map((o) => [o.name, o.description]))

  const seen = new Set([normalize(sql)])
  const keyed: Mutant[] = []
  const occurrences = new Map<string, number>()
  for (const edit of OPERATORS.flatMap((o) => o.edits(context)).sort(byPosition)) {
    const mutated = query.withEdit(edit.start, edit.end, edit.replacement)
    if (seen.has(normalize(mutated)) || !(await query.parsesAlike(mutated))) continue
    seen.add(normalize(mutated))
    const base = `${edit.operator}: "${oneLine(query.text(edit.start, edit.end))}" -> "${oneLine(edit.replacement)}"`
    const n = (occurrences.get(base) ?? 0) + 1
    occurrences.set(base, n)
    keyed.push({ key: n === 1 ? base : `${base} (occurrence ${n})`, operator: edit.operator, description: descriptions.get(edit.operator) ?? '', sql: mutated })
  }
  return { ok: true, mutants: keyed }
}

/** Text order, then operator order, then each operator's own order (the sort is stable): the same query always yields the same list. */
function byPosition(a: Edit, b: Edit): number {
  return a.start - b.start || operatorIndex(a) - operatorIndex(b)
}

function operatorIndex(edit: Edit): number {
  return OPERATORS.findIndex((o) => o.name === edit.operator)
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Whitespace-insensitive form, for "same mutant" and for matching a declaration by mutated text. */
export function normalize(sql: string): string {
  return oneLine(sql).replace(/\s*([(),])\s*/g, '$1').toLowerCase()
}
