import { parse, scan } from 'libpg-query'

// A query's text with its tokens and parse tree, and the one thing mutation needs from them: the exact
// span of text a parse-tree node covers, so that a mutant is an edit of the author's own text.
// libpg-query reports byte offsets into the UTF-8 text; every offset here is a byte offset.

export interface Token {
  start: number
  end: number
  /** Lower-cased token text (keywords compare case-insensitively). */
  lower: string
  kind: string
}

/** Token indexes lo..hi (inclusive) and the byte range they cover. */
export interface Span {
  lo: number
  hi: number
  start: number
  end: number
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', case: 'end' }
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', end: 'case' }
const POSTFIX_AFTER_IS = new Set(['not', 'null', 'true', 'false', 'unknown'])
/** Tokens after which "( … )" only groups an expression (it is not a call's argument list). */
const GROUPING_CONTEXT = new Set(['and', 'or', 'not', 'where', 'on', 'having', 'when', 'then', 'else', '(', ','])

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export class QueryText {
  private constructor(
    readonly sql: string,
    readonly bytes: Uint8Array,
    readonly tokens: Token[],
    /** The statement's node, e.g. { SelectStmt: { … } }; a script's statements as { stmts: [ … ] }. */
    readonly statement: Record<string, unknown>,
  ) {}

  static async read(sql: string): Promise<{ ok: true; query: QueryText } | { ok: false; error: string }> {
    try {
      const tree = (await parse(sql)) as { stmts?: { stmt?: Record<string, unknown> }[] }
      const statements = (tree.stmts ?? []).map((s) => s.stmt)
      if (!statements.length || statements.some((s) => !s)) return { ok: false, error: 'the reference must hold at least one statement' }
      const scanned = await scan(sql)
      const tokens = scanned.tokens
        .filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT')
        .map((t) => ({ start: t.start, end: t.end, lower: t.text.toLowerCase(), kind: t.tokenName }))
      const statement = statements.length === 1 ? statements[0]! : { stmts: statements as Record<string, unknown>[] }
      return { ok: true, query: new QueryText(sql, encoder.encode(sql), tokens, statement) }
    } catch (e) {
      return { ok: false, error: (e as Error).message }
    }
  }

  text(start: number, end: number): string {
    return decoder.decode(this.bytes.subarray(start, end))
  }

  spanText(span: Span): string {
    return this.text(span.start, span.end)
  }

  /** The whole query with bytes start..end replaced. */
  withEdit(start: number, end: number, replacement: string): string {
    return this.text(0, start) + replacement + this.text(end, this.bytes.length)
  }

  /** The index of the token that starts at (or contains) a byte offset; -1 if none. */
  tokenAt(offset: number): number {
    let lo = 0
    let hi = this.tokens.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const t = this.tokens[mid]!
      if (offset < t.start) hi = mid - 1
      else if (offset >= t.end) lo = mid + 1
      else return mid
    }
    return -1
  }

  token(i: number): Token | undefined {
    return this.tokens[i]
  }

  span(lo: number, hi: number): Span {
    return { lo, hi, start: this.tokens[lo]!.start, end: this.tokens[hi]!.end }
  }

  /**
   * The text a node covers: from its first to its last located descendant, widened over what the parse
   * tree does not locate (a call's parentheses, CASE … END, "IS NOT NULL", brackets), so that the span
   * is balanced.
   */
  nodeSpan(node: unknown): Span | null {
    const located = locations(node)
      .map((l) => this.tokenAt(l))
      .filter((i) => i >= 0)
    if (!located.length) return null
    let lo = Math.min(...located)
    let hi = Math.max(...located)
    for (;;) {
      const next = this.tokens[hi + 1]
      const last = this.tokens[hi]!
      if (next?.lower === '.' && this.tokens[hi + 2]) hi += 2
      else if (next && (last.lower === 'is' || (last.lower === 'not' && this.tokens[hi - 1]?.lower === 'is')) && POSTFIX_AFTER_IS.has(next.lower)) hi++
      else if (next?.lower === '(' && (last.kind === 'IDENT' || last.kind === 'UNKNOWN') && !last.lower.match(/^[^a-z_]/)) hi = this.matching(hi + 1)
      else break
    }
    return this.balanced(lo, hi)
  }

  /** A node's span, widened over parentheses that only group it: "(a or b)" rather than "a or b". */
  groupedSpan(node: unknown): Span | null {
    const span = this.nodeSpan(node)
    return span && this.widenOverGrouping(span)
  }

  widenOverGrouping(span: Span): Span {
    let { lo, hi } = span
    while (this.tokens[lo - 1]?.lower === '(' && this.tokens[hi + 1]?.lower === ')' && (lo < 2 || GROUPING_CONTEXT.has(this.tokens[lo - 2]!.lower)))
      if (this.matching(lo - 1) === hi + 1) {
        lo--
        hi++
      } else break
    return this.span(lo, hi)
  }

  /** The index of the token closing the bracket (or CASE) opened at index i. */
  matching(i: number): number {
    let depth = 0
    for (let j = i; j < this.tokens.length; j++) {
      const t = this.tokens[j]!.lower
      if (OPENERS[t]) depth++
      else if (CLOSERS[t]) depth--
      if (depth === 0) return j
    }
    return this.tokens.length - 1
  }

  /** The first token index in lo..hi whose text is one of `words` at bracket depth 0, or -1. */
  findTopLevel(lo: number, hi: number, words: string[]): number {
    let depth = 0
    for (let j = lo; j <= hi; j++) {
      const t = this.tokens[j]!.lower
      if (depth === 0 && words.includes(t)) return j
      if (OPENERS[t]) depth++
      else if (CLOSERS[t]) depth--
    }
    return -1
  }

  /** True when the text parses as one statement. */
  /** The text parses into as many statements as this one (a mutant must not split or merge statements). */
  async parsesAlike(sql: string): Promise<boolean> {
    try {
      const tree = (await parse(sql)) as { stmts?: unknown[] }
      return (tree.stmts?.length ?? 0) === this.statementCount
    } catch {
      return false
    }
  }

  get statementCount(): number {
    return Array.isArray(this.statement.stmts) ? this.statement.stmts.length : 1
  }

  private balanced(lo: number, hi: number): Span {
    let depth = 0
    let lowest = 0
    for (let j = lo; j <= hi; j++) {
      const t = this.tokens[j]!.lower
      if (OPENERS[t]) depth++
      else if (CLOSERS[t]) depth--
      lowest = Math.min(lowest, depth)
    }
    // Closers without their openers: walk left to the openers.
    for (let need = -lowest; need > 0 && lo > 0; ) {
      lo--
      const t = this.tokens[lo]!.lower
      if (CLOSERS[t]) need++
      else if (OPENERS[t]) need--
    }
    depth = 0
    for (let j = lo; j <= hi; j++) {
      const t = this.tokens[j]!.lower
      if (OPENERS[t]) depth++
      else if (CLOSERS[t]) depth--
    }
    // Openers without their closers: walk right to the closers.
    while (depth > 0 && hi < this.tokens.length - 1) {
      hi++
      const t = this.tokens[hi]!.lower
      if (OPENERS[t]) depth++
      else if (CLOSERS[t]) depth--
    }
    return this.span(lo, hi)
  }
}

/** Every `location` (and IN-list bound) at or below a node. */
export function locations(node: unknown, into: number[] = []): number[] {
  if (Array.isArray(node)) for (const child of node) locations(child, into)
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'location' || key === 'rexpr_list_start' || key === 'rexpr_list_end') && typeof value === 'number' && value >= 0) into.push(value)
      else if (typeof value === 'object') locations(value, into)
    }
  return into
}
