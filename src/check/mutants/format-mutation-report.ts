import type { MutationReport, ProblemMutation, Tally } from './mutation-report.ts'

// The text report of `sqlprep check --mutants`: per problem the counts, each survivor with its one-line
// change, which case rejected each trap, how many mutants each case killed first, idle hidden cases;
// then totals with kill rates by difficulty.

export function formatMutationReport(report: MutationReport): string {
  const lines: string[] = []
  for (const p of report.problems) lines.push(...formatProblem(p))
  const levels = Object.entries(report.byDifficulty).map(([level, t]) => `${level} ${rate(t)} over ${t.problems}`)
  lines.push(
    `${report.ok ? 'OK' : 'FAILED'}: mutation testing of ${report.totals.problems} problem${report.totals.problems === 1 ? '' : 's'}: ${counts(report.totals)}` +
      ` — kill rate ${rate(report.totals)}${levels.length ? ` (${levels.join(', ')})` : ''}; ${report.seconds.toFixed(1)} s of engine time`,
  )
  return lines.join('\n')
}

function formatProblem(p: ProblemMutation): string[] {
  const lines = [`${p.path} (${p.difficulty}): ${counts(p.tally)} — kill rate ${rate(p.tally)}, ${p.seconds.toFixed(1)} s`]
  for (const m of p.mutants.filter((v) => v.status === 'survived')) lines.push(`  survived: ${m.key}`, `      (${m.description})`)
  for (const f of p.failures) lines.push(`  - ${f}`)
  if (p.traps.length) lines.push(`  traps rejected by: ${p.traps.map((t) => `${t.id} ← ${t.case ?? 'NO CASE'}`).join(', ')}`)
  const firstKills = new Map<string, number>()
  for (const m of p.mutants) if (m.status === 'killed' && m.case) firstKills.set(m.case, (firstKills.get(m.case) ?? 0) + 1)
  if (firstKills.size) lines.push(`  mutants killed first by: ${[...firstKills].map(([c, n]) => `${c} ${n}`).join(', ')}`)
  for (const id of p.idleCases) lines.push(`  warning: hidden case "${id}" is never the only case to reject a trap or a mutant`)
  return lines
}

function counts(t: Tally): string {
  return `${t.generated} mutants, ${t.killed} killed, ${t.invalid} invalid, ${t.equivalent} declared equivalent, ${t.survived} survived`
}

function rate(t: Tally): string {
  return t.killRate === null ? 'n/a' : `${Math.round(t.killRate * 1000) / 10}%`
}
