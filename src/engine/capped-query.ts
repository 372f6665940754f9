import { protocol, type PGlite } from '@electric-sql/pglite'
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

export async function runCappedQuery(db: PGlite, sql: string, maxRows: number): Promise<QueryOutcome> {
  const s = protocol.serialize
  const request = concat([
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

  const error = messages.find((m) => m.name === 'error')
  if (error) {
    const position = Number(error.position)
    return {
      kind: 'sql_error',
      ms,
      error: {
        sqlstate: error.code ?? 'XX000',
        message: error.message ?? 'unknown error',
        ...(position > 0 ? { position } : {}),
        ...(error.hint ? { hint: error.hint } : {}),
        ...(error.detail ? { detail: error.detail } : {}),
      },
    }
  }
  const description = messages.find((m) => m.name === 'rowDescription')
  const columns: ResultColumn[] = (description?.fields ?? []).map((f) => {
    const field = f as { name: string; dataTypeID: number }
    return { name: field.name, typeOid: field.dataTypeID }
  })
  const rows: RawRow[] = []
  for (const m of messages) if (m.name === 'dataRow') rows.push(m.fields as RawRow)
  const truncated = rows.length > maxRows || messages.some((m) => m.name === 'portalSuspended')
  return { kind: 'rows', result: { columns, rows, truncated, ms } }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const p of parts) {
    out.set(p, offset)
    offset += p.length
  }
  return out
}
