import { checkBank, type CheckReport } from '../../check/node/check-bank.ts'
import { formatMutationReport } from '../../check/mutants/format-mutation-report.ts'
import type { BankIssue } from '../../problems/compile.ts'
import { parse, print } from '../usage.ts'

export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, mutants: { type: 'boolean' } }, true)
  const report = await checkBank({ only: positionals, ...(values.mutants ? { mutants: 'every-case' as const } : {}) })
  const text = formatReport(report) + (report.mutation ? `\n${formatMutationReport(report.mutation)}` : '')
  print(values.json ? JSON.stringify(report, null, 2) : text)
  return report.ok && (report.mutation?.ok ?? true) ? 0 : 1
}

export function formatIssues(issues: BankIssue[]): string {
  return issues.map((i) => `${i.file}${i.field ? ` [${i.field}]` : ''}: ${i.message}\n`).join('')
}

export function formatReport(r: CheckReport): string {
  const lines: string[] = []
  if (r.issues.length) lines.push('Problem files with defects:', ...formatIssues(r.issues).trimEnd().split('\n').map((l) => `  ${l}`))
  const failed = r.checks.filter((c) => c.failures.length)
  for (const c of failed) lines.push(`${c.path}:`, ...c.failures.map((f) => `  - ${f}`))
  for (const c of r.checks.filter((x) => x.warnings.length)) lines.push(`${c.path} (warning):`, ...c.warnings.map((w) => `  - ${w}`))
  lines.push(
    `${r.ok ? 'OK' : 'FAILED'}: ${r.problems} problems, ${r.hiddenCases} hidden cases, ${r.traps} traps, ${r.alternates} alternates checked in ${r.seconds.toFixed(1)} s` +
      (r.ok ? '' : ` — ${failed.length} problem${failed.length === 1 ? '' : 's'} failed, ${r.issues.length} file defect${r.issues.length === 1 ? '' : 's'}`),
  )
  return lines.join('\n')
}
