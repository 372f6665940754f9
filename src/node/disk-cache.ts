import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
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
