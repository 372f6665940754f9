import { checkBank, type CheckReport } from '../../check/node/check-bank.ts'
import { checkMutants } from '../../check/mutants/check-mutants.ts'
import { formatMutationReport } from '../../check/mutants/format-mutation-report.ts'
import type { MutationReport } from '../../check/mutants/mutation-report.ts'
import { selectProblems } from '../../check/node/select-problems.ts'
import { snapshotSource } from '../../engine/node/snapshot-cache.ts'
import { ROW_ORDERS } from '../../engine/row-order.ts'
import { startNodeEngine } from '../../engine/node/start-engine.ts'
import { loadRepository, REPO_ROOT } from '../../node/repository.ts'
import type { BankIssue } from '../../problems/compile.ts'
import { parse, print } from '../usage.ts'

export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, mutants: { type: 'boolean' } }, true)
  const report = await checkBank({ only: positionals })
  if (values.mutants) {
    const mutation = await mutationCheck(positionals)
    print(values.json ? JSON.stringify({ ...report, mutation }, null, 2) : `${formatReport(report)}\n${formatMutationReport(mutation)}`)
    return report.ok && mutation.ok ? 0 : 1
  }
  print(values.json ? JSON.stringify(report, null, 2) : formatReport(report))
  return report.ok ? 0 : 1
}

/** `--mutants`: mutation testing of the selected problems (src/check/mutants), on worker engines. */
async function mutationCheck(only: string[]): Promise<MutationReport> {
  const repo = await loadRepository()
  const problems = only.length ? selectProblems(REPO_ROOT, repo.problems, repo.issues, only).problems : repo.problems
  const source = await snapshotSource(repo.datasets, ROW_ORDERS)
  return checkMutants({
    problems,
    startEngine: () => startNodeEngine({ source, timeoutMs: 10_000, warmSpare: true }),
  })
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
