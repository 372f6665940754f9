import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { readAllDatasets } from '../engine/node/dataset-files.ts'
import type { DatasetFiles } from '../engine/types.ts'
import type { BankIssue } from '../problems/compile.ts'
import { compileBankCached } from '../problems/node/compile-cache.ts'
import type { Problem } from '../problems/problem.ts'
import { readProblemFolders } from '../problems/node/read-problems.ts'

// The repository on disk: datasets/ and problems/, compiled. Defects come back as issues, never throws.

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface Repository {
  datasets: DatasetFiles[]
  problems: Problem[]
  issues: BankIssue[]
}

export async function loadRepository(root = REPO_ROOT): Promise<Repository> {
  let datasets: DatasetFiles[] = []
  const issues: BankIssue[] = []
  try {
    datasets = await readAllDatasets(join(root, 'datasets'))
  } catch (e) {
    issues.push({ file: 'datasets', message: (e as Error).message })
  }
  const context = { datasets: Object.fromEntries(datasets.map((d) => [d.name, d.tables.map((t) => t.name)])) }
  const bank = compileBankCached(readProblemFolders(join(root, 'problems'), root), context)
  return { datasets, problems: bank.problems, issues: [...issues, ...bank.issues] }
}

/**
 * The datasets an engine for these problems must hold: the one dataset they share (a smaller snapshot that
 * starts faster), or every dataset when they span several (so the cache holds one snapshot per dataset and
 * one of the whole bank, not one per combination).
 */
export function datasetsFor(repo: Repository, problems: Problem[]): DatasetFiles[] {
  const names = new Set(problems.map((p) => p.dataset))
  return names.size === 1 ? repo.datasets.filter((d) => names.has(d.name)) : repo.datasets
}
