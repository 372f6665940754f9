import { describe, expect, it } from 'vitest'
import { checkBank } from '../../src/check/check-bank.ts'
import { formatReport } from '../../src/cli/commands/check.ts'

describe('the problem bank', () => {
  it('passes sqlprep check: every problem valid, every reference sound, every trap caught, every alternate accepted', async () => {
    const report = await checkBank()
    expect(report.ok, formatReport(report)).toBe(true)
    expect(report.problems).toBeGreaterThanOrEqual(30)
  }, 600_000)
})
