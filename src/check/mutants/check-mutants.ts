import type { Engine } from '../../engine/types.ts'
import type { Difficulty, Problem } from '../../problems/problem.ts'
import { mapOnEngines } from '../engine-pool.ts'
import { mutateProblem } from './mutate-problem.ts'
import { sumTallies, type MutationReport, type ProblemMutation } from './mutation-report.ts'

// Mutation testing over a selection of the bank, a few engines in parallel. The caller supplies the
// engines, so this runs anywhere.

export interface MutationCheckOptions {
  problems: Problem[]
  startEngine: () => Promise<Engine>
  concurrency?: number
}

export async function checkMutants(options: MutationCheckOptions): Promise<MutationReport> {
  const started = performance.now()
  const { problems } = options
  const results = await mapOnEngines(problems, options.concurrency ?? 2, options.startEngine, (engine, problem) => mutateProblem(engine, problem))
  const byDifficulty: MutationReport['byDifficulty'] = {}
  for (const level of ['easy', 'medium', 'hard'] as Difficulty[]) {
    const some = results.filter((r) => r.difficulty === level)
    if (some.length) byDifficulty[level] = sumTallies(some.map((r) => r.tally))
  }
  return {
    ok: results.length > 0 && results.every((r) => r.failures.length === 0 && r.tally.survived === 0),
    problems: results,
    totals: sumTallies(results.map((r) => r.tally)),
    byDifficulty,
    seconds: (performance.now() - started) / 1000,
  }
}
