import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The layering rules of DESIGN §1, enforced: the core stays framework-free and only the engine talks to
// PGlite, so the grader, progress and mock logic run anywhere and test without a database.

const ROOT = new URL('../', import.meta.url).pathname

function sourceFiles(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return []
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}

function imports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8')
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!)
}

describe('architecture', () => {
  const core = sourceFiles('src')

  it('src/ never imports React, Monaco or web/ (the core must run in Node, a worker and tests alike)', () => {
    const offenders = core.flatMap((f) =>
      imports(f)
        .filter((i) => /^(react|react-dom|monaco-editor)(\/|$)/.test(i) || i.includes('/web/'))
        .map((i) => `${f} imports ${i}`),
    )
    expect(offenders).toEqual([])
  })

  it('only src/engine imports PGlite (the engine is the one boundary to the database)', () => {
    const offenders = [...core, ...sourceFiles('web')]
      .filter((f) => !f.startsWith('src/engine/'))
      .flatMap((f) => imports(f).filter((i) => i.startsWith('@electric-sql/pglite')).map((i) => `${f} imports ${i}`))
    expect(offenders).toEqual([])
  })

  it('grading policy is not keyed on a problem id, slug or topic in code', () => {
    const offenders = core
      .filter((f) => !f.startsWith('src/problems/') && !f.startsWith('src/cli/'))
      .filter((f) => /\b(slug|topics?)\s*===?\s*['"]|\.id\s*===?\s*['"][0-9a-f]{8}-/.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(offenders).toEqual([])
  })
})
