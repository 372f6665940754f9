import { describe, expect, it } from 'vitest'
import { canonicalNumber, numbersWithin } from '../../src/grader/canonical-number.ts'

describe('canonicalNumber', () => {
  it('gives 2, 2.0, 2.00, 02 and 2e0 the same form', () => {
    const forms = ['2', '2.0', '2.00', '02', '2e0', '0.2e1', '+2'].map(canonicalNumber)
    expect(new Set(forms)).toEqual(new Set(['2']))
  })
  it('keeps values that differ in any digit apart, however long', () => {
    expect(canonicalNumber('12345678901234567890.1')).not.toBe(canonicalNumber('12345678901234567890.2'))
    expect(canonicalNumber('0.1')).not.toBe(canonicalNumber('0.10000000000000001'))
  })
  it('treats zero of any sign and scale as zero', () => {
    expect(canonicalNumber('-0.000')).toBe('0')
    expect(canonicalNumber('0e5')).toBe('0')
  })
  it('reads float output such as 1e+20 and -1.5e-07', () => {
    expect(canonicalNumber('1e+20')).toBe(canonicalNumber('100000000000000000000'))
    expect(canonicalNumber('-1.5e-07')).toBe(canonicalNumber('-0.00000015'))
  })
  it('passes NaN and infinities through and rejects text', () => {
    expect(canonicalNumber('NaN')).toBe('NaN')
    expect(canonicalNumber('-Infinity')).toBe('-Infinity')
    expect(canonicalNumber('abc')).toBeNull()
    expect(canonicalNumber('.')).toBeNull()
  })
})

describe('numbersWithin', () => {
  it('accepts a difference up to the absolute tolerance and not beyond', () => {
    expect(numbersWithin('1.005', '1.015', 0.01, 0)).toBe(true)
    expect(numbersWithin('1.005', '1.016', 0.01, 0)).toBe(false)
  })
  it('accepts float rounding noise under a relative tolerance', () => {
    expect(numbersWithin('3.3333333333333335', '3.3333333333333333', 0, 1e-9)).toBe(true)
    expect(numbersWithin('3.3333', '3.3334', 0, 1e-9)).toBe(false)
  })
  it('follows PostgreSQL equality for NaN, infinities and -0 with and without a tolerance', () => {
    for (const [absolute, relative] of [[0, 0], [0, 1e-9], [0.01, 0], [1e6, 1e-9]] as const) {
      expect(numbersWithin('Infinity', '5', absolute, relative)).toBe(false)
      expect(numbersWithin('5', 'Infinity', absolute, relative)).toBe(false)
      expect(numbersWithin('-Infinity', '-5', absolute, relative)).toBe(false)
      expect(numbersWithin('Infinity', '-Infinity', absolute, relative)).toBe(false)
      expect(numbersWithin('NaN', '5', absolute, relative)).toBe(false)
      expect(numbersWithin('NaN', 'Infinity', absolute, relative)).toBe(false)
      expect(numbersWithin('Infinity', 'Infinity', absolute, relative)).toBe(true)
      expect(numbersWithin('-Infinity', '-Infinity', absolute, relative)).toBe(true)
      expect(numbersWithin('NaN', 'NaN', absolute, relative)).toBe(true)
      expect(numbersWithin('-0', '0', absolute, relative)).toBe(true)
    }
  })
})
