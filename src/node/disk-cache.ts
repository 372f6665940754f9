import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The on-disk caches of the CLI, the build and the tests (database snapshots, compiled problems). Every file
// is derived from its key: deleting the folder is always safe.

export const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/sqlprep/', import.meta.url))

/**
 * Writes a cache file whole or not at all (a concurrent reader never sees half of it), then deletes all but
 * the `keep` most recent files whose names match `family`.
 */
export function writeCacheFile(name: string, data: string | Uint8Array, family: RegExp, keep: number): void {
  mkdirSync(CACHE_DIR, { recursive: true })
  const file = join(CACHE_DIR, name)
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, file)
  const files = readdirSync(CACHE_DIR)
    .filter((f) => family.test(f))
    .map((f) => ({ path: join(CACHE_DIR, f), at: statSync(join(CACHE_DIR, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
  for (const f of files.slice(keep)) rmSync(f.path, { force: true })
}

/** A JSON cache file's content, or null when there is none or it is damaged (it is then rebuilt). */
export function readCacheJson(name: string): unknown {
  try {
    const file = join(CACHE_DIR, name)
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
  } catch {
    return null
  }
}

const SOURCE_DIR = fileURLToPath(new URL('../', import.meta.url))
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url))

/** Every source file of sqlprep's core and the lockfile (PGlite's version with it): what a cached result could depend on. */
export function sourceDigest(): string {
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

export function digest(...parts: string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}
