// Walking libpg-query's JSON parse tree: every node as { type, node } with its ancestors, in document
// order (the order keys appear in the JSON, which follows the grammar), so generation is deterministic.

/** A parse-tree node: the body of { [type]: body }. Fields are read loosely; libpg-query's JSON is untyped here. */
export type Node = Record<string, any>

export interface Visit {
  type: string
  node: Node
  /** Ancestors, nearest last, each with the field of its parent it sits in. */
  ancestors: { type: string; node: Node; field: string }[]
}

export function visitAll(root: Record<string, unknown>): Visit[] {
  const out: Visit[] = []
  walk(root, [], '', out)
  return out
}

function walk(value: unknown, ancestors: Visit['ancestors'], field: string, out: Visit[]): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, ancestors, field, out)
    return
  }
  if (!value || typeof value !== 'object') return
  const entries = Object.entries(value)
  // A wrapped node is { TypeName: body } with an upper-case key and an object body.
  if (entries.length === 1 && /^[A-Z]/.test(entries[0]![0]) && entries[0]![1] && typeof entries[0]![1] === 'object' && !Array.isArray(entries[0]![1])) {
    const [type, body] = entries[0] as [string, Node]
    out.push({ type, node: body, ancestors })
    const inner = [...ancestors, { type, node: body, field }]
    for (const [key, child] of Object.entries(body))
      // The two sides of a UNION are bare SELECT bodies, not wrapped nodes.
      walk(type === 'SelectStmt' && (key === 'larg' || key === 'rarg') && child ? { SelectStmt: child } : child, inner, key, out)
    return
  }
  for (const [key, child] of entries) walk(child, ancestors, key, out)
}

/** The wrapped child `{ Type: body }` → [Type, body], or null. */
export function unwrap(value: unknown): [string, Node] | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const entries = Object.entries(value)
  return entries.length === 1 ? (entries[0] as [string, Node]) : null
}

export function funcName(call: Node): string {
  const names = (call.funcname ?? []) as { String?: { sval?: string } }[]
  return names.at(-1)?.String?.sval ?? ''
}

export function operatorName(expr: Node): string {
  const names = (expr.name ?? []) as { String?: { sval?: string } }[]
  return names.at(-1)?.String?.sval ?? ''
}

/** The integer value of an A_Const child, or null. */
export function intConst(value: unknown): number | null {
  const c = unwrap(value)
  if (!c || c[0] !== 'A_Const') return null
  if (c[1].ival && typeof c[1].ival === 'object') return Number(c[1].ival.ival ?? 0)
  return null
}
