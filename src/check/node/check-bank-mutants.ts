import { snapshotSource } from '../../engine/node/snapshot-cache.ts'
import { startNodeEngine } from '../../engine/node/start-engine.ts'
import { ROW_ORDERS } from '../../engine/row-order.ts'
import { datasetsFor, loadRepository, REPO_ROOT } from '../../node/repository.ts'
import { checkMutants } from '../mutants/check-mutants.ts'
import type { MutationReport } from '../mutants/mutation-report.ts'
import { selectProblems } from './select-problems.ts'

/** Mutation testing of the bank (or the problems named, by id, slug or number) on worker engines. */
export async function checkBankMutants(options: { only?: string[] } = {}): Promise<MutationReport> {
  const repo = await loadRepository()
  const only = options.only ?? []
  const problems = only.length ? selectProblems(REPO_ROOT, repo.problems, repo.issues, only).problems : repo.problems
  const source = await snapshotSource(datasetsFor(repo, problems), ROW_ORDERS)
  return checkMutants({
    problems,
    startEngine: () => startNodeEngine({ source, timeoutMs: 10_000 }),
  })
}
