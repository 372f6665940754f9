import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The layering rules, enforced: the core stays framework-free and only the engine talks to
// PGlite, so the grader, progress and mock logic run anywhere and test without a database; web/ reaches
// the core only through its declared entry points.

const ROOT = fileURLToPath(new URL('../', import.meta.url))

function sourceFiles(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return []
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.name.startsWith('.') ? [] : e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx|mts|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}

/** Every module a file names: `import … from`, `import 'x'` (side effects only), `export … from`, `import()`.
 * TypeScript's own scanner reads them, so comments and strings that merely mention an import do not count. */
function importsIn(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName)
}

function imports(file: string): string[] {
  return importsIn(readFileSync(join(ROOT, file), 'utf8'))
}

/** A relative import as a path from the repository root (`src/engine/types.ts`); a package name as is. */
function target(file: string, specifier: string): string {
  return specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : specifier
}

// The declared entries from web/ into src/, and why each is the only one for the files behind it.
const PAGE_ENTRY = 'web/src/core.ts'
const WORKER_ENTRY = 'web/src/engine/engine.worker.ts'
const BUILD_ENTRY = 'src/node/build-entry.ts'

// The Node-only parts of src/, as tsconfig.core-node.json lists them (the one place they are declared).
const NODE_ONLY: string[] = ts.readConfigFile(join(ROOT, 'tsconfig.core-node.json'), ts.sys.readFile).config.include
const isNodeOnly = (path: string) => NODE_ONLY.some((p) => path === p || path.startsWith(`${p}/`))

function entryViolation(file: string, into: string): string | null {
  if (file === PAGE_ENTRY)
    return isNodeOnly(into) ? `${file} imports ${into}: the page's entry may not reach Node-only code (see tsconfig.core-node.json)` : null
  if (file === WORKER_ENTRY)
    return into === 'src/engine/worker-protocol.ts' ? null : `${file} imports ${into}: the engine worker's entry serves src/engine/worker-protocol.ts and nothing else`
  if (file.startsWith('web/build/'))
    return into === BUILD_ENTRY ? null : `${file} imports ${into}: the build plugins reach src/ only through ${BUILD_ENTRY}; re-export what they need there`
  return `${file} imports ${into}: web/src reaches src/ only through ${PAGE_ENTRY} (the page's one entry into the core); import it from there`
}

describe('architecture', () => {
  const core = sourceFiles('src')

  it('src/ never imports React, Monaco or web/ (the core must run in Node, a worker and tests alike)', () => {
    const offenders = core.flatMap((f) =>
      imports(f)
        .filter((i) => /^(react|react-dom|monaco-editor)(\/|$)/.test(i) || target(f, i).startsWith('web/'))
        .map((i) => `${f} imports ${i}`),
    )
    expect(offenders).toEqual([])
  })

  it('the core outside its Node-only parts never imports them (it must run in the page and a worker too)', () => {
    expect(NODE_ONLY.length).toBeGreaterThan(0)
    const offenders = core
      .filter((f) => !isNodeOnly(f))
      .flatMap((f) => imports(f).filter((i) => isNodeOnly(target(f, i)) || i.startsWith('node:')).map((i) => `${f} imports ${i}: ${f} is core, not Node-only`))
    expect(offenders).toEqual([])
  })

  it('only src/engine imports PGlite (the engine is the one boundary to the database)', () => {
    const offenders = [...core, ...sourceFiles('web')]
      .filter((f) => !f.startsWith('src/engine/'))
      .flatMap((f) => imports(f).filter((i) => i.startsWith('@electric-sql/pglite')).map((i) => `${f} imports ${i}`))
    expect(offenders).toEqual([])
  })

  it('web/ reaches src/ only through its declared entries: core.ts for the page, the worker entry, and src/node/build-entry.ts for the build', () => {
    const offenders = sourceFiles('web').flatMap((f) =>
      imports(f)
        .map((i) => target(f, i))
        .filter((into) => into.startsWith('src/'))
        .flatMap((into) => entryViolation(f, into) ?? []),
    )
    expect(offenders).toEqual([])
  })

  it('the declared entries exist and are used, so the boundary rule above cannot pass vacuously', () => {
    const reachesSrc = (f: string) => imports(f).some((i) => target(f, i).startsWith('src/'))
    expect(reachesSrc(PAGE_ENTRY)).toBe(true)
    expect(reachesSrc(WORKER_ENTRY)).toBe(true)
    expect(sourceFiles('web/build').filter((f) => imports(f).some((i) => target(f, i) === BUILD_ENTRY))).not.toEqual([])
  })

  it('grading policy is not keyed on a problem id, slug or topic in code', () => {
    const offenders = core
      .filter((f) => !f.startsWith('src/problems/') && !f.startsWith('src/cli/'))
      .filter((f) => /\b(slug|topics?)\s*===?\s*['"]|\.id\s*===?\s*['"][0-9a-f]{8}-/.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(offenders).toEqual([])
  })
})

describe('reading imports', () => {
  it('counts side-effect imports, re-exports and dynamic imports, and ignores imports mentioned in comments or strings', () => {
    const text = [
      "import 'monaco-editor/editor'",
      "export * from './everything.ts'",
      "export type { Verdict } from './types.ts'",
      'import {',
      '  named,',
      "} from './named.ts'",
      "// import './commented.ts'",
      'const quoted = "import \'./quoted.ts\'"',
      "const lazy = await import('./lazy.ts')",
    ].join('\n')
    expect(importsIn(text)).toEqual(['monaco-editor/editor', './everything.ts', './types.ts', './named.ts', './lazy.ts'])
  })
})
