import type { Engine, QueryOutcome, RawResult, RunVariant } from '../engine/types.ts'
import { resolveOrderKeys, type Diff } from '../grader/compare.ts'
import { parsePlan } from '../grader/plan.ts'
import { DEFAULT_MAX_ROWS, type GradingCase } from '../judge/judge.ts'
import { EXAMPLE_ROW_LIMIT, exampleCaseData, exampleTableQueries } from '../judge/example.ts'
import { problemCases } from '../judge/grade-problem.ts'
import { answerMs, compareAnswers, idempotenceDiff, isAnswer, isEmptyAnswer, rulesOf, submissionJob, truncatedResult, type Answer, type AnswerComparison } from '../judge/submission.ts'
import type { Problem } from '../problems/problem.ts'
import { firstUnsortedRow } from './sort-check.ts'

// Everything `sqlprep check` proves about one problem, by running it: the reference runs everywhere and
// returns rows somewhere, honours its own order contract, names its columns in the statement; every
// alternate is accepted on every case; every trap is rejected on some case; and the reference gives the
// same answer with the data in another physical order and under other plans (the ambiguity linter).

export const LINT_VARIANTS: { name: string; variant: RunVariant }[] = [
  {
    name: 'rows reversed, hash joins and hash aggregation only',
    variant: { rowOrder: 'reversed', planner: { enable_sort: 'off', enable_mergejoin: 'off', enable_nestloop: 'off' } },
  },
  {
    name: 'rows scrambled, sort-based grouping and merge joins',
    variant: { rowOrder: 'scrambled', planner: { enable_hashagg: 'off', enable_hashjoin: 'off', enable_nestloop: 'off' } },
  },
  {
    name: 'rows reversed, nested loops and index scans',
    variant: { rowOrder: 'reversed', planner: { enable_hashjoin: 'off', enable_mergejoin: 'off', enable_seqscan: 'off', enable_hashagg: 'off' } },
  },
]

/** A reference slower than this leaves a learner's similar query little room under the time limit. */
export const SLOW_REFERENCE_MS = 250

export interface ProblemCheck {
  path: string
  slug: string
  failures: string[]
  /** Worth a look, but timing-dependent, so never a failure. */
  warnings: string[]
  /** The problem's hidden cases (each also graded: the visible dataset and the example). */
  hiddenCases: number
  traps: number
  alternates: number
}

export async function checkProblem(engine: Engine, problem: Problem): Promise<ProblemCheck> {
  const failures: string[] = []
  const warnings: string[] = []
  const cases = problemCases(problem)
  const trapCaught = problem.traps.map(() => false)
  const baselines: (Answer | null)[] = []
  let anyRows = false

  for (const c of cases) {
    // A trap rejected once is proven: later cases need not run it (slow traps are the bulk of a check).
    const traps = problem.traps.map((t, i) => ({ sql: t.sql, i })).filter(({ i }) => !trapCaught[i])
    const queries = [problem.solution, ...problem.alternates.map((a) => a.sql), ...traps.map((t) => t.sql)]
    const results = await runQueries(engine, problem, c, queries, undefined, failures)
    if (!results) {
      baselines.push(null)
      continue
    }
    const [reference, ...others] = results
    const ref = rowsOf(reference!, `the reference on ${c.ref.id}`, failures)
    baselines.push(ref)
    if (!ref) continue
    if (!isEmptyAnswer(ref)) anyRows = true
    const ms = answerMs(ref)
    if (ms > SLOW_REFERENCE_MS) warnings.push(`the reference takes ${Math.round(ms)} ms on ${c.ref.id}; similar learner queries run close to the time limit`)
    if (ref.kind === 'rows') checkOwnOrder(problem, ref.result, c.ref.id, failures)
    if (ref.kind === 'state' && ref.rerunError) failures.push(`the reference fails on ${c.ref.id}: ${ref.rerunError.message} (${ref.rerunError.sqlstate})`)
    if (problem.transform) {
      const rerun = idempotenceDiff(problem.transform, ref)
      if (rerun) failures.push(`the reference is not idempotent on ${c.ref.id}: ${describeComparison(rerun)}`)
    }
    problem.alternates.forEach((alt, i) => {
      const got = others[i]!
      const diff = isAnswer(got) ? differs(problem, ref, got) : outcomeText(got)
      if (diff) failures.push(`alternate "${alt.id}" is not accepted on ${c.ref.id}: ${diff}`)
    })
    traps.forEach(({ i }, k) => {
      const got = others[problem.alternates.length + k]!
      if (!isAnswer(got) || differs(problem, ref, got)) trapCaught[i] = true
    })
  }
  if (baselines.every((b) => b !== null) && !anyRows) failures.push('the reference returns no rows on any case')
  problem.traps.forEach((trap, i) => {
    if (!trapCaught[i]) failures.push(`trap "${trap.id}" is accepted on every case (${trap.why})`)
  })
  const first = baselines.find((b) => b !== null)
  if (first?.kind === 'rows') checkStatementNamesColumns(problem, first.result.columns.map((c) => c.name), failures)

  if (problem.optimize && baselines[0]) await checkDrill(engine, problem, baselines[0], failures)
  await checkExampleFits(engine, problem, warnings)

  for (const [v, { name, variant }] of LINT_VARIANTS.entries()) {
    let hidden = 0
    for (const [i, c] of cases.entries()) {
      const baseline = baselines[i]
      // A case with a data order of its own (the reordered visible data) is the base data again.
      if (!baseline || c.variant) continue
      // The visible data and the example meet every variant; hidden cases take turns (each variant
      // reorders the rows, which is what shows most ambiguities), which keeps the linter's runs per
      // case near one.
      if (c.ref.hidden && hidden++ % LINT_VARIANTS.length !== v) continue
      const results = await runQueries(engine, problem, c, [problem.solution], variant, failures)
      const ref = results && rowsOf(results[0]!, `the reference on ${c.ref.id} (${name})`, failures)
      if (!ref) continue
      const diff = differs(problem, baseline, ref)
      if (diff)
        failures.push(
          `ambiguous: the reference answers ${c.ref.id} differently with ${name}: ${diff} Make the statement and the reference break ties explicitly.`,
        )
    }
  }
  return { path: problem.path, slug: problem.slug, failures: dedupe(failures), warnings, hiddenCases: problem.cases.length, traps: problem.traps.length, alternates: problem.alternates.length }
}

/**
 * A drill's own promises: the given query returns the right rows but breaks the plan rules (else there is
 * nothing to optimise), and the reference's plan reads the same number of buffers every time it runs
 * (its first run is the check's own, so it runs once more here, not twice).
 */
async function checkDrill(engine: Engine, problem: Problem, reference: Answer, failures: string[]): Promise<void> {
  // `reference` is the reference's answer on base from the check's first pass: one more run shows whether it repeats.
  const base = problemCases(problem)[0]!
  const results = await runQueries(engine, problem, base, [problem.optimize!.given, problem.solution], undefined, failures)
  if (!results) return
  const [given, again] = results.map((r, i) => rowsOf(r, i === 0 ? 'the given query on base' : 'the reference on base', failures))
  if (!given || !again) return
  const verdict = compareAnswers(rulesOf(problem), reference, given)
  if (verdict.equal) failures.push('the given query already meets the plan rules on base: the drill has nothing to optimise')
  else if (!('plan' in verdict)) failures.push(`the given query does not return the reference's rows on base: ${describeComparison(verdict)}`)
  const buffers = [reference, again].map((r) => (r.kind === 'rows' && r.plan ? parsePlan(r.plan) : null))
  const counts = buffers.map((b) => (b?.ok ? b.plan.buffers : null))
  if (counts.includes(null)) failures.push('the reference has no readable plan on base')
  else if (counts[0] !== counts[1]) failures.push(`the reference's plan read ${counts[0]} buffers, then ${counts[1]} on the same data: the drill would not grade one way`)
}

/**
 * The statement's example should show every row it has: a learner checks the expected output against it by
 * hand (a warning while older examples are shrunk; the statement marks a cut table).
 */
async function checkExampleFits(engine: Engine, problem: Problem, warnings: string[]): Promise<void> {
  // Only the tables: the reference's output on the example is checked with the other cases.
  const outcome = await engine.runCase({ schema: problem.dataset, ...exampleCaseData(problem), queries: exampleTableQueries(problem) })
  if (!outcome.ok) return void warnings.push(`the example's tables could not be read (${outcome.failure.kind})`)
  outcome.results.forEach((r, i) => {
    if (r.kind !== 'rows') warnings.push(`the example's table ${problem.example.tables[i]} could not be read (${r.kind})`)
    else if (r.result.truncated)
      warnings.push(`the example's table ${problem.example.tables[i]} has more than ${EXAMPLE_ROW_LIMIT} rows, so the statement cannot show them all: shrink it in example.setup`)
  })
}

async function runQueries(
  engine: Engine,
  problem: Problem,
  c: GradingCase,
  queries: string[],
  variant: RunVariant | undefined,
  failures: string[],
): Promise<QueryOutcome[] | null> {
  const outcome = await engine.runCase(submissionJob(rulesOf(problem), c, queries, DEFAULT_MAX_ROWS, variant ?? c.variant))
  if (outcome.ok) return outcome.results
  const f = outcome.failure
  const why = f.kind === 'timeout' ? `timed out after ${f.limitMs} ms` : f.kind === 'setup_failed' ? `setup failed: ${f.error.message}` : f.message
  failures.push(`case ${c.ref.id}: ${why}`)
  return null
}

function rowsOf(outcome: QueryOutcome, what: string, failures: string[]): Answer | null {
  if (isAnswer(outcome) && !truncatedResult(outcome)) return outcome
  failures.push(`${what} ${outcomeText(outcome)}`)
  return null
}

function outcomeText(outcome: QueryOutcome): string {
  if (outcome.kind === 'sql_error') return `fails: ${outcome.error.message} (${outcome.error.sqlstate})`
  if (outcome.kind === 'rejected') return `is rejected: ${outcome.message}`
  return `returns more than ${DEFAULT_MAX_ROWS} rows`
}

/** Why `actual` is not accepted against `expected`, or null when it is. */
function differs(problem: Problem, expected: Answer, actual: Answer): string | null {
  if (truncatedResult(actual)) return outcomeText(actual)
  const diff = describeComparison(compareAnswers(rulesOf(problem), expected, actual))
  if (diff || actual.kind !== 'state' || !actual.rerunError) return diff
  return `${actual.rerunError.message} (${actual.rerunError.sqlstate})`
}

function describeComparison(c: AnswerComparison): string | null {
  if (c.equal) return null
  if ('plan' in c) return `the plan breaks a rule: ${c.plan.failure.message}`
  const where = c.afterRerun ? `run twice, the script leaves ${c.table} different: ` : c.table ? `${c.table}: ` : ''
  return where + describeDiff(c.diff)
}

function describeDiff(diff: Diff): string {
  if (diff.kind === 'rows') {
    const [changed] = diff.changed
    if (changed) return `${diff.message} First changed row: (${changed.expected.join(', ')}) became (${changed.actual.join(', ')}).`
    const sample = diff.missing[0] ?? diff.extra[0]
    return `${diff.message} First ${diff.missing.length ? 'missing' : 'extra'} row: (${sample?.join(', ')}).`
  }
  return diff.message
}

function checkOwnOrder(problem: Problem, ref: RawResult, caseId: string, failures: string[]): void {
  const order = problem.contract.order
  if (order.kind !== 'partial') return
  try {
    const positions = resolveOrderKeys(order.by, ref.columns.map((c) => c.name))
    const row = firstUnsortedRow(ref.rows, ref.columns, order.by, positions)
    if (row !== null) failures.push(`the reference is not sorted by its declared order on ${caseId} (row ${row})`)
  } catch (e) {
    failures.push(`grading.order: ${(e as Error).message}`)
  }
}

function checkStatementNamesColumns(problem: Problem, names: string[], failures: string[]): void {
  if (problem.contract.columns !== 'names') return
  const lower = names.map((n) => n.toLowerCase())
  if (new Set(lower).size !== lower.length) failures.push(`the reference has duplicate column names (${names.join(', ')}); use columns: positions or rename`)
  for (const name of names)
    if (!problem.statement.toLowerCase().includes(`\`${name.toLowerCase()}\``))
      failures.push(`the statement never names output column \`${name}\` (write it in backticks)`)
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)]
}
