// Deterministic generator for the `rides` dataset.
// Usage: node datasets/rides/generate.mjs   (from any directory; writes data/*.csv next to this file)
// No dependencies, no clock, no network: everything comes from the seeded sampler of ../generator-support.mjs.
import { createSampler, csvWriter } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG helpers
const { random, randInt, pick, chance, normalRejectingZero, lognormalRejectingZero, pickWeightedBy } = createSampler(20240917)
const expo = (mean) => -mean * Math.log(1 - random())
const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x))

// ---------------------------------------------------------------- calendar
// Times are integer seconds since 2024-01-01 00:00:00 local city time (no time zone).
const BASE_MS = Date.UTC(2024, 0, 1)
const DAY = 86400
const LAST_DAY = 546 // 2025-06-30
const dayOf = (iso) => Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - BASE_MS) / 864e5)
const fmtDate = (d) => new Date(BASE_MS + d * 864e5).toISOString().slice(0, 10)
const fmtTs = (s) => new Date(BASE_MS + s * 1000).toISOString().slice(0, 19).replace('T', ' ')
const dow = (d) => (1 + d) % 7 // 0 = Sunday; 2024-01-01 was a Monday
const monthIdx = (d) => {
  const dt = new Date(BASE_MS + d * 864e5)
  return (dt.getUTCFullYear() - 2024) * 12 + dt.getUTCMonth()
}
const hourOf = (s) => Math.floor((((s % DAY) + DAY) % DAY) / 3600)

// ---------------------------------------------------------------- cities
const cities = [
  { city_id: 1, name: 'Lisbon', country: 'Portugal', launched_on: '2024-01-08', share: 0.32, idle: 1.0, cash: 0.12,
    tariff: { base: 1.2, km: 0.75, min: 0.15, minFare: 3.5, fee: 2.5 } },
  { city_id: 2, name: 'Porto', country: 'Portugal', launched_on: '2024-02-19', share: 0.2, idle: 1.15, cash: 0.18,
    tariff: { base: 1.1, km: 0.7, min: 0.14, minFare: 3.25, fee: 2.5 } },
  { city_id: 3, name: 'Valencia', country: 'Spain', launched_on: '2024-04-15', share: 0.2, idle: 1.1, cash: 0.1,
    tariff: { base: 1.5, km: 0.95, min: 0.18, minFare: 4.5, fee: 3.0 } },
  { city_id: 4, name: 'Lyon', country: 'France', launched_on: '2024-09-02', share: 0.17, idle: 1.05, cash: 0.04,
    tariff: { base: 2.0, km: 1.15, min: 0.25, minFare: 6.0, fee: 4.0 } },
  { city_id: 5, name: 'Turin', country: 'Italy', launched_on: '2025-01-13', share: 0.13, idle: 1.2, cash: 0.15,
    tariff: { base: 1.8, km: 1.05, min: 0.22, minFare: 5.5, fee: 3.5 } },
]
for (const c of cities) c.launch = dayOf(c.launched_on)
const cityById = new Map(cities.map((c) => [c.city_id, c]))

// Business volume per city and day: ramps up after launch, seasonal wiggles, and the whole
// service is small before September 2024.
function growth(city, d) {
  if (d < city.launch) return 0
  const ramp = Math.min(1, 0.45 + (0.55 * (d - city.launch)) / 200)
  const m = monthIdx(d) % 12
  const season = [0.95, 0.92, 1.0, 1.02, 1.05, 1.08, 1.0, 0.82, 1.0, 1.05, 1.08, 1.15][m]
  const era = d < dayOf('2024-09-01') ? 0.6 : 1
  return ramp * season * era
}

// ---------------------------------------------------------------- names
const NAMES = {
  Portugal: {
    first: ['Ana', 'Beatriz', 'Carolina', 'Inês', 'Mariana', 'Sofia', 'Joana', 'Rita', 'Catarina', 'Marta',
      'Francisca', 'Leonor', 'Matilde', 'Teresa', 'Helena', 'Raquel', 'Filipa', 'Cláudia', 'Sara', 'Patrícia',
      'João', 'Tiago', 'Rui', 'Pedro', 'Miguel', 'Diogo', 'Gonçalo', 'Rafael', 'Duarte', 'Nuno', 'André',
      'Bruno', 'Ricardo', 'Hugo', 'Filipe', 'Luís', 'Vasco', 'Tomás', 'Paulo', 'Sérgio', 'Fábio', 'Daniel'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus',
      'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto',
      'Carvalho', 'Teixeira', 'Moreira', 'Correia', 'Mendes', 'Nunes', 'Soares', 'Vieira', 'Monteiro',
      'Cardoso', 'Rocha', 'Neves', 'Coelho', 'Cruz', 'Cunha', 'Pires', 'Ramos', 'Reis', 'Simões', 'Antunes',
      'Matos', 'Fonseca', 'Machado', 'Araújo', 'Barbosa', 'Tavares', 'Lourenço', 'Figueiredo', 'Azevedo'],
    parts: [0.55, 1.0], // P(two parts), else three parts (first + two surnames)
  },
  Spain: {
    first: ['Lucía', 'María', 'Paula', 'Laura', 'Marta', 'Elena', 'Carmen', 'Sara', 'Alba', 'Claudia',
      'Irene', 'Nerea', 'Raquel', 'Cristina', 'Pilar', 'Amparo', 'Noelia', 'Rocío', 'Javier', 'Alejandro',
      'Daniel', 'Pablo', 'Sergio', 'Adrián', 'Álvaro', 'David', 'Carlos', 'Jorge', 'Manuel', 'Iván', 'Rubén',
      'Óscar', 'Víctor', 'Hugo', 'Marcos', 'Vicent', 'Pau', 'Jordi', 'Andrés', 'Raúl'],
    last: ['García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz',
      'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Gil',
      'Vázquez', 'Serrano', 'Ramos', 'Blanco', 'Molina', 'Ortega', 'Delgado', 'Castro', 'Ortiz', 'Rubio',
      'Marín', 'Sanz', 'Iglesias', 'Medina', 'Garrido', 'Cortés', 'Castillo', 'Lozano', 'Cano', 'Prieto',
      'Ferrer', 'Soler', 'Vidal', 'Climent', 'Llorens', 'Puig', 'Sempere', 'Carbonell', 'Ibáñez'],
    parts: [0.35, 1.0],
  },
  France: {
    first: ['Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Julie', 'Claire', 'Mathilde',
      'Pauline', 'Lucie', 'Élodie', 'Nathalie', 'Sophie', 'Aurélie', 'Céline', 'Thomas', 'Nicolas', 'Julien',
      'Maxime', 'Antoine', 'Alexandre', 'Hugo', 'Lucas', 'Louis', 'Théo', 'Romain', 'Mathieu', 'Pierre',
      'Guillaume', 'Karim', 'Mehdi', 'Yanis', 'Bastien', 'Quentin', 'Damien'],
    last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
      'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel',
      'Girard', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Legrand', 'Garnier', 'Faure',
      'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Perrin', 'Chevalier', 'Gauthier',
      'Benali', 'Haddad', 'Brun', 'Chapuis', 'Gaillard', 'Rey'],
    parts: [1.0, 1.0],
  },
  Italy: {
    first: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Alessia', 'Federica', 'Valentina', 'Elisa',
      'Silvia', 'Giorgia', 'Marta', 'Ilaria', 'Marco', 'Luca', 'Andrea', 'Matteo', 'Alessandro', 'Davide',
      'Simone', 'Federico', 'Lorenzo', 'Stefano', 'Paolo', 'Riccardo', 'Giuseppe', 'Fabio', 'Nicolò', 'Tommaso'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
      'Bruno', 'Gallo', 'Conti', 'De Luca', 'Costa', 'Giordano', 'Mancini', 'Rizzo', 'Lombardi', 'Moretti',
      'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone',
      'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Serra', 'Coppola', 'De Santis', 'Bertolino', 'Gribaudo',
      'Chiesa', 'Actis', 'Audisio'],
    parts: [1.0, 1.0],
  },
}
const usedNames = new Set()
function personName(country) {
  // mostly unique; a rare repeat is kept on purpose (namesakes exist)
  let name = rawName(country)
  for (let i = 0; i < 30 && usedNames.has(name) && !chance(0.01); i++) name = rawName(country)
  usedNames.add(name)
  return name
}
function rawName(country) {
  const n = NAMES[country]
  const first = pick(n.first)
  const a = pick(n.last)
  if (chance(n.parts[0])) return `${first} ${a}`
  let b = pick(n.last)
  while (b === a) b = pick(n.last)
  return `${first} ${a} ${b}`
}

// ---------------------------------------------------------------- riders
const riders = []
{
  const N = 540
  for (let i = 0; i < N; i++) {
    const c = pickWeightedBy(cities, (x) => x.share)
    let d
    if (chance(0.05)) d = randInt(Math.max(0, c.launch - 14), c.launch - 1) // waiting list before the launch
    else {
      for (;;) {
        d = randInt(c.launch, LAST_DAY)
        if (random() < growth(c, d) / 1.15) break
      }
    }
    const roll = random()
    riders.push({
      city_id: c.city_id,
      signup: d,
      full_name: personName(c.country),
      never: roll < 0.08, // signs up but never requests a ride
      intensity: lognormalRejectingZero(1, 0.9),
      churn: chance(0.3) ? Infinity : d + Math.round(expo(170)),
      pay: chance(c.cash) ? 'cash' : chance(0.26) ? 'wallet' : 'card',
      influence: chance(0.12) ? lognormalRejectingZero(6, 0.5) : 1,
      trips: 0,
      busy: [], // [start, end] intervals during which the rider is on a trip
    })
  }
  riders.sort((a, b) => a.signup - b.signup || a.city_id - b.city_id)
  riders.forEach((r, i) => (r.rider_id = i + 1))
  // referrals: ~30% of riders were referred by someone who signed up at least a day earlier
  for (const r of riders) {
    if (!chance(0.3)) continue
    const sameCity = chance(0.9)
    const pool = riders.filter((x) => x.signup < r.signup && (sameCity ? x.city_id === r.city_id : x.city_id !== r.city_id))
    const ref = pickWeightedBy(pool, (x) => x.influence)
    if (ref) r.referred_by = ref.rider_id
  }
}
const ridersByCity = new Map(cities.map((c) => [c.city_id, riders.filter((r) => r.city_id === c.city_id)]))

// ---------------------------------------------------------------- drivers
const VEHICLES = [['economy', 0.58], ['comfort', 0.2], ['electric', 0.13], ['xl', 0.09]]
const VFACTOR = { economy: 1.0, electric: 1.05, comfort: 1.3, xl: 1.55 }
const drivers = []
{
  const perCity = [36, 25, 26, 24, 12]
  for (let i = 0; i < perCity.reduce((a, b) => a + b); i++) {
    let k = i
    let ci = 0
    while (k >= perCity[ci]) k -= perCity[ci++]
    const c = cities[ci]
    let d
    if (k < 3 || chance(0.12)) d = randInt(Math.max(0, c.launch - 21), c.launch) // onboarded before the launch
    else if (chance(0.05)) d = randInt(LAST_DAY - 25, LAST_DAY - 3) // just signed up
    else {
      for (;;) {
        d = randInt(c.launch, LAST_DAY - 30)
        if (random() < Math.max(0.5, growth(c, d)) / 1.15) break
      }
    }
    const roll = random()
    const profile = roll < 0.2 ? 'full' : roll < 0.62 ? 'part' : 'occasional'
    const quits = chance(0.14) && d < LAST_DAY - 120
    drivers.push({
      city_id: c.city_id,
      joined: d,
      full_name: personName(c.country),
      vehicle: pickWeightedBy(VEHICLES, (v) => v[1])[0],
      profile,
      stop: quits ? randInt(d + 45, LAST_DAY - 25) : LAST_DAY,
      is_active: !quits,
      quality: normalRejectingZero() * 0.35 - (chance(0.08) ? 0.8 : 0),
    })
  }
  drivers.sort((a, b) => a.joined - b.joined || a.city_id - b.city_id)
  drivers.forEach((x, i) => (x.driver_id = i + 1))
}

// ---------------------------------------------------------------- driver shifts (supply)
const DRIVER_DAYS_PER_DAY = 2.7 // drivers working per day, whole service at full volume
const SPLIT_SHIFT = { full: 0.22, part: 0.05, occasional: 0 }
function shiftPlan(profile, d) {
  const wd = dow(d)
  const weekendNight = wd === 5 || wd === 6
  const t0 = d * DAY
  const r = random()
  if (profile === 'full') {
    if (r < 0.5) return [[t0 + randInt(78, 100) * 300, randInt(48, 84) * 300]] // ~6:30-8:20 start, 4-7 h
    if (r < 0.85) return [[t0 + randInt(168, 204) * 300, randInt(48, 84) * 300]] // afternoon/evening
    return [[t0 + randInt(204, 240) * 300, randInt(60, 84) * 300]] // late evening into the night
  }
  if (profile === 'part') {
    if (weekendNight && r < 0.5) return [[t0 + randInt(258, 282) * 300, randInt(48, 72) * 300]] // 21:30-23:30
    if (r < 0.55) return [[t0 + randInt(204, 228) * 300, randInt(36, 60) * 300]] // 17:00-19:00, 3-5 h
    if (r < 0.8) return [[t0 + randInt(78, 90) * 300, randInt(24, 42) * 300]] // morning rush before work
    return [[t0 + randInt(120, 168) * 300, randInt(36, 60) * 300]] // midday
  }
  if (weekendNight && r < 0.6) return [[t0 + randInt(264, 282) * 300, randInt(36, 60) * 300]]
  return [[t0 + randInt(108, 228) * 300, randInt(24, 48) * 300]]
}
// Which drivers work on which day. Drivers work in runs of consecutive days ("spells": long for
// full-timers, short for occasional drivers). Each city keeps its number of working drivers close to a
// target proportional to business volume: when the drivers already mid-spell fall short, new spells
// start, preferring new drivers, full-timers and drivers who have not worked for a while.
const PROFILE_WEIGHT = { full: 4, part: 1.5, occasional: 0.7 }
const SPELL = { full: [2, 9], part: [1, 4], occasional: [1, 2] } // consecutive working days
const driverDays = new Map(drivers.map((d) => [d.driver_id, []]))
for (const c of cities) {
  const pool = drivers.filter((d) => d.city_id === c.city_id)
  for (const dr of pool) {
    dr.from = Math.max(dr.joined + randInt(0, 10), c.launch)
    dr.spellLeft = 0
  }
  let debt = 0 // driver-days still owed to the volume target
  for (let d = c.launch; d <= LAST_DAY; d++) {
    const eligible = pool.filter((x) => x.from <= d && d <= x.stop)
    const today = new Set()
    // drivers in the middle of a run of working days keep going (with the odd day off)
    for (const x of eligible) {
      if (x.spellLeft > 0) {
        x.spellLeft--
        if (!chance(0.07)) today.add(x.driver_id)
      }
    }
    const dowFactor = [0.9, 0.92, 0.95, 0.95, 1.0, 1.15, 1.2][dow(d)] // Sun..Sat
    debt += DRIVER_DAYS_PER_DAY * c.share * growth(c, d) * dowFactor - today.size
    while (debt > 0) {
      debt -= 1
      const dr = pickWeightedBy(eligible, (x) => {
        if (today.has(x.driver_id) || x.spellLeft > 0) return 0
        if (x.lastDay === undefined) return 40 // new drivers start within their first weeks
        const rested = d - x.lastDay // drivers who have not worked for a while come back
        return PROFILE_WEIGHT[x.profile] * Math.min(5, 1 + rested / 15)
      })
      if (!dr) {
        debt = Math.min(debt, 1) // nobody available: do not let the backlog pile up
        break
      }
      today.add(dr.driver_id)
      dr.spellLeft = randInt(SPELL[dr.profile][0], SPELL[dr.profile][1]) - 1
    }
    for (const x of eligible) {
      if (today.has(x.driver_id)) {
        x.lastDay = d
        driverDays.get(x.driver_id).push(d)
      }
    }
  }
}

// Demand: mean idle minutes between a driver's dropoff (or log-on) and the next request.
function meanIdle(t, city, surged) {
  const h = hourOf(t)
  const d = Math.floor(t / DAY)
  const wd = dow(d)
  let m
  const satOrSun = wd === 6 || wd === 0
  if (!satOrSun) {
    m = [30, 35, 40, 45, 40, 30, 16, 8, 7, 9, 15, 16, 13, 13, 16, 15, 11, 7, 7, 9, 13, 15, 19, 24][h]
    if (wd === 5 && h >= 21) m = 9
  } else {
    m = [9, 8, 9, 12, 25, 35, 32, 28, 22, 18, 16, 14, 12, 12, 13, 13, 13, 12, 11, 11, 11, 10, 9, 10][h]
    if (wd === 0 && h >= 21) m = 22
  }
  m *= 2.0 * city.idle * (1.25 - 0.25 * growth(city, d))
  if (surged) m *= 0.45
  return m
}
function speedKmh(t) {
  const h = hourOf(t)
  const wd = dow(Math.floor(t / DAY))
  const weekday = wd >= 1 && wd <= 5
  if (weekday && ((h >= 7 && h <= 9) || (h >= 17 && h <= 19))) return 15
  if (h >= 22 || h < 6) return 30
  return 22
}
function sampleDistance() {
  if (chance(0.04)) return 14 + random() * 22 // airport / out-of-town runs
  return clamp(lognormalRejectingZero(4.6, 0.62), 0.7, 40)
}

// Planned shifts (start, planned end) per driver-day; a split day has a morning and an evening shift.
const planned = []
for (const dr of drivers) {
  let lastEnd = -Infinity
  for (const d of driverDays.get(dr.driver_id)) {
    let plans = shiftPlan(dr.profile, d)
    if (chance(SPLIT_SHIFT[dr.profile])) {
      plans = [[d * DAY + randInt(78, 90) * 300, randInt(30, 48) * 300], [d * DAY + randInt(198, 216) * 300, randInt(36, 54) * 300]]
    }
    for (const [start0, len] of plans) {
      if (start0 < lastEnd + 6 * 3600 && plans.length === 1) continue // needs rest after a night shift
      if (start0 < lastEnd + 3600) continue
      const start = start0 + randInt(0, 4) * 60
      const plannedEnd = Math.min(start + len, LAST_DAY * DAY + 22 * 3600) // nothing after 2025-06-30
      if (plannedEnd - start < 3600) continue
      planned.push({ dr, city_id: dr.city_id, start, plannedEnd })
      lastEnd = plannedEnd
    }
  }
}

// ---------------------------------------------------------------- surge windows
// Non-overlapping within a city; a trip is surged when started_at <= requested_at < ended_at.
// Surges happen when demand outruns supply, so most windows fall while some driver is on shift;
// a minority fall in quiet hours and contain no trips at all.
const plannedByCity = new Map(cities.map((c) => [c.city_id, planned.filter((p) => p.city_id === c.city_id)]))
const covered = (cityId, a, b) => plannedByCity.get(cityId).some((p) => p.start < b && a < p.plannedEnd)
const surges = []
for (const c of cities) {
  const scale = 0.55 + c.share * 1.6
  for (let d = c.launch; d <= LAST_DAY; d++) {
    const g = growth(c, d)
    const wd = dow(d)
    const weekday = wd >= 1 && wd <= 5
    const cand = []
    if (weekday && chance(0.18 * scale * g)) cand.push([d * DAY + 7 * 3600 + randInt(15, 60) * 60, randInt(45, 120)])
    if (weekday && chance(0.26 * scale * g)) cand.push([d * DAY + 17 * 3600 + randInt(10, 75) * 60, randInt(40, 120)])
    if ((wd === 5 || wd === 6) && chance(0.6 * scale * g)) cand.push([d * DAY + 22 * 3600 + randInt(30, 150) * 60, randInt(60, 180)])
    if (chance(0.07 * scale * g)) cand.push([d * DAY + randInt(10, 20) * 3600 + randInt(0, 11) * 300, randInt(30, 150)])
    cand.sort((x, y) => x[0] - y[0])
    for (const [start, mins] of cand) {
      const last = surges.length && surges[surges.length - 1].city_id === c.city_id ? surges[surges.length - 1] : null
      if (last && start < last.end + 15 * 60) continue
      if (!chance(covered(c.city_id, start, start + mins * 60) ? 0.9 : 0.08)) continue
      const h = hourOf(start)
      const night = h >= 22 || h < 4
      const mult = pick(night ? [1.3, 1.5, 1.5, 1.7, 1.8, 2.0, 2.2, 2.5] : [1.2, 1.2, 1.3, 1.4, 1.5, 1.5, 1.7, 1.9])
      surges.push({ city_id: c.city_id, start, end: start + mins * 60 - (mins % 5) * 60, multiplier: mult })
    }
  }
}
const surgesByCity = new Map(cities.map((c) => [c.city_id, surges.filter((s) => s.city_id === c.city_id)]))
function surgeAt(cityId, t) {
  for (const s of surgesByCity.get(cityId)) {
    if (s.start > t) break
    if (t < s.end) return s
  }
  return null
}

const shifts = []
const events = [] // trips produced by drivers' timelines
{
  let prevDriver = null
  let prevEnd = -Infinity
  for (const { dr, start, plannedEnd } of planned) {
    const c = cityById.get(dr.city_id)
    if (dr !== prevDriver) prevEnd = -Infinity
    prevDriver = dr
    if (start < prevEnd + 1800) continue // previous shift ran long
    const shift = { driver_id: dr.driver_id, start, trips: [] }
    let t = start
    let last = start
    for (;;) {
      const surged = surgeAt(c.city_id, t)
      const req = t + Math.round(expo(meanIdle(t, c, !!surged)) * 60) + randInt(5, 50)
      if (req > plannedEnd) break
      const s = surgeAt(c.city_id, req)
      const h = hourOf(req)
      const peak = !!s || [7, 8, 17, 18, 23, 0, 1].includes(h)
      const wait = Math.round(clamp(lognormalRejectingZero(peak ? 70 : 35, 0.75), 3, 1200))
      const acc = req + wait
      const ev = { city_id: c.city_id, driver_id: dr.driver_id, req, acc, shift }
      const r = random()
      if (r < 0.035 + (peak ? 0.02 : 0)) {
        ev.status = 'cancelled_by_driver'
        t = acc + randInt(60, 400)
      } else if (r < 0.1 + (peak ? 0.03 : 0) + (c.city_id === 4 ? 0.03 : 0)) {
        ev.status = 'cancelled_by_rider'
        const after = randInt(20, 480)
        ev.fee = after > 150 && chance(0.75)
        t = acc + after
      } else {
        ev.status = 'completed'
        ev.pickup = acc + Math.round(clamp(lognormalRejectingZero(290, 0.45), 60, 1500))
        ev.dist = Math.round(sampleDistance() * 100) / 100
        const mins = (ev.dist / speedKmh(ev.pickup)) * 60 * (0.85 + random() * 0.4) + 1 + random() * 2
        ev.drop = ev.pickup + Math.round(mins * 60)
        t = ev.drop
      }
      events.push(ev)
      shift.trips.push(ev)
      last = t
    }
    shift.end = Math.max(last, plannedEnd - randInt(0, 20) * 60) + randInt(1, 12) * 60
    prevEnd = shift.end
    shifts.push(shift)
  }
}

// ---------------------------------------------------------------- failed requests (no driver assigned)
// Generated around real demand: more at peaks, during surges and on weekend nights.
const failed = []
for (const ev of events) {
  if (ev.status !== 'completed') continue
  const h = hourOf(ev.req)
  const s = surgeAt(ev.city_id, ev.req)
  const wd = dow(Math.floor(ev.req / DAY))
  const nightOut = (wd === 6 || wd === 0) && h < 4
  let p = 0.09 + (s ? 0.12 : 0) + (nightOut ? 0.08 : 0) + ([7, 8, 17, 18].includes(h) ? 0.04 : 0)
  if (ev.city_id === 5) p += 0.04 // newest city, thin supply
  if (!chance(p)) continue
  const retry = chance(0.45) // the same rider tried shortly before and then got this ride
  const noDriver = chance(s || nightOut ? 0.62 : 0.42)
  failed.push({
    city_id: ev.city_id,
    req: retry ? ev.req - randInt(25, 540) : ev.req + randInt(-2700, 2700),
    status: noDriver ? 'no_driver' : 'cancelled_by_rider',
    parent: retry ? ev : null,
  })
}

// ---------------------------------------------------------------- assign riders
const isFree = (r, a, b) => r.busy.every(([x, y]) => b < x || a > y)
function chooseRider(cityId, t, a, b) {
  const d = Math.floor(t / DAY)
  const visitor = chance(0.03)
  const pool = visitor ? riders.filter((r) => r.city_id !== cityId) : ridersByCity.get(cityId)
  for (let attempt = 0; attempt < 20; attempt++) {
    const r = pickWeightedBy(pool, (x) => {
      if (x.never || x.signup > d || d > x.churn) return 0
      let w = x.intensity
      if (x.trips === 0 && d - x.signup <= 12) w *= 14 // first ride soon after signing up
      if (visitor) w *= 0.2
      return w
    })
    if (!r) return null
    if (isFree(r, a, b)) return r
  }
  return null
}
const allTrips = []
events.sort((x, y) => x.req - y.req || x.driver_id - y.driver_id)
for (const ev of events) {
  const end = ev.drop ?? ev.acc + 300
  const r = chooseRider(ev.city_id, ev.req, ev.req - 60, end + 60)
  if (!r) continue // no eligible rider (very early days of a city): drop the event
  ev.rider = r
  r.trips++
  r.busy.push([ev.req, end])
  allTrips.push(ev)
}
for (const ev of events) {
  if (!ev.rider) ev.shift.trips = ev.shift.trips.filter((x) => x !== ev)
}
failed.sort((x, y) => x.req - y.req)
for (const f of failed) {
  let r = null
  if (f.parent && f.parent.rider) {
    const pr = f.parent.rider
    if (pr.busy.every(([x, y]) => y < f.req || x >= f.parent.req)) r = pr
  }
  if (!r) r = chooseRider(f.city_id, f.req, f.req - 60, f.req + 60)
  if (!r) continue
  f.rider = r
  r.trips++
  r.busy.push([f.req, f.req])
  allTrips.push(f)
}

// ---------------------------------------------------------------- prices, surge, payment
const round2 = (x) => Math.round(x * 100) / 100
for (const tr of allTrips) {
  const c = cityById.get(tr.city_id)
  const s = surgeAt(tr.city_id, tr.req)
  tr.surge = s ? s.multiplier : 1
  tr.pay = chance(0.86) ? tr.rider.pay : pick(['card', 'card', 'wallet', 'cash'])
  if (tr.status === 'completed') {
    const dr = drivers[tr.driver_id - 1]
    const mins = (tr.drop - tr.pickup) / 60
    const raw = (c.tariff.base + tr.dist * c.tariff.km + mins * c.tariff.min) * VFACTOR[dr.vehicle]
    tr.fare = round2(Math.max(c.tariff.minFare, raw) * tr.surge)
  } else if (tr.status === 'cancelled_by_rider' && tr.fee) {
    tr.fare = c.tariff.fee
  }
}

// ---------------------------------------------------------------- data-quality glitches
function shuffled(n) {
  const idx = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[idx[i], idx[j]] = [idx[j], idx[i]]
  }
  return idx
}
// (a) six trips whose dropoff was recorded late, so they overlap the same driver's next trip
{
  let n = 0
  for (const k of shuffled(shifts.length)) {
    if (n >= 6) break
    const sh = shifts[k]
    const done = sh.trips.filter((x) => x.status === 'completed')
    for (let i = 0; i + 1 < done.length; i++) {
      const a = done[i]
      const b = done[i + 1]
      if (b.pickup - a.drop > 40 * 60) continue
      const newDrop = b.pickup + randInt(4, 20) * 60
      if (newDrop >= b.drop || newDrop >= sh.end) continue
      const rb = a.rider.busy.find(([x]) => x === a.req)
      if (!a.rider.busy.every(([x, y]) => x === a.req || y < a.req || x > newDrop)) continue
      a.drop = newDrop
      rb[1] = newDrop
      a.lateDrop = true
      n++
      break
    }
  }
}
// (b) duplicated shift records (logged twice) and clock-outs typed wrong (running into the next shift)
{
  const extra = []
  let dup = 0
  let ext = 0
  for (const i of shuffled(shifts.length)) {
    const sh = shifts[i]
    const nx = shifts[i + 1]
    if (ext < 4 && nx && nx.driver_id === sh.driver_id && nx.start - sh.end < 10 * 3600) {
      sh.end = nx.start + randInt(10, 90) * 60
      ext++
    } else if (dup < 8 && sh.trips.length > 0) {
      extra.push({ driver_id: sh.driver_id, start: sh.start + randInt(-3, 25) * 60, end: sh.end + randInt(-30, 30) * 60, trips: [] })
      dup++
    }
    if (dup >= 8 && ext >= 4) break
  }
  shifts.push(...extra)
}

// ---------------------------------------------------------------- ratings
const ratings = []
function stars(mean) {
  if (chance(0.025)) return pick([1, 1, 2]) // a bad experience
  const x = mean + normalRejectingZero() * 0.7
  return clamp(Math.round(x), 1, 5)
}
for (const tr of allTrips) {
  if (tr.status !== 'completed' || !chance(0.81)) continue
  const dr = drivers[tr.driver_id - 1]
  const bad = tr.lateDrop || tr.acc - tr.req > 240 || tr.pickup - tr.acc > 900
  let byRider = chance(0.13) ? null : stars(4.85 + dr.quality - (bad ? 0.9 : 0) - (tr.surge >= 1.8 ? 0.2 : 0))
  let byDriver = chance(0.2) ? null : stars(4.85 - (hourOf(tr.req) < 4 ? 0.35 : 0))
  if (byRider === null && byDriver === null) byRider = stars(4.7 + dr.quality)
  ratings.push({ trip: tr, byRider, byDriver })
}

// ---------------------------------------------------------------- ids and output
allTrips.sort((x, y) => x.req - y.req || x.city_id - y.city_id || x.rider.rider_id - y.rider.rider_id)
allTrips.forEach((t, i) => (t.trip_id = i + 1))
shifts.sort((x, y) => x.start - y.start || x.driver_id - y.driver_id)
shifts.forEach((s, i) => (s.shift_id = i + 1))
surges.sort((x, y) => x.start - y.start || x.city_id - y.city_id)
surges.forEach((s, i) => (s.surge_id = i + 1))
ratings.sort((a, b) => a.trip.trip_id - b.trip.trip_id)

const writeCsv = csvWriter(import.meta.url)
const money = (x) => (x === null || x === undefined ? null : x.toFixed(2))
writeCsv('cities', ['city_id', 'name', 'country', 'launched_on'], cities.map((c) => [c.city_id, c.name, c.country, c.launched_on]))
writeCsv('riders', ['rider_id', 'full_name', 'city_id', 'signup_date', 'referred_by'],
  riders.map((r) => [r.rider_id, r.full_name, r.city_id, fmtDate(r.signup), r.referred_by ?? null]))
writeCsv('drivers', ['driver_id', 'full_name', 'city_id', 'vehicle_type', 'joined_on', 'is_active'],
  drivers.map((d) => [d.driver_id, d.full_name, d.city_id, d.vehicle, fmtDate(d.joined), d.is_active]))
writeCsv('driver_shifts', ['shift_id', 'driver_id', 'started_at', 'ended_at'],
  shifts.map((s) => [s.shift_id, s.driver_id, fmtTs(s.start), fmtTs(s.end)]))
writeCsv('surge_windows', ['surge_id', 'city_id', 'started_at', 'ended_at', 'multiplier'],
  surges.map((s) => [s.surge_id, s.city_id, fmtTs(s.start), fmtTs(s.end), money(s.multiplier)]))
writeCsv('trips', ['trip_id', 'rider_id', 'driver_id', 'city_id', 'requested_at', 'accepted_at', 'pickup_at', 'dropoff_at',
  'status', 'distance_km', 'fare', 'surge_multiplier', 'payment_method'],
  allTrips.map((t) => [t.trip_id, t.rider.rider_id, t.driver_id ?? null, t.city_id, fmtTs(t.req),
    t.acc !== undefined ? fmtTs(t.acc) : null, t.pickup !== undefined ? fmtTs(t.pickup) : null,
    t.drop !== undefined ? fmtTs(t.drop) : null, t.status, t.dist !== undefined ? t.dist.toFixed(2) : null,
    money(t.fare), money(t.surge), t.pay]))
writeCsv('trip_ratings', ['trip_id', 'stars_by_rider', 'stars_by_driver'],
  ratings.map((r) => [r.trip.trip_id, r.byRider, r.byDriver]))

console.log(`cities ${cities.length}, riders ${riders.length}, drivers ${drivers.length}, driver_shifts ${shifts.length}, ` +
  `surge_windows ${surges.length}, trips ${allTrips.length}, trip_ratings ${ratings.length}`)
