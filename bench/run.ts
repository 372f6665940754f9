// npm run bench — medians and ratios, never pass/fail.
// Usage: npm run bench [-- --reps N] [-- --skip-check] [-- --mutants] [-- --skip-browser] [-- --json]
// With --json the last line is one JSON object holding every figure (README: "Why PGlite").
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { checkBank } from '../src/check/node/check-bank.ts'
import { datasetsLayeredSnapshot, datasetsSnapshot } from '../src/engine/node/snapshot-cache.ts'
import { spawnNodeWorker } from '../src/engine/node/spawn-node-worker.ts'
import { PgliteSession } from '../src/engine/pglite-session.ts'
import { WorkerEngine } from '../src/engine/worker-engine.ts'
import { submitProblem } from '../src/judge/grade-problem.ts'
import { loadRepository } from '../src/node/repository.ts'
import { median, quantile } from '../src/progress/stats.ts'
import { browserBench } from './browser.ts'
import { comparePgMem } from './pg-mem-comparison.ts'

const { values } = parseArgs({
  options: { reps: { type: 'string', default: '5' }, 'skip-check': { type: 'boolean' }, mutants: { type: 'boolean' }, 'skip-browser': { type: 'boolean' }, json: { type: 'boolean' } },
})
const figures: Record<string, number | null> = {
  loadAverage: loadavg()[0] ?? null,
  ...Object.fromEntries(['checkMsPerProblem', 'mutationMsPerProblem', 'engineReadyFirstMs', 'engineReadyRepeatMs', 'editorUsableRepeatMs', 'engineReadyLaterMs', 'editorUsableLaterMs', 'firstRunLaterMs', 'problemListRepeatMs', 'uiSubmitMs'].map((k) => [k, null])),
}
const reps = Number(values.reps)
const repo = await loadRepository()
if (repo.issues.length) throw new Error(`the bank has defects; run sqlprep check first`)
const snapshot = await datasetsSnapshot(repo.datasets)
const out = (line: string) => process.stdout.write(`${line}\n`)
out(`sqlprep bench — ${repo.problems.length} problems, ${repo.datasets.length} datasets, ${reps} repetitions\n`)

// 1. Engine start: from the snapshot vs a fresh database (initdb + load every dataset).
{
  const fromSnapshot: number[] = []
  const fresh: number[] = []
  for (let i = 0; i < 3; i++) {
    let t = performance.now()
    const a = await PgliteSession.open({ kind: 'snapshot', data: snapshot })
    fromSnapshot.push(performance.now() - t)
    await a.close()
    t = performance.now()
    const b = await PgliteSession.open({ kind: 'datasets', datasets: repo.datasets })
    fresh.push(performance.now() - t)
    await b.close()
  }
  out(`engine start (in process): snapshot median ${ms(median(fromSnapshot))}, fresh median ${ms(median(fresh))}, ratio ${ratio(median(fresh), median(fromSnapshot))}x`)
  figures.engineStartNodeMs = median(fromSnapshot)
}

// 1b. What a start costs with the datasets the open problem needs, against the whole bank's snapshot: open, then
// a first query on a dataset (the page's engine: the base snapshot, then that dataset's layer, over HTTP).
{
  const { base, layers } = await datasetsLayeredSnapshot(repo.datasets)
  const bySize = Object.entries(layers).sort((a, b) => a[1].length - b[1].length)
  const files = new Map([['/base.tar', base], ...bySize.map(([name, tar]): [string, Uint8Array] => [`/${name}.tar`, tar])])
  const server = createServer((req, res) => void res.writeHead(files.has(req.url!) ? 200 : 404).end(files.get(req.url!)))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const urls = Object.fromEntries(bySize.map(([name]) => [name, `${origin}/${name}.tar`]))
  const startAndRead = async (source: Parameters<typeof PgliteSession.open>[0], dataset: string): Promise<number> => {
    const t = performance.now()
    const session = await PgliteSession.open(source)
    const table = repo.datasets.find((d) => d.name === dataset)!.tables[0]!.name
    const outcome = await session.runCase({ schema: dataset, queries: [{ sql: `select count(*) from "${table}"`, maxRows: 1 }] })
    if (!outcome.ok) throw new Error(`no first query on ${dataset}`)
    const wall = performance.now() - t
    await session.close()
    return wall
  }
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
  const [smallest, largest] = [bySize[0]!, bySize.at(-1)!]
  const timings: Record<string, number[]> = { full: [], smallest: [], largest: [] }
  for (let i = 0; i < 3; i++) {
    timings.full!.push(await startAndRead({ kind: 'snapshot', data: snapshot }, largest[0]))
    timings.smallest!.push(await startAndRead({ kind: 'snapshot-url', url: `${origin}/base.tar`, layers: urls }, smallest[0]))
    timings.largest!.push(await startAndRead({ kind: 'snapshot-url', url: `${origin}/base.tar`, layers: urls }, largest[0]))
  }
  server.close()
  out(
    `engine start + first query (in process): whole bank's snapshot (${mb(snapshot.length)}) ${ms(median(timings.full!))};` +
      ` base (${mb(base.length)}) + ${smallest[0]} (${mb(smallest[1].length)}, smallest) ${ms(median(timings.smallest!))},` +
      ` + ${largest[0]} (${mb(largest[1].length)}, largest) ${ms(median(timings.largest!))}`,
  )
  Object.assign(figures, {
    snapshotWholeBytes: snapshot.length,
    snapshotBaseBytes: base.length,
    layerLargestBytes: largest[1].length,
    engineStartWholeNodeMs: median(timings.full!),
    engineStartBaseSmallestNodeMs: median(timings.smallest!),
    engineStartBaseLargestNodeMs: median(timings.largest!),
  })
}

// 2. Warm verdicts over the whole bank (Submit of the reference: every case runs and compares).
{
  const engine = await WorkerEngine.start(spawnNodeWorker, { kind: 'snapshot', data: snapshot }, { timeoutMs: 20_000 })
  for (const p of repo.problems) await submitProblem(engine, p, p.solution) // warm-up
  const walls: number[] = []
  const own: number[] = []
  const ratios: number[] = []
  // Drills build indexes and write tasks run their script twice on every case: query problems on their own too.
  const queryWalls: number[] = []
  for (let r = 0; r < reps; r++)
    for (const p of repo.problems) {
      const t = performance.now()
      const v = await submitProblem(engine, p, p.solution)
      const wall = performance.now() - t
      if (v.verdict !== 'accepted') throw new Error(`${p.slug}: the reference was not accepted (${v.verdict})`)
      walls.push(wall)
      if (!p.optimize && !p.transform) queryWalls.push(wall)
      // The reference's rows are cached after the warm-up, so the queries that ran are the learner's.
      own.push(v.timing.queryMs + v.timing.referenceMs)
      ratios.push(wall / own.at(-1)!)
    }
  out(`warm Submit verdict (all cases, worker engine): p50 ${ms(median(walls))}, p95 ${ms(quantile(walls, 0.95))}, max ${ms(Math.max(...walls))}`)
  out(`grading overhead: verdict wall time / own time of the queries that ran: median ${times(median(ratios))}x, p95 ${times(quantile(ratios, 0.95))}x`)
  out(`the queries' own time alone (a Submit's floor): p50 ${ms(median(own))}, p95 ${ms(quantile(own, 0.95))}`)
  out(`warm Submit of the ${queryWalls.length / reps} query problems alone (no drills, no write tasks): p50 ${ms(median(queryWalls))}, p95 ${ms(quantile(queryWalls, 0.95))}`)
  Object.assign(figures, {
    submitP50Ms: median(walls),
    submitP95Ms: quantile(walls, 0.95),
    gradingOverheadMedian: median(ratios),
    submitQueriesP50Ms: median(own),
    submitQueriesP95Ms: quantile(own, 0.95),
    submitQueryProblemsP50Ms: median(queryWalls),
    submitQueryProblemsP95Ms: quantile(queryWalls, 0.95),
  })
  await engine.close()
}

// 3. The whole bank check.
if (!values['skip-check']) {
  const t = performance.now()
  const report = await checkBank()
  const wall = performance.now() - t
  out(`sqlprep check: ${(wall / 1000).toFixed(1)} s wall for ${report.problems} problems (${report.ok ? 'ok' : 'FAILED'})`)
  figures.checkMsPerProblem = wall / report.problems
  if (values.mutants) {
    // The same check with mutation testing as a test run would do it (the example first, each candidate
    // until a case rejects it): the figure is the wall time it adds, per problem.
    const m = performance.now()
    const mutated = await checkBank({ mutants: 'first-rejection' })
    const added = performance.now() - m - wall
    const t = mutated.mutation!.totals
    out(`sqlprep check --mutants (first rejection): ${((wall + added) / 1000).toFixed(1)} s wall, ${(added / 1000).toFixed(1)} s more than the check; ${t.generated} mutants, ${t.killed} killed, ${t.invalid} invalid, ${t.equivalent} declared equivalent, ${t.survived} survived (${mutated.mutation!.ok ? 'ok' : 'FAILED'})`)
    figures.mutationMsPerProblem = added / mutated.problems
  }
}

// 4. pg-mem, the other in-JS "Postgres", on the bank's reference solutions.
{
  const r = await comparePgMem(repo, snapshot)
  out(
    `pg-mem 3.0.14 on ${r.total} reference solutions: ${r.correct} correct, ${r.wrong} wrong results, ${r.errors} errors` +
      ` (datasets it could not load: ${r.unloadable.join(', ') || 'none'})`,
  )
  if (r.timedPairs > 0)
    out(`  on the ${r.timedPairs} it answered correctly: median query time PGlite ${ms(r.pgliteMedian)}, pg-mem ${ms(r.pgmemMedian)}`)
  for (const line of r.examples) out(`  ${line}`)
}

// 5. The app in Chromium.
if (!values['skip-browser']) Object.assign(figures, await browserBench(Math.min(reps, 3), out))

if (values.json)
  out(JSON.stringify({ problems: repo.problems.length, datasets: repo.datasets.length, ...figures }))

function ms(x: number | null): string {
  return x === null ? '— ms' : `${x.toFixed(x < 10 ? 2 : 0)} ms`
}
function times(x: number | null): string {
  return x === null ? '—' : x.toFixed(2)
}
function ratio(a: number | null, b: number | null): string {
  return a === null || b === null ? '—' : (a / b).toFixed(1)
}
process.exit(0)
