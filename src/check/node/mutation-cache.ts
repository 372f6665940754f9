import { digest, readCacheJson, sourceDigest, writeCacheFile } from '../../node/disk-cache.ts'
import type { DatasetFiles } from '../../engine/types.ts'
import type { Problem } from '../../problems/problem.ts'
import type { MutateOptions } from '../mutants/mutate-problem.ts'
import type { ProblemMutation } from '../mutants/mutation-report.ts'

// Mutation testing an unchanged problem gives the same report, so a local run keeps each problem's passing
// report on disk, keyed by the problem, its dataset, sqlprep's source and its locked dependencies (PGlite's
// version among them): the next run grades only what changed. A fresh clone (CI) has no cache and runs all.

export interface MutationCache {
  get(problem: Problem): ProblemMutation | null
  /** Keeps a report for the next run when it passed (a failing one is always graded again). */
  put(problem: Problem, mutation: ProblemMutation): void
  save(): void
}

export function openMutationCache(datasets: DatasetFiles[], depth: NonNullable<MutateOptions['depth']>): MutationCache {
  const name = `mutation-${digest(depth, sourceDigest()).slice(0, 16)}.json`
  const known = (readCacheJson(name) ?? {}) as Record<string, ProblemMutation>
  const kept: Record<string, ProblemMutation> = { ...known }
  const datasetKeys = new Map(datasets.map((d) => [d.name, digest(JSON.stringify(d))]))
  const keyOf = (problem: Problem) => digest(JSON.stringify(problem), datasetKeys.get(problem.dataset) ?? '')
  let changed = false
  return {
    get: (problem) => known[keyOf(problem)] ?? null,
    put(problem, mutation) {
      if (mutation.failures.length === 0 && mutation.tally.survived === 0) {
        kept[keyOf(problem)] = mutation
        changed = true
      }
    },
    save() {
      if (changed) writeCacheFile(name, JSON.stringify(kept), /^mutation-[0-9a-f]+\.json$/, 4)
    },
  }
}
