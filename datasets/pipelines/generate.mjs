// Deterministic generator for the `pipelines` dataset (a data team's orchestrator: DAGs, tasks and their dependencies,
// DAG runs and task attempts, SLAs, and the order-event batches the ingest DAG loaded).
// Usage: node datasets/pipelines/generate.mjs [--stats]   (from anywhere; writes data/*.csv next to this file)
// No dependencies, no clock, no network: everything comes from the seeded sampler of ../generator-support.mjs.
// Local times come from the platform's time-zone rules (Intl), which are settled for 2025.
import { createSampler, csvWriter, localToUtc, utcOffset } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG helpers
const { random, randInt, chance, pick, pickWeightedPair, lognormal } = createSampler(20250315)
const expo = (mean) => -mean * Math.log(1 - random())

// ---------------------------------------------------------------- time (integer seconds since 1970, UTC)
const DAY = 86400
const HOUR = 3600
const sec = (iso) => Date.parse(iso.replace(' ', 'T') + (iso.length === 10 ? 'T00:00:00Z' : 'Z')) / 1000
const fmtTs = (s) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ')
const WINDOW_START = sec('2025-03-15') // scheduled runs whose data interval ends from here ...
const CUTOFF = sec('2025-04-14 05:35:00') // ... until this moment, when the data was extracted (some runs are still going)
const OUTAGE = [sec('2025-04-02 01:40:00'), sec('2025-04-02 06:20:00')] // the scheduler was down: nothing started

if (utcOffset('Europe/Berlin', sec('2025-03-20')) !== 3600 || utcOffset('Europe/Berlin', sec('2025-04-05')) !== 7200) {
  throw new Error('this Node has no usable time-zone data (Intl); the pipelines data needs it')
}

// ---------------------------------------------------------------- DAGs and tasks
// schedule: the cron text shown to users; `intervals` lists the data intervals [start, end) the scheduler creates.
function dailyAt(tz, hh, mm) {
  return (from, to) => {
    const out = []
    for (let d = from / DAY - 3; d <= to / DAY + 1; d++) {
      const start = localToUtc(tz, d * DAY + hh * HOUR + mm * 60)
      const end = localToUtc(tz, (d + 1) * DAY + hh * HOUR + mm * 60)
      out.push([start, end])
    }
    return out
  }
}
function everyHours(n) {
  return (from, to) => {
    const out = []
    for (let s = Math.floor(from / DAY) * DAY - DAY; s <= to + DAY; s += n * HOUR) out.push([s, s + n * HOUR])
    return out
  }
}
function weeklyMondayAt(tz, hh) {
  return (from, to) => {
    const out = []
    // 2025-03-03 was a Monday
    for (let d = sec('2025-03-03') / DAY; d <= to / DAY + 7; d += 7) out.push([localToUtc(tz, d * DAY + hh * HOUR), localToUtc(tz, (d + 7) * DAY + hh * HOUR)])
    return out
  }
}

// [name, operator, median seconds, max_retries, retry_delay_seconds, timeout_seconds, failure chance per attempt, upstream names]
// An upstream written 'dag.task' is a task of another DAG (only sensors have those).
const DAGS = [
  { name: 'ingest_orders', team: 'platform', schedule: '0 */6 * * *', tz: 'UTC', tags: ['ingest', 'orders'], created: '2024-06-03 09:12:44', intervals: everyHours(6),
    tasks: [['wait_for_orders_api', 'sensor', 35, 2, 120, 1800, 0.01, []], ['extract_orders', 'python', 170, 3, 300, null, 0.07, ['wait_for_orders_api']],
      ['load_raw_orders', 'sql', 80, 2, 180, null, 0.025, ['extract_orders']], ['dq_orders_rowcount', 'sql', 18, 1, 60, null, 0.015, ['load_raw_orders']]] },
  { name: 'ingest_clickstream', team: 'platform', schedule: '0 1 * * *', tz: 'UTC', tags: ['ingest', 'web'], created: '2024-06-10 15:40:02', intervals: dailyAt('UTC', 1, 0),
    tasks: [['wait_for_clickstream_drop', 'sensor', null, 1, 300, 7200, 0, []], ['copy_clickstream_files', 'bash', 560, 2, 300, null, 0.02, ['wait_for_clickstream_drop']],
      ['dedupe_clickstream', 'sql', 400, 1, 300, null, 0.02, ['copy_clickstream_files']], ['load_raw_clickstream', 'sql', 280, 2, 300, null, 0.02, ['dedupe_clickstream']]] },
  { name: 'ingest_inventory', team: 'supply-analytics', schedule: '30 2 * * *', tz: 'UTC', tags: ['ingest', 'supply'], created: '2024-08-19 11:03:10', intervals: dailyAt('UTC', 2, 30),
    tasks: [['extract_inventory_snapshot', 'python', 230, 2, 300, null, 0.03, []], ['load_raw_inventory', 'sql', 110, 1, 120, null, 0.01, ['extract_inventory_snapshot']]] },
  { name: 'legacy_crm_sync', team: 'platform', schedule: '15 3 * * *', tz: 'UTC', tags: ['legacy', 'crm'], created: '2023-11-20 08:00:00', intervals: dailyAt('UTC', 3, 15),
    pausedAt: sec('2025-03-24 10:05:00'),
    tasks: [['extract_crm', 'python', 860, 2, 600, null, 0.14, []], ['load_crm', 'sql', 290, 1, 300, null, 0.02, ['extract_crm']]] },
  { name: 'transform_core', team: 'analytics-eng', schedule: '0 4 * * *', tz: 'UTC', tags: ['transform', 'core', 'tier1'], created: '2024-06-24 10:30:00', intervals: dailyAt('UTC', 4, 0),
    tasks: [['wait_for_raw_orders', 'external_sensor', null, 0, 0, 7200, 0, ['ingest_orders.dq_orders_rowcount']],
      ['wait_for_raw_clickstream', 'external_sensor', null, 0, 0, 7200, 0, ['ingest_clickstream.load_raw_clickstream']],
      ['wait_for_raw_inventory', 'external_sensor', null, 0, 0, 7200, 0, ['ingest_inventory.load_raw_inventory']],
      ['stg_orders', 'sql', 230, 2, 120, null, 0.01, ['wait_for_raw_orders']], ['stg_clickstream', 'sql', 410, 2, 120, null, 0.01, ['wait_for_raw_clickstream']],
      ['stg_inventory', 'sql', 115, 2, 120, null, 0.01, ['wait_for_raw_inventory']], ['dim_customers', 'sql', 290, 2, 120, null, 0.01, ['stg_orders', 'stg_clickstream']],
      ['dim_products', 'sql', 170, 2, 120, null, 0.01, ['stg_inventory']], ['fct_orders', 'sql', 580, 2, 300, null, 0.02, ['stg_orders', 'dim_customers', 'dim_products']],
      ['fct_sessions', 'sql', 520, 2, 300, null, 0.02, ['stg_clickstream', 'dim_customers']], ['dq_core_tests', 'sql', 230, 1, 120, null, 0.02, ['fct_orders', 'fct_sessions']]] },
  { name: 'finance_reporting', team: 'finance-data', schedule: '0 6 * * *', tz: 'Europe/Berlin', tags: ['finance', 'reporting', 'tier1'], created: '2024-09-02 07:45:00',
    intervals: dailyAt('Europe/Berlin', 6, 0),
    tasks: [['wait_for_core', 'external_sensor', null, 1, 600, 10800, 0, ['transform_core.dq_core_tests']], ['revenue_daily', 'sql', 290, 2, 120, null, 0.015, ['wait_for_core']],
      ['refunds_daily', 'sql', 170, 2, 120, null, 0.015, ['wait_for_core']], ['margin_report', 'sql', 230, 2, 120, null, 0.02, ['revenue_daily', 'refunds_daily']],
      ['publish_finance_dashboard', 'python', 110, 3, 60, null, 0.04, ['margin_report']], ['notify_finance', 'email', 4, 2, 60, null, 0.005, ['publish_finance_dashboard']]] },
  { name: 'ml_features', team: 'ml-platform', schedule: '0 5 * * *', tz: 'UTC', tags: ['ml'], created: '2024-10-14 13:20:00', intervals: dailyAt('UTC', 5, 0),
    tasks: [['wait_for_core', 'external_sensor', null, 1, 600, 10800, 0, ['transform_core.dq_core_tests']], ['build_user_features', 'python', 880, 2, 300, null, 0.02, ['wait_for_core']],
      ['build_item_features', 'python', 590, 2, 300, null, 0.02, ['wait_for_core']], ['train_ranker', 'python', 1750, 1, 600, null, 0.04, ['build_user_features', 'build_item_features']],
      ['evaluate_ranker', 'python', 290, 1, 120, null, 0.01, ['train_ranker']], ['deploy_ranker', 'branch', 55, 1, 60, null, 0.01, ['evaluate_ranker']]] },
  { name: 'weekly_exec_summary', team: 'finance-data', schedule: '0 7 * * 1', tz: 'America/New_York', tags: ['reporting', 'weekly', 'tier1'], created: '2024-11-04 16:00:00',
    intervals: weeklyMondayAt('America/New_York', 7),
    tasks: [['wait_for_finance', 'external_sensor', null, 1, 900, 14400, 0, ['finance_reporting.publish_finance_dashboard']], ['build_weekly_kpis', 'sql', 610, 2, 300, null, 0.02, ['wait_for_finance']],
      ['render_pdf', 'python', 115, 2, 120, null, 0.05, ['build_weekly_kpis']], ['email_execs', 'email', 5, 2, 60, null, 0.005, ['render_pdf']]] },
  { name: 'customer_360_export', team: 'analytics-eng', schedule: '0 8 * * *', tz: 'UTC', tags: [], created: '2025-04-13 10:02:31', intervals: dailyAt('UTC', 8, 0),
    tasks: [['wait_for_fct_orders', 'external_sensor', null, 1, 600, 7200, 0, ['transform_core.fct_orders']], ['build_customer_360', 'sql', 700, 2, 300, null, 0.02, ['wait_for_fct_orders']],
      ['export_to_sftp', 'bash', 140, 3, 300, null, 0.05, ['build_customer_360']]] },
]
const tasks = []
const edges = []
DAGS.forEach((d, i) => {
  d.dag_id = i + 1
  d.createdAt = sec(d.created)
  d.taskByName = new Map()
  d.runs = []
  for (const [name, operator, median, maxRetries, retryDelay, timeout, failP, up] of d.tasks) {
    const t = { task_id: tasks.length + 1, dag: d, name, operator, median, maxRetries, retryDelay, timeout, failP, up }
    tasks.push(t)
    d.taskByName.set(name, t)
  }
})
const dagByName = new Map(DAGS.map((d) => [d.name, d]))
const taskByPath = (path) => {
  const [dag, task] = path.split('.')
  return dagByName.get(dag).taskByName.get(task)
}
for (const t of tasks) {
  t.upstream = t.up.map((u) => (u.includes('.') ? taskByPath(u) : t.dag.taskByName.get(u)))
  for (const u of t.upstream) edges.push([u, t])
}
edges.sort((a, b) => a[0].task_id - b[0].task_id || a[1].task_id - b[1].task_id)

// ---------------------------------------------------------------- SLAs (a deadline after the end of the data interval; SCD-2 style validity)
const SLAS = [
  ['ingest_orders', 60, '2024-06-03', null], ['ingest_clickstream', 150, '2024-06-10', null], ['transform_core', 180, '2024-07-01', '2025-03-20'],
  ['transform_core', 150, '2025-03-20', null], ['finance_reporting', 240, '2024-09-02', '2025-04-01'], ['finance_reporting', 45, '2025-04-01', null],
  ['ml_features', 300, '2024-10-14', null], ['weekly_exec_summary', 360, '2024-11-04', null], ['customer_360_export', 120, '2025-04-13', null],
]

// ---------------------------------------------------------------- simulation
const dagRuns = []
const taskRuns = []
const WORKERS = ['worker-1', 'worker-2', 'worker-3', 'worker-4']
const afterOutage = (t) => (t >= OUTAGE[0] && t < OUTAGE[1] ? OUTAGE[1] + randInt(5, 180) : t)

/** The time the upstream task first succeeded for the matching run (any run type), or null. */
function upstreamSuccess(task, logicalStart) {
  let best = null
  for (const r of task.dag.runs) {
    if (r.logical !== logicalStart) continue
    for (const tr of r.taskRuns) if (tr.task === task && tr.state === 'success' && (best === null || tr.finished < best)) best = tr.finished
  }
  return best
}
// which upstream run a sensor waits for, by the sensor's own data interval
const SENSOR_TARGET = {
  'transform_core.wait_for_raw_orders': (s) => s + 14 * HOUR, // the 6-hour run covering 18:00..24:00 of the same day
  'transform_core.wait_for_raw_clickstream': (s) => s - 3 * HOUR, // the clickstream run covering 01:00..01:00
  'transform_core.wait_for_raw_inventory': (s) => s - 1.5 * HOUR, // the inventory run covering 02:30..02:30
  'finance_reporting.wait_for_core': (s, e) => sec(fmtTs(e).slice(0, 10)) - DAY + 4 * HOUR, // the core run for the day before the trigger day
  'ml_features.wait_for_core': (s) => s - HOUR,
  'weekly_exec_summary.wait_for_finance': (s, e) => localToUtc('Europe/Berlin', sec(fmtTs(e).slice(0, 10)) - 2 * DAY + 6 * HOUR), // the Saturday..Sunday finance run
  'customer_360_export.wait_for_fct_orders': (s) => s - 4 * HOUR,
}
// special days: [dag, logical start (UTC) or null, what happens]
const FORCE = new Map() // `${dag}|${task}|${logical}` -> attempts that fail (Infinity = all)
const force = (dag, task, logicalIso, fails) => FORCE.set(`${dag}|${task}|${sec(logicalIso)}`, fails)
force('transform_core', 'fct_orders', '2025-04-07 04:00:00', Infinity) // duplicate keys in the order feed: fails every attempt
force('ingest_orders', 'extract_orders', '2025-03-21 12:00:00', Infinity) // the order API was down for hours
force('ingest_orders', 'extract_orders', '2025-03-21 18:00:00', 2)
force('ingest_orders', 'load_raw_orders', '2025-03-26 06:00:00', 1) // partial batches (see the loads below)
force('ingest_orders', 'load_raw_orders', '2025-04-09 12:00:00', 1)
force('ml_features', 'train_ranker', '2025-03-29 05:00:00', Infinity)
force('legacy_crm_sync', 'extract_crm', '2025-03-19 03:15:00', Infinity)
const CLICK_DROP_LATE = new Map([[sec('2025-03-26 01:00:00'), 4.2 * HOUR], [sec('2025-04-10 01:00:00'), 2.4 * HOUR]]) // the partner's file came late

// hand-triggered repairs: the clickstream file that came four hours late, and the duplicate order keys whose fix was
// deployed late in the morning (core, then finance, re-run by hand)
const REPAIRS = new Map([
  [`ingest_clickstream|${sec('2025-03-26 01:00:00')}`, sec('2025-03-27 07:06:51')], [`transform_core|${sec('2025-03-26 04:00:00')}`, sec('2025-03-27 07:48:12')],
  [`transform_core|${sec('2025-04-07 04:00:00')}`, sec('2025-04-08 11:32:47')], [`finance_reporting|${sec('2025-04-07 04:00:00')}`, sec('2025-04-08 12:41:05')],
])

function duration(task) {
  return Math.max(2, Math.round(lognormal(task.median, 0.28)))
}

/** Runs one DAG run from `queued`; tasks that would start after CUTOFF are left out. */
function simulate(dag, run) {
  run.taskRuns = []
  const done = new Map() // task -> { state, finished }
  let first = null
  const order = dag.tasks.map(([name]) => dag.taskByName.get(name)) // definition order is a topological order
  for (const task of order) {
    const ups = task.upstream.filter((u) => u.dag === dag)
    const upStates = ups.map((u) => done.get(u))
    if (upStates.some((s) => s === undefined)) continue // an upstream task never started (the run is still going)
    if (upStates.some((s) => s.state === 'failed' || s.state === 'upstream_failed')) {
      const tr = { run, task, attempt: 1, state: 'upstream_failed', started: null, finished: null, worker: null }
      run.taskRuns.push(tr)
      done.set(task, { state: 'upstream_failed', finished: Math.max(...upStates.map((s) => s.finished ?? 0)) })
      continue
    }
    if (upStates.some((s) => s.state === 'running')) continue
    let ready = Math.max(run.started, ...upStates.map((s) => s.finished))
    let attempt = 1
    for (;;) {
      const start = afterOutage(ready + randInt(1, 25))
      if (start >= CUTOFF) break
      if (first === null || start < first) first = start
      const tr = { run, task, attempt, started: start, finished: null, state: null, worker: pick(WORKERS) }
      run.taskRuns.push(tr)
      let end
      let ok
      if (task.operator === 'sensor' || task.operator === 'external_sensor') {
        let arrive
        if (task.operator === 'sensor' && task.name === 'wait_for_clickstream_drop') arrive = run.end + randInt(20 * 60, 70 * 60) + (CLICK_DROP_LATE.get(run.logical) ?? 0)
        else if (task.operator === 'sensor') arrive = start + duration(task)
        else {
          const up = task.upstream.find((u) => u.dag !== dag)
          const target = SENSOR_TARGET[`${dag.name}.${task.name}`](run.logical, run.end)
          arrive = upstreamSuccess(up, target)
          if (arrive !== null) arrive = Math.max(arrive, start) + randInt(15, 75) // the next poke sees it
          else if (target < WINDOW_START - DAY) arrive = start + randInt(5, 40) // the upstream run predates this data
        }
        ok = arrive !== null && arrive <= start + task.timeout
        end = ok ? Math.max(arrive, start + 1) : start + task.timeout
      } else {
        const forced = FORCE.get(`${dag.name}|${task.name}|${run.logical}`)
        ok = forced !== undefined && run.type !== 'manual' ? attempt > forced : !chance(task.failP)
        end = start + (ok ? duration(task) : Math.max(3, Math.round(duration(task) * random())))
      }
      if (end > CUTOFF) {
        tr.state = 'running'
        done.set(task, { state: 'running', finished: null })
        break
      }
      tr.finished = end
      if (ok) {
        tr.state = task.operator === 'branch' && run.skipDeploy ? 'skipped' : 'success'
        if (tr.state === 'skipped') { tr.started = null; tr.finished = null; tr.worker = null }
        done.set(task, { state: tr.state, finished: end })
        break
      }
      tr.state = 'failed'
      if (attempt > task.maxRetries) {
        done.set(task, { state: 'failed', finished: end })
        break
      }
      attempt++
      ready = end + task.retryDelay
    }
  }
  run.started = first
  const states = [...done.values()].map((s) => s.state)
  const allPlaced = order.every((t) => done.has(t))
  if (!allPlaced || states.includes('running')) run.state = first === null ? 'queued' : 'running'
  else run.state = states.includes('failed') ? 'failed' : 'success'
  run.finished = run.state === 'success' || run.state === 'failed' ? Math.max(...[...done.values()].map((s) => s.finished ?? 0)) : null
}

function addRun(dag, type, logical, end, queued) {
  const run = { dag, type, logical, end, queued, started: queued, skipDeploy: dag.name === 'ml_features' && chance(0.3) }
  simulate(dag, run)
  dag.runs.push(run)
  dagRuns.push(run)
  return run
}

for (const dag of DAGS) {
  // backfills first: the platform team re-ran the first week of March for the order pipeline and the core models
  if (dag.name === 'ingest_orders' || dag.name === 'transform_core') {
    let q = sec('2025-03-20 10:14:05') + (dag.name === 'transform_core' ? 3 * HOUR : 0)
    for (const [s, e] of dag.intervals(sec('2025-03-01'), sec('2025-03-08'))) {
      if (s < sec('2025-03-01') || s >= sec('2025-03-08')) continue
      const r = addRun(dag, 'backfill', s, e, q)
      q = (r.finished ?? q) + randInt(5, 40)
    }
  }
  for (const [s, e] of dag.intervals(WINDOW_START, CUTOFF)) {
    if (e < WINDOW_START || e > CUTOFF || s < dag.createdAt) continue
    if (dag.pausedAt && e >= dag.pausedAt) continue
    const r = addRun(dag, 'scheduled', s, e, e + randInt(1, 20))
    // repairs: somebody re-triggered a failed run by hand, for the same data interval
    const repairAt = REPAIRS.get(`${dag.name}|${s}`)
    if (r.state === 'failed' && (repairAt !== undefined || chance(dag.name === 'legacy_crm_sync' ? 0 : 0.6))) {
      const q = repairAt ?? r.finished + randInt(40 * 60, 5 * HOUR)
      if (q < CUTOFF) addRun(dag, 'manual', s, e, q)
    }
  }
  // a one-off manual run with no data interval of its own (logical date = trigger time)
  if (dag.name === 'ingest_inventory') {
    const t = sec('2025-04-03 14:12:09')
    addRun(dag, 'manual', t, t, t)
  }
}

// ---------------------------------------------------------------- order events and the batches that landed them
// Orders are created, paid, shipped or cancelled; each event reaches the order API a little after it happened
// (mobile checkouts sometimes days later). Scheduled runs extract what reached the API since the previous successful
// extraction; the backfill re-pulled the first week of March by event time.
const orders = []
const orderEvents = []
{
  let n = 0
  for (let d = sec('2025-02-26') / DAY; d < CUTOFF / DAY; d++) {
    const count = Math.round(lognormal(14, 0.25) * ([5, 6].includes((d + 4) % 7) ? 1.3 : 1))
    for (let i = 0; i < count; i++) {
      const hours = [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 0.9, 1.2, 1.3, 1.4, 1.5, 1.7, 1.6, 1.4, 1.4, 1.5, 1.8, 2.1, 2.3, 2.2, 1.7, 1.1, 0.6].map((w, h) => [h, w])
      const created = d * DAY + pickWeightedPair(hours) * HOUR + randInt(0, 3599)
      n++
      const ref = `ORD-${String(100000 + n * 7 + randInt(0, 6)).slice(0, 6)}`
      const amount = (Math.round(lognormal(58, 0.6) * 100) / 100).toFixed(2)
      const mobileLag = chance(0.06) ? Math.round(expo(14 * HOUR)) + HOUR : 0
      const lag = () => randInt(2, 90) + mobileLag
      const evs = [{ ref, type: 'created', time: created, amount }]
      if (chance(0.93)) {
        const paid = created + randInt(20, 900)
        evs.push({ ref, type: 'paid', time: paid, amount })
        if (chance(0.05)) evs.push({ ref, type: 'cancelled', time: paid + randInt(HOUR, 2 * DAY), amount: null })
        else evs.push({ ref, type: 'shipped', time: paid + randInt(10 * HOUR, 50 * HOUR), amount: null })
      } else if (chance(0.5)) evs.push({ ref, type: 'cancelled', time: created + randInt(600, DAY), amount: null })
      for (const e of evs) {
        e.arrived = e.time + (e.type === 'created' || e.type === 'paid' ? lag() : randInt(2, 300))
        // a few devices have their clock ahead: the event claims a time after it reached the API
        if (chance(0.004)) e.time += randInt(2 * HOUR, 30 * HOUR)
        orderEvents.push(e)
      }
      orders.push(ref)
    }
  }
}
const batches = []
{
  const ingest = dagByName.get('ingest_orders')
  const byStart = (a, b) => (a.started ?? 0) - (b.started ?? 0)
  const loads = ingest.runs.flatMap((r) => r.taskRuns.filter((tr) => tr.task.name === 'load_raw_orders' && tr.started !== null)).sort(byStart)
  let watermark = sec('2025-03-14 18:05:31') // the last extraction before the data starts
  const extracted = new Map() // run -> events
  for (const tr of loads) {
    const run = tr.run
    if (!extracted.has(run)) {
      const ex = run.taskRuns.filter((x) => x.task.name === 'extract_orders' && x.state === 'success')[0]
      let events
      if (run.type === 'backfill') events = orderEvents.filter((e) => e.time >= run.logical && e.time < run.end)
      else {
        const upTo = ex.started + 5
        events = orderEvents.filter((e) => e.arrived > watermark && e.arrived <= upTo)
        // the API pages overlap: a few events come again in the next extraction
        for (const e of orderEvents) if (e.arrived > watermark - 300 && e.arrived <= watermark && chance(0.25)) events.push(e)
        watermark = upTo
      }
      events.sort((a, b) => a.arrived - b.arrived || (a.ref < b.ref ? -1 : 1))
      extracted.set(run, events)
    }
    const events = extracted.get(run)
    // a load attempt that failed had written part of its batch before it crashed
    const rows = tr.state === 'success' ? events : tr.state === 'failed' && chance(0.9) ? events.slice(0, Math.floor(events.length * (0.3 + 0.4 * random()))) : null
    if (rows === null || rows.length === 0) continue
    batches.push({ tr, loaded: tr.finished - randInt(1, 5), declared: events.length, rows })
  }
  batches.sort((a, b) => a.loaded - b.loaded)
  let id = 500000
  batches.forEach((b, i) => {
    b.batch_id = i + 1
    for (const e of b.rows) e.ids = [...(e.ids ?? []), ++id]
  })
}

// ---------------------------------------------------------------- ids and output
dagRuns.sort((a, b) => a.queued - b.queued || a.dag.dag_id - b.dag.dag_id)
dagRuns.forEach((r, i) => (r.dag_run_id = i + 1))
const trRows = dagRuns.flatMap((r) => r.taskRuns)
trRows.sort((a, b) => (a.started ?? a.run.queued) - (b.started ?? b.run.queued) || a.run.dag_run_id - b.run.dag_run_id || a.task.task_id - b.task.task_id || a.attempt - b.attempt)
trRows.forEach((tr, i) => (tr.task_run_id = i + 1))

const writeCsv = csvWriter(import.meta.url)
const pgArray = (xs) => `{${xs.join(',')}}`
writeCsv('dags', ['dag_id', 'dag_name', 'owner_team', 'schedule', 'timezone', 'tags', 'is_paused', 'created_at'],
  DAGS.map((d) => [d.dag_id, d.name, d.team, d.schedule, d.tz, pgArray(d.tags), Boolean(d.pausedAt), fmtTs(d.createdAt)]))
writeCsv('tasks', ['task_id', 'dag_id', 'task_name', 'operator', 'max_retries', 'retry_delay_seconds', 'timeout_seconds'],
  tasks.map((t) => [t.task_id, t.dag.dag_id, t.name, t.operator, t.maxRetries, t.retryDelay, t.timeout]))
writeCsv('task_dependencies', ['upstream_task_id', 'downstream_task_id'], edges.map(([u, d]) => [u.task_id, d.task_id]))
writeCsv('dag_slas', ['sla_id', 'dag_id', 'max_minutes_after_interval_end', 'effective_from', 'effective_to'],
  SLAS.map(([dag, minutes, from, to], i) => [i + 1, dagByName.get(dag).dag_id, minutes, from, to]))
writeCsv('dag_runs', ['dag_run_id', 'dag_id', 'run_type', 'logical_date', 'data_interval_end', 'queued_at', 'started_at', 'finished_at', 'state'],
  dagRuns.map((r) => [r.dag_run_id, r.dag.dag_id, r.type, fmtTs(r.logical), fmtTs(r.end), fmtTs(r.queued), r.started === null ? null : fmtTs(r.started),
    r.finished === null ? null : fmtTs(r.finished), r.state]))
writeCsv('task_runs', ['task_run_id', 'dag_run_id', 'task_id', 'attempt', 'state', 'started_at', 'finished_at', 'worker'],
  trRows.map((tr) => [tr.task_run_id, tr.run.dag_run_id, tr.task.task_id, tr.attempt, tr.state, tr.started === null ? null : fmtTs(tr.started),
    tr.finished === null ? null : fmtTs(tr.finished), tr.worker]))
writeCsv('load_batches', ['batch_id', 'task_run_id', 'source', 'loaded_at', 'declared_rows'],
  batches.map((b) => [b.batch_id, b.tr.task_run_id, 'orders_api', fmtTs(b.loaded), b.declared]))
const eventRows = []
{
  const perEvent = new Map()
  for (const b of batches) for (const e of b.rows) {
    const k = perEvent.get(e) ?? 0
    perEvent.set(e, k + 1)
    eventRows.push([e.ids[k], b.batch_id, e.ref, e.type, fmtTs(e.time), e.amount])
  }
}
writeCsv('order_events', ['event_id', 'batch_id', 'order_ref', 'event_type', 'event_time', 'amount'], eventRows)

if (process.argv.includes('--stats')) {
  console.log({ dags: DAGS.length, tasks: tasks.length, edges: edges.length, dagRuns: dagRuns.length, taskRuns: trRows.length, batches: batches.length,
    events: eventRows.length, orders: orders.length,
    states: Object.fromEntries(['success', 'failed', 'running', 'queued'].map((s) => [s, dagRuns.filter((r) => r.state === s).length])) })
}
