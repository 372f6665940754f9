// Deterministic generator for the `warehouse` dataset (the data warehouse of Hollins & Vale, an invented
// home-and-garden retailer, just before the nightly load of 2025-06-03: source batches, feeds and snapshots next to
// the tables the loads maintain).
// Usage: node datasets/warehouse/generate.mjs [--stats]   (from anywhere; writes data/*.csv next to this file)
// No dependencies, no clock, no network: everything comes from the seeded sampler of ../generator-support.mjs.
import { createSampler, csvWriter } from '../generator-support.mjs'

const { random, randInt, chance, pick, shuffle, lognormal, reseed } = createSampler(20250603)

// ---------------------------------------------------------------- time (integer seconds since 1970, UTC)
const DAY = 86400
const HOUR = 3600
const sec = (iso) => Date.parse(iso.replace(' ', 'T') + (iso.length === 10 ? 'T00:00:00Z' : 'Z')) / 1000
const fmtTs = (s) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ')
const fmtDate = (s) => new Date(s * 1000).toISOString().slice(0, 10)
const money = (x) => (Math.round(x * 100) / 100).toFixed(2)

const writeCsv = csvWriter(import.meta.url)
const stats = {}
const write = (table, columns, rows) => (stats[table] = writeCsv(table, columns, rows))

// ---------------------------------------------------------------- people
const FIRST = ['Amelia', 'Oliver', 'Isla', 'Harry', 'Ava', 'Jack', 'Mia', 'George', 'Ivy', 'Noah', 'Freya', 'Leo', 'Poppy', 'Arthur',
  'Florence', 'Oscar', 'Willow', 'Theo', 'Rosie', 'Alfie', 'Elsie', 'Finley', 'Maya', 'Rohan', 'Priya', 'Tomasz', 'Zofia', 'Kwame',
  'Aisha', 'Sean', 'Niamh', 'Callum', 'Eilidh', 'Dylan', 'Seren', 'Yusuf', 'Hana', 'Mateo', 'Lucia', 'Ewan']
const LAST = ['Ashworth', 'Bramley', 'Carrow', 'Dunmore', 'Ellery', 'Fairbairn', 'Gillard', 'Hartigan', 'Ibbotson', 'Jessop', 'Kettle',
  'Lockwood', 'Marsden', 'Nuttall', 'Ormerod', 'Pickles', 'Quayle', 'Ridley', 'Sutcliffe', 'Thwaite', 'Umpleby', 'Varley', 'Whitham',
  'Yeadon', 'Okafor', 'Nowak', 'Patel', 'Kaur', 'Brennan', 'Lloyd', 'MacLeod', 'Haddad', 'Santos', 'Chen', 'Mensah']
const DOMAINS = ['mailbox.co.uk', 'postal.net', 'inbox.org.uk', 'fastmail.example', 'hvmail.uk', 'pigeon.email']
const CITIES = ['Leeds', 'York', 'Bristol', 'Norwich', 'Exeter', 'Derby', 'Harrogate', 'Bath', 'Lincoln', 'Durham', 'Chester', 'Truro']
const person = () => {
  const f = pick(FIRST)
  const l = pick(LAST)
  return { first: f, last: l }
}
const emailOf = (p, n) => `${p.first.toLowerCase()}.${p.last.toLowerCase()}${n}@${pick(DOMAINS)}`

// ---------------------------------------------------------------- stores
const STORES = [
  [1, 'Hollins & Vale Leeds', 'Leeds', '2016-03-12'],
  [2, 'Hollins & Vale York', 'York', '2017-09-02'],
  [3, 'Hollins & Vale Bristol', 'Bristol', '2019-04-06'],
  [4, 'Hollins & Vale Norwich', 'Norwich', '2021-10-16'],
  [5, 'Hollins & Vale Exeter', 'Exeter', '2023-05-20'],
  [6, 'Hollins & Vale Derby', 'Derby', '2025-05-10'],
]
write('stores', ['store_id', 'store_name', 'city', 'opened_on'], STORES)

// ---------------------------------------------------------------- products, the PIM batch, retired ids
reseed(101)
const CATALOG = {
  garden: [['Galvanised', 'Enamel', 'Oak', 'Terracotta', 'Willow'], ['Watering Can', 'Planter', 'Trug', 'Bird Feeder', 'Hose Reel', 'Seed Tray']],
  kitchen: [['Stoneware', 'Enamel', 'Beech', 'Cast Iron', 'Copper'], ['Casserole', 'Mixing Bowl', 'Utensil Pot', 'Butter Dish', 'Colander', 'Serving Board']],
  lighting: [['Brass', 'Rattan', 'Opal Glass', 'Matte Black', 'Ceramic'], ['Table Lamp', 'Pendant Shade', 'Wall Light', 'Floor Lamp', 'Lantern']],
  textiles: [['Wool', 'Cotton', 'Linen', 'Velvet', 'Herringbone'], ['Throw', 'Cushion Cover', 'Rug', 'Runner', 'Curtain Pair']],
  tools: [['Ash-handled', 'Stainless', 'Forged', 'Compact', 'Heritage'], ['Trowel', 'Secateurs', 'Hand Fork', 'Loppers', 'Dibber', 'Edging Shears']],
  outdoor: [['Teak', 'Acacia', 'Powder-coated', 'Rope-weave', 'Slatted'], ['Bench', 'Bistro Set', 'Lounger', 'Parasol', 'Side Table']],
}
const SIZES = ['', '', ' Small', ' Large']
const CATS = Object.keys(CATALOG)
const MEDIAN = { garden: 18, kitchen: 24, lighting: 55, textiles: 32, tools: 16, outdoor: 160 }
const products = []
const retired = new Set()
for (let id = 1001; id <= 1260; id++) {
  const category = pick(CATS)
  const [mats, items] = CATALOG[category]
  const p = {
    product_id: id,
    sku: `HV-${String(20000 + (id - 1000) * 37).padStart(5, '0')}`,
    product_name: `${pick(mats)} ${pick(items)}${pick(SIZES)}`,
    category,
    unit_price: money(lognormal(MEDIAN[category], 0.45)),
    is_active: !chance(0.06),
    updated_at: sec('2024-01-08') + randInt(0, sec('2025-06-01') - sec('2024-01-08')),
  }
  if (chance(0.02)) p.category = null // not yet categorised by merchandising
  products.push(p)
}
// 22 ids were retired (merged into another product): they are no longer in products
const RETIRED = shuffle(products.filter((p) => p.product_id < 1230).map((p) => p.product_id)).slice(0, 22).sort((a, b) => a - b)
for (const id of RETIRED) retired.add(id)
const live = products.filter((p) => !retired.has(p.product_id))
const idMap = RETIRED.map((old, i) => {
  const candidates = live.filter((p) => p.product_id > old && p.product_id - old < 60)
  return { old, next: (candidates.length ? pick(candidates) : pick(live)).product_id, on: fmtDate(sec('2024-02-01') + randInt(0, 480) * DAY) }
})
// one chain: a replacement that was itself retired later
{
  const [a, b] = idMap
  a.next = b.old
  if (a.on >= b.on) [a.on, b.on] = [b.on, a.on]
}
write('product_id_map', ['old_product_id', 'new_product_id', 'mapped_on'], idMap.map((m) => [m.old, m.next, m.on]))
write('products', ['product_id', 'sku', 'product_name', 'category', 'unit_price', 'is_active', 'updated_at'],
  live.map((p) => [p.product_id, p.sku, p.product_name, p.category, p.unit_price, p.is_active, fmtTs(p.updated_at)]))

const BATCH_AT = '2025-06-02 23:40:00'
const batch = []
{
  const pool = shuffle([...live])
  let k = 0
  const take = () => ({ ...pool[k++] })
  for (let i = 0; i < 14; i++) batch.push(take()) // identical to the master
  for (let i = 0; i < 20; i++) { const p = take(); p.unit_price = money(Number(p.unit_price) * pick([0.85, 0.9, 1.05, 1.1, 1.15])); batch.push(p) }
  for (let i = 0; i < 5; i++) { const p = take(); p.product_name += ' (FSC)'; batch.push(p) }
  for (const p of pool.filter((x) => x.category === null)) { if (!batch.some((b) => b.product_id === p.product_id)) batch.push({ ...p, category: pick(CATS) }) }
  for (let i = 0; i < 3; i++) { const p = take(); if (batch.some((b) => b.product_id === p.product_id)) continue; p.category = pick(CATS.filter((c) => c !== p.category)); batch.push(p) }
  for (let i = 0; i < 4; i++) { const p = take(); if (batch.some((b) => b.product_id === p.product_id)) continue; p.is_active = !p.is_active; batch.push(p) }
  for (let id = 1261; id <= 1275; id++) {
    const category = chance(0.1) ? null : pick(CATS)
    const [mats, items] = CATALOG[category ?? 'garden']
    batch.push({ product_id: id, sku: `HV-${String(20000 + (id - 1000) * 37).padStart(5, '0')}`, product_name: `${pick(mats)} ${pick(items)}${pick(SIZES)}`,
      category, unit_price: money(lognormal(MEDIAN[category ?? 'garden'], 0.45)), is_active: true })
  }
}
batch.sort((a, b) => a.product_id - b.product_id)
write('product_batch', ['product_id', 'sku', 'product_name', 'category', 'unit_price', 'is_active', 'extracted_at'],
  batch.map((p) => [p.product_id, p.sku, p.product_name, p.category, p.unit_price, p.is_active, BATCH_AT]))

// ---------------------------------------------------------------- customers: the type-2 dimension and today's snapshot
reseed(202)
const SNAPSHOT = '2025-06-02'
const TIERS = [null, 'bronze', 'silver', 'gold']
const dim = []
const currentOf = new Map()
for (let id = 1; id <= 420; id++) {
  const p = person()
  let row = { customer_id: id, email: emailOf(p, id), city: pick(CITIES), loyalty_tier: pick([null, null, 'bronze', 'bronze', 'silver', 'gold']),
    valid_from: sec('2023-01-09') + randInt(0, 840) * DAY }
  const versions = chance(0.28) ? randInt(2, 3) : 1
  for (let v = 1; v < versions; v++) {
    const next = row.valid_from + randInt(20, 200) * DAY
    if (next >= sec('2025-06-01')) break
    dim.push({ ...row, valid_to: next, is_current: false })
    row = { ...row, valid_from: next }
    const what = pick(['city', 'email', 'tier', 'tier'])
    if (what === 'city') row.city = pick(CITIES.filter((c) => c !== row.city))
    else if (what === 'email') row.email = emailOf(p, id + 1000)
    else row.loyalty_tier = pick(TIERS.filter((t) => t !== row.loyalty_tier))
  }
  dim.push({ ...row, valid_to: null, is_current: true })
  currentOf.set(id, row)
}
write('dim_customer', ['customer_id', 'email', 'city', 'loyalty_tier', 'valid_from', 'valid_to', 'is_current'],
  dim.map((r) => [r.customer_id, r.email, r.city, r.loyalty_tier, fmtDate(r.valid_from), r.valid_to === null ? null : fmtDate(r.valid_to), r.is_current]))
const snapshot = []
{
  const ids = shuffle([...currentOf.keys()])
  const missing = new Set(ids.slice(0, 9)) // closed in the CRM: absent from the extract
  const changed = new Map(ids.slice(9, 45).map((id, i) => [id, ['city', 'email', 'tier', 'tier', 'city+tier'][i % 5]]))
  for (const [id, row] of currentOf) {
    if (missing.has(id)) continue
    const r = { ...row }
    const what = changed.get(id)
    if (what?.includes('city')) r.city = pick(CITIES.filter((c) => c !== r.city))
    if (what === 'email') r.email = r.email.replace(/@.*/, '@' + pick(DOMAINS.filter((d) => !r.email.endsWith(d))))
    if (what?.includes('tier')) r.loyalty_tier = pick(TIERS.filter((t) => t !== r.loyalty_tier))
    snapshot.push(r)
  }
  for (let id = 421; id <= 436; id++) snapshot.push({ customer_id: id, email: emailOf(person(), id), city: pick(CITIES), loyalty_tier: chance(0.7) ? null : 'bronze' })
}
write('customer_snapshot', ['customer_id', 'email', 'city', 'loyalty_tier', 'snapshot_date'],
  snapshot.map((r) => [r.customer_id, r.email, r.city, r.loyalty_tier, SNAPSHOT]))

// ---------------------------------------------------------------- orders: the change feed and the clean table
reseed(303)
const FLOW = ['created', 'paid', 'shipped', 'delivered']
const orderHist = []
for (let id = 70001; id <= 70480; id++) {
  const start = id <= 70360 ? sec('2025-05-18') + randInt(0, 14 * DAY) : sec('2025-06-01') + randInt(0, 2 * DAY - 6 * HOUR)
  const total = money(lognormal(70, 0.7))
  const customer = randInt(1, 436)
  const versions = []
  let t = start
  const cancel = chance(0.06)
  const steps = cancel ? ['created', 'cancelled'] : FLOW.slice(0, randInt(1, 4))
  if (!cancel && steps.length === 4 && chance(0.08)) steps.push('returned')
  steps.forEach((status, i) => {
    if (i > 0) t += status === 'paid' ? randInt(60, 3 * HOUR) : randInt(8 * HOUR, 60 * HOUR)
    versions.push({ order_id: id, version: i + 1, customer_id: customer, status, order_total: status === 'returned' ? '0.00' : total, updated_at: t })
  })
  orderHist.push(versions)
}
const FEED_FROM = sec('2025-06-01 00:00:00')
const FEED_TO = sec('2025-06-02 23:30:00')
const orderRows = [] // clean table as of the previous load (2025-05-31 23:30)
const raw = []
for (const versions of orderHist) {
  const loaded = versions.filter((v) => v.updated_at < FEED_FROM)
  if (loaded.length) orderRows.push(loaded.at(-1))
  const inFeed = versions.filter((v) => v.updated_at >= FEED_FROM && v.updated_at <= FEED_TO)
  for (const v of inFeed) {
    const at = v.updated_at + randInt(5, 300)
    raw.push({ ...v, ingested_at: Math.min(at, FEED_TO + 600) })
    if (chance(0.09)) raw.push({ ...v, ingested_at: Math.min(at + randInt(60, 4 * HOUR), FEED_TO + 900) }) // delivered twice
  }
  // the service replayed a day of old versions on 2025-06-02 after a consumer bug: older versions arrive last
  if (loaded.length && chance(0.12)) {
    const old = pick(loaded)
    raw.push({ ...old, ingested_at: sec('2025-06-02 14:05:00') + randInt(0, 1200) })
  }
}
raw.sort((a, b) => a.ingested_at - b.ingested_at || a.order_id - b.order_id || a.version - b.version)
write('raw_orders', ['ingest_id', 'order_id', 'version', 'customer_id', 'status', 'order_total', 'updated_at', 'ingested_at'],
  raw.map((r, i) => [880001 + i, r.order_id, r.version, r.customer_id, r.status, r.order_total, fmtTs(r.updated_at), fmtTs(r.ingested_at)]))
write('orders', ['order_id', 'customer_id', 'status', 'order_total', 'version', 'updated_at'],
  orderRows.map((r) => [r.order_id, r.customer_id, r.status, r.order_total, r.version, fmtTs(r.updated_at)]))

// order lines, some pointing at retired product ids (mapped) or at ids nobody knows
reseed(404)
const lines = []
const retiredIds = [...retired]
for (const versions of orderHist) {
  const n = randInt(1, 4)
  for (let i = 1; i <= n; i++) {
    let pid = pick(live).product_id
    if (chance(0.03)) pid = pick(retiredIds)
    else if (chance(0.007)) pid = pick([999, 1299, 1312, 1450, 1876])
    const price = (products.find((p) => p.product_id === pid)?.unit_price) ?? money(lognormal(25, 0.4))
    lines.push([versions[0].order_id, i, pid, pick([1, 1, 1, 2, 2, 3, 4]), price])
  }
}
write('order_lines', ['order_id', 'line_no', 'product_id', 'quantity', 'unit_price'], lines)
write('order_lines_quarantine', ['order_id', 'line_no', 'product_id', 'quantity', 'unit_price', 'reason'], [])

// ---------------------------------------------------------------- sales facts, the daily aggregate, the late sales
reseed(505)
const facts = []
const late = []
{
  let saleId = 3100000
  const sellable = live.filter((p) => p.is_active && p.unit_price !== null)
  for (let d = sec('2025-05-01'); d <= sec('2025-06-01'); d += DAY) {
    const weekend = [0, 6].includes(new Date(d * 1000).getUTCDay())
    for (const [store, , , opened] of STORES) {
      if (d < sec(opened)) continue
      const n = Math.max(1, Math.round(lognormal(weekend ? 11 : 7, 0.3)))
      for (let i = 0; i < n; i++) {
        const p = pick(sellable)
        const units = pick([1, 1, 1, 1, 2, 2, 3])
        const s = { sale_id: ++saleId, sale_date: d, store_id: store, product_id: p.product_id, units, amount: money(units * Number(p.unit_price)) }
        // Norwich's tills were offline on 27 May: none of its sales arrived until the late batch
        const outage = store === 4 && fmtDate(d) === '2025-05-27'
        const isLate = outage || (d >= sec('2025-05-24') && chance(0.03))
        if (isLate) late.push({ ...s, loaded_at: sec('2025-06-02 22:15:00') })
        else facts.push({ ...s, loaded_at: d + DAY + 2 * HOUR + 10 * 60 })
      }
    }
  }
  // the till server sent a few sales again that had arrived on time
  for (const s of shuffle(facts.filter((f) => f.sale_date >= sec('2025-05-28'))).slice(0, 5)) late.push({ ...s, loaded_at: sec('2025-06-02 22:15:00') })
}
facts.sort((a, b) => a.sale_id - b.sale_id)
late.sort((a, b) => a.sale_id - b.sale_id)
const saleCols = ['sale_id', 'sale_date', 'store_id', 'product_id', 'units', 'amount', 'loaded_at']
const saleRow = (s) => [s.sale_id, fmtDate(s.sale_date), s.store_id, s.product_id, s.units, s.amount, fmtTs(s.loaded_at)]
write('sales_facts', saleCols, facts.map(saleRow))
write('late_sales', saleCols, late.map(saleRow))
{
  const agg = new Map()
  for (const s of facts) {
    const k = `${fmtDate(s.sale_date)}|${s.store_id}`
    const a = agg.get(k) ?? { units: 0, cents: 0, count: 0 }
    a.units += s.units
    a.cents += Math.round(Number(s.amount) * 100)
    a.count++
    agg.set(k, a)
  }
  write('daily_sales', ['sale_date', 'store_id', 'units', 'revenue', 'sale_count'],
    [...agg].map(([k, a]) => [...k.split('|'), a.units, (a.cents / 100).toFixed(2), a.count]))
}

// ---------------------------------------------------------------- clickstream, its fact table and the watermarks
reseed(606)
const WATERMARK = sec('2025-06-02 18:00:00')
const events = []
{
  const TYPES = [['page_view', 60], ['product_view', 25], ['add_to_cart', 8], ['checkout', 4], ['purchase', 3]]
  let sessionNo = 0
  for (let t = sec('2025-06-01 06:00:00'); t < sec('2025-06-02 23:20:00'); t += randInt(300, 1500)) {
    const session = `s${(++sessionNo * 7919 % 1000003).toString(36).padStart(6, '0')}`
    const user = chance(0.35) ? null : randInt(1, 436)
    const mobileLag = chance(0.07) ? randInt(2 * HOUR, 14 * HOUR) : 0 // app events held on the phone while offline
    let ts = t
    for (let i = 0, n = randInt(2, 9); i < n; i++) {
      ts += randInt(5, 240)
      const type = i === 0 ? 'page_view' : TYPES[Math.min(4, Math.floor(random() ** 1.8 * 5))][0]
      const arrived = ts + randInt(20, 400) + mobileLag
      const ingested = Math.ceil(arrived / 900) * 900 // micro-batches every 15 minutes
      if (ingested > sec('2025-06-03 00:00:00')) continue
      events.push({ session, user, type, ts, ingested })
    }
  }
}
events.sort((a, b) => a.ingested - b.ingested || a.ts - b.ts || (a.session < b.session ? -1 : 1))
events.forEach((e, i) => (e.event_id = 41000001 + i))
const evCols = ['event_id', 'session_id', 'user_id', 'event_type', 'event_ts', 'ingested_at']
const evRow = (e) => [e.event_id, e.session, e.user, e.type, fmtTs(e.ts), fmtTs(e.ingested)]
write('web_events', evCols, events.map(evRow))
write('fct_web_events', evCols, events.filter((e) => e.ingested <= WATERMARK).map(evRow))
write('load_watermarks', ['pipeline', 'source_table', 'high_watermark'], [
  ['web_events_to_fct', 'web_events', fmtTs(WATERMARK)],
  ['orders_cdc', 'raw_orders', '2025-05-31 23:30:00'],
  ['sales_daily', 'sales_facts', '2025-06-02 02:10:00'],
  ['inventory_changes', 'inventory_snapshots', '2025-06-01 00:00:00'],
])

// ---------------------------------------------------------------- accounts and the deletion feed
reseed(707)
const accounts = []
for (let id = 20001; id <= 20600; id++) {
  const created = sec('2023-03-01') + randInt(0, 800 * DAY)
  const deleted = chance(0.07) ? created + randInt(30 * DAY, sec('2025-05-31') - created) : null
  accounts.push({ id, email: emailOf(person(), id - 20000), plan: pick(['free', 'free', 'free', 'plus', 'plus', 'pro']), created, deleted: deleted !== null && deleted < sec('2025-05-31') ? deleted : null })
}
write('accounts', ['account_id', 'email', 'plan', 'created_at', 'deleted_at'],
  accounts.map((a) => [a.id, a.email, a.plan, fmtTs(a.created), a.deleted === null ? null : fmtTs(a.deleted)]))
{
  const reqs = []
  const at = () => sec('2025-06-01') + randInt(0, 2 * DAY - 1)
  const active = shuffle(accounts.filter((a) => a.deleted === null))
  const gone = shuffle(accounts.filter((a) => a.deleted !== null))
  for (const a of active.slice(0, 38)) reqs.push([a.id, 'delete', at(), pick(['app', 'app', 'support', 'gdpr'])])
  for (const a of active.slice(0, 6)) reqs.push([a.id, 'delete', at(), 'app']) // asked twice
  for (const a of gone.slice(0, 5)) reqs.push([a.id, 'delete', at(), pick(['app', 'gdpr'])]) // already deleted
  for (const a of gone.slice(5, 9)) reqs.push([a.id, 'restore', at(), 'support']) // win-back: restored by support
  for (const a of active.slice(6, 9)) reqs.push([a.id, 'restore', at(), 'support']) // deleted and restored the same day
  for (const id of [19987, 20644, 20731]) reqs.push([id, 'delete', at(), 'app']) // unknown accounts
  reqs.sort((a, b) => a[2] - b[2] || a[0] - b[0])
  write('account_deletions', ['request_id', 'account_id', 'action', 'requested_at', 'source'], reqs.map((r, i) => [6001 + i, r[0], r[1], fmtTs(r[2]), r[3]]))
}

// ---------------------------------------------------------------- inventory snapshots and the change log
reseed(808)
{
  const rows = []
  const tracked = shuffle(live.filter((p) => p.is_active)).slice(0, 46).sort((a, b) => a.product_id - b.product_id)
  const days = []
  for (let d = sec('2025-05-13'); d <= sec('2025-06-02'); d += DAY) if (fmtDate(d) !== '2025-05-25') days.push(d) // the 25 May snapshot job failed
  tracked.forEach((p, i) => {
    let qty = randInt(0, 60)
    const from = i % 15 === 3 ? randInt(3, 12) : 0 // a few products are listed mid-way
    const to = i % 17 === 5 ? randInt(8, 16) : days.length // a few are delisted
    const gap = i === 9 ? [6, 8] : null // one drops out for two snapshots and comes back
    days.forEach((d, k) => {
      if (k < from || k >= to || (gap && k >= gap[0] && k < gap[1])) return
      if (k > from && chance(0.35)) qty = Math.max(0, qty + pick([-12, -5, -3, -2, -1, -1, 4, 10, 24]))
      rows.push([fmtDate(d), p.product_id, qty])
    })
  })
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
  write('inventory_snapshots', ['snapshot_date', 'product_id', 'on_hand'], rows)
  write('inventory_changes', ['product_id', 'change_date', 'change_type', 'old_on_hand', 'new_on_hand'], [])
}

// ---------------------------------------------------------------- site metrics with missing days
reseed(909)
{
  const rows = []
  for (let d = sec('2025-04-01'); d <= sec('2025-05-31'); d += DAY) {
    if (['2025-04-18', '2025-04-19', '2025-05-06'].includes(fmtDate(d))) continue // the analytics job did not run
    const weekend = [0, 6].includes(new Date(d * 1000).getUTCDay())
    const sessions = Math.round(lognormal(weekend ? 5200 : 3900, 0.12))
    const m = { sessions, orders: Math.round(sessions * (0.021 + 0.006 * random())), signups: Math.round(sessions * 0.004 * (0.6 + random())) }
    for (const [metric, value] of Object.entries(m)) if (!chance(0.05)) rows.push([fmtDate(d), metric, value.toFixed(2)])
  }
  write('site_metrics', ['metric_date', 'metric', 'value'], rows)
  write('site_metrics_daily', ['metric_date', 'metric', 'value', 'is_filled'], [])
}

// ---------------------------------------------------------------- bronze sign-ups
reseed(1010)
{
  const rows = []
  const COUNTRIES = ['GB', 'GB', 'GB', 'GB', 'IE', 'FR', 'NL', 'DE']
  for (let i = 1; i <= 320; i++) {
    const p = person()
    const file = `signups_${pick(['web', 'web', 'store', 'event'])}_2025060${randInt(1, 2)}.csv`
    let email = `${p.first.toLowerCase()}.${p.last.toLowerCase()}${randInt(1, 99)}@${pick(DOMAINS)}`
    let name = `${p.first} ${p.last}`
    let country = pick(COUNTRIES)
    const d = sec('2025-05-20') + randInt(0, 13) * DAY
    let date = fmtDate(d)
    let plan = pick(['free', 'free', 'plus', 'pro'])
    // the mess of hand-typed and exported forms
    if (chance(0.25)) email = pick([` ${email}`, `${email} `, email.toUpperCase(), email.replace(/^./, (c) => c.toUpperCase())])
    if (chance(0.04)) email = pick([email.replace('@', ' at '), email.replace(/@.*/, ''), email.replace('@', '@@'), '', 'n/a'])
    if (chance(0.01)) email = null
    if (chance(0.2)) name = pick([`  ${name}`, `${name}  `, name.toUpperCase(), name.toLowerCase(), `${p.first}  ${p.last}`])
    if (chance(0.03)) name = pick(['', null])
    if (chance(0.2)) country = pick([country.toLowerCase(), ` ${country}`, `${country} `])
    if (chance(0.04)) country = pick(['UK', 'England', 'XX', '', null])
    if (chance(0.06)) date = pick([`${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`, '2025-02-30', '2025-13-01', 'yesterday', '', `${date} `, `${date}T09:14:00`])
    if (chance(0.15)) plan = pick([plan.toUpperCase(), ` ${plan}`, plan[0].toUpperCase() + plan.slice(1)])
    if (chance(0.02)) plan = pick(['premium', '', null])
    rows.push([i, file, email, name, country, date, plan])
  }
  // the same form exported twice
  for (const k of [17, 88, 203]) rows.push([320 + rows.length - 319, ...rows[k].slice(1)])
  write('bronze_signups', ['row_id', 'source_file', 'raw_email', 'raw_name', 'raw_country', 'raw_signup_date', 'raw_plan'], rows)
  write('silver_signups', ['row_id', 'email', 'full_name', 'country', 'signup_date', 'plan'], [])
  write('rejected_signups', ['row_id', 'reason'], [])
}

// ---------------------------------------------------------------- key-value user attributes
reseed(1111)
{
  const rows = []
  const LANGS = { GB: 'en-GB', IE: 'en-IE', FR: 'fr-FR', NL: 'nl-NL', DE: 'de-DE' }
  for (let user = 1; user <= 260; user++) {
    const country = pick(['GB', 'GB', 'GB', 'GB', 'IE', 'FR', 'NL', 'DE'])
    let t = sec('2024-09-01') + randInt(0, 200) * DAY + randInt(0, DAY - 1)
    const attrs = [['country', country], ['language', LANGS[country]], ['marketing_opt_in', pick(['true', 'false', 'false'])],
      ['birth_year', String(randInt(1948, 2006))], ['preferred_store', String(randInt(1, 6))]].filter(([k]) => k === 'country' || !chance(0.2))
    for (const [k, v] of attrs) {
      rows.push([user, k, v, fmtTs(t)])
      t += randInt(1, 600)
    }
    // later changes: a newer row for the same key; the older row stays
    if (chance(0.25)) {
      const [k] = pick(attrs)
      const v = k === 'marketing_opt_in' ? pick(['true', 'false']) : k === 'preferred_store' ? String(randInt(1, 6)) : k === 'birth_year' ? String(randInt(1948, 2006)) : k === 'language' ? 'en-GB' : 'GB'
      rows.push([user, k, v, fmtTs(t + randInt(10, 200) * DAY)])
    }
    if (chance(0.04)) rows.push([user, 'marketing_opt_in', null, fmtTs(t + randInt(201, 260) * DAY)]) // withdrawn: the value is cleared
  }
  write('user_attributes', ['user_id', 'attr_key', 'attr_value', 'updated_at'], rows)
  write('user_profiles', ['user_id', 'country', 'language', 'marketing_opt_in', 'birth_year', 'preferred_store'], [])
}

if (process.argv.includes('--stats')) console.log(stats)
