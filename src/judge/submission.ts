import type { CaseJob, QueryOutcome, QuerySpec, RawResult, RunVariant, StatementKind, TableState } from '../engine/types.ts'
import { compareResults, type Diff } from '../grader/compare.ts'
import { describeContract, type GradingContract } from '../grader/contract.ts'
import { parsePlan, type ParsedPlan } from '../grader/plan.ts'
import { evaluatePlanRules, type PlanRulesResult } from '../grader/plan-rules.ts'
import type { OptimizeRules, Problem, TransformRules } from '../problems/problem.ts'

// How a problem's submissions run and compare, one place for every kind: a query is graded by the rows
// it returns; a write task's script by the tables it leaves (and, when declared, leaves again on a
// second run). The judge, the bank check and mutation testing all go through here.

export interface GradingRules {
  /** Dataset schema the submissions run in. */
  schema: string
  contract: GradingContract
  transform?: TransformRules
  optimize?: OptimizeRules
}

export function rulesOf(problem: Problem): GradingRules {
  return {
    schema: problem.dataset,
    contract: problem.contract,
    ...(problem.transform ? { transform: problem.transform } : {}),
    ...(problem.optimize ? { optimize: problem.optimize } : {}),
  }
}

const SCRIPT_STATEMENTS: StatementKind[] = ['select', 'write', 'create']

/**
 * The engine's view of one submission. A drill's plan is measured only on data as the dataset ships it
 * (`explain`): a case setup's writes change what the planner may use (an index built after an UPDATE in
 * the same transaction is not usable by it), so plans are graded on the visible data, results everywhere.
 */
export function submissionSpec(rules: GradingRules, sql: string, maxRows: number, explain = false): QuerySpec {
  if (rules.optimize) return { sql, maxRows, drill: { maxIndexes: rules.optimize.maxIndexes, explain } }
  const t = rules.transform
  if (!t) return { sql, maxRows }
  const capture = [...t.targets.map(({ table, columns }) => ({ table, ...(columns ? { columns } : {}) })), ...t.untouched.map((table) => ({ table }))]
  return { sql, maxRows, allow: SCRIPT_STATEMENTS, script: { capture, runs: t.idempotent ? 2 : 1 } }
}

export interface CaseData {
  setup?: string
  /** The setup recurs on every Submit and Run (the statement's example): the engine may keep what it leaves. */
  keepSetup?: boolean
  /** The same data stored in another physical order (trusted; see RunVariant). */
  variant?: RunVariant
}

/** The engine job that runs `submissions` on one case: its setup, on its data order (or the one given). */
export function submissionJob(rules: GradingRules, c: CaseData, submissions: string[], maxRows: number, variant = c.variant): CaseJob {
  const writable = rules.transform ? [...rules.transform.targets.map((t) => t.table), ...rules.transform.untouched] : null
  const explain = !c.setup && !variant
  return {
    schema: rules.schema,
    ...(c.setup ? { setup: c.setup } : {}),
    ...(c.setup && c.keepSetup ? { keepSetup: true } : {}),
    ...(variant ? { variant } : {}),
    ...(writable ? { writable } : {}),
    ...(rules.optimize ? { indexable: rules.optimize.tables } : {}),
    queries: submissions.map((sql) => submissionSpec(rules, sql, maxRows, explain)),
  }
}

/** What a submission produced when it ran to the end: rows, or the tables it left. */
export type Answer = Extract<QueryOutcome, { kind: 'rows' | 'state' }>

export function isAnswer(outcome: QueryOutcome): outcome is Answer {
  return outcome.kind === 'rows' || outcome.kind === 'state'
}

/** More rows than the cap: in the result, or in any table the script left. */
export function truncatedResult(answer: Answer): RawResult | null {
  if (answer.kind === 'rows') return answer.result.truncated ? answer.result : null
  return [...answer.tables, ...(answer.rerun ?? [])].find((t) => t.result.truncated)?.result ?? null
}

export function answerMs(answer: Answer): number {
  return answer.kind === 'rows' ? answer.result.ms : answer.ms
}

/** True when the answer holds no rows at all (no result rows, every table empty). */
export function isEmptyAnswer(answer: Answer): boolean {
  return answer.kind === 'rows' ? answer.result.rows.length === 0 : answer.tables.every((t) => t.result.rows.length === 0)
}

/** A drill's plan broke one of its rules (the rows were right). */
export interface PlanFailure {
  plan: ParsedPlan
  referencePlan: ParsedPlan
  failure: Extract<PlanRulesResult, { ok: false }>
}

export type AnswerComparison =
  | { equal: true }
  | { equal: false; plan: PlanFailure }
  | {
      equal: false
      diff: Diff
      /** The expected result (or table) the diff is against, for hints. */
      expected: RawResult
      /** The table that differs (write tasks). */
      table?: string
      /** The table differs between the script's first and second run (an idempotent task run twice). */
      afterRerun?: boolean
      /** `table` is one the script had to leave as it was. */
      untouched?: boolean
    }

type Difference = Extract<AnswerComparison, { equal: false; diff: Diff }>

export function compareAnswers(rules: GradingRules, expected: Answer, actual: Answer): AnswerComparison {
  if (expected.kind === 'rows' && actual.kind === 'rows') {
    const c = compareResults(expected.result, actual.result, rules.contract)
    if (!c.equal) return { ...c, expected: expected.result }
    return (rules.optimize && comparePlans(rules.optimize, expected, actual)) || c
  }
  if (expected.kind !== 'state' || actual.kind !== 'state' || !rules.transform) throw new Error('a query answer compared with a table state')
  return compareStates(rules.transform, expected.tables, actual.tables) ?? idempotenceDiff(rules.transform, actual) ?? { equal: true }
}

/** A drill's plan against its rules, when both sides were explained: null when it meets them. */
export function comparePlans(rules: OptimizeRules, expected: Answer, actual: Answer): AnswerComparison | null {
  if (expected.kind !== 'rows' || actual.kind !== 'rows' || expected.plan === undefined || actual.plan === undefined) return null
  const reference = parsePlan(expected.plan)
  if (!reference.ok) throw new Error(`the reference's plan could not be read: ${reference.error}`)
  const mine = parsePlan(actual.plan)
  if (!mine.ok) throw new Error(`the plan could not be read: ${mine.error}`)
  const result = evaluatePlanRules(rules.plan, mine.plan, reference.plan.buffers, reference.plan)
  return result.ok ? null : { equal: false, plan: { plan: mine.plan, referencePlan: reference.plan, failure: result } }
}

/** The first table the second run of an idempotent script left different from the first run, or null. */
export function idempotenceDiff(rules: TransformRules, answer: Answer): Difference | null {
  if (answer.kind !== 'state' || !rules.idempotent || !answer.rerun) return null
  const c = compareStates(rules, answer.tables, answer.rerun)
  return c && { ...c, afterRerun: true }
}

function compareStates(rules: TransformRules, expected: TableState[], actual: TableState[]): Difference | null {
  const tolerance = new Map(rules.targets.map((t) => [t.table, t.tolerance]))
  for (const [i, want] of expected.entries()) {
    const contract: GradingContract = { columns: 'names', order: { kind: 'none' }, tolerance: tolerance.get(want.table) ?? null }
    const c = compareResults(want.result, actual[i]!.result, contract)
    if (!c.equal) return { ...c, expected: want.result, table: want.table, ...(rules.untouched.includes(want.table) ? { untouched: true } : {}) }
  }
  return null
}

/** How submissions are graded, in plain words (the statement's "How it is graded"). */
export function describeRules(rules: GradingRules, columnNames?: string[]): string[] {
  if (rules.optimize) return [...describeContract(rules.contract, columnNames), ...describePlanRules(rules.optimize)]
  const t = rules.transform
  if (!t) return describeContract(rules.contract, columnNames)
  const lines = [
    'Your script runs on each case inside a transaction that is rolled back afterwards; it may INSERT, UPDATE, DELETE, MERGE or TRUNCATE the target tables and create tables of its own.',
    ...t.targets.map(
      (x) =>
        `Afterwards \`${x.table}\` must hold exactly the expected rows, in any order${x.columns ? ` (compared on ${x.columns.map((c) => `\`${c}\``).join(', ')})` : ''}${x.tolerance !== null ? `; numbers may differ by up to ${x.tolerance}` : ''}.`,
    ),
  ]
  if (t.untouched.length) lines.push(`${t.untouched.map((n) => `\`${n}\``).join(', ')} must be left exactly as ${t.untouched.length > 1 ? 'they were' : 'it was'}.`)
  if (t.idempotent) lines.push('The script is run twice: the second run must leave every table as the first run did (a re-run load must not duplicate or change rows).')
  return lines
}

function describePlanRules(o: OptimizeRules): string[] {
  const lines = [
    `Your script is up to ${o.maxIndexes} CREATE INDEX (and any CREATE STATISTICS) on ${o.tables.map((t) => `\`${t}\``).join(', ')}, then one SELECT: the given query or a rewrite. Everything is rolled back afterwards.`,
    'The SELECT\'s rows are graded first, on every case; then its plan on the visible data, from EXPLAIN (ANALYZE, BUFFERS): wall time is shown, never graded.',
  ]
  for (const rule of o.plan.rules ?? []) {
    if ('estimate' in rule) {
      lines.push(
        `Every read of \`${rule.on}\` estimates its rows within ${rule.estimate.within}× of the rows it returns (after your CREATE STATISTICS, the harness runs ANALYZE on its table), and returns no more rows than the reference's: the query's conditions stay on the scan.`,
      )
      continue
    }
    const types = ['forbid' in rule ? rule.forbid : rule.require].flat().join(' or ')
    const on = rule.on ? ` on \`${rule.on}\`` : ''
    lines.push('forbid' in rule ? `No ${types}${on}.` : rule.on ? `Every read of \`${rule.on}\` is a ${types}.` : `The plan uses a ${types}.`)
  }
  const b = o.plan.maxBuffers
  if (b) lines.push('max' in b ? `The plan reads at most ${b.max} buffers (shared hit + read).` : `The plan reads at most ${b.factor} × the buffers the reference solution's plan reads${b.slack ? `, plus ${b.slack}` : ''} (shared hit + read).`)
  return lines
}
