// Deterministic generator for the `catalog` dataset (a film and series catalogue: ratings, recommendation slates,
// clicks and plays).
// Usage: node datasets/catalog/generate.mjs [--stats]   (from anywhere; writes data/*.csv next to this file)
// No dependencies, no clock, no network: everything comes from the seeded sampler of ../generator-support.mjs.
import { createSampler, csvWriter } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG helpers
const { random, randInt, chance, pick, pickWeightedPair, normal, lognormal, shuffle } = createSampler(20240102)
const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x))

// ---------------------------------------------------------------- time (integer seconds since 1970, UTC)
const DAY = 86400
const sec = (iso) => Date.parse(iso.replace(' ', 'T') + (iso.length === 10 ? 'T00:00:00Z' : 'Z')) / 1000
const fmtTs = (s) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ')
const fmtDate = (s) => new Date(s * 1000).toISOString().slice(0, 10)
const START = sec('2024-01-01') // activity: 2024-01-01 .. 2024-06-30 (a leap year: 2024-02-29 exists)
const END = sec('2024-07-01') // exclusive
const AB_START = sec('2024-03-15') // cf-2.3 and seq-1.0 served side by side, split by user
const SEQ_ALL = sec('2024-05-01') // seq-1.0 for everyone
const HOTFIX = sec('2024-06-10 09:00:00') // seq-1.1 replaces seq-1.0

// ---------------------------------------------------------------- genres and titles
const GENRES = ['Drama', 'Comedy', 'Thriller', 'Science Fiction', 'Romance', 'Animation', 'Documentary', 'Horror', 'Crime', 'Fantasy', 'Family', 'Adventure', 'Mystery', 'Musical']
const GENRE_POP = [1.4, 1.3, 1.2, 0.9, 0.8, 0.7, 0.6, 0.6, 1.1, 0.7, 0.6, 0.9, 0.7, 0.25]
// genres that often come together with a given primary genre
const GENRE_PAIRS = {
  Drama: ['Romance', 'Crime', 'Family'], Comedy: ['Romance', 'Family', 'Adventure'], Thriller: ['Crime', 'Mystery', 'Horror'],
  'Science Fiction': ['Adventure', 'Thriller', 'Fantasy'], Romance: ['Comedy', 'Drama', 'Musical'], Animation: ['Family', 'Comedy', 'Fantasy', 'Adventure'],
  Documentary: ['Crime', 'Family', 'Musical'], Horror: ['Thriller', 'Mystery', 'Comedy'], Crime: ['Drama', 'Thriller', 'Mystery'],
  Fantasy: ['Adventure', 'Family', 'Animation'], Family: ['Comedy', 'Animation', 'Adventure'], Adventure: ['Fantasy', 'Science Fiction', 'Comedy'],
  Mystery: ['Crime', 'Thriller', 'Drama'], Musical: ['Romance', 'Comedy', 'Drama'],
}
const WORDS = {
  a: ['Silent', 'Crimson', 'Hollow', 'Last', 'Broken', 'Golden', 'Northern', 'Midnight', 'Paper', 'Distant', 'Glass', 'Wild', 'Quiet', 'Burning', 'Hidden',
    'Salt', 'Iron', 'Little', 'Second', 'Long', 'Velvet', 'Winter', 'Secret', 'Lucky', 'Restless'],
  n: ['Harbor', 'Orchard', 'Signal', 'Lantern', 'River', 'Kingdom', 'Summer', 'Engine', 'Garden', 'Witness', 'Letters', 'Island', 'Circus', 'Frontier',
    'Tide', 'Canyon', 'Parade', 'Choir', 'Bridge', 'Comet', 'Vineyard', 'Archive', 'Lighthouse', 'Carnival', 'Ledger'],
  p: ['Ottoline', 'Marek', 'Juniper Hale', 'the Brandt Sisters', 'Captain Mireaux', 'Oona', 'the Vexley Family', 'Tobias Wren', 'Little Pim', 'Dr. Anselm'],
}
function titleName(kind, used) {
  for (;;) {
    const r = random()
    let t
    if (r < 0.3) t = `The ${pick(WORDS.a)} ${pick(WORDS.n)}`
    else if (r < 0.5) t = `${pick(WORDS.a)} ${pick(WORDS.n)}`
    else if (r < 0.62) t = `${pick(WORDS.n)}s of ${pick(WORDS.n)}`
    else if (r < 0.74) t = `The ${pick(WORDS.n)} of ${pick(WORDS.p)}`
    else if (r < 0.84) t = `${pick(WORDS.p)} and the ${pick(WORDS.a)} ${pick(WORDS.n)}`
    else if (r < 0.92) t = `${pick(WORDS.a)} ${pick(WORDS.n)}: ${pick(['A True Story', 'Part Two', 'Redux', 'The Reckoning', 'Homecoming'])}`
    else t = `${pick(WORDS.n)}, ${pick(WORDS.n)}, ${pick(WORDS.n)}`
    if (kind === 'documentary' && chance(0.5)) t = `Inside the ${pick(WORDS.n)}`
    if (!used.has(t)) {
      used.add(t)
      return t
    }
  }
}
const MATURITY = [['all', 18], ['7+', 14], ['13+', 30], ['16+', 24], ['18+', 14]]

const titles = []
{
  const used = new Set()
  const N = 220
  for (let i = 0; i < N; i++) {
    const primary = pickWeightedPair(GENRES.map((g, j) => [g, GENRE_POP[j]]))
    const kind = primary === 'Documentary' ? (chance(0.7) ? 'documentary' : 'series') : chance(0.28) ? 'series' : chance(0.04) ? 'special' : 'film'
    const others = shuffle(GENRE_PAIRS[primary].slice()).slice(0, pickWeightedPair([[0, 30], [1, 45], [2, 20], [3, 5]]))
    const added = (chance(0.78) ? randInt(sec('2019-06-01') / DAY, START / DAY - 1) : randInt(START / DAY, sec('2024-06-20') / DAY)) * DAY // a day: available from added_on
    const releaseYear = chance(0.03) ? null : Math.min(2024, Math.max(1958, Math.round(new Date(added * 1000).getUTCFullYear() - Math.abs(normal()) * (chance(0.25) ? 18 : 2.2))))
    let runtime = null
    if (kind === 'film') runtime = clamp(Math.round(104 + normal() * 17), 72, 178)
    else if (kind === 'documentary') runtime = clamp(Math.round(88 + normal() * 14), 52, 140)
    else if (kind === 'special') runtime = randInt(40, 70)
    titles.push({
      name: titleName(kind, used), kind, release_year: releaseYear, runtime_minutes: runtime,
      maturity_rating: primary === 'Family' || primary === 'Animation' ? pick(['all', '7+', '7+', '13+']) : pickWeightedPair(MATURITY),
      added, removed: null, genres: [primary, ...others],
      quality: normal() * 0.55, pop: lognormal(1, 0.9) * (added >= START ? 1.6 : 1),
    })
  }
  // licences that ran out during the period
  for (const t of shuffle(titles.filter((x) => x.added < START - 365 * DAY).sort((a, b) => b.pop - a.pop).slice(0, 40)).slice(0, 9)) t.removed = randInt(sec('2024-02-01') / DAY, sec('2024-06-25') / DAY) * DAY // unavailable from removed_on
  // release_year later than the catalogue addition never happens; ids follow the catalogue addition
  titles.sort((a, b) => a.added - b.added || (a.name < b.name ? -1 : 1))
  titles.forEach((t, i) => (t.title_id = i + 1))
  // two near-identical names: a remake with the same title as an older film
  const orig = titles.find((t) => t.kind === 'film' && t.release_year !== null && t.release_year < 2000)
  const remake = titles.find((t) => t.kind === 'film' && t !== orig && t.added > sec('2023-01-01'))
  remake.name = orig.name
  remake.release_year = Math.max(remake.release_year ?? 2023, 2021)
}
const available = (t, s) => t.added <= s && (t.removed === null || t.removed > s)

// ---------------------------------------------------------------- users
const COUNTRIES = [['US', 30], ['GB', 10], ['DE', 9], ['FR', 7], ['BR', 9], ['MX', 6], ['ES', 5], ['IT', 5], ['CA', 6], ['NL', 3], ['SE', 3], ['PL', 3], ['IN', 6], ['AU', 4]]
const N_USERS = 450
const users = []
{
  const joins = []
  while (joins.length < N_USERS) {
    if (chance(0.62)) joins.push(randInt(sec('2022-03-01'), START - 1))
    else joins.push(randInt(START, sec('2024-06-28')))
  }
  joins.sort((a, b) => a - b)
  for (let i = 0; i < N_USERS; i++) {
    const taste = Object.fromEntries(GENRES.map((g) => [g, normal() * 0.35]))
    for (const g of shuffle(GENRES.slice()).slice(0, 3)) taste[g] += 0.6 + random() * 0.6
    users.push({
      user_id: i + 1, country: pickWeightedPair(COUNTRIES.map(([c, w]) => [c, w])), signed: joins[i], taste,
      bias: normal() * 0.45, // harsh or generous rater
      halfStars: chance(0.55), // uses half stars; the others only whole stars
      rater: chance(0.2) ? 0.03 : Math.min(0.95, lognormal(0.6, 0.6)), // how often they rate what they watch
      activity: chance(0.12) ? 0 : lognormal(1, 0.8),
      played: new Map(), // title -> last play time
      rated: new Map(), // title -> last rating
      arm: null,
    })
  }
}
const affinity = (u, t) => t.genres.reduce((s, g, i) => s + u.taste[g] * (i === 0 ? 1 : 0.5), 0) / (1 + 0.5 * (t.genres.length - 1))

// ---------------------------------------------------------------- activity simulation
const ratings = []
const slates = []
const clicks = []
const plays = []

function stars(u, t) {
  const x = 3.55 + 1.1 * t.quality + 0.8 * affinity(u, t) + u.bias + normal() * 0.6
  const step = u.halfStars ? 0.5 : 1
  return clamp(Math.round(x / step) * step, u.halfStars ? 0.5 : 1, 5)
}
function rate(u, t, at, s) {
  if (at >= END) return
  const r = { user: u, title: t, stars: s === undefined ? stars(u, t) : s, at }
  ratings.push(r)
  u.rated.set(t, r)
  return r
}
function modelFor(u, at) {
  if (at < AB_START) return 'cf-2.3'
  if (at < SEQ_ALL) return u.arm
  return at < HOTFIX ? 'seq-1.0' : 'seq-1.1'
}
// the A/B split is by user id parity
for (const u of users) u.arm = u.user_id % 2 === 0 ? 'seq-1.0' : 'cf-2.3'

function buildSlate(u, at, surface, model) {
  const pool = titles.filter((t) => t.added <= at)
  const scored = []
  for (const t of pool) {
    const seen = u.played.has(t) || u.rated.has(t)
    let s
    if (model === 'cf-2.3') {
      // popularity within liked genres; does not filter what the user has seen, nor expired licences
      s = Math.log(t.pop) * 0.9 + affinity(u, t) * 0.8 + normal() * 0.5
      if (seen) s -= 0.2
    } else {
      if (!available(t, at)) continue
      s = Math.log(t.pop) * 0.5 + affinity(u, t) * 1.5 + t.quality * 0.6 + normal() * 0.35
      if (seen) s -= model === 'seq-1.1' ? 5 : 0.9
    }
    scored.push([t, s])
  }
  scored.sort((a, b) => b[1] - a[1])
  const n = surface === 'post_play' ? 4 : 6
  const top = scored.slice(0, n)
  return top.map(([t, s], i) => ({ title: t, position: i + 1, score: Math.min(0.9999, Math.max(0.0001, 1 / (1 + Math.exp(-(s - 1.2))))) }))
}

function play(u, t, at, click) {
  const full = t.runtime_minutes ?? randInt(28, 58) * randInt(1, 4) // a series: one or more episodes
  const match = affinity(u, t) + t.quality
  let minutes
  const r = random()
  if (r < 0.12 - 0.05 * match) minutes = randInt(1, 9) // gave up quickly
  else if (t.runtime_minutes !== null && r < 0.55 + 0.1 * match) minutes = t.runtime_minutes // finished the film
  else minutes = Math.max(1, Math.round(full * (0.25 + 0.7 * random())))
  const p = { user: u, title: t, at, minutes, click, device: chance(0.85) ? u.device : pick(['tv', 'web', 'mobile', 'tablet']) }
  plays.push(p)
  u.played.set(t, at)
  return p
}

/** Serves a slate; returns the play a click on it started, if any. */
function serveSlate(u, at, surface, model) {
  if (at >= END) return null
  const items = buildSlate(u, at, surface, model)
  const slate = { user: u, at, surface, model, items }
  slates.push(slate)
  const ctr = { 'cf-2.3': 0.05, 'seq-1.0': 0.085, 'seq-1.1': 0.09 }[model] * (surface === 'post_play' ? 1.5 : 1)
  for (const it of items) {
    const p = ctr * (1.6 / Math.sqrt(it.position)) * Math.exp(0.6 * affinity(u, it.title) + 0.4 * it.title.quality) * (u.played.has(it.title) ? 0.3 : 1)
    if (!chance(p)) continue
    const click = { slate, position: it.position, title: it.title, at: at + randInt(4, 240) }
    clicks.push(click)
    if (chance(0.04)) clicks.push({ ...click, at: click.at + randInt(0, 1), dup: true }) // double click
    if (click.at >= END) return null
    if (!available(it.title, click.at)) return null // the licence has run out: nothing plays
    if (chance(0.9)) return play(u, it.title, click.at + randInt(2, 50), click)
    return null
  }
  return null
}

for (const u of users) {
  u.device = pickWeightedPair([['tv', 45], ['web', 20], ['mobile', 25], ['tablet', 10]])
  const from = Math.max(u.signed, START)
  // onboarding: new members rate a few titles they have seen elsewhere, seconds apart
  if (u.signed >= START && chance(0.7)) {
    let at = u.signed + randInt(60, 400)
    for (const t of shuffle(titles.filter((x) => available(x, at))).sort((a, b) => b.pop - a.pop).slice(0, 40).filter(() => chance(0.14)).slice(0, 6)) {
      rate(u, t, at)
      at += randInt(3, 25)
    }
  }
  if (u.activity === 0) continue
  // titles seen elsewhere, rated while browsing the catalogue
  const backlog = Math.floor(lognormal(0.65, 1.0))
  for (let i = 0; i < backlog; i++) {
    const at = randInt(from, END - 1)
    const pool = titles.filter((x) => available(x, at) && !u.rated.has(x))
    rate(u, pickWeightedPair(pool.map((x) => [x, x.pop * Math.exp(affinity(u, x))])), at)
  }
  const spanDays = (END - from) / DAY
  const nSessions = Math.round(u.activity * 0.62 * spanDays / 60)
  const times = []
  for (let i = 0; i < nSessions; i++) times.push(from + randInt(0, END - from - 1))
  times.sort((a, b) => a - b)
  let last = -Infinity
  for (const t0 of times) {
    if (t0 - last < 3 * 3600) continue
    let at = t0
    last = t0
    // a home-page visit: the service serves a slate
    const model = modelFor(u, at)
    let played = false
    if (chance(0.4)) {
      const p = serveSlate(u, at, u.played.size > 0 && chance(0.35) ? 'because_you_watched' : 'home_row', model)
      if (p) {
        at = p.at + p.minutes * 60
        played = true
      }
    }
    // browsing and search: organic plays
    const organic = played ? pickWeightedPair([[0, 55], [1, 35], [2, 10]]) : pickWeightedPair([[0, 20], [1, 55], [2, 20], [3, 5]])
    for (let i = 0; i < organic; i++) {
      const start = at + randInt(60, 900)
      if (start >= END) break
      const pool = titles.filter((t) => available(t, start))
      const t = pickWeightedPair(pool.map((x) => [x, x.pop * Math.exp(1.2 * affinity(u, x)) * (u.played.has(x) ? (x.runtime_minutes === null ? 2.5 : 0.15) : 1)]))
      const p = play(u, t, start, null)
      at = p.at + p.minutes * 60
    }
    // when a film ends, the player suggests what to watch next
    if (organic > 0 && at < END && chance(0.25)) {
      const p = serveSlate(u, at + randInt(1, 20), 'post_play', model)
      if (p) at = p.at + p.minutes * 60
    }
    // ratings after playing: most within the hour, some days later
    for (const p of plays.slice(-3)) {
      if (p.user !== u || p.at < t0 || u.rated.has(p.title) || !chance(u.rater * (p.minutes >= 20 ? 1 : 0.3))) continue
      rate(u, p.title, p.at + p.minutes * 60 + (chance(0.7) ? randInt(20, 3600) : randInt(DAY, 12 * DAY)))
    }
  }
}
// re-ratings: a later row for the same user and title with a changed score (the latest row is the current rating)
for (const r of shuffle(ratings.slice()).slice(0, 150)) {
  const u = r.user
  const at = r.at + randInt(2 * DAY, 70 * DAY)
  if (at >= END) continue
  const step = u.halfStars ? 0.5 : 1
  let s = clamp(r.stars + pick([-2, -1, -1, 1, 1, 2]) * step, step === 0.5 ? 0.5 : 1, 5)
  if (s === r.stars) s = r.stars === 5 ? 5 - step : r.stars + step
  rate(u, r.title, at, chance(0.07) ? null : s) // stars NULL: the user cleared the rating
}
// double submits: the same rating written twice, a second apart
for (const r of shuffle(ratings.filter((x) => x.stars !== null)).slice(0, 10)) ratings.push({ ...r, at: r.at + 1, dup: true })

// a bucketing bug: six users had one A/B slate logged under the other arm
const flipFlop = []
{
  const abSlates = new Map()
  for (const sl of slates) if (sl.at >= AB_START && sl.at < SEQ_ALL) abSlates.set(sl.user, [...(abSlates.get(sl.user) ?? []), sl])
  for (const [u, list] of shuffle([...abSlates].filter(([, l]) => l.length >= 3).sort((a, b) => a[0].user_id - b[0].user_id)).slice(0, 6)) {
    const sl = pick(list)
    sl.model = sl.model === 'cf-2.3' ? 'seq-1.0' : 'cf-2.3'
    flipFlop.push(u)
  }
}

ratings.sort((a, b) => a.at - b.at || a.user.user_id - b.user.user_id || a.title.title_id - b.title.title_id)
ratings.forEach((r, i) => (r.rating_id = i + 1))
slates.sort((a, b) => a.at - b.at || a.user.user_id - b.user.user_id)
slates.forEach((s, i) => (s.slate_id = i + 1))
const clickRows = clicks.filter((c) => c.at < END).sort((a, b) => a.at - b.at || a.slate.slate_id - b.slate.slate_id || a.position - b.position)
clickRows.forEach((c, i) => (c.click_id = i + 1))
plays.sort((a, b) => a.at - b.at || a.user.user_id - b.user.user_id)
plays.forEach((p, i) => (p.play_id = i + 1))

// ---------------------------------------------------------------- write
const writeCsv = csvWriter(import.meta.url)
writeCsv('genres', ['genre_id', 'name'], GENRES.map((g, i) => [i + 1, g]))
writeCsv('titles', ['title_id', 'name', 'kind', 'release_year', 'runtime_minutes', 'maturity_rating', 'added_on', 'removed_on'],
  titles.map((t) => [t.title_id, t.name, t.kind, t.release_year, t.runtime_minutes, t.maturity_rating, fmtDate(t.added), t.removed === null ? null : fmtDate(t.removed)]))
writeCsv('title_genres', ['title_id', 'genre_id', 'is_primary'],
  titles.flatMap((t) => t.genres.map((g, i) => [t.title_id, GENRES.indexOf(g) + 1, i === 0])).sort((a, b) => a[0] - b[0] || a[1] - b[1]))
writeCsv('users', ['user_id', 'country', 'signed_up_at'], users.map((u) => [u.user_id, u.country, fmtTs(u.signed)]))
writeCsv('ratings', ['rating_id', 'user_id', 'title_id', 'stars', 'rated_at'],
  ratings.map((r) => [r.rating_id, r.user.user_id, r.title.title_id, r.stars === null ? null : r.stars.toFixed(1), fmtTs(r.at)]))
writeCsv('rec_slates', ['slate_id', 'user_id', 'served_at', 'surface', 'model_version'], slates.map((s) => [s.slate_id, s.user.user_id, fmtTs(s.at), s.surface, s.model]))
writeCsv('rec_impressions', ['slate_id', 'position', 'title_id', 'score'],
  slates.flatMap((s) => s.items.map((it) => [s.slate_id, it.position, it.title.title_id, it.score.toFixed(4)])))
writeCsv('rec_clicks', ['click_id', 'slate_id', 'position', 'clicked_at'], clickRows.map((c) => [c.click_id, c.slate.slate_id, c.position, fmtTs(c.at)]))
writeCsv('plays', ['play_id', 'user_id', 'title_id', 'started_at', 'minutes_watched', 'device', 'click_id'],
  plays.map((p) => [p.play_id, p.user.user_id, p.title.title_id, fmtTs(p.at), p.minutes, p.device, p.click?.click_id ?? null]))

if (process.argv.includes('--stats')) {
  console.log({ titles: titles.length, users: users.length, ratings: ratings.length, slates: slates.length, impressions: slates.reduce((n, s) => n + s.items.length, 0),
    clicks: clickRows.length, plays: plays.length, flipFlop: flipFlop.map((u) => u.user_id).sort((a, b) => a - b),
    doubleClicks: clickRows.filter((c) => c.dup).map((c) => c.click_id), duplicateRatings: ratings.filter((r) => r.dup).map((r) => r.rating_id) })
}
