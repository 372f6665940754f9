import { protocol, type PGlite } from '@electric-sql/pglite'
import { concatBytes } from './bytes.ts'
import { capCell, MAX_CELL_CHARS } from './cell-cap.ts'
import type { QueryOutcome, RawRow, ResultColumn } from './types.ts'

// One statement through the extended protocol with Execute(maxRows): Postgres stops after cap + 1 rows
// instead of materialising the whole result, and we get raw text values with type OIDs and every
// column (duplicate names included).

interface Message {
  name: string
  fields?: ({ name: string; dataTypeID: number } | string | null)[]
  code?: string
  message?: string
  position?: string
  hint?: string
  detail?: string
}

export interface CappedQuery {
  outcome: QueryOutcome
  /** Why the instance can no longer be trusted after this query (it must be replaced), or null. */
  fault: string | null
}

/** Errors after which the instance keeps damage: memory it does not give back, a corrupted stack. */
const DAMAGING_SQLSTATES: Record<string, string> = {
  '53200': 'out of memory',
  '54001': 'stack depth exceeded',
}

const STACK_EXHAUSTED =
  'The query exhausted the engine’s stack (input nested too deeply, such as a regular expression or JSON value with thousands of levels, or thousands of UNION branches); the engine was restarted.'

/** `maxCellChars`: longer cells are cut (see cell-cap.ts); a trusted statement's own output may allow more. */
export async function runCappedQuery(db: PGlite, sql: string, maxRows: number, maxCellChars = MAX_CELL_CHARS): Promise<CappedQuery> {
  const s = protocol.serialize
  const request = concatBytes([
    s.parse({ text: sql, types: [] }),
    s.bind({}),
    s.describe({ type: 'P' }),
    s.execute({ rows: maxRows + 1 }),
    s.sync(),
  ])
  const started = performance.now()
  const { messages } = (await db.execProtocol(request, { throwOnError: false, syncToFs: false })) as unknown as {
    messages: Message[]
  }
  const ms = performance.now() - started

  const fault = impossibleResult(messages)
  if (fault) return { outcome: { kind: 'sql_error', ms, error: { sqlstate: '54001', message: STACK_EXHAUSTED } }, fault }

  const error = messages.find((m) => m.name === 'error')
  if (error) {
    const position = Number(error.position)
    const sqlstate = error.code ?? 'XX000'
    return {
      outcome: {
        kind: 'sql_error',
        ms,
        error: {
          sqlstate,
          message: error.message ?? 'unknown error',
          ...(position > 0 ? { position } : {}),
          ...(error.hint ? { hint: error.hint } : {}),
          ...(error.detail ? { detail: error.detail } : {}),
        },
      },
      fault: DAMAGING_SQLSTATES[sqlstate] ?? null,
    }
  }
  const description = messages.find((m) => m.name === 'rowDescription')
  const columns: ResultColumn[] = (description?.fields ?? []).map((f) => {
    const field = f as { name: string; dataTypeID: number }
    return { name: field.name, typeOid: field.dataTypeID }
  })
  const rows: RawRow[] = []
  for (const m of messages) if (m.name === 'dataRow') rows.push((m.fields as RawRow).map((v, i) => capCell(v, columns[i]?.typeOid ?? 25, maxCellChars)))
  const truncated = rows.length > maxRows || messages.some((m) => m.name === 'portalSuspended')
  return { outcome: { kind: 'rows', result: { columns, rows, truncated, ms } }, fault: null }
}

/**
 * PGlite swallows a WebAssembly stack overflow: the statement then neither completes nor fails, or a
 * Parse that failed silently shows as a missing unnamed statement, with notices of leaked resources. A
 * real PostgreSQL answer to one allowed statement never looks like that.
 */
function impossibleResult(messages: Message[]): string | null {
  if (messages.some((m) => m.name === 'notice' && /resource was not closed|still active/.test(m.message ?? '')))
    return 'leaked resources after an aborted query'
  const error = messages.find((m) => m.name === 'error')
  if (error?.code === '26000') return 'the statement vanished between Parse and Bind'
  if (!error && !messages.some((m) => m.name === 'commandComplete' || m.name === 'portalSuspended'))
    return 'a statement that neither completed nor failed'
  return null
}
