import { loadRepository, type Repository } from '../node/repository.ts'
import { Bank } from '../problems/bank.ts'
import type { Problem } from '../problems/problem.ts'
import { formatIssues } from './commands/check.ts'
import { UsageError } from './usage.ts'

/** The repository; defects in problem files are printed as warnings (sqlprep check fails on them). */
export async function loadRepositoryWarning(): Promise<Repository> {
  const repo = await loadRepository()
  if (repo.issues.length)
    process.stderr.write(`warning: ${repo.issues.length} defect(s) in the bank; run sqlprep check\n${formatIssues(repo.issues)}`)
  return repo
}

/** The problem named by `key` (id, slug or number, exactly), or a usage error. */
export function findProblem(repo: Repository, key: string): Problem {
  const problem = new Bank(repo.problems).find(key)
  if (!problem) throw new UsageError(`no problem "${key}" (give its id, slug or number); see sqlprep list`)
  return problem
}
