import type { RawRow, SqlError } from '../engine/types.ts'
import type { Diff } from '../grader/compare.ts'
import { describeLineColumn, lineColumnAt } from '../grader/error-location.ts'
import type { Verdict } from '../grader/verdict.ts'
import { renderPlanText } from '../grader/plan-text.ts'

// Human-readable verdicts for the terminal.

export function formatVerdict(v: Verdict, sql: string): string {
  const lines: string[] = []
  const cases = `${v.casesPassed}/${v.casesTotal} cases passed`
  switch (v.verdict) {
    case 'accepted':
      lines.push(`Accepted: ${cases} (your query ${v.timing.queryMs.toFixed(1)} ms in all).`)
      if (v.plans) lines.push('', 'Your plan:', ...renderPlanText(v.plans.plan).split('\n'), `(the reference's plan read ${v.plans.referencePlan.buffers} buffers)`)
      break
    case 'wrong_answer':
      lines.push(`Wrong answer on ${v.case.label}${v.case.why ? ` — ${v.case.why}` : ''}`)
      if (v.table)
        lines.push(
          v.afterRerun
            ? `  Run a second time, the script left ${v.table} different from the first run (not idempotent):`
            : v.untouched
              ? `  The script changed ${v.table}, which must be left as it was:`
              : `  Table ${v.table} after the script:`,
        )
      lines.push(`  ${v.diff.message}`)
      lines.push(...formatDiff(v.diff).map((l) => `  ${l}`))
      for (const hint of v.hints) lines.push(`  Hint: ${hint}`)
      lines.push(`  (${cases})`)
      break
    case 'too_slow':
      lines.push(`Correct, but the plan misses the drill's goal on ${v.case.label}`, `  ${v.message}`, '')
      lines.push(...renderPlanText(v.plan, { mark: { path: v.path, note: 'this node' } }).split('\n').map((l) => `  ${l}`))
      lines.push('', '  The reference plan:', ...renderPlanText(v.referencePlan).split('\n').map((l) => `  ${l}`))
      lines.push(`  (${cases})`)
      break
    case 'error':
      lines.push(`Error on ${v.case.label}: ${formatSqlError(v.error, sql)}`)
      break
    case 'timeout':
      lines.push(`Time limit exceeded on ${v.case.label}: the query ran longer than ${v.limitMs} ms and was stopped.`)
      break
    case 'too_many_rows':
      lines.push(
        `Too many rows on ${v.case.label}: the query returned more than ${v.limit.toLocaleString('en')} rows (expected ${v.expectedRowCount}). Look for a missing join condition.`,
      )
      break
    case 'rejected':
      lines.push(`Rejected: ${v.message}${v.position ? `\n${caret(sql, v.position)}` : ''}`)
      break
  }
  return lines.join('\n')
}

export function formatSqlError(error: SqlError, sql: string): string {
  const lines = [`${error.message} (SQLSTATE ${error.sqlstate})`]
  if (error.position) lines.push(caret(sql, error.position))
  if (error.detail) lines.push(`Detail: ${error.detail}`)
  if (error.hint) lines.push(`Hint: ${error.hint}`)
  return lines.join('\n')
}

/** The line of `sql` holding 1-based character `position`, with a caret under it. */
export function caret(sql: string, position: number): string {
  const at = lineColumnAt(sql, position)
  const line = sql.split(/\r\n|\r|\n/)[at.line - 1] ?? ''
  return `  ${describeLineColumn(at)}:\n    ${line}\n    ${' '.repeat(at.column - 1)}^`
}

function formatDiff(diff: Diff): string[] {
  switch (diff.kind) {
    case 'rows': {
      const out: string[] = []
      if (diff.changedCount) {
        const rows = diff.changed.map((c) => c.expected.map((v, i) => (c.cells.includes(i) ? `${shown(c.actual[i]!)} → ${shown(v)}` : v)))
        out.push(`Rows with wrong values (${diff.changedCount}; your value → the expected one):`, ...table(diff.columns, rows, diff.changedCount))
      }
      if (diff.missingCount) out.push(`Missing rows (${diff.missingCount}):`, ...table(diff.columns, diff.missing, diff.missingCount))
      if (diff.extraCount) out.push(`Unexpected rows (${diff.extraCount}):`, ...table(diff.columns, diff.extra, diff.extraCount))
      return out
    }
    case 'order':
      return [
        `Row ${diff.position}, expected:`,
        ...table(diff.columns, [diff.expectedRow], 1),
        `Row ${diff.position}, yours:`,
        ...table(diff.columns, [diff.actualRow], 1),
      ]
    default:
      return []
  }
}

export function table(columns: string[], rows: RawRow[], total = rows.length): string[] {
  const cells = rows.map((r) => r.map(shown))
  const widths = columns.map((c, i) => Math.min(40, Math.max(c.length, ...cells.map((r) => r[i]!.length))))
  const fmt = (cells: string[]) => `  ${cells.map((c, i) => clip(c, widths[i]!).padEnd(widths[i]!)).join(' | ')}`
  const out = [fmt(columns), `  ${widths.map((w) => '-'.repeat(w)).join('-+-')}`, ...cells.map(fmt)]
  if (total > rows.length) out.push(`  … and ${total - rows.length} more`)
  return out
}

function shown(value: string | null): string {
  return value === null ? 'NULL' : value
}

function clip(s: string, width: number): string {
  return s.length > width ? `${s.slice(0, width - 1)}…` : s
}
