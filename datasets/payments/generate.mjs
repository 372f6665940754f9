// Deterministic generator for the `payments` dataset (fictional processor "Kestrel Pay").
// Plain Node ESM, no dependencies, no clock, no Math.random: `node datasets/payments/generate.mjs`
// rewrites data/*.csv with identical bytes every time.
import { createSampler, csvWriter } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG + helpers
const { random, reseed, randInt, pick, chance, normalRejectingZero, lognormalRejectingZero, pickWeightedBy, shuffle } = createSampler(20240101)
function poisson(lam) {
  const L = Math.exp(-lam)
  let k = 0
  let p = 1
  do { k++; p *= random() } while (p > L)
  return k - 1
}

// ---------------------------------------------------------------- time helpers (all UTC arithmetic, no clock)
const SEC = 1000
const MIN = 60 * SEC
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const START = Date.UTC(2024, 0, 1)
const END = Date.UTC(2025, 6, 1) // exclusive
const NDAYS = (END - START) / DAY
const pad = (n, w = 2) => String(n).padStart(w, '0')
function fmtDate(ms) {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
function fmtTs(ms) {
  const d = new Date(ms)
  return `${fmtDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}
const dayOf = (ms) => Math.floor((ms - START) / DAY)
const dayStart = (day) => START + day * DAY
const money = (cents) => (cents < 0 ? '-' : '') + Math.floor(Math.abs(cents) / 100) + '.' + pad(Math.abs(cents) % 100)
function lastDayOfMonth(y, m) { return Date.UTC(y, m + 1, 0) } // m is 0-based

// ---------------------------------------------------------------- reference data
const COUNTRIES = {
  US: { cur: 'USD', mw: 44, cw: 46, cities: ['Portland', 'Austin', 'Denver', 'Raleigh', 'Columbus', 'Tucson', 'Madison', 'Boise', 'Richmond', 'Spokane'] },
  CA: { cur: 'CAD', mw: 10, cw: 10, cities: ['Toronto', 'Halifax', 'Calgary', 'Victoria', 'Ottawa'] },
  GB: { cur: 'GBP', mw: 13, cw: 12, cities: ['Leeds', 'Bristol', 'Manchester', 'Glasgow', 'Norwich'] },
  IE: { cur: 'EUR', mw: 4, cw: 4, cities: ['Dublin', 'Cork', 'Galway'] },
  DE: { cur: 'EUR', mw: 8, cw: 8, cities: ['Leipzig', 'Hamburg', 'Köln', 'Freiburg'] },
  FR: { cur: 'EUR', mw: 7, cw: 7, cities: ['Lyon', 'Nantes', 'Lille', 'Bordeaux'] },
  NL: { cur: 'EUR', mw: 4, cw: 4, cities: ['Utrecht', 'Rotterdam', 'Groningen'] },
  ES: { cur: 'EUR', mw: 5, cw: 5, cities: ['Valencia', 'Sevilla', 'Bilbao'] },
  MX: { cur: 'MXN', mw: 5, cw: 4, cities: ['Guadalajara', 'Monterrey', 'Puebla'] },
}
const COUNTRY_CODES = Object.keys(COUNTRIES)
// approximate USD per unit, used to price goods in local currency (daily rates come from fx_rates)
const FX_BASE = { EUR: 1.0842, GBP: 1.2671, CAD: 0.7418, MXN: 0.05712 }
const FX_VOL = { EUR: 0.0038, GBP: 0.0041, CAD: 0.0033, MXN: 0.0068 }
const FX_DRIFT = { EUR: -0.02, GBP: 0.015, CAD: -0.035, MXN: -0.11 } // total log drift over the window
const FIXED_FEE = { USD: 30, CAD: 30, EUR: 25, GBP: 20, MXN: 300 } // cents per approved txn

//                  0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
const H_RETAIL = [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 5, 7, 8, 8, 8, 8, 8, 8, 7, 6, 4, 2, 0, 0]
const CATS = {
  grocery: { mcc: ['5411'], share: 14, median: 44, sigma: 0.7, min: 150, weekend: 1.2, decl: 0.8, refund: 0.015, rev: 0.01,
    hours: [0, 0, 0, 0, 0, 0, 0, 1, 3, 4, 5, 6, 7, 6, 5, 6, 8, 10, 10, 8, 5, 3, 1, 0] },
  restaurants: { mcc: ['5812', '5813'], share: 16, median: 31, sigma: 0.6, min: 400, weekend: 1.35, decl: 0.9, refund: 0.012, rev: 0.015,
    hours: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 5, 10, 9, 4, 2, 2, 4, 9, 11, 9, 5, 2, 1] },
  coffee_shops: { mcc: ['5814'], share: 12, median: 6.8, sigma: 0.45, min: 200, weekend: 0.9, decl: 0.6, refund: 0.004, rev: 0.005,
    hours: [0, 0, 0, 0, 0, 0, 3, 9, 12, 11, 8, 6, 5, 4, 4, 3, 2, 1, 1, 0, 0, 0, 0, 0] },
  fuel: { mcc: ['5541'], share: 7, median: 47, sigma: 0.35, min: 500, weekend: 0.9, decl: 1.0, refund: 0.002, rev: 0.05,
    hours: [0, 0, 0, 0, 0, 1, 4, 8, 8, 5, 4, 4, 5, 4, 4, 5, 7, 9, 8, 5, 3, 2, 1, 0] },
  apparel: { mcc: ['5651', '5691'], share: 9, median: 64, sigma: 0.7, min: 800, weekend: 1.5, decl: 1.0, refund: 0.11, rev: 0.01, hours: H_RETAIL },
  electronics: { mcc: ['5732'], share: 6, median: 135, sigma: 0.95, min: 900, weekend: 1.3, decl: 1.3, refund: 0.08, rev: 0.015, hours: H_RETAIL },
  digital_goods: { mcc: ['5818'], share: 9, median: 11, sigma: 0.85, min: 99, weekend: 1.1, decl: 1.6, refund: 0.05, rev: 0.01,
    hours: [2, 1, 1, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5, 6, 7, 8, 8, 7, 4] },
  travel: { mcc: ['4722'], share: 5, median: 240, sigma: 0.8, min: 2500, weekend: 0.9, decl: 1.4, refund: 0.09, rev: 0.02,
    hours: [0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 6, 6, 5, 5, 5, 5, 5, 4, 4, 5, 5, 4, 2, 1] },
  health_beauty: { mcc: ['7230', '7298'], share: 8, median: 56, sigma: 0.55, min: 1200, weekend: 1.2, decl: 0.8, refund: 0.025, rev: 0.01,
    hours: [0, 0, 0, 0, 0, 0, 0, 0, 1, 5, 7, 8, 7, 7, 8, 8, 7, 6, 4, 2, 0, 0, 0, 0] },
  home_services: { mcc: ['1711', '7349'], share: 5, median: 175, sigma: 0.7, min: 4000, weekend: 0.4, decl: 1.1, refund: 0.05, rev: 0.01,
    hours: [0, 0, 0, 0, 0, 0, 0, 1, 4, 7, 8, 8, 6, 7, 8, 8, 7, 5, 2, 1, 0, 0, 0, 0] },
  entertainment: { mcc: ['7832', '7933'], share: 9, median: 36, sigma: 0.6, min: 600, weekend: 1.7, decl: 0.9, refund: 0.035, rev: 0.01,
    hours: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 3, 4, 5, 7, 10, 11, 10, 7, 4, 1] },
}
const CAT_NAMES = Object.keys(CATS)

const STEMS = ['Bluebird', 'Copper', 'Juniper', 'Harbor', 'Northwind', 'Half Moon', 'Granite', 'Saltbox', 'Sparrow', 'Driftwood',
  'Lantern', 'Red Brick', 'Fieldstone', 'Cedar', 'Silver Birch', 'Riverbend', 'Sunbeam', 'Ironwood', 'Blue Heron', 'Wildflower',
  'Old Mill', 'Beacon', 'Foxglove', 'Pinecrest', 'Larkspur', 'Hollow Oak', 'Marigold', 'Tidewater', 'Starling', 'Summit',
  'Orchard', 'Canal Street', 'Elm Street', 'Brightside', 'Oak & Ash', 'Quarry', 'Thistle', 'Amber', 'Clover', 'Pebble',
  'Compass', 'Meadowlark', 'Windmill', 'Hearth', 'Ember', 'Polaris', 'Rosa\'s', 'Marco\'s', 'Nina\'s', 'Okafor', 'Lindqvist',
  'Brennan', 'Hollis', 'Vantage', 'Kettle', 'Goldfinch', 'Honeycomb', 'Bramble', 'Alder', 'Slate']
const NOUNS = {
  grocery: ['Market', 'Grocers', 'Food Hall', 'Provisions', 'Fresh Market', 'Corner Store'],
  restaurants: ['Kitchen', 'Bistro', 'Grill', 'Taproom', 'Noodle Bar', 'Diner', 'Trattoria', 'Eatery'],
  coffee_shops: ['Coffee', 'Coffee Co.', 'Espresso Bar', 'Roasters', 'Cafe', 'Bakehouse'],
  fuel: ['Fuel', 'Gas & Go', 'Service Station', 'Fuel Stop'],
  apparel: ['Outfitters', 'Boutique', 'Threads', 'Clothing Co.', 'Apparel', 'Denim Supply'],
  electronics: ['Electronics', 'Tech Hub', 'Gadget Shop', 'Audio', 'Computers', 'Phone Repair'],
  digital_goods: ['Games', 'Apps', 'Streaming', 'Software', 'Digital', 'Media'],
  travel: ['Travel', 'Tours', 'Getaways', 'Adventures', 'Voyages', 'Excursions'],
  health_beauty: ['Salon', 'Day Spa', 'Barbers', 'Skin Studio', 'Nail Bar', 'Apothecary'],
  home_services: ['Plumbing', 'Cleaning Co.', 'Electric', 'Landscaping', 'Handyman', 'Heating & Air'],
  entertainment: ['Cinema', 'Bowling', 'Escape Rooms', 'Comedy Club', 'Arcade', 'Mini Golf'],
}
const LOCAL = {
  DE: { stems: ['Lindenhof', 'Sonnenberg', 'Kastanie', 'Elbufer', 'Mühlbach', 'Rotkehlchen', 'Eichenkamp'],
    nouns: { grocery: ['Feinkost', 'Bioladen'], restaurants: ['Gasthaus', 'Wirtshaus'], coffee_shops: ['Kaffeehaus', 'Bäckerei'], apparel: ['Modehaus'], health_beauty: ['Friseur', 'Apotheke'] },
    order: 'noun-first' },
  FR: { stems: ['des Tilleuls', 'Lumière', 'du Marché', 'Saint-Roch', 'des Halles', 'Belle Rive'],
    nouns: { grocery: ['Épicerie'], restaurants: ['Bistrot', 'Brasserie'], coffee_shops: ['Boulangerie', 'Café'], apparel: ['Boutique'], health_beauty: ['Salon'] },
    order: 'noun-first' },
  ES: { stems: ['La Espiga', 'El Faro', 'Solana', 'Los Arcos', 'La Alameda', 'Marisol'],
    nouns: { grocery: ['Mercado', 'Ultramarinos'], restaurants: ['Taberna', 'Restaurante'], coffee_shops: ['Panadería', 'Cafetería'], health_beauty: ['Peluquería', 'Farmacia'] },
    order: 'noun-first' },
  MX: { stems: ['El Faro', 'La Palma', 'San Ángel', 'Los Nogales', 'Tlaquepaque', 'La Huerta'],
    nouns: { grocery: ['Abarrotes', 'Mercado'], restaurants: ['Taquería', 'Fonda', 'Cocina'], coffee_shops: ['Café', 'Panadería'], fuel: ['Gasolinera'], health_beauty: ['Estética', 'Farmacia'] },
    order: 'noun-first' },
  NL: { stems: ['De Molen', 'Het Anker', 'De Gouden Tulp', 'Het Bruggetje', 'De Zwaan'],
    nouns: { coffee_shops: ['Koffiehuis', 'Bakkerij'], restaurants: ['Eetcafé'], grocery: ['Versmarkt'] },
    order: 'noun-first' },
}

const NAMES = {
  en: {
    first: ['James', 'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella', 'Lucas', 'Mia', 'Owen', 'Harper',
      'Caleb', 'Amelia', 'Wyatt', 'Evelyn', 'Jack', 'Abigail', 'Henry', 'Ella', 'Leo', 'Grace', 'Isaac', 'Chloe', 'Nathan', 'Zoe',
      'Samuel', 'Nora', 'Aaron', 'Hannah', 'Daniel', 'Lily', 'Marcus', 'Aaliyah', 'Priya', 'Ravi', 'Mei', 'Kenji', 'Tariq', 'Fatima',
      'Connor', 'Siobhan', 'Declan', 'Aoife', 'Callum', 'Freya', 'Rhys', 'Imogen', 'Dev', 'Anika', 'Malik', 'Jasmine', 'Tomás', 'Niamh'],
    last: ['Walker', 'Bennett', 'Hughes', 'Carter', 'Murphy', 'Reyes', 'Foster', 'Nguyen', 'Patel', 'Okafor', 'Sullivan', 'Brooks',
      'Coleman', 'Hayes', 'Fletcher', 'Graham', 'Kim', 'Singh', 'Ramirez', 'Doyle', 'Kelly', 'Byrne', 'Shaw', 'Palmer', 'Webb',
      'Marsh', 'Holloway', 'Price', 'Fraser', 'Chen', 'Adeyemi', 'Lawson', 'Whitaker', 'Harlow', 'Barnes', 'Quinn', 'Mensah',
      'Sato', 'Novak', 'Ortiz', 'Tran', 'Khan', 'Gallagher', 'Pearce', 'Rowe', 'Ellison', 'McKenna', 'Dunne', 'Abbott', 'Lin'] },
  de: { first: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie', 'Paul', 'Lena', 'Maximilian', 'Sophie', 'Tim', 'Johanna', 'Niklas', 'Greta', 'Emre', 'Aylin'],
    last: ['Müller', 'Schmidt', 'Becker', 'Hoffmann', 'Wagner', 'Krüger', 'Neumann', 'Schulz', 'Richter', 'Wolf', 'Brandt', 'Vogel', 'Yılmaz', 'Lorenz'] },
  fr: { first: ['Louis', 'Camille', 'Hugo', 'Chloé', 'Arthur', 'Léa', 'Jules', 'Manon', 'Gabriel', 'Inès', 'Théo', 'Juliette', 'Nathan', 'Élise', 'Karim', 'Yasmine'],
    last: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Girard', 'Fontaine', 'Rousseau', 'Lefèvre', 'Mercier', 'Garnier', 'Chevalier', 'Benali', 'Faure'] },
  nl: { first: ['Daan', 'Emma', 'Sem', 'Julia', 'Lars', 'Sanne', 'Bram', 'Fleur', 'Thijs', 'Noor', 'Ruben', 'Lotte'],
    last: ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van den Berg', 'Dekker'] },
  es: { first: ['Lucía', 'Mateo', 'Sofía', 'Diego', 'Valentina', 'Santiago', 'Camila', 'Alejandro', 'Martina', 'Javier', 'Elena', 'Pablo', 'Ximena', 'Emiliano', 'Regina', 'Andrés'],
    last: ['García', 'Hernández', 'López', 'Martínez', 'González', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Flores', 'Castillo', 'Vargas', 'Morales', 'Jiménez', 'Ruiz'] },
}
const LANG = { US: 'en', CA: 'en', GB: 'en', IE: 'en', DE: 'de', FR: 'fr', NL: 'nl', ES: 'es', MX: 'es' }

// ---------------------------------------------------------------- fx_rates
reseed(11)
const HOLIDAYS = new Set(['2024-01-01', '2024-03-29', '2024-12-25', '2025-01-01', '2025-04-18'])
const fxRows = []
const fxMicro = {} // currency -> Map(dateStr -> micro usd)
{
  const fxStart = Date.UTC(2023, 11, 29) // a Friday, so 2024-01-01 has a rate in force
  const days = (END - fxStart) / DAY
  for (const cur of Object.keys(FX_BASE)) {
    fxMicro[cur] = new Map()
    let logDev = 0
    for (let i = 0; i < days; i++) {
      const ms = fxStart + i * DAY
      const dow = new Date(ms).getUTCDay()
      const ds = fmtDate(ms)
      if (dow === 0 || dow === 6 || HOLIDAYS.has(ds)) continue
      logDev = 0.97 * logDev + FX_VOL[cur] * normalRejectingZero()
      const trend = FX_DRIFT[cur] * (i / days)
      const rate = FX_BASE[cur] * Math.exp(trend + logDev)
      const micro = Math.round(rate * 1e6)
      fxMicro[cur].set(ds, micro)
      fxRows.push({ currency: cur, rate_date: ds, micro })
    }
  }
  fxRows.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : a.rate_date < b.rate_date ? -1 : 1))
}
function fxAsOf(cur, ms) {
  if (cur === 'USD') return 1e6
  let t = Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth(), new Date(ms).getUTCDate())
  for (;;) {
    const v = fxMicro[cur].get(fmtDate(t))
    if (v) return v
    t -= DAY
  }
}

// ---------------------------------------------------------------- merchants
reseed(22)
const N_MERCHANTS = 128
const merchants = []
{
  const usedNames = new Set()
  const genName = (cat, country) => {
    for (let tries = 0; tries < 200; tries++) {
      const loc = LOCAL[country]
      let name
      if (loc && loc.nouns[cat] && chance(0.75)) name = `${pick(loc.nouns[cat])} ${pick(loc.stems)}`
      else name = `${pick(STEMS)} ${pick(NOUNS[cat])}`
      if (!usedNames.has(name)) { usedNames.add(name); return name }
    }
    throw new Error('name space exhausted')
  }
  const countryList = COUNTRY_CODES.map((c) => ({ c, w: COUNTRIES[c].mw }))
  const catList = CAT_NAMES.map((c) => ({ c, w: CATS[c].share }))
  const raw = []
  for (let i = 0; i < N_MERCHANTS; i++) {
    const country = pickWeightedBy(countryList, (x) => x.w).c
    const cat = pickWeightedBy(catList, (x) => x.w).c
    // launch cohort in January 2024, then onboarding that speeds up over time
    let onDay
    if (i < 44) onDay = randInt(0, 30)
    else onDay = Math.floor(Math.sqrt(random()) * (NDAYS - 40)) + randInt(0, 25)
    raw.push({ country, cat, onDay })
  }
  // two merchants signed up in the last days of June 2025 (too late to transact)
  raw[N_MERCHANTS - 1].onDay = NDAYS - 4
  raw[N_MERCHANTS - 2].onDay = NDAYS - 9
  raw.sort((a, b) => a.onDay - b.onDay)
  raw.forEach((r, idx) => {
    const cat = CATS[r.cat]
    merchants.push({
      merchant_id: 1001 + idx,
      name: genName(r.cat, r.country),
      mcc: pick(cat.mcc),
      cat: r.cat,
      country: r.country,
      city: pick(COUNTRIES[r.country].cities),
      cur: COUNTRIES[r.country].cur,
      onDay: r.onDay,
      liveDay: r.onDay + (r.onDay < 31 ? randInt(0, 6) : randInt(1, 14)),
      pop: lognormalRejectingZero(1, 0.8),
      price: lognormalRejectingZero(1, 0.2),
      stopDay: NDAYS, // exclusive
      gaps: [],
    })
  })
  // one chain with two locations in different countries (same name, different merchant_id)
  const chainA = merchants.find((m) => m.cat === 'coffee_shops' && m.country === 'US')
  const chainB = merchants.find((m) => m.cat === 'coffee_shops' && m.country !== 'US' && !LOCAL[m.country])
  chainB.name = chainA.name
  // never went live: two merchants from the middle of the range
  const nl = merchants.filter((m) => m.onDay > 120 && m.onDay < 400)
  nl[3].pop = 0
  nl[11].pop = 0
  // churned for good
  const eligible = merchants.filter((m) => m.pop > 0 && m.onDay < NDAYS - 200)
  shuffle(eligible)
  for (const m of eligible.slice(0, 10)) m.stopDay = randInt(m.liveDay + 90, NDAYS - 35)
  // dormant 32-100 days then back
  for (const m of eligible.slice(10, 30)) {
    const len = randInt(32, 100)
    const from = randInt(m.liveDay + 45, Math.min(m.stopDay, NDAYS) - len - 30)
    if (from > m.liveDay + 30) { m.gaps.push([from, from + len]); m.pop = Math.max(m.pop, 1.2) }
  }
}
const merchantOpen = (m, day) => m.pop > 0 && day >= m.liveDay && day < m.stopDay && !m.gaps.some(([a, b]) => day >= a && day < b)

// ---------------------------------------------------------------- customers
reseed(33)
const N_CUSTOMERS = 430
const customers = []
{
  const countryList = COUNTRY_CODES.map((c) => ({ c, w: COUNTRIES[c].cw }))
  const times = []
  for (let i = 0; i < N_CUSTOMERS; i++) {
    let day
    if (i < 150) day = randInt(0, 24)
    else day = Math.floor(Math.sqrt(random()) * (NDAYS - 10))
    // sign-ups happen mostly in the daytime / evening
    const hour = pickWeightedBy([...Array(24).keys()], (h) => [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 5, 6, 6, 5, 5, 5, 6, 7, 8, 8, 6, 3, 1][h])
    times.push(dayStart(day) + hour * HOUR + randInt(0, 3599) * SEC)
  }
  times.sort((a, b) => a - b)
  const emailSeen = new Map()
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z]/g, '')
  times.forEach((t, idx) => {
    const country = pickWeightedBy(countryList, (x) => x.w).c
    const lang = NAMES[LANG[country]]
    const first = pick(lang.first)
    const last = pick(lang.last)
    const full = `${first} ${last}`
    let email = null
    if (!chance(0.04)) {
      const base = chance(0.6) ? `${fold(first)}.${fold(last)}` : `${fold(first)[0]}${fold(last)}`
      const n = (emailSeen.get(base) || 0) + 1
      emailSeen.set(base, n)
      email = `${base}${n > 1 || chance(0.3) ? randInt(2, 98) + n * 100 : ''}@${pick(['example.com', 'example.net', 'example.org'])}`
    }
    customers.push({
      customer_id: idx + 1,
      full_name: full,
      email,
      country,
      created: t,
      rate: Math.max(0.008, lognormalRejectingZero(0.025, 0.7)),
      favs: [],
      events: [{ status: 'active', t }],
    })
  })
  // dedupe emails (a generated suffix could collide)
  const seen = new Set()
  for (const c of customers) {
    if (c.email === null) continue
    while (seen.has(c.email)) c.email = c.email.replace('@', `${randInt(0, 9)}@`)
    seen.add(c.email)
  }
  for (const c of customers) {
    const local = merchants.filter((m) => m.country === c.country && m.pop > 0)
    const favs = new Set()
    const k = randInt(4, 8)
    for (let i = 0; i < k * 3 && favs.size < k; i++) favs.add(pickWeightedBy(local, (m) => m.pop))
    c.favs = favs
  }
}

// ---------------------------------------------------------------- account status timeline
reseed(44)
{
  const endCap = END - DAY
  for (const c of customers) {
    const r = random()
    const ev = c.events
    const minT = c.created + 20 * DAY
    if (minT > endCap - 10 * DAY) continue
    const at = () => minT + Math.floor(random() * (endCap - minT))
    if (r < 0.11) {
      let t = at()
      ev.push({ status: 'under_review', t })
      if (chance(0.62)) { t += randInt(1 * 3600, 8 * 86400) * SEC; ev.push({ status: 'active', t }) }
      else {
        t += randInt(3 * 3600, 4 * 86400) * SEC
        ev.push({ status: 'suspended', t })
        if (chance(0.55)) { t += randInt(5, 30) * DAY + randInt(0, 86399) * SEC; ev.push({ status: 'active', t }) }
        else { t += randInt(7, 40) * DAY + randInt(0, 86399) * SEC; ev.push({ status: 'closed', t }) }
      }
    } else if (r < 0.165) {
      ev.push({ status: 'closed', t: at() })
    } else if (r < 0.205) {
      let t = at()
      ev.push({ status: 'suspended', t })
      t += randInt(2, 20) * DAY + randInt(0, 86399) * SEC
      ev.push({ status: 'active', t })
    }
    c.events = ev.filter((e) => e.t < END)
  }
}
function blockedAt(c, ms) {
  let st = 'active'
  for (const e of c.events) { if (e.t <= ms) st = e.status; else break }
  return st === 'suspended' || st === 'closed'
}

// ---------------------------------------------------------------- cards
reseed(55)
const cards = []
{
  const brandW = { US: [52, 30, 11, 7], CA: [55, 35, 10, 0], GB: [56, 38, 6, 0], MX: [55, 40, 5, 0] }
  const brands = ['visa', 'mastercard', 'amex', 'discover']
  const rawCards = []
  for (const c of customers) {
    const roll = random()
    const n = roll < 0.03 ? 0 : roll < 0.68 ? 1 : roll < 0.93 ? 2 : 3
    for (let k = 0; k < n; k++) {
      const w = brandW[c.country] || [60, 36, 4, 0]
      const brand = pickWeightedBy([0, 1, 2, 3], (i) => w[i])
      const brandName = brands[brand]
      const funding = brandName === 'amex' ? 'credit' : pickWeightedBy(['credit', 'debit', 'prepaid'], (f) => ({ credit: 50, debit: 44, prepaid: 6 })[f])
      // when the customer starts using this card with us
      const startT = k === 0 ? c.created : c.created + Math.floor(random() * Math.max(DAY, END - c.created) * 0.7)
      let issued
      let expiresY, expiresM
      const expiringSoon = k === 0 && chance(0.09) && startT < Date.UTC(2025, 2, 1)
      if (expiringSoon) {
        // old card that expires inside the window: issued 2020-2021, 4-year validity
        const expMs = startT + randInt(40, 420) * DAY
        const ed = new Date(Math.min(expMs, Date.UTC(2025, 4, 1)))
        expiresY = ed.getUTCFullYear(); expiresM = ed.getUTCMonth()
        issued = Date.UTC(expiresY - 4, expiresM, 1) + randInt(0, 27) * DAY
      } else {
        // issued within the last ~3 years before first use (or just before, for new cards)
        issued = startT - (chance(0.35) ? randInt(3, 40) : randInt(41, 1000)) * DAY
        const d = new Date(issued)
        const years = brandName === 'amex' ? 5 : chance(0.5) ? 3 : 4
        expiresY = d.getUTCFullYear() + years; expiresM = d.getUTCMonth()
        if (lastDayOfMonth(expiresY, expiresM) < END + 30 * DAY) { expiresY += 1 }
      }
      issued = Math.floor(issued / DAY) * DAY
      rawCards.push({
        c, brand: brandName, funding, startT, issued,
        expires: lastDayOfMonth(expiresY, expiresM),
        last4: pad(randInt(0, 9999), 4),
        share: k === 0 ? 1 : lognormalRejectingZero(0.7, 0.5),
        replacementOf: null,
      })
    }
  }
  // replacement cards for the ones that expire inside the window
  for (const rc of [...rawCards]) {
    if (rc.expires >= END) continue
    if (blockedAt(rc.c, rc.expires) || rc.c.events.some((e) => e.status === 'closed' && e.t < rc.expires)) continue
    const issued = Math.floor((rc.expires - randInt(15, 45) * DAY) / DAY) * DAY
    rawCards.push({
      c: rc.c, brand: rc.brand, funding: rc.funding, startT: issued + randInt(2, 10) * DAY, issued,
      expires: lastDayOfMonth(new Date(issued).getUTCFullYear() + 4, new Date(issued).getUTCMonth()),
      last4: pad(randInt(0, 9999), 4), share: rc.share, replacementOf: rc,
    })
  }
  rawCards.sort((a, b) => a.startT - b.startT || a.c.customer_id - b.c.customer_id)
  rawCards.forEach((rc, i) => { rc.card_id = 5001 + i; cards.push(rc) })
}

// ---------------------------------------------------------------- transactions
reseed(66)
const MONTH_MULT = [0.86, 0.9, 0.97, 1.0, 1.02, 1.04, 1.05, 1.03, 1.0, 1.02, 1.14, 1.32]
const DECLINE_REASONS = [
  ['insufficient_funds', 40], ['do_not_honor', 24], ['limit_exceeded', 10], ['incorrect_cvc', 9], ['suspected_fraud', 9], ['processing_error', 8],
]
let txns = []
function priceCents(m, usdMedianMult = 1) {
  const cat = CATS[m.cat]
  const usd = Math.max(cat.min / 100, lognormalRejectingZero(cat.median * m.price * usdMedianMult, cat.sigma))
  const local = m.cur === 'USD' ? usd : usd / FX_BASE[m.cur]
  let cents = Math.round(local * 100)
  if (m.cur === 'MXN' && chance(0.7)) cents = Math.round(local) * 100
  else if (m.cat === 'coffee_shops' || m.cat === 'entertainment') cents = Math.round(cents / 5) * 5
  else if (m.cat === 'home_services' && chance(0.5)) cents = Math.round(local / 5) * 500
  return Math.max(cents, 99)
}
function declineFor(card, m, cents) {
  const cat = CATS[m.cat]
  let p = { credit: 0.045, debit: 0.065, prepaid: 0.14 }[card.funding] * cat.decl
  const usd = m.cur === 'USD' ? cents / 100 : (cents / 100) * FX_BASE[m.cur]
  if (usd > 300) p *= 1.6
  if (card.c.country !== m.country) p *= 1.5
  if (!chance(p)) return null
  return pickWeightedBy(DECLINE_REASONS, (r) => {
    if (r[0] === 'insufficient_funds') return card.funding === 'credit' ? 18 : 55
    if (r[0] === 'limit_exceeded') return card.funding === 'credit' ? 22 : 2
    return r[1]
  })[0]
}
function pickMerchant(c, day, dow) {
  const weekend = dow === 0 || dow === 6
  const crossBorder = chance(0.05)
  const pool = merchants.filter((m) => merchantOpen(m, day) && (crossBorder ? m.country !== c.country : m.country === c.country))
  return pickWeightedBy(pool, (m) => {
    let w = m.pop * (c.favs.has(m) ? 7 : 1)
    if (weekend) w *= CATS[m.cat].weekend
    if (crossBorder && (m.cat === 'digital_goods' || m.cat === 'travel')) w *= 4
    return w
  })
}
function pickTime(m, day) {
  const hours = CATS[m.cat].hours
  const h = pickWeightedBy([...Array(24).keys()], (x) => hours[x] + 0.05)
  return dayStart(day) + h * HOUR + randInt(0, 3599) * SEC
}
const replacementOf = new Map(cards.filter((k) => k.replacementOf).map((k) => [k.replacementOf, k]))
{
  for (let day = 0; day < NDAYS; day++) {
    const ms = dayStart(day)
    const dt = new Date(ms)
    const dow = dt.getUTCDay()
    const season = MONTH_MULT[dt.getUTCMonth()] * (dow === 5 || dow === 6 ? 1.12 : dow === 0 ? 0.88 : 1)
    for (const card of cards) {
      if (card.startT >= ms) continue // first use the day after the card is added
      let lam = card.c.rate * card.share * season
      if (card.expires < ms) continue
      const repl = replacementOf.get(card)
      if (repl && repl.startT < ms) lam *= 0.25
      const n = poisson(lam)
      for (let i = 0; i < n; i++) {
        const m = pickMerchant(card.c, day, dow)
        if (!m) continue
        const t = pickTime(m, day)
        if (blockedAt(card.c, t)) continue
        const cents = priceCents(m)
        const reason = declineFor(card, m, cents)
        const status = reason ? 'declined' : chance(CATS[m.cat].rev) ? 'reversed' : 'approved'
        txns.push({ card, m, t, cents, status, reason, tag: 'organic' })
        // a customer retries a declined payment a few minutes later with the same amount
        if (reason && (reason === 'insufficient_funds' || reason === 'do_not_honor' || reason === 'processing_error') && chance(0.3)) {
          const t2 = t + randInt(45, 420) * SEC
          const ok = reason === 'processing_error' ? chance(0.8) : chance(0.35)
          txns.push({ card, m, t: t2, cents, status: ok ? 'approved' : 'declined', reason: ok ? null : reason, tag: 'retry' })
        }
      }
    }
  }

  // stale card-on-file charges against expired cards (subscriptions, recurring services)
  reseed(67)
  for (const card of cards) {
    if (card.expires >= END - 5 * DAY) continue
    const k = randInt(1, 3)
    for (let i = 0; i < k; i++) {
      const day = dayOf(card.expires) + randInt(2, 60)
      if (day >= NDAYS) continue
      const pool = merchants.filter((m) => merchantOpen(m, day) && (m.cat === 'digital_goods' || m.cat === 'home_services' || m.cat === 'entertainment'))
      const m = pickWeightedBy(pool, (x) => x.pop * (x.country === card.c.country ? 5 : 1))
      if (!m) continue
      const t = pickTime(m, day)
      if (blockedAt(card.c, t)) continue
      txns.push({ card, m, t, cents: priceCents(m), status: 'declined', reason: 'expired_card', tag: 'expired' })
    }
  }

  // card-testing / fraud bursts: runs of declines minutes apart; the account goes under review afterwards
  reseed(68)
  const burstCards = shuffle(cards.filter((c) => c.c.events.length === 1 && c.expires > END && c.startT < END - 60 * DAY)).slice(0, 11)
  burstCards.forEach((card, bi) => {
    const day = randInt(dayOf(card.startT) + 10, NDAYS - 5)
    const pool = merchants.filter((m) => merchantOpen(m, day) && (m.cat === 'digital_goods' || m.cat === 'electronics'))
    const m = pickWeightedBy(pool, (x) => x.pop)
    let t = dayStart(day) + randInt(0, 23) * HOUR + randInt(0, 3599) * SEC
    const len = randInt(3, 6)
    const small = m.cat === 'digital_goods'
    for (let i = 0; i < len; i++) {
      // burst 2 and 6 get an approval in the middle, so they contain two shorter runs
      const approvedHere = (bi === 2 || bi === 6) && i === 2
      const cents = small ? randInt(100, 999) : priceCents(m, 2.5)
      txns.push({ card, m, t, cents, status: approvedHere ? 'approved' : 'declined',
        reason: approvedHere ? null : chance(0.7) ? 'suspected_fraud' : 'incorrect_cvc', tag: 'burst' })
      t += randInt(20, 300) * SEC
    }
    const rv = t + randInt(5, 40) * MIN
    card.c.events.push({ status: 'under_review', t: rv })
    const back = rv + randInt(20, 72) * HOUR
    if (back < END) card.c.events.push({ status: 'active', t: back })
  })

  // accidental double charges: same card, merchant and amount seconds to minutes apart
  reseed(69)
  const approved = txns.filter((x) => x.status === 'approved' && x.tag === 'organic' && x.t < END - HOUR)
  const chosen = shuffle([...approved]).slice(0, 70)
  chosen.slice(0, 34).forEach((x) => {
    txns.push({ card: x.card, m: x.m, t: x.t + randInt(8, 590) * SEC, cents: x.cents, status: 'approved', reason: null, tag: 'dup' })
  })
  // near misses: same amount but 11-40 minutes later, or a different amount within 10 minutes
  chosen.slice(34, 50).forEach((x) => {
    txns.push({ card: x.card, m: x.m, t: x.t + randInt(660, 2400) * SEC, cents: x.cents, status: 'approved', reason: null, tag: 'near' })
  })
  chosen.slice(50, 70).forEach((x) => {
    const delta = Math.max(100, Math.round(x.cents * (0.1 + random() * 0.5)))
    txns.push({ card: x.card, m: x.m, t: x.t + randInt(30, 540) * SEC, cents: x.cents + (chance(0.5) ? delta : -Math.min(delta, x.cents - 99)),
      status: 'approved', reason: null, tag: 'near' })
  })

  txns = txns.filter((x) => x.t < END && x.t >= START && (x.tag === 'organic' || x.tag === 'retry' || x.tag === 'burst' ||
    (!blockedAt(x.card.c, x.t) && merchantOpen(x.m, dayOf(x.t)))))
  txns.sort((a, b) => a.t - b.t || a.card.card_id - b.card.card_id || a.m.merchant_id - b.m.merchant_id)
  txns.forEach((x, i) => { x.txn_id = 100001 + i })
}

// ---------------------------------------------------------------- refunds
reseed(77)
const refunds = []
{
  const REASONS = {
    apparel: [['item_returned', 70], ['customer_request', 20], ['goodwill', 10]],
    electronics: [['item_returned', 55], ['customer_request', 25], ['service_issue', 20]],
    travel: [['customer_request', 60], ['service_issue', 30], ['goodwill', 10]],
    default: [['customer_request', 50], ['service_issue', 35], ['goodwill', 15]],
  }
  for (const x of txns) {
    if (x.status !== 'approved') continue
    const cat = CATS[x.m.cat]
    let p = cat.refund * 1.2
    let reasons = REASONS[x.m.cat] || REASONS.default
    if (x.tag === 'dup') { p = 0.6; reasons = [['duplicate_charge', 1]] }
    if (!chance(p)) continue
    const reason = pickWeightedBy(reasons, (r) => r[1])[0]
    const delay = reason === 'duplicate_charge' ? randInt(2, 96) * HOUR
      : reason === 'item_returned' ? randInt(3, 45) * DAY : randInt(2, 14 * 24) * HOUR
    const t = x.t + delay + randInt(0, 3599) * SEC
    if (t >= END) continue
    const partial = reason !== 'duplicate_charge' && reason !== 'item_returned' && chance(0.55)
    let cents = partial ? Math.max(100, Math.round(x.cents * (0.1 + random() * 0.6))) : x.cents
    if (partial && x.cents >= 1000) cents = Math.round(cents / 100) * 100 || 100
    cents = Math.min(cents, x.cents)
    refunds.push({ x, t, cents, reason })
    x.refunded = cents
    // a second, later partial refund on some partially refunded payments
    if (partial && chance(0.3) && x.cents - cents >= 200) {
      const t2 = t + randInt(1, 20) * DAY + randInt(0, 3599) * SEC
      const c2 = Math.max(100, Math.round((x.cents - cents) * (0.2 + random() * 0.5)))
      if (t2 < END) { refunds.push({ x, t: t2, cents: c2, reason: 'goodwill' }); x.refunded += c2 }
    }
  }
  refunds.sort((a, b) => a.t - b.t || a.x.txn_id - b.x.txn_id)
  refunds.forEach((r, i) => { r.refund_id = 7001 + i })
}

// ---------------------------------------------------------------- merchant ledger
reseed(88)
const ledger = []
{
  // chargebacks on a few approved, unrefunded payments in riskier categories
  const cbCands = shuffle(txns.filter((x) => x.status === 'approved' && !x.refunded &&
    ['electronics', 'travel', 'digital_goods', 'apparel'].includes(x.m.cat) && x.t < END - 50 * DAY))
  const chargebacks = cbCands.slice(0, 22).map((x) => ({ x, t: Math.floor((x.t + randInt(20, 50) * DAY) / DAY) * DAY + randInt(10, 16) * HOUR + randInt(1, 3599) * SEC }))
  const byMerchant = new Map()
  const push = (m, t, type, cents, ref = {}) => {
    if (!byMerchant.has(m)) byMerchant.set(m, [])
    byMerchant.get(m).push({ m, t, type, cents, txn: ref.txn || null, refund: ref.refund || null })
  }
  // monthly settlement + fees
  const monthly = new Map() // m -> Map(monthKey -> {gross, fee})
  for (const x of txns) {
    if (x.status !== 'approved') continue
    const d = new Date(x.t)
    const key = d.getUTCFullYear() * 12 + d.getUTCMonth()
    if (!monthly.has(x.m)) monthly.set(x.m, new Map())
    const mm = monthly.get(x.m)
    if (!mm.has(key)) mm.set(key, { gross: 0, fee: 0 })
    const e = mm.get(key)
    e.gross += x.cents
    e.fee += Math.round(x.cents * 0.029) + FIXED_FEE[x.m.cur]
  }
  for (const [m, mm] of monthly) {
    for (const [key, e] of mm) {
      const y = Math.floor(key / 12)
      const mo = key % 12
      const eom = lastDayOfMonth(y, mo)
      push(m, eom + 23 * HOUR, 'settlement', e.gross)
      push(m, eom + 23 * HOUR + 10 * MIN, 'fee', -e.fee)
    }
  }
  for (const r of refunds) push(r.x.m, r.t, 'refund', -r.cents, { refund: r })
  for (const cb of chargebacks) if (cb.t < END) push(cb.x.m, cb.t, 'chargeback', -cb.x.cents, { txn: cb.x })
  // a few manual adjustments (fee credits, corrections)
  const adjM = shuffle([...monthly.keys()].filter((m) => m.liveDay < NDAYS - 90)).slice(0, 12)
  for (const m of adjM) {
    const day = randInt(Math.max(m.liveDay + 30, 40), NDAYS - 2)
    const cents = (chance(0.7) ? randInt(5, 60) * 100 : -randInt(5, 40) * 100) * (m.cur === 'MXN' ? 20 : 1)
    push(m, dayStart(day) + randInt(10, 17) * HOUR + randInt(1, 3599) * SEC, 'adjustment', cents)
  }
  // payouts on the 3rd of each month at 09:00: balance minus a 25% reserve of the last settlement
  for (const [m, entries] of byMerchant) {
    entries.sort((a, b) => a.t - b.t)
    const out = []
    let bal = 0
    let lastSettlement = 0
    let i = 0
    for (let y = 2024, mo = 0; y * 12 + mo <= 2025 * 12 + 5; mo === 11 ? (y++, (mo = 0)) : mo++) {
      const payT = Date.UTC(y, mo, 3) + 9 * HOUR
      while (i < entries.length && entries[i].t < payT) {
        bal += entries[i].cents
        if (entries[i].type === 'settlement') lastSettlement = entries[i].cents
        out.push(entries[i++])
      }
      const amt = bal - Math.round(lastSettlement * 0.25)
      if (amt >= 2500) { out.push({ m, t: payT, type: 'payout', cents: -amt, txn: null, refund: null }); bal -= amt }
    }
    while (i < entries.length) out.push(entries[i++])
    byMerchant.set(m, out)
  }
  for (const entries of byMerchant.values()) ledger.push(...entries)
  ledger.sort((a, b) => a.t - b.t || a.m.merchant_id - b.m.merchant_id)
  ledger.forEach((e, i) => { e.entry_id = 900001 + i })
}

// ---------------------------------------------------------------- account_status_events (raw feed)
reseed(99)
const statusRows = []
{
  for (const c of customers) {
    c.events.sort((a, b) => a.t - b.t)
    c.events.forEach((e, idx) => {
      const next = c.events[idx + 1]
      // late arrivals: more likely when another change follows soon after
      const lateP = next && next.t - e.t < 10 * DAY ? 0.35 : 0.05
      let recv = e.t + randInt(1, 150) * SEC
      if (idx > 0 && chance(lateP)) {
        const late = e.t + randInt(2 * 3600, 12 * 86400) * SEC
        if (late < END) recv = late
      }
      const row = { c, status: e.status, changed: e.t, recv, seq: statusRows.length }
      statusRows.push(row)
      if (chance(0.055)) statusRows.push({ ...row, seq: statusRows.length }) // exact duplicate delivery
      else if (chance(0.03)) {
        const again = recv + randInt(60, 3 * 86400) * SEC
        if (again < END) statusRows.push({ ...row, recv: again, seq: statusRows.length }) // redelivered later
      }
    })
  }
  statusRows.sort((a, b) => a.recv - b.recv || a.seq - b.seq)
  statusRows.forEach((r, i) => { r.event_id = 30001 + i })
}

// ---------------------------------------------------------------- write CSVs
const writeCsv = csvWriter(import.meta.url)
const counts = {}
counts.fx_rates = writeCsv('fx_rates', ['currency', 'rate_date', 'usd_per_unit'],
  fxRows.map((r) => [r.currency, r.rate_date, (r.micro / 1e6).toFixed(6)]))
counts.merchants = writeCsv('merchants', ['merchant_id', 'name', 'mcc', 'mcc_category', 'country', 'city', 'onboarded_on'],
  merchants.map((m) => [m.merchant_id, m.name, m.mcc, m.cat, m.country, m.city, fmtDate(dayStart(m.onDay))]))
counts.customers = writeCsv('customers', ['customer_id', 'full_name', 'email', 'country', 'created_at'],
  customers.map((c) => [c.customer_id, c.full_name, c.email, c.country, fmtTs(c.created)]))
counts.account_status_events = writeCsv('account_status_events', ['event_id', 'customer_id', 'status', 'changed_at', 'received_at'],
  statusRows.map((r) => [r.event_id, r.c.customer_id, r.status, fmtTs(r.changed), fmtTs(r.recv)]))
counts.cards = writeCsv('cards', ['card_id', 'customer_id', 'brand', 'funding', 'last4', 'issued_on', 'expires_on'],
  cards.map((k) => [k.card_id, k.c.customer_id, k.brand, k.funding, k.last4, fmtDate(k.issued), fmtDate(k.expires)]))
counts.transactions = writeCsv('transactions', ['txn_id', 'card_id', 'merchant_id', 'amount', 'currency', 'created_at', 'status', 'decline_reason'],
  txns.map((x) => [x.txn_id, x.card.card_id, x.m.merchant_id, money(x.cents), x.m.cur, fmtTs(x.t), x.status, x.reason]))
counts.refunds = writeCsv('refunds', ['refund_id', 'txn_id', 'amount', 'reason', 'refunded_at'],
  refunds.map((r) => [r.refund_id, r.x.txn_id, money(r.cents), r.reason, fmtTs(r.t)]))
counts.merchant_ledger_entries = writeCsv('merchant_ledger_entries', ['entry_id', 'merchant_id', 'posted_at', 'entry_type', 'amount', 'currency', 'txn_id', 'refund_id'],
  ledger.map((e) => [e.entry_id, e.m.merchant_id, fmtTs(e.t), e.type, money(e.cents), e.m.cur, e.txn ? e.txn.txn_id : null, e.refund ? e.refund.refund_id : null]))
if (process.argv.includes('--verbose')) console.log(counts)
