import { parse } from 'libpg-query'
import { MAX_QUERY_CHARS } from './query-limits.ts'
import type { QueryOutcome, StatementKind } from './types.ts'

// Classifies a query with the real PostgreSQL parser before anything runs. The read-only, rolled-back
// transaction, the learner role without privileges (sandbox-role.ts) and the killable worker are the real
// boundary; this gives clear messages up front.

const DENIED_FUNCTION = [
  /^pg_(sleep|read_|ls_|stat_file|terminate_backend|cancel_backend|reload_conf|rotate_logfile|advisory|try_advisory|notify|logical_emit|switch_wal|create_restore_point|backup_|promote|log_backend)/,
  /^lo_/,
  /^dblink/,
  /^(query|cursor)_to_xml/,
  /^(set_config|setval|nextval)$/,
  /replication_(slot|origin)/,
]

const WRITE_NODES = ['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']

/** The text to run (a leading byte-order mark blanked out), or the outcome that refuses it. */
export type PolicyDecision = { ok: true; sql: string } | { ok: false; outcome: QueryOutcome }
type Refusal = Extract<PolicyDecision, { ok: false }>

/** A statement of a script: its text, the character offset (code points) where it starts in the script, its kind. */
export interface ScriptStatement {
  sql: string
  offset: number
  kind: StatementKind
  /** The parse tree's statement node, e.g. IndexStmt. */
  node: string
}

export type ScriptDecision = { ok: true; statements: ScriptStatement[] } | Refusal

/** One statement of an allowed kind. */
export async function checkStatement(text: string, allow: StatementKind[] = ['select']): Promise<PolicyDecision> {
  const decision = await checkStatements(text, allow, false)
  return decision.ok ? { ok: true, sql: decision.statements[0]!.sql } : decision
}

/** One or more statements, each of an allowed kind (write tasks). */
export function checkScript(text: string, allow: StatementKind[]): Promise<ScriptDecision> {
  return checkStatements(text, allow, true)
}

async function checkStatements(text: string, allow: StatementKind[], script: boolean): Promise<ScriptDecision> {
  // Editors on some systems save a UTF-8 byte-order mark; a space keeps every error position where it was.
  const sql = text.replace(/^\uFEFF/, ' ')
  const nul = sql.indexOf('\u0000')
  if (nul >= 0) {
    const position = [...sql.slice(0, nul)].length + 1
    return reject('invalid_character', `The query contains a NUL character (\\0) at position ${position}; remove it.`, position)
  }
  if (sql.length > MAX_QUERY_CHARS)
    return reject('too_long', `The query is ${sql.length.toLocaleString('en')} characters long; the limit is ${MAX_QUERY_CHARS.toLocaleString('en')}.`)
  if (sql.trim() === '') return reject('empty', 'The query is empty.')

  let stmts: ParsedStatement[]
  try {
    stmts = ((await parse(sql)) as { stmts?: ParsedStatement[] }).stmts ?? []
  } catch (e) {
    const details = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails
    const position = details?.cursorPosition !== undefined && details.cursorPosition >= 0 ? details.cursorPosition + 1 : undefined
    return {
      ok: false,
      outcome: { kind: 'sql_error', ms: 0, error: { sqlstate: '42601', message: (e as Error).message, ...(position ? { position } : {}) } },
    }
  }
  if (stmts.length === 0) return reject('empty', 'The query has no statement (only comments or semicolons).')
  if (stmts.length > 1 && !script)
    return reject('multiple_statements', `Submit one statement; this text holds ${stmts.length}. Remove everything but the query.`)

  // libpg-query's locations count bytes of the UTF-8 text.
  const bytes = encoder.encode(sql)
  const kinds: { kind: StatementKind; node: string }[] = []
  for (const { stmt = {} } of stmts) {
    const [nodeType, body] = Object.entries(stmt)[0] ?? ['', {}]
    const kind = statementKind(nodeType, body as Record<string, unknown>)
    if (kind) kinds.push({ kind, node: nodeType })
    if (!kind || !allow.includes(kind)) {
      if (kind === 'create' && nodeType === 'SelectStmt')
        return reject('writes_not_allowed', 'SELECT … INTO creates a table; this problem only reads data. Remove INTO.')
      const allowed = allow.map((k) => STATEMENT_KIND_NAMES[k]).join(allow.length > 2 ? ', ' : ' or ')
      return reject('statement_not_allowed', `Only ${allowed} can run here; this is ${describeNode(nodeType)}.`)
    }
    const refusal = walk(stmt, allow.includes('write'), bytes)
    if (refusal) return refusal
  }
  const texts = script ? splitStatements(bytes, stmts) : [{ sql, offset: 0 }]
  return { ok: true, statements: texts.map((t, i) => ({ ...t, ...kinds[i]! })) }
}

interface ParsedStatement {
  stmt?: Record<string, unknown>
  /** Byte offset of the statement's text (after the previous semicolon) and its length; 0 = to the end. */
  stmt_location?: number
  stmt_len?: number
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Each statement's own text and where it starts. */
function splitStatements(bytes: Uint8Array, stmts: ParsedStatement[]): { sql: string; offset: number }[] {
  return stmts.map(({ stmt_location: start = 0, stmt_len: length = 0 }) => ({
    sql: decoder.decode(bytes.subarray(start, length ? start + length : bytes.length)),
    offset: charactersBefore(bytes, start),
  }))
}

/** The characters before byte `offset`, counted as Postgres counts positions: code points (an emoji is one, two in JavaScript). */
function charactersBefore(bytes: Uint8Array, offset: number): number {
  return [...decoder.decode(bytes.subarray(0, offset))].length
}

/**
 * How deep a parse tree may nest. The in-browser engine's stack gives out somewhere past 450-700 levels,
 * and not always at the same point (WebAssembly frame sizes change as code is optimised); refusing well
 * before that gives one input one verdict. Interview queries nest 20-80 levels.
 */
export const MAX_NESTING_DEPTH = 300

/** Looks through the whole tree (iteratively: a query can nest thousands of levels deep). */
function walk(root: unknown, writesAllowed: boolean, bytes: Uint8Array): Refusal | null {
  const pending: [unknown, number][] = [[root, 1]]
  while (pending.length) {
    const [node, depth] = pending.pop()!
    if (node === null || typeof node !== 'object') continue
    if (depth > MAX_NESTING_DEPTH)
      return reject(
        'too_deep',
        `The query nests more than ${MAX_NESTING_DEPTH} levels deep (hundreds of UNION branches or nested expressions); the engine in your browser cannot run that. Simplify it.`,
      )
    const children = Array.isArray(node) ? node : Object.values(node)
    if (!Array.isArray(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (!writesAllowed && WRITE_NODES.includes(key))
          return reject('writes_not_allowed', `${capitalize(describeNode(key))} inside a query changes data; this problem only reads data.`)
        if (key === 'FuncCall') {
          const call = value as { funcname?: { String?: { sval?: string } }[]; location?: number }
          const name = call.funcname?.at(-1)?.String?.sval ?? ''
          if (DENIED_FUNCTION.some((re) => re.test(name))) {
            const position = typeof call.location === 'number' && call.location >= 0 ? charactersBefore(bytes, call.location) + 1 : undefined
            return reject('function_not_allowed', `The function ${name}() is not available in practice queries.`, position)
          }
        }
      }
    }
    for (let i = children.length - 1; i >= 0; i--) pending.push([children[i], depth + 1])
  }
  return null
}

const STATEMENT_KIND_NAMES: Record<StatementKind, string> = {
  select: 'SELECT (or WITH … SELECT, VALUES)',
  write: 'INSERT, UPDATE, DELETE, MERGE, TRUNCATE',
  create: 'CREATE [TEMP] TABLE [AS]',
  index: 'CREATE INDEX, CREATE STATISTICS',
}

const WRITE_STATEMENTS = [...WRITE_NODES, 'TruncateStmt']

function statementKind(nodeType: string, body: Record<string, unknown>): StatementKind | null {
  if (nodeType === 'SelectStmt') return body.intoClause ? 'create' : 'select'
  if (WRITE_STATEMENTS.includes(nodeType)) return 'write'
  if (nodeType === 'CreateStmt') return 'create'
  if (nodeType === 'IndexStmt' || nodeType === 'CreateStatsStmt') return 'index'
  if (nodeType === 'CreateTableAsStmt') return body.objtype === 'OBJECT_TABLE' ? 'create' : null
  return null
}

const NODE_NAMES: Record<string, string> = {
  InsertStmt: 'an INSERT',
  UpdateStmt: 'an UPDATE',
  DeleteStmt: 'a DELETE',
  MergeStmt: 'a MERGE',
  TransactionStmt: 'a transaction command (BEGIN, COMMIT, ROLLBACK…)',
  VariableSetStmt: 'a SET command',
  VariableShowStmt: 'a SHOW command',
  CopyStmt: 'a COPY command',
  DropStmt: 'a DROP command',
  CreateStmt: 'a CREATE TABLE command',
  CreateTableAsStmt: 'a CREATE TABLE AS command',
  TruncateStmt: 'a TRUNCATE command',
  AlterTableStmt: 'an ALTER TABLE command',
  DoStmt: 'a DO block',
  CallStmt: 'a CALL',
  ExplainStmt: 'an EXPLAIN',
  VacuumStmt: 'a VACUUM or ANALYZE (statistics are gathered once, when the dataset is built)',
  SelectStmt: 'a SELECT',
}

function describeNode(nodeType: string): string {
  return NODE_NAMES[nodeType] ?? `a ${nodeType.replace(/Stmt$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()} statement`
}

function reject(reason: Extract<QueryOutcome, { kind: 'rejected' }>['reason'], message: string, position?: number): Refusal {
  return { ok: false, outcome: { kind: 'rejected', reason, message, ...(position ? { position } : {}) } }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
