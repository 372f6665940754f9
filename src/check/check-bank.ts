import { availableParallelism } from 'node:os'
import { snapshotSource } from '../engine/node/snapshot-cache.ts'
import { startNodeEngine } from '../engine/node/start-engine.ts'
import type { DatabaseSource } from '../engine/types.ts'
import type { BankIssue } from '../problems/compile.ts'
import type { Problem } from '../problems/problem.ts'
import { loadRepository } from '../node/repository.ts'
import { checkProblem, type ProblemCheck } from './check-problem.ts'

export interface CheckReport {
  ok: boolean
  problems: number
  cases: number
  traps: number
  alternates: number
  seconds: number
  /** Defects found while reading the files (schema, YAML, cross-file rules). */
  issues: BankIssue[]
  /** Per problem, what running it proved wrong. */
  checks: ProblemCheck[]
}

export interface CheckOptions {
  root?: string
  /** Only problems whose slug or id is listed. */
  only?: string[]
  concurrency?: number
  timeoutMs?: number
}

export async function checkBank(options: CheckOptions = {}): Promise<CheckReport> {
  const started = performance.now()
  const repo = await loadRepository(options.root)
  const only = options.only?.length ? options.only : null
  const selected = only ? repo.problems.filter((p) => only.includes(p.slug) || only.includes(p.id)) : repo.problems
  // Checking some problems: defects elsewhere in the bank are not theirs to report.
  if (only) repo.issues = repo.issues.filter((i) => i.file === 'datasets' || only.some((key) => i.file.includes(`-${key}/`)))
  const checks = repo.issues.length || !selected.length ? [] : await checkAll(selected, await snapshotSource(repo.datasets), options)
  if (only) {
    const known = new Set(selected.flatMap((p) => [p.slug, p.id]))
    for (const key of only.filter((k) => !known.has(k) && !repo.issues.some((i) => i.file.includes(`-${k}/`))))
      repo.issues.push({ file: 'problems', message: `no problem "${key}"` })
  }
  return {
    // An empty selection is a failure too: a check that checked nothing proves nothing.
    ok: repo.issues.length === 0 && selected.length > 0 && checks.every((c) => c.failures.length === 0),
    problems: selected.length,
    cases: checks.reduce((n, c) => n + c.cases, 0),
    traps: checks.reduce((n, c) => n + c.traps, 0),
    alternates: checks.reduce((n, c) => n + c.alternates, 0),
    seconds: (performance.now() - started) / 1000,
    issues: repo.issues,
    checks,
  }
}

async function checkAll(problems: Problem[], source: DatabaseSource, options: CheckOptions): Promise<ProblemCheck[]> {
  const workers = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), problems.length))
  const engines = await Promise.all(Array.from({ length: workers }, () => startNodeEngine({ source, timeoutMs: options.timeoutMs ?? 20_000 })))
  const results: ProblemCheck[] = new Array(problems.length)
  let next = 0
  try {
    await Promise.all(
      engines.map(async (engine) => {
        while (next < problems.length) {
          const i = next++
          results[i] = await checkProblem(engine, problems[i]!)
        }
      }),
    )
  } finally {
    await Promise.all(engines.map((e) => e.close()))
  }
  return results
}
