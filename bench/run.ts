// npm run bench — medians and ratios, never pass/fail.
// Usage: npm run bench [-- --reps N] [-- --skip-check] [-- --skip-browser] [-- --json]
// With --json the last line is one JSON object holding every figure (README: "Why PGlite").
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { checkBank } from '../src/check/node/check-bank.ts'
import { datasetsSnapshot } from '../src/engine/node/snapshot-cache.ts'
import { spawnNodeWorker } from '../src/engine/node/spawn-node-worker.ts'
import { PgliteSession } from '../src/engine/pglite-session.ts'
import { WorkerEngine } from '../src/engine/worker-engine.ts'
import { submitProblem } from '../src/judge/grade-problem.ts'
import { loadRepository } from '../src/node/repository.ts'
import { median, quantile } from '../src/progress/stats.ts'
import { browserBench } from './browser.ts'
import { comparePgMem } from './pg-mem-comparison.ts'

const { values } = parseArgs({
  options: { reps: { type: 'string', default: '5' }, 'skip-check': { type: 'boolean' }, 'skip-browser': { type: 'boolean' }, json: { type: 'boolean' } },
})
const figures: Record<string, number | null> = {
  loadAverage: loadavg()[0] ?? null,
  ...Object.fromEntries(['checkMsPerProblem', 'engineReadyFirstMs', 'engineReadyRepeatMs', 'editorUsableRepeatMs', 'engineReadyLaterMs', 'editorUsableLaterMs', 'problemListRepeatMs', 'uiSubmitMs'].map((k) => [k, null])),
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

// 2. Warm verdicts over the whole bank (Submit of the reference: every case runs and compares).
{
  const engine = await WorkerEngine.start(spawnNodeWorker, { kind: 'snapshot', data: snapshot }, { timeoutMs: 20_000 })
  for (const p of repo.problems) await submitProblem(engine, p, p.solution) // warm-up
  const walls: number[] = []
  const ratios: number[] = []
  for (let r = 0; r < reps; r++)
    for (const p of repo.problems) {
      const t = performance.now()
      const v = await submitProblem(engine, p, p.solution)
      const wall = performance.now() - t
      if (v.verdict !== 'accepted') throw new Error(`${p.slug}: the reference was not accepted (${v.verdict})`)
      walls.push(wall)
      // The reference's rows are cached after the warm-up, so the queries that ran are the learner's.
      ratios.push(wall / (v.timing.queryMs + v.timing.referenceMs))
    }
  out(`warm Submit verdict (all cases, worker engine): p50 ${ms(median(walls))}, p95 ${ms(quantile(walls, 0.95))}, max ${ms(Math.max(...walls))}`)
  out(`grading overhead: verdict wall time / own time of the queries that ran: median ${times(median(ratios))}x, p95 ${times(quantile(ratios, 0.95))}x`)
  Object.assign(figures, { submitP50Ms: median(walls), submitP95Ms: quantile(walls, 0.95), gradingOverheadMedian: median(ratios) })
  await engine.close()
}

// 3. The whole bank check.
if (!values['skip-check']) {
  const t = performance.now()
  const report = await checkBank()
  const wall = performance.now() - t
  out(`sqlprep check: ${(wall / 1000).toFixed(1)} s wall for ${report.problems} problems (${report.ok ? 'ok' : 'FAILED'})`)
  figures.checkMsPerProblem = wall / report.problems
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
