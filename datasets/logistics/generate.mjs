// Deterministic generator for the `logistics` dataset (ParcelKite, an invented parcel carrier: customers, depots,
// shipments, the scan log of the last four months, and damage/loss claims). Sized for performance drills: the two big
// tables hold tens of thousands of rows, stored in time order.
// Usage: node datasets/logistics/generate.mjs [--stats]   (from anywhere; writes data/*.csv next to this file)
// No dependencies, no clock, no network: everything comes from the seeded sampler of ../generator-support.mjs.
import { createSampler, csvWriter } from '../generator-support.mjs'

const { random, randInt, chance, pick, pickWeighted, pickWeightedPair, lognormal } = createSampler(20250701)

// ---------------------------------------------------------------- time (integer seconds since 1970, UTC)
const DAY = 86400
const HOUR = 3600
const sec = (iso) => Date.parse(iso.replace(' ', 'T') + (iso.length === 10 ? 'T00:00:00Z' : 'Z')) / 1000
const fmtTs = (s) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ')
const fmtDate = (s) => new Date(s * 1000).toISOString().slice(0, 10)
const FIRST_DAY = sec('2024-01-01') // shipments are created from here ...
const EXTRACT = sec('2025-07-01 00:00:00') // ... until the extract; nothing happens after it
const SCAN_LOG_FROM = sec('2025-03-16') // the scan log keeps scans from here on (older ones are archived)

// ---------------------------------------------------------------- depots
// [code, city, country, hub code]; the five hubs are depots themselves and route long-distance parcels
const DEPOTS = [
  ['NL-UTR', 'Utrecht', 'NL', 'NL-UTR'], ['NL-AMS', 'Amsterdam', 'NL', 'NL-UTR'], ['NL-RTM', 'Rotterdam', 'NL', 'NL-UTR'],
  ['NL-EIN', 'Eindhoven', 'NL', 'NL-UTR'], ['NL-GRQ', 'Groningen', 'NL', 'NL-UTR'], ['NL-ZWO', 'Zwolle', 'NL', 'NL-UTR'],
  ['NL-HAG', 'The Hague', 'NL', 'NL-UTR'], ['NL-NIJ', 'Nijmegen', 'NL', 'NL-UTR'], ['NL-MST', 'Maastricht', 'NL', 'BE-MEC'],
  ['BE-MEC', 'Mechelen', 'BE', 'BE-MEC'], ['BE-ANR', 'Antwerp', 'BE', 'BE-MEC'], ['BE-GNT', 'Ghent', 'BE', 'BE-MEC'],
  ['BE-BRU', 'Brussels', 'BE', 'BE-MEC'], ['BE-LGG', 'Liège', 'BE', 'BE-MEC'], ['BE-BRG', 'Bruges', 'BE', 'BE-MEC'],
  ['BE-CRL', 'Charleroi', 'BE', 'BE-MEC'], ['LU-LUX', 'Luxembourg', 'LU', 'BE-MEC'], ['DE-DUI', 'Duisburg', 'DE', 'DE-DUI'],
  ['DE-CGN', 'Cologne', 'DE', 'DE-DUI'], ['DE-DUS', 'Düsseldorf', 'DE', 'DE-DUI'], ['DE-DTM', 'Dortmund', 'DE', 'DE-DUI'],
  ['DE-ESS', 'Essen', 'DE', 'DE-DUI'], ['DE-MUN', 'Münster', 'DE', 'DE-DUI'], ['DE-BON', 'Bonn', 'DE', 'DE-DUI'],
  ['DE-AAH', 'Aachen', 'DE', 'DE-DUI'], ['DE-HAJ', 'Hanover', 'DE', 'DE-KSF'], ['DE-KSF', 'Kassel', 'DE', 'DE-KSF'],
  ['DE-FRA', 'Frankfurt', 'DE', 'DE-KSF'], ['DE-HAM', 'Hamburg', 'DE', 'DE-KSF'], ['DE-BRE', 'Bremen', 'DE', 'DE-KSF'],
  ['DE-OSN', 'Osnabrück', 'DE', 'DE-KSF'], ['DE-BIE', 'Bielefeld', 'DE', 'DE-KSF'], ['FR-LIL', 'Lille', 'FR', 'FR-LIL'],
  ['FR-AMI', 'Amiens', 'FR', 'FR-LIL'], ['FR-RHE', 'Reims', 'FR', 'FR-LIL'], ['FR-MET', 'Metz', 'FR', 'FR-LIL'],
  ['FR-VAL', 'Valenciennes', 'FR', 'FR-LIL'], ['FR-DKQ', 'Dunkirk', 'FR', 'FR-LIL'], ['FR-ARR', 'Arras', 'FR', 'FR-LIL'],
  ['FR-NCY', 'Nancy', 'FR', 'FR-LIL'],
]
const depots = DEPOTS.map(([code, city, country, hub], i) => ({ depot_id: i + 1, code, city, country, hubCode: hub, isHub: code === hub }))
const depotByCode = new Map(depots.map((d) => [d.code, d]))
for (const d of depots) {
  d.hub = depotByCode.get(d.hubCode)
  d.size = d.isHub ? 1.6 : lognormal(1, 0.5)
  // every depot opened before the data starts; the hubs first
  d.opened = sec(d.isHub ? '2016-03-01' : '2017-01-02') + randInt(0, d.isHub ? 400 : 2400) * DAY
}
const depotWeights = depots.map((d) => d.size)

// ---------------------------------------------------------------- customers
const FIRST = ['Anna', 'Bram', 'Chloé', 'Daan', 'Elif', 'Finn', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kaat', 'Lars', 'Mila', 'Noah', 'Olga', 'Pieter',
  'Quinten', 'Rosa', 'Sven', 'Tess', 'Umut', 'Vera', 'Wout', 'Xander', 'Yara', 'Zoë', 'Amir', 'Bo', 'Camille', 'Dirk', 'Emma', 'Fleur', 'Gijs',
  'Hanna', 'Ivo', 'Jana', 'Koen', 'Lotte', 'Maxime', 'Nina', 'Oskar', 'Paula', 'Ruben', 'Sara', 'Timo', 'Ute', 'Victor', 'Wiebke']
const LAST = ['de Vries', 'Janssens', 'Müller', 'Peeters', 'Bakker', 'Schmidt', 'Maes', 'Visser', 'Dubois', 'Smit', 'Wagner', 'Claes', 'Mulder',
  'Lambert', 'Hoffmann', 'Meijer', 'Jacobs', 'Koch', 'Bos', 'Leroy', 'Vos', 'Becker', 'Willems', 'Dekker', 'Martin', 'Schulz', 'Goossens',
  'van Dijk', 'Richter', 'Mertens', 'Brouwer', 'Lefebvre', 'Kaya', 'Yilmaz', 'Wouters', 'Hendriks', 'Zimmermann', 'Dupont', 'Verhoeven', 'Krüger']
const BIZ_A = ['North', 'Blue', 'Oak', 'Copper', 'Linden', 'Harbor', 'Meadow', 'Iron', 'Silver', 'Polder', 'Dune', 'Elder', 'Fjord', 'Amber',
  'Birch', 'Canal', 'Delta', 'Ember', 'Flint', 'Granite', 'Heron', 'Juniper', 'Kestrel', 'Lark', 'Maple', 'Nettle', 'Orchard', 'Pine', 'Quarry',
  'Reed', 'Saffron', 'Tulip', 'Umber', 'Vine', 'Willow']
const BIZ_B = ['Ceramics', 'Outdoor', 'Books', 'Coffee', 'Cycles', 'Textiles', 'Toys', 'Garden', 'Audio', 'Pet Supply', 'Tea', 'Print', 'Optics',
  'Kitchenware', 'Apparel', 'Tools', 'Pharmacy', 'Lighting', 'Cosmetics', 'Games', 'Crafts', 'Furniture', 'Electronics', 'Records', 'Spices']
const BIZ_C = ['', '', ' B.V.', ' GmbH', ' BV', ' SRL', ' & Co', ' Trading', ' Online', ' Store']

const N_CUSTOMERS = 3000
const customers = []
{
  const bizNames = new Set()
  for (let i = 1; i <= N_CUSTOMERS; i++) {
    const business = chance(0.16)
    let name
    if (business) {
      do name = `${pick(BIZ_A)} ${pick(BIZ_B)}${pick(BIZ_C)}`
      while (bizNames.has(name))
      bizNames.add(name)
    } else name = `${pick(FIRST)} ${pick(LAST)}`
    const home = pickWeighted(depots, depotWeights)
    // most accounts predate the data; the rest open during it
    const signed = (chance(0.62) ? sec('2019-02-01') + randInt(0, 1795) * DAY : FIRST_DAY + randInt(0, 540) * DAY) + randInt(7 * HOUR, 22 * HOUR)
    const weight = business ? lognormal(22, 1.3) : lognormal(0.5, 0.9)
    customers.push({ customer_id: i, name, segment: business ? 'business' : 'consumer', home, signed, weight })
  }
  // one mega-shipper: the webshop that drives a large share of the volume (used for "one big customer" plans)
  customers[41].weight = 1800
  customers[41].segment = 'business'
  customers[41].signed = sec('2020-05-11 09:26:40')
  customers[41].name = 'Tulip Electronics Online'
}
const customerWeights = customers.map((c) => c.weight)

// ---------------------------------------------------------------- shipments
const SERVICES = [['standard', 66], ['express', 22], ['economy', 8], ['same_day', 4]]
const TRANSIT_HOURS = { same_day: [4, 9], express: [16, 30], standard: [30, 70], economy: [60, 140] }
const PROMISE_DAYS = { same_day: 0, express: 2, standard: 4, economy: 7 }
const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

const shipments = []
{
  const codes = new Set()
  for (let d = FIRST_DAY / DAY; d < EXTRACT / DAY; d++) {
    const t = d - FIRST_DAY / DAY
    const weekday = (d + 4) % 7 // 0 = Sunday
    const growth = 34 + t * 0.045
    const seasonal = [11, 12].includes(new Date(d * DAY * 1000).getUTCMonth() + 1) ? 1.35 : 1
    const dow = weekday === 0 ? 0.25 : weekday === 6 ? 0.6 : 1.12
    const n = Math.round(growth * seasonal * dow * (0.85 + 0.3 * random()))
    const times = []
    for (let i = 0; i < n; i++) {
      const hour = pickWeightedPair([[6, 1], [7, 2], [8, 4], [9, 6], [10, 7], [11, 7], [12, 6], [13, 6], [14, 7], [15, 7], [16, 6], [17, 5], [18, 4], [19, 3], [20, 3], [21, 2], [22, 1]])
      times.push(d * DAY + hour * HOUR + randInt(0, 3599))
    }
    times.sort((a, b) => a - b)
    for (const created of times) {
      let customer
      do customer = pickWeighted(customers, customerWeights)
      while (customer.signed > created)
      let code
      do {
        code = ''
        for (let k = 0; k < 10; k++) code += CODE_CHARS[randInt(0, CODE_CHARS.length - 1)]
      } while (codes.has(code))
      codes.add(code)
      // labels printed through the web portal are upper case; the partner API stores them lower case; a few are typed by hand
      const style = random()
      const tracking = style < 0.78 ? `PK-${code}` : style < 0.95 ? `pk-${code.toLowerCase()}` : `Pk-${code.slice(0, 4)}${code.slice(4).toLowerCase()}`
      const service = pickWeightedPair(SERVICES)
      const origin = chance(0.85) ? customer.home : pickWeighted(depots, depotWeights)
      let dest = pickWeighted(depots, depotWeights)
      if (service === 'same_day') dest = chance(0.7) ? origin : pick(depots.filter((x) => x.hub === origin.hub))
      const heavy = chance(0.03)
      const weight = Math.min(heavy ? lognormal(28, 0.4) : lognormal(2.2, 0.8), 69.5)
      const value = Math.round(lognormal(45, 1) * 100) / 100
      shipments.push({ created, customer, tracking, service, origin, dest, weight: weight.toFixed(2), value: Math.min(value, 9999).toFixed(2) })
    }
  }
}

// outcomes and the life of each parcel (times may run past the extract: then the parcel is still on its way)
for (const s of shipments) {
  const r = random()
  s.fate = r < 0.008 ? 'cancelled' : r < 0.013 ? 'abandoned' : r < 0.039 ? 'returned' : r < 0.071 ? 'exception' : 'delivered'
  // pick-up: most parcels the same or next working day
  s.pickup = s.created + (chance(0.85) ? randInt(2, 30) * HOUR : randInt(30, 100) * HOUR) + randInt(0, 3599)
  if (s.service === 'same_day') s.pickup = s.created + randInt(1, 3) * HOUR + randInt(0, 3599)
  const [lo, hi] = TRANSIT_HOURS[s.service]
  let arrive = s.pickup + randInt(lo, hi) * HOUR + randInt(0, 3599)
  if (s.fate === 'exception') {
    // something went wrong on the way: a damaged label, a wrong sort, an address problem
    s.exceptionAt = s.pickup + Math.floor((arrive - s.pickup) * (0.3 + 0.5 * random()))
    const u = random()
    s.resolution = u < 0.3 ? null : u < 0.4 ? 'lost' : 'resolved'
    s.resolvedAt = s.exceptionAt + randInt(2, 20) * DAY + randInt(0, DAY)
    if (s.resolution === 'resolved') arrive = s.resolvedAt + randInt(6, 40) * HOUR
  }
  // deliveries happen 08:00-20:00 on the arrival day (or the next morning)
  const dayStart = Math.floor(arrive / DAY) * DAY
  let delivered = arrive
  const hourOf = (arrive - dayStart) / HOUR
  if (hourOf < 8) delivered = dayStart + 8 * HOUR + randInt(0, 5 * HOUR)
  else if (hourOf > 20) delivered = dayStart + DAY + 8 * HOUR + randInt(0, 5 * HOUR)
  s.delivered = delivered
  s.outForDelivery = Math.max(Math.floor(delivered / DAY) * DAY + 6 * HOUR + randInt(0, 2 * HOUR), s.pickup + 2 * HOUR)
  if (s.outForDelivery >= delivered) s.outForDelivery = delivered - randInt(20, 60) * 60
  if (s.fate === 'returned') s.returnedAt = delivered + randInt(2, 6) * DAY + randInt(0, DAY)

  // the status as of the extract
  if (s.fate === 'cancelled') s.status = 'cancelled'
  else if (s.fate === 'abandoned' || s.pickup >= EXTRACT) s.status = 'pending'
  else if (s.fate === 'exception' && s.exceptionAt < EXTRACT && (s.resolution === null || s.resolvedAt >= EXTRACT)) s.status = 'exception'
  else if (s.fate === 'exception' && s.resolution === 'lost') s.status = s.exceptionAt < EXTRACT ? 'lost' : 'in_transit'
  else if (s.delivered >= EXTRACT) s.status = s.outForDelivery < EXTRACT ? 'out_for_delivery' : 'in_transit'
  else if (s.fate === 'returned') s.status = 'returned'
  else s.status = 'delivered'
}
shipments.forEach((s, i) => (s.shipment_id = i + 1))

// ---------------------------------------------------------------- scan events (the scan log of the last months)
const scans = []
for (const s of shipments) {
  if (s.status === 'cancelled' || s.fate === 'abandoned') continue
  const evs = [[s.pickup, s.origin, 'picked_up']]
  const route = [s.origin]
  if (s.origin !== s.dest) {
    if (s.origin.hub !== s.origin) route.push(s.origin.hub)
    if (s.dest.hub !== route[route.length - 1]) route.push(s.dest.hub)
    if (s.dest !== route[route.length - 1]) route.push(s.dest)
  }
  const legEnd = s.fate === 'exception' && s.resolution !== 'resolved' ? s.exceptionAt : s.outForDelivery - randInt(1, 3) * HOUR
  const hops = route.length - 1
  let prev = s.pickup
  for (let h = 0; h < hops; h++) {
    const dep = prev + randInt(30, 240) * 60
    const arr = s.pickup + Math.floor(((legEnd - s.pickup) * (h + 1)) / (hops + 0.5))
    if (dep >= arr) break
    evs.push([dep, route[h], 'departed'], [arr, route[h + 1], 'arrived'])
    prev = arr
  }
  const where = evs[evs.length - 1][1]
  if (s.fate === 'exception') {
    evs.push([s.exceptionAt, where, 'exception'])
    if (s.resolution !== 'resolved') {
      if (s.resolution === 'lost') evs.push([s.resolvedAt, where, 'declared_lost'])
    } else {
      evs.push([s.outForDelivery, s.dest, 'out_for_delivery'], [s.delivered, s.dest, 'delivered'])
    }
  } else {
    evs.push([s.outForDelivery, s.dest, 'out_for_delivery'])
    if (s.fate === 'returned') evs.push([s.delivered, s.dest, 'delivery_failed'], [s.returnedAt, s.origin, 'returned_to_sender'])
    else evs.push([s.delivered, s.dest, 'delivered'])
  }
  evs.sort((a, b) => a[0] - b[0])
  evs.forEach((e, k) => {
    if (e[0] >= SCAN_LOG_FROM && e[0] < EXTRACT) scans.push({ at: e[0], shipment: s, depot: e[1], type: e[2], k })
  })
}
scans.sort((a, b) => a.at - b.at || a.shipment.shipment_id - b.shipment.shipment_id || a.k - b.k)
// the scan log's ids: the first scan kept has id 8,000,001 (older ones were archived)
scans.forEach((e, i) => (e.event_id = 8000001 + i))

// the last scan decides delivered_at for delivered parcels (it is the 'delivered' scan)
for (const s of shipments) s.deliveredAt = s.status === 'delivered' ? s.delivered : null

// ---------------------------------------------------------------- claims
const claims = []
{
  const eligible = shipments.filter((s) => s.status !== 'pending' && s.status !== 'cancelled' && s.created < EXTRACT - 5 * DAY)
  for (const s of eligible) {
    const p = s.status === 'lost' ? 0.7 : s.fate === 'exception' ? 0.25 : s.status === 'returned' ? 0.04 : 0.023
    if (!chance(p)) continue
    const reason = s.status === 'lost' ? 'lost' : s.fate === 'exception' ? pick(['damaged', 'damaged', 'late', 'lost']) : pick(['damaged', 'damaged', 'late', 'missing_item'])
    const base = s.status === 'delivered' ? s.delivered : s.status === 'exception' ? s.exceptionAt : s.pickup + 5 * DAY
    const filed = base + randInt(1, 25) * DAY + randInt(8 * HOUR, 18 * HOUR) - (base % DAY)
    if (filed >= EXTRACT) continue
    const amount = reason === 'late' ? Math.min(Number(s.value), 25).toFixed(2) : (Number(s.value) * (0.4 + 0.6 * random())).toFixed(2)
    // filed by phone without the tracking code: the claim names the customer only
    const noCode = chance(0.07)
    const age = EXTRACT - filed
    const status = age < 10 * DAY ? 'open' : age < 30 * DAY && chance(0.5) ? 'open' : pickWeightedPair([['approved', 25], ['paid', 45], ['rejected', 30]])
    claims.push({ filed, shipment: noCode ? null : s, customer: s.customer, reason, amount, status })
  }
  claims.sort((a, b) => a.filed - b.filed)
  claims.forEach((c, i) => (c.claim_id = i + 1))
}

// ---------------------------------------------------------------- output
const writeCsv = csvWriter(import.meta.url)
writeCsv('depots', ['depot_id', 'depot_code', 'city', 'country', 'hub_depot_id', 'opened_on'],
  depots.map((d) => [d.depot_id, d.code, d.city, d.country, d.isHub ? null : d.hub.depot_id, fmtDate(d.opened)]))
writeCsv('customers', ['customer_id', 'customer_name', 'segment', 'home_depot_id', 'signed_up_at'],
  customers.map((c) => [c.customer_id, c.name, c.segment, c.home.depot_id, fmtTs(c.signed)]))
writeCsv('shipments', ['shipment_id', 'tracking_code', 'customer_id', 'origin_depot_id', 'destination_depot_id', 'service_level', 'status',
  'weight_kg', 'declared_value', 'created_at', 'promised_date', 'delivered_at'],
  shipments.map((s) => [s.shipment_id, s.tracking, s.customer.customer_id, s.origin.depot_id, s.dest.depot_id, s.service, s.status,
    s.status === 'pending' || s.status === 'cancelled' ? null : s.weight, s.value, fmtTs(s.created),
    fmtDate(s.created + PROMISE_DAYS[s.service] * DAY), s.deliveredAt === null ? null : fmtTs(s.deliveredAt)]))
writeCsv('scan_events', ['event_id', 'shipment_id', 'depot_id', 'scanned_at', 'event_type'],
  scans.map((e) => [e.event_id, e.shipment.shipment_id, e.depot.depot_id, fmtTs(e.at), e.type]))
writeCsv('claims', ['claim_id', 'shipment_id', 'customer_id', 'filed_at', 'reason', 'amount_claimed', 'status'],
  claims.map((c) => [c.claim_id, c.shipment?.shipment_id ?? null, c.customer.customer_id, fmtTs(c.filed), c.reason, c.amount, c.status]))

if (process.argv.includes('--stats')) {
  const count = (xs, f) => xs.reduce((m, x) => ((m[f(x)] = (m[f(x)] ?? 0) + 1), m), {})
  console.log({ depots: depots.length, customers: customers.length, shipments: shipments.length, scans: scans.length, claims: claims.length,
    status: count(shipments, (s) => s.status), service: count(shipments, (s) => s.service), scanTypes: count(scans, (e) => e.type),
    claimsWithoutShipment: claims.filter((c) => c.shipment === null).length, late: shipments.filter((s) => s.deliveredAt !== null && fmtDate(s.deliveredAt) > fmtDate(s.created + PROMISE_DAYS[s.service] * DAY)).length, shippingCustomers: new Set(shipments.map((s) => s.customer)).size })
}
