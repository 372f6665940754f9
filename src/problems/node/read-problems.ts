import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { PROBLEM_FILES, type ProblemFiles } from '../compile.ts'

// Finds problem folders (any folder holding a problem.md) under problems/ and reads their files.

export function readProblemFolders(root: string, repoRoot: string): ProblemFiles[] {
  const found: ProblemFiles[] = []
  const visit = (dir: string) => {
    if (existsSync(join(dir, 'problem.md'))) {
      const files: ProblemFiles['files'] = {}
      for (const name of PROBLEM_FILES) {
        const path = join(dir, name)
        if (existsSync(path)) files[name] = readFileSync(path, 'utf8')
      }
      found.push({ dir: relative(repoRoot, dir), files })
      return
    }
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)))
      if (entry.isDirectory()) visit(join(dir, entry.name))
  }
  if (existsSync(root)) visit(root)
  return found
}
