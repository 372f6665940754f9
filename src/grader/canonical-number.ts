// Exact canonical form of a Postgres numeric text ("2", "2.00", "2e0", "-0.0"), so 2 = 2.0 = 2.00
// without going through floating point.

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/** Returns e.g. "2", "-15e-1", "NaN", "Infinity"; null if the text is not a number. */
export function canonicalNumber(text: string): string | null {
  const t = text.trim()
  if (t === 'NaN' || t === 'Infinity' || t === '-Infinity') return t
  if (t === '+Infinity' || t === 'inf') return 'Infinity'
  const m = DECIMAL.exec(t)
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null
  const sign = m[1] === '-' ? '-' : ''
  const intPart = m[2] ?? ''
  const fracPart = m[3] ?? ''
  let exponent = Number(m[4] ?? '0') - fracPart.length
  let digits = (intPart + fracPart).replace(/^0+/, '')
  if (digits === '') return '0'
  const trailing = digits.length - digits.replace(/0+$/, '').length
  digits = digits.slice(0, digits.length - trailing)
  exponent += trailing
  return exponent === 0 ? `${sign}${digits}` : `${sign}${digits}e${exponent}`
}

export function numbersWithin(a: string, b: string, absolute: number, relative: number): boolean {
  const x = Number(a)
  const y = Number(b)
  // PostgreSQL's own equality for the special values: NaN = NaN, Infinity = Infinity, and neither ever
  // matches a finite number, however wide the tolerance (Infinity - x <= Infinity would say it does).
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y)
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x === y
  if (x === y) return true
  const diff = Math.abs(x - y)
  const scale = Math.max(Math.abs(x), Math.abs(y))
  // The 1e-12 slack keeps a declared 0.01 from failing on 0.010000000000000009.
  return diff <= absolute + relative * scale + 1e-12 * scale
}
