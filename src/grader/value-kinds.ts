// Postgres type OIDs grouped into the kinds the grader compares by.

export type ValueKind =
  | 'number'
  | 'text'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'timestamptz'
  | 'time'
  | 'timetz'
  | 'interval'
  | 'json'
  | 'uuid'
  | 'array'
  | 'other'

const NUMBER = [20, 21, 23, 26, 700, 701, 1700]
const FLOAT = [700, 701]
const TEXT = [18, 19, 25, 705, 1042, 1043]

const SCALAR_KIND: Record<number, ValueKind> = {
  16: 'boolean',
  1082: 'date',
  1114: 'timestamp',
  1184: 'timestamptz',
  1083: 'time',
  1266: 'timetz',
  1186: 'interval',
  114: 'json',
  3802: 'json',
  2950: 'uuid',
}
for (const oid of NUMBER) SCALAR_KIND[oid] = 'number'
for (const oid of TEXT) SCALAR_KIND[oid] = 'text'

/** Array type OID → element type OID, for the element types a learner is likely to aggregate. */
const ARRAY_ELEMENT: Record<number, number> = {
  1000: 16, 1005: 21, 1007: 23, 1016: 20, 1028: 26, 1021: 700, 1022: 701, 1231: 1700,
  1002: 18, 1003: 19, 1009: 25, 1014: 1042, 1015: 1043,
  1182: 1082, 1115: 1114, 1185: 1184, 1183: 1083, 1270: 1266, 1187: 1186,
  199: 114, 3807: 3802, 2951: 2950,
}

export function kindOf(typeOid: number): ValueKind {
  if (ARRAY_ELEMENT[typeOid] !== undefined) return 'array'
  return SCALAR_KIND[typeOid] ?? 'other'
}

export function arrayElementOid(typeOid: number): number | undefined {
  return ARRAY_ELEMENT[typeOid]
}

export function isFloat(typeOid: number): boolean {
  return FLOAT.includes(typeOid)
}

const TYPE_NAMES: Record<number, string> = {
  16: 'boolean', 18: 'char', 19: 'name', 20: 'bigint', 21: 'smallint', 23: 'integer', 25: 'text', 26: 'oid',
  114: 'json', 700: 'real', 701: 'double precision', 705: 'unknown', 1042: 'char(n)', 1043: 'varchar',
  1082: 'date', 1083: 'time', 1114: 'timestamp', 1184: 'timestamptz', 1186: 'interval', 1266: 'timetz',
  1700: 'numeric', 2950: 'uuid', 3802: 'jsonb',
}

/** A short SQL type name for messages ("numeric", "text[]"). */
export function typeName(typeOid: number): string {
  const element = ARRAY_ELEMENT[typeOid]
  if (element !== undefined) return `${typeName(element)}[]`
  return TYPE_NAMES[typeOid] ?? `type ${typeOid}`
}

/** How a kind reads in a sentence: "column 2 is text, expected a number". */
export function describeKind(typeOid: number): string {
  const kind = kindOf(typeOid)
  switch (kind) {
    case 'number':
      return `a number (${typeName(typeOid)})`
    case 'text':
      return `text (${typeName(typeOid)})`
    case 'array':
      return `an array (${typeName(typeOid)})`
    case 'other':
      return typeName(typeOid)
    default:
      return `${/^[aeiu]/.test(kind) ? 'an' : 'a'} ${typeName(typeOid)}`
  }
}

/** Two columns hold comparable values: same kind, and for arrays the same element kind. */
export function sameKind(a: number, b: number): boolean {
  const ka = kindOf(a)
  if (ka !== kindOf(b)) return false
  if (ka === 'array') return sameKind(ARRAY_ELEMENT[a]!, ARRAY_ELEMENT[b]!)
  if (ka === 'other') return a === b
  return true
}
