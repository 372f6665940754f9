import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { Bank, problemNumber } from '../../problems/bank.ts'
import type { BankIssue } from '../../problems/compile.ts'
import type { Problem } from '../../problems/problem.ts'

// `sqlprep check <key …>`: which problems and which file defects the keys name. A key is an id (UUID), a
// slug or a number (the folder's 4-digit prefix), matched exactly. A problem whose files do not compile has
// no Problem, so its defects are matched by its folder: the number and slug in the folder name, the id
// declared in its problem.md.

export interface Selection {
  problems: Problem[]
  issues: BankIssue[]
  unknownKeys: string[]
}

export function selectProblems(root: string, problems: Problem[], issues: BankIssue[], keys: string[]): Selection {
  const bank = new Bank(problems)
  const selected = new Set<Problem>()
  const selectedIssues = new Set<BankIssue>()
  const unknownKeys: string[] = []
  for (const key of keys) {
    const problem = bank.find(key)
    if (problem) selected.add(problem)
    const named = issues.filter((i) => i.file === 'datasets' || (problemFolder(i.file) !== null && folderIsNamed(root, problemFolder(i.file)!, key)))
    for (const i of named) selectedIssues.add(i)
    if (!problem && !named.some((i) => i.file !== 'datasets')) unknownKeys.push(key)
  }
  return { problems: [...selected], issues: [...selectedIssues], unknownKeys }
}

/** The problem folder an issue is about (`problems/<section>/<NNNN>-<slug>`), or null for bank-wide ones. */
function problemFolder(file: string): string | null {
  const folder = dirname(file)
  return folder.startsWith('problems/') && folder.split('/').length >= 3 ? folder : null
}

function folderIsNamed(root: string, folder: string, key: string): boolean {
  const name = basename(folder)
  const number = problemNumber(folder)
  if (key === number || key === (number ? name.slice(number.length + 1) : name)) return true
  const statement = join(root, folder, 'problem.md')
  if (!existsSync(statement)) return false
  const declaredId = /^id:\s*['"]?([0-9a-fA-F-]{36})['"]?\s*(?:#.*)?$/m.exec(readFileSync(statement, 'utf8'))?.[1]
  return declaredId === key
}
