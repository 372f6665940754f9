import { parse } from 'libpg-query'
import type { QueryOutcome, StatementKind } from './types.ts'

// Classifies a query with the real PostgreSQL parser before anything runs. The read-only, rolled-back
// transaction and the killable worker are the real boundary; this gives clear messages up front.

export const MAX_QUERY_CHARS = 100_000

const DENIED_FUNCTION = [
  /^pg_(sleep|read_|ls_|stat_file|terminate_backend|cancel_backend|reload_conf|rotate_logfile|advisory|try_advisory|notify|logical_emit|switch_wal|create_restore_point|backup_|promote|log_backend)/,
  /^lo_/,
  /^dblink/,
  /^(query|cursor)_to_xml/,
  /^(set_config|setval|nextval)$/,
]

const WRITE_NODES = ['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']

type Verdict = { ok: true } | { ok: false; outcome: QueryOutcome }

export async function checkStatement(sql: string, allow: StatementKind[] = ['select']): Promise<Verdict> {
  if (sql.length > MAX_QUERY_CHARS)
    return reject('too_long', `The query is ${sql.length.toLocaleString('en')} characters long; the limit is ${MAX_QUERY_CHARS.toLocaleString('en')}.`)
  if (sql.trim() === '') return reject('empty', 'The query is empty.')

  let stmts: { stmt?: Record<string, unknown> }[]
  try {
    stmts = ((await parse(sql)) as { stmts?: { stmt?: Record<string, unknown> }[] }).stmts ?? []
  } catch (e) {
    const details = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails
    const position = details?.cursorPosition !== undefined && details.cursorPosition >= 0 ? details.cursorPosition + 1 : undefined
    return {
      ok: false,
      outcome: { kind: 'sql_error', ms: 0, error: { sqlstate: '42601', message: (e as Error).message, ...(position ? { position } : {}) } },
    }
  }
  if (stmts.length === 0) return reject('empty', 'The query has no statement (only comments or semicolons).')
  if (stmts.length > 1)
    return reject('multiple_statements', `Submit one statement; this text holds ${stmts.length}. Remove everything but the query.`)

  const stmt = stmts[0]!.stmt ?? {}
  const [nodeType, body] = Object.entries(stmt)[0] ?? ['', {}]
  const kind = statementKind(nodeType)
  if (!kind || !allow.includes(kind)) {
    const allowed = allow.map((k) => (k === 'select' ? 'SELECT (or WITH … SELECT, VALUES)' : 'EXPLAIN')).join(' or ')
    return reject('statement_not_allowed', `Only ${allowed} can run here; this is ${describeNode(nodeType)}.`)
  }
  if (nodeType === 'SelectStmt' && (body as { intoClause?: unknown }).intoClause)
    return reject('writes_not_allowed', 'SELECT … INTO creates a table; this problem only reads data. Remove INTO.')

  return walk(stmt) ?? { ok: true }
}

function walk(node: unknown): Verdict | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = walk(child)
      if (found) return found
    }
    return null
  }
  if (node === null || typeof node !== 'object') return null
  for (const [key, value] of Object.entries(node)) {
    if (WRITE_NODES.includes(key))
      return reject('writes_not_allowed', `${capitalize(describeNode(key))} inside a query changes data; this problem only reads data.`)
    if (key === 'FuncCall') {
      const call = value as { funcname?: { String?: { sval?: string } }[]; location?: number }
      const name = call.funcname?.at(-1)?.String?.sval ?? ''
      if (DENIED_FUNCTION.some((re) => re.test(name))) {
        const position = typeof call.location === 'number' && call.location >= 0 ? call.location + 1 : undefined
        return reject('function_not_allowed', `The function ${name}() is not available in practice queries.`, position)
      }
    }
    const found = walk(value)
    if (found) return found
  }
  return null
}

function statementKind(nodeType: string): StatementKind | null {
  if (nodeType === 'SelectStmt') return 'select'
  if (nodeType === 'ExplainStmt') return 'explain'
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
  SelectStmt: 'a SELECT',
}

function describeNode(nodeType: string): string {
  return NODE_NAMES[nodeType] ?? `a ${nodeType.replace(/Stmt$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()} statement`
}

function reject(reason: Extract<QueryOutcome, { kind: 'rejected' }>['reason'], message: string, position?: number): Verdict {
  return { ok: false, outcome: { kind: 'rejected', reason, message, ...(position ? { position } : {}) } }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
