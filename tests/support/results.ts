import type { RawRow, ResultColumn } from '../../src/engine/types.ts'
import type { ResultSet } from '../../src/grader/compare.ts'

export const OID = {
  int4: 23, int8: 20, numeric: 1700, float8: 701, text: 25, varchar: 1043, bool: 16, date: 1082,
  timestamp: 1114, timestamptz: 1184, interval: 1186, json: 114, jsonb: 3802, int4array: 1007, textarray: 1009,
} as const

/** result(['name:text', 'total:numeric'], [['a', '1']]) */
export function result(columns: string[], rows: RawRow[]): ResultSet {
  const cols: ResultColumn[] = columns.map((c) => {
    const [name, type] = c.split(':') as [string, keyof typeof OID]
    return { name, typeOid: OID[type] }
  })
  return { columns: cols, rows }
}
