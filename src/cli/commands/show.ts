import { snapshotSource } from '../../engine/node/snapshot-cache.ts'
import { startNodeEngine } from '../../engine/node/start-engine.ts'
import { renderPlanText } from '../../grader/plan-text.ts'
import { computeExample, EXAMPLE_ROW_LIMIT } from '../../judge/example.ts'
import { describeRules, rulesOf } from '../../judge/submission.ts'
import { datasetsFor } from '../../node/repository.ts'
import { findProblem, loadRepositoryWarning } from '../load-bank.ts'
import { table } from '../format-verdict.ts'
import { parse, print, UsageError } from '../usage.ts'

/** The problem as a learner sees it: statement, example tables, expected output, grading contract. */
export async function showCommand(args: string[]): Promise<number> {
  const { positionals } = parse(args, {}, true)
  if (positionals.length !== 1) throw new UsageError('show takes one problem (id, slug or number)')
  const repo = await loadRepositoryWarning()
  const problem = findProblem(repo, positionals[0]!)
  const engine = await startNodeEngine({ mode: 'in-process', source: await snapshotSource(datasetsFor(repo, [problem])) })
  try {
    const example = await computeExample(engine, problem)
    const lines = [`# ${problem.title}  (${problem.difficulty}, days ${problem.plan.days.join('-')}, dataset ${problem.dataset})`, '', problem.statement, '', '## Example']
    for (const t of example.tables) {
      const rows = t.result.rows.slice(0, EXAMPLE_ROW_LIMIT)
      lines.push('', `${t.name}:`, ...table(t.result.columns.map((c) => c.name), rows))
      if (t.result.truncated) lines.push(`(the first ${EXAMPLE_ROW_LIMIT} rows; the example has more, and its expected output uses them all)`)
    }
    if (example.expected) lines.push('', 'Expected output:', ...table(example.expected.columns.map((c) => c.name), example.expected.rows))
    for (const t of example.after) lines.push('', `${t.name} afterwards (expected):`, ...table(t.result.columns.map((c) => c.name), t.result.rows))
    if (problem.optimize) {
      lines.push('', '## The given query', '', problem.optimize.given, '', 'Its plan on the visible data:', renderPlanText(example.givenPlan!))
    }
    const columns = example.expected?.columns.map((c) => c.name)
    lines.push('', '## Grading', ...describeRules(rulesOf(problem), columns).map((l) => `- ${l}`))
    print(lines.join('\n'))
    return 0
  } finally {
    await engine.close()
  }
}
