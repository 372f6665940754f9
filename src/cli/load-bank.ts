import { loadRepository, type Repository } from '../node/repository.ts'
import { formatIssues } from './commands/check.ts'

/** The repository; defects in problem files are printed as warnings (sqlprep check fails on them). */
export async function loadRepositoryWarning(): Promise<Repository> {
  const repo = await loadRepository()
  if (repo.issues.length)
    process.stderr.write(`warning: ${repo.issues.length} defect(s) in the bank; run sqlprep check\n${formatIssues(repo.issues)}`)
  return repo
}
