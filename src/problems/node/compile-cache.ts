import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CACHE_DIR, writeCacheFile } from '../../node/disk-cache.ts'
import { compileBank, compileProblem, type BankContext, type CompiledProblem, type ProblemFiles } from '../compile.ts'

// Compiling the bank (the YAML and Markdown of every problem, validated) takes 0.5-1 s: most of a CLI
// command's start. Each problem's result is kept on disk, keyed by its files; the cache file itself is keyed
// by the datasets' tables, sqlprep's source and its locked dependencies, so any change there starts afresh.

const SOURCE_DIR = fileURLToPath(new URL('../../', import.meta.url))
const LOCKFILE = fileURLToPath(new URL('../../../package-lock.json', import.meta.url))

export function compileBankCached(all: ProblemFiles[], context: BankContext): ReturnType<typeof compileBank> {
  const name = `bank-${digest(JSON.stringify(context), sourceDigest()).slice(0, 16)}.json`
  const known = readCache(join(CACHE_DIR, name))
  const used: Record<string, CompiledProblem> = {}
  let compiled = 0
  const bank = compileBank(all, context, (files) => {
    const key = digest(JSON.stringify(files))
    let result = known[key]
    if (!result) {
      result = compileProblem(files, context)
      compiled++
    }
    return (used[key] = result)
  })
  if (compiled > 0 || Object.keys(known).length !== Object.keys(used).length) writeCacheFile(name, JSON.stringify(used), /^bank-[0-9a-f]+\.json$/, 8)
  return bank
}

function readCache(file: string): Record<string, CompiledProblem> {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, CompiledProblem>) : {}
  } catch {
    return {} // a damaged cache is rebuilt
  }
}

/** Every source file of sqlprep's core and the lockfile: what a compiled problem could depend on. */
function sourceDigest(): string {
  const hash = createHash('sha256')
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (entry.name.endsWith('.ts')) hash.update(path).update(readFileSync(path))
    }
  }
  visit(SOURCE_DIR)
  if (existsSync(LOCKFILE)) hash.update(readFileSync(LOCKFILE))
  return hash.digest('hex')
}

function digest(...parts: string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}
