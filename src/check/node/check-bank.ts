import { availableParallelism } from 'node:os'
import { snapshotSource } from '../../engine/node/snapshot-cache.ts'
import { ROW_ORDERS } from '../../engine/row-order.ts'
import { startNodeEngine } from '../../engine/node/start-engine.ts'
import type { DatabaseSource, Engine } from '../../engine/types.ts'
import type { BankIssue } from '../../problems/compile.ts'
import type { Problem } from '../../problems/problem.ts'
import { datasetsFor, loadRepository, REPO_ROOT } from '../../node/repository.ts'
import { checkProblem, type ProblemCheck } from '../check-problem.ts'
import { mapOnEngines } from '../engine-pool.ts'
import { mutateProblem, type MutateOptions } from '../mutants/mutate-problem.ts'
import { mutationReport, type MutationReport, type ProblemMutation } from '../mutants/mutation-report.ts'
import { openMutationCache, type MutationCache } from './mutation-cache.ts'
import { selectProblems } from './select-problems.ts'

export interface CheckReport {
  ok: boolean
  problems: number
  hiddenCases: number
  traps: number
  alternates: number
  seconds: number
  /** Defects found while reading the files (schema, YAML, cross-file rules). */
  issues: BankIssue[]
  /** Per problem, what running it proved wrong. */
  checks: ProblemCheck[]
  /** Mutation testing of the same problems, when asked for (`mutants`); its own `ok` is not part of the check's. */
  mutation?: MutationReport
}

export interface CheckOptions {
  root?: string
  /** Only the problems named here, each by id (UUID), slug or number. */
  only?: string[]
  concurrency?: number
  timeoutMs?: number
  /** Also mutation-test each problem, on the same engines right after its check, to this depth. */
  mutants?: NonNullable<MutateOptions['depth']>
  /** Reuse the passing mutation reports of problems unchanged since a run on this machine (see mutation-cache.ts). */
  mutationCache?: boolean
}

export async function checkBank(options: CheckOptions = {}): Promise<CheckReport> {
  const started = performance.now()
  const repo = await loadRepository(options.root)
  const keys = options.only?.length ? options.only : null
  let selected = repo.problems
  if (keys) {
    // Checking some problems: defects elsewhere in the bank are not theirs to report.
    const selection = selectProblems(options.root ?? REPO_ROOT, repo.problems, repo.issues, keys)
    selected = selection.problems
    repo.issues = [...selection.issues, ...selection.unknownKeys.map((key) => ({ file: 'problems', message: `no problem "${key}" (give its id, slug or number)` }))]
  }
  const datasets = datasetsFor(repo, selected)
  const cache = options.mutants && options.mutationCache ? openMutationCache(datasets, options.mutants) : null
  const results = repo.issues.length || !selected.length ? [] : await checkAll(selected, await snapshotSource(datasets, ROW_ORDERS), options, cache)
  cache?.save()
  const checks = results.map((r) => r.check)
  const mutated = results.flatMap((r) => (r.mutation ? [r.mutation] : []))
  const mutation = options.mutants ? mutationReport(mutated) : undefined
  return {
    // An empty selection is a failure too: a check that checked nothing proves nothing.
    ok: repo.issues.length === 0 && selected.length > 0 && checks.every((c) => c.failures.length === 0),
    problems: selected.length,
    hiddenCases: checks.reduce((n, c) => n + c.hiddenCases, 0),
    traps: checks.reduce((n, c) => n + c.traps, 0),
    alternates: checks.reduce((n, c) => n + c.alternates, 0),
    seconds: (performance.now() - started) / 1000,
    issues: repo.issues,
    checks,
    ...(mutation ? { mutation } : {}),
  }
}

/**
 * One job of the check may run a case's queries under the linter's slowest plans (nested loops only: 3-5 s
 * for a self-join on an idle machine, several times that when the rest of the test suite shares it); the
 * limit only guards against a check that never ends. The learner's own limit is not this one.
 */
const CHECK_JOB_LIMIT_MS = 60_000

function checkAll(problems: Problem[], source: DatabaseSource, options: CheckOptions, cache: MutationCache | null): Promise<{ check: ProblemCheck; mutation: ProblemMutation | null }[]> {
  const depth = options.mutants
  const mutate = async (engine: Engine, problem: Problem) => {
    if (!depth) return null
    const known = cache?.get(problem)
    if (known) return known
    const mutation = await mutateProblem(engine, problem, { depth })
    cache?.put(problem, mutation)
    return mutation
  }
  return mapOnEngines(
    problems,
    options.concurrency ?? availableParallelism(),
    () => startNodeEngine({ source, timeoutMs: options.timeoutMs ?? CHECK_JOB_LIMIT_MS }),
    async (engine, problem) => ({ check: await checkProblem(engine, problem), mutation: await mutate(engine, problem) }),
  )
}
