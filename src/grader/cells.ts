import { canonicalJson } from './canonical-json.ts'
import { canonicalNumber, numbersWithin } from './canonical-number.ts'
import { parsePgArray, type PgArray } from './pg-array.ts'
import { arrayElementOid, isFloat, kindOf } from './value-kinds.ts'

// Value equality by Postgres type: numbers as numbers, json and arrays canonicalised, everything else
// (dates, timestamps, intervals, booleans, text) as the exact text Postgres printed.

const NULL_KEY = '\u0000null'

export function canonicalCell(value: string | null, typeOid: number): string {
  if (value === null) return NULL_KEY
  switch (kindOf(typeOid)) {
    case 'number':
      return canonicalNumber(value) ?? value
    case 'json':
      return tryOr(() => canonicalJson(value), value)
    case 'array': {
      const element = arrayElementOid(typeOid)!
      return tryOr(() => JSON.stringify(canonicalArray(parsePgArray(value), element)), value)
    }
    default:
      return value
  }
}

function canonicalArray(items: PgArray, elementOid: number): unknown[] {
  return items.map((item) => (Array.isArray(item) ? canonicalArray(item, elementOid) : canonicalCell(item, elementOid)))
}

function tryOr(f: () => string, fallback: string): string {
  try {
    return f()
  } catch {
    return fallback
  }
}

/** How far two numbers in one column may differ and still count as equal. */
export interface NumericSlack {
  absolute: number
  relative: number
}

/** Floating-point columns forgive rounding noise in the last digits (a sum in another order). */
export const FLOAT_NOISE = 1e-9

export function slackFor(expectedOid: number, actualOid: number, tolerance: number | null): NumericSlack | null {
  if (kindOf(expectedOid) !== 'number' || kindOf(actualOid) !== 'number') return null
  const float = isFloat(expectedOid) || isFloat(actualOid)
  if (tolerance === null && !float) return null
  return { absolute: tolerance ?? 0, relative: float ? FLOAT_NOISE : 0 }
}

export function cellsEqual(a: string | null, b: string | null, oid: number, slack: NumericSlack | null): boolean {
  if (a === null || b === null) return a === b
  // A value that is not a number (a cell cut short in the worker) compares by its exact text.
  if (slack && canonicalNumber(a) !== null && canonicalNumber(b) !== null) return numbersWithin(a, b, slack.absolute, slack.relative)
  return canonicalCell(a, oid) === canonicalCell(b, oid)
}
