import { digest, readCacheJson, sourceDigest, writeCacheFile } from '../../node/disk-cache.ts'
import { compileBank, compileProblem, type BankContext, type CompiledProblem, type ProblemFiles } from '../compile.ts'

// Compiling the bank (the YAML and Markdown of every problem, validated) takes 0.5-1 s: most of a CLI
// command's start. Each problem's result is kept on disk, keyed by its files; the cache file itself is keyed
// by the datasets' tables, sqlprep's source and its locked dependencies, so any change there starts afresh.

export function compileBankCached(all: ProblemFiles[], context: BankContext): ReturnType<typeof compileBank> {
  const name = `bank-${digest(JSON.stringify(context), sourceDigest()).slice(0, 16)}.json`
  const known = (readCacheJson(name) ?? {}) as Record<string, CompiledProblem>
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
