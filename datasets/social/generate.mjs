// Deterministic generator for the `social` dataset (a small network for hobby photographers).
// Usage: node datasets/social/generate.mjs   (from anywhere; writes data/*.csv next to this file)
// No dependencies, no clock, no Math.random: a seeded mulberry32 PRNG drives everything.
import { createSampler, csvWriter } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG helpers
const { random, randInt, chance, pick, pickWeighted, normal, shuffle } = createSampler(20240611)

// ---------------------------------------------------------------- time helpers
// Time is kept as integer seconds since 2024-01-01 00:00:00 (treated as UTC, stored as timestamp).
const BASE_MS = Date.UTC(2024, 0, 1)
const DAY = 86400
const DAYS = 547 // 2024-01-01 .. 2025-06-30
const END = DAYS * DAY // 2025-07-01 00:00:00, exclusive
const EVENTS_FROM = (366 + 151) * DAY // 2025-06-01 00:00:00: app telemetry starts here
const pad = (n) => String(n).padStart(2, '0')
function ts(sec) {
  const d = new Date(BASE_MS + sec * 1000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

// ---------------------------------------------------------------- vocabulary
const COUNTRIES = [
  // code, weight, utc offset (hours), name pool
  ['US', 16, -5, 'en'], ['GB', 9, 0, 'en'], ['DE', 8, 1, 'de'], ['FR', 5, 1, 'fr'], ['JP', 6, 9, 'jp'],
  ['BR', 6, -3, 'pt'], ['IN', 6, 5, 'in'], ['CA', 5, -5, 'en'], ['AU', 4, 10, 'en'], ['NL', 4, 1, 'nl'],
  ['ES', 4, 1, 'es'], ['IT', 4, 1, 'it'], ['MX', 4, -6, 'es'], ['PL', 3, 1, 'pl'], ['SE', 3, 1, 'se'],
  ['KR', 3, 9, 'kr'], ['NG', 3, 1, 'ng'], ['ZA', 2, 2, 'en'], ['NZ', 2, 12, 'en'], ['PT', 2, 0, 'pt'],
  ['AR', 2, -3, 'es'], ['PH', 2, 8, 'ph'], ['TR', 2, 3, 'tr'], ['IE', 1, 0, 'en'],
]
const NAMES = {
  en: [['Maya', 'Owen', 'Hazel', 'Theo', 'Nora', 'Callum', 'Ivy', 'Jasper', 'Rosa', 'Declan', 'Tess', 'Wren', 'Abel', 'Quinn', 'Elsie', 'Miles', 'Harriet', 'Rowan'],
    ['Fairbrook', 'Holloway', 'Pike', 'Ashdown', 'Mercer', 'Thorne', 'Calloway', 'Bright', 'Linwood', 'Haskett', 'Reyne', 'Moss', 'Garland', 'Penrose', 'Whitlock', 'Dunmore']],
  de: [['Lena', 'Jonas', 'Frieda', 'Matthis', 'Greta', 'Lukas', 'Ilse', 'Henrik', 'Marlene', 'Kai'], ['Vogt', 'Brandauer', 'Kessler', 'Lindqvist', 'Albrecht', 'Wendt', 'Hohmann', 'Seidel']],
  fr: [['Camille', 'Hugo', 'Manon', 'Bastien', 'Inès', 'Gaspard', 'Louise', 'Rémi'], ['Duval', 'Marchetti', 'Lefèvre', 'Carrel', 'Boudet', 'Vasseur', 'Peyrot']],
  jp: [['Haruto', 'Yui', 'Sora', 'Aoi', 'Ren', 'Mio', 'Daichi', 'Hinata'], ['Tanabe', 'Morikawa', 'Ishida', 'Kurosawa', 'Nakano', 'Fujita', 'Okabe']],
  pt: [['Lucas', 'Beatriz', 'Thiago', 'Larissa', 'Caio', 'Marta', 'Vitor', 'Inês'], ['Araújo', 'Figueira', 'Moreira', 'Teles', 'Barros', 'Quintela', 'Sampaio']],
  in: [['Aarav', 'Meera', 'Kabir', 'Ishita', 'Rohan', 'Tara', 'Vikram', 'Anaya'], ['Iyer', 'Bhatt', 'Menon', 'Kulkarni', 'Sethi', 'Rao', 'Chawla']],
  nl: [['Sanne', 'Daan', 'Fenna', 'Bram', 'Lotte', 'Joris'], ['de Wit', 'Bakker', 'Veenstra', 'Kuipers', 'Smit', 'van Dam']],
  es: [['Lucía', 'Mateo', 'Valeria', 'Diego', 'Carmen', 'Iker', 'Paloma', 'Santiago'], ['Robles', 'Ibarra', 'Cifuentes', 'Salazar', 'Montaño', 'Vidal', 'Ochoa']],
  it: [['Giulia', 'Matteo', 'Chiara', 'Lorenzo', 'Alessia', 'Tommaso'], ['Ferraro', 'Lombardi', 'Galli', 'Rinaldi', 'Sartori', 'Bellini']],
  pl: [['Zofia', 'Kacper', 'Maja', 'Szymon', 'Hanna'], ['Nowicki', 'Wrona', 'Zielińska', 'Kowal', 'Jasiński']],
  se: [['Elsa', 'Linus', 'Saga', 'Viggo', 'Alva'], ['Lindgren', 'Ekström', 'Sandberg', 'Holm', 'Wallin']],
  kr: [['Jiwoo', 'Minjun', 'Seoyeon', 'Hyun', 'Dasom'], ['Park', 'Choi', 'Yoon', 'Kang', 'Han']],
  ng: [['Adaeze', 'Tunde', 'Chiamaka', 'Emeka', 'Folake'], ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze']],
  ph: [['Bea', 'Paolo', 'Kaye', 'Migs'], ['Santos', 'Villanueva', 'Dizon', 'Mercado']],
  tr: [['Elif', 'Emre', 'Defne', 'Kerem'], ['Yıldız', 'Aksoy', 'Demirci', 'Kaplan']],
}
const HANDLE_WORDS = ['lens', 'frames', 'shoots', 'grain', 'light', 'focus', 'film', 'shutter', 'snaps', 'exposed', 'aperture', 'negatives', 'optics', 'mono', 'pixels', 'roll']
const HANDLE_NOUNS = ['harbour', 'heron', 'fog', 'tram', 'lantern', 'pier', 'alley', 'meadow', 'rooftop', 'tidepool', 'orchard', 'quarry', 'moth', 'ferry', 'cedar', 'dune', 'kiln', 'comet']
const HANDLE_ADJ = ['quiet', 'grainy', 'lowtide', 'blue', 'slow', 'late', 'rusty', 'misty', 'amber', 'northern', 'tiny', 'wandering', 'halfframe', 'midnight']

const SUBJECTS = ['fog over the harbour', 'the old tram depot', 'rain on the café window', "my neighbour's cat", 'the morning market', 'a heron at low tide',
  'neon after midnight', 'the last ferry home', 'frost on the allotment', 'a quiet bus stop', 'an empty lido', 'laundry lines in the courtyard',
  'pigeons on the bridge', 'stairwell shadows', 'a rusty bicycle', 'buskers by the station', 'wildflowers by the tracks', 'storm clouds rolling in',
  'the night bakery', 'reflections in a puddle', 'the lighthouse at dusk', 'kids chasing bubbles', 'scaffolding against a pink sky', 'dunes after the wind',
  'the fish auction', 'a hailstorm on the lake', 'the allotment greenhouse', 'cranes over the river', 'a snowy playground', 'the flower stall closing up']
const SUFFIXES = ['Shot on 35mm.', '50mm, handheld.', 'Straight out of camera.', 'Edited on the bus home.', 'First roll of the month.', 'Still learning to nail focus.',
  'Pushed two stops.', 'Phone shot, no regrets.', 'Tripod finally paid off.', 'Half-frame, so two of everything.', 'Cropped a little.', 'Woke up at 5 for this.', '']
const PLACES = ['Lisbon', 'the Baltic coast', 'Kyoto', 'the Peak District', 'Oaxaca', 'Rotterdam', 'Hokkaido', 'the Outer Hebrides', 'Marseille', 'Valparaíso', 'Tbilisi',
  'the Dolomites', 'Busan', 'Cape Town', 'Lagos island', 'Porto', 'Quebec City', 'the Atacama', 'my hometown', 'the old quarter']
const TEXT_POSTS = ['Anyone tried a 28mm for street? Worried it is too wide.', 'How do you all store negatives? Mine are in shoeboxes.',
  'Looking for a photo walk buddy this weekend.', 'Weekly challenge idea: only shoot the colour yellow.', 'Is it worth learning to develop at home?',
  'My camera died mid-trip. Lessons learned: carry spare batteries.', 'What is your go-to setting for night markets?', 'Finally sold my zoom and went prime only.',
  'Hot take: overcast days are the best light.', 'Printing my first zine. Any tips on paper?', 'Which editing app do you use on the phone?',
  'Scanned 12 rolls today. My back hurts.', 'Does anyone else shoot only on Sundays?', 'Thinking of a 30-day one-photo-a-day streak. Who is in?',
  'Lost a lens cap in the sea. Again.', 'Best way to clean dust off a sensor without panicking?']
const REPLIES = ['Love the tones here.', 'What film stock is this?', 'That light!', 'Great framing.', 'The crop really works.', 'This made my morning.', 'So moody, in a good way.',
  'Which lens?', 'Those shadows are perfect.', 'Saving this for inspiration.', 'Bit soft on the left but I love it.', 'Been there! Brings back memories.',
  'Try it in black and white?', 'How long was the exposure?', 'The colours are unreal.', 'Agreed, the second frame is the best.', 'Same here.',
  'Do you sell prints?', 'Mine never come out this sharp.', 'Count me in.', 'I use a cheap lens pen, works fine.', 'Shoeboxes gang.']
const REPLY_BACKS = ['Thanks! It was a lucky moment.', 'Thank you, really appreciate it.', 'Cheap 50mm, nothing fancy.', 'Portra, pushed a bit.', 'About two seconds, on a wall.',
  'Ha, yes, shaky hands.', 'Good idea, will try!', 'Maybe! DM me.', 'It was freezing, worth it though.', 'You should go, early morning is best.', 'Exactly what I thought.',
  'Haha fair.', 'Noted for next time.', 'Right? Could not believe it.']
const TAGS = ['#streetphotography', '#filmisnotdead', '#goldenhour', '#35mm', '#blackandwhite', '#urbanexplorer', '#mobilephotography', '#landscape']

function photoCaption() {
  const s = pick(SUBJECTS)
  let c
  const r = random()
  if (r < 0.45) c = `${s[0].toUpperCase()}${s.slice(1)}. ${pick(SUFFIXES)}`.trim()
  else if (r < 0.7) c = `${s[0].toUpperCase()}${s.slice(1)}, ${pick(PLACES)}.`
  else if (r < 0.85) c = `Tried to catch ${s}.`
  else c = `${s[0].toUpperCase()}${s.slice(1)} ${pick(TAGS)}`
  return c
}
function albumCaption(n) {
  const p = pick(PLACES)
  return pick([`${n} frames from ${p}.`, `Weekend in ${p}: ${n} photos.`, `Contact sheet picks, ${p}.`, `${p}, part ${randInt(1, 4)}.`, `A roll of ${pick(SUBJECTS)}.`])
}

// ---------------------------------------------------------------- users
const N_USERS = 420
const TIERS = ['power', 'regular', 'casual', 'lurker']
const TIER = {
  // stay: P(login tomorrow | logged in today); come: P(login tomorrow | not today)
  power: { stay: 0.86, come: 0.36, life: [140, 330], perDay: [[1, 2, 3], [10, 3, 1]], postP: 0.33, feed: 6, likeP: 0.4, replyP: 0.04, onboard: [4, 10], backP: 0.35 },
  regular: { stay: 0.56, come: 0.12, life: [40, 150], perDay: [[1, 2], [8, 2]], postP: 0.26, feed: 5, likeP: 0.34, replyP: 0.035, onboard: [3, 8], backP: 0.65 },
  casual: { stay: 0.32, come: 0.05, life: [20, 110], perDay: [[1], [1]], postP: 0.21, feed: 4, likeP: 0.28, replyP: 0.02, onboard: [1, 6], backP: 0.5 },
  lurker: { stay: 0.16, come: 0.025, life: [0, 35], perDay: [[1], [1]], postP: 0.015, feed: 3, likeP: 0.14, replyP: 0.004, onboard: [0, 4], backP: 0.3 },
}

const users = []
{
  // join times: a small founding group in the first days, then growth that accelerates over time
  const joins = []
  for (let i = 0; i < 9; i++) joins.push(randInt(0, 3 * DAY - 1) + 8 * 3600)
  while (joins.length < N_USERS) {
    const t = random()
    if (random() < (0.35 + 1.3 * t) / 1.65) {
      const day = Math.floor(t * (DAYS - 4))
      const sec = day * DAY + randInt(6 * 3600, 23 * 3600 + 3599)
      joins.push(sec)
    }
  }
  joins.sort((a, b) => a - b)
  const usedHandles = new Set()
  for (let i = 0; i < N_USERS; i++) {
    const c = pickWeighted(COUNTRIES, COUNTRIES.map((x) => x[1]))
    const [first, last] = [pick(NAMES[c[3]][0]), pick(NAMES[c[3]][1])]
    let tier
    if (i < 6) tier = 'power'
    else tier = pickWeighted(TIERS, [1.5, 13, 33, 52])
    let handle
    for (let tries = 0; ; tries++) {
      const f = first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')
      const l = last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')
      const r = random()
      if (r < 0.22) handle = `${f}_${pick(HANDLE_WORDS)}`
      else if (r < 0.4) handle = `${pick(HANDLE_ADJ)}_${pick(HANDLE_NOUNS)}`
      else if (r < 0.55) handle = `${f}.${l}`
      else if (r < 0.7) handle = `${f}${pick(HANDLE_WORDS)}${randInt(2, 99)}`
      else if (r < 0.82) handle = `${pick(HANDLE_NOUNS)}.${pick(HANDLE_WORDS)}`
      else if (r < 0.92) handle = `${f[0]}${l}_${pick(['photo', 'pics', 'film', 'cam'])}`
      else handle = `${pick(HANDLE_ADJ)}${pick(HANDLE_WORDS)}`
      if (tries > 5) handle += randInt(1, 9)
      if (handle.length <= 30 && !usedHandles.has(handle)) break
    }
    usedHandles.add(handle)
    const display = random() < 0.1 ? `${first} ${last[0]}.` : random() < 0.06 ? `${first} | ${pick(['film', 'street', 'landscapes', 'birds', 'portraits'])}` : `${first} ${last}`
    const local = pick([[7, 8], [12, 13], [19, 20, 21, 22], [20, 21, 22, 23]])
    users.push({
      id: i + 1, handle, display, country: random() < 0.045 ? null : c[0], joined: joins[i], tier,
      verified: false, offset: c[2], hours: local, hours2: pick([[7, 8], [12, 13], [18, 19], [22, 23]]),
      device: pickWeighted(['ios', 'android', 'web'], [45, 36, 19]),
      skill: Math.exp(normal() * 0.45) * (tier === 'power' ? 1.4 : tier === 'regular' ? 1.1 : 1),
      followers: [], following: new Set(), lastSeen: -1, seenFollowers: 0,
    })
  }
  // verification: most power users plus a couple of others
  for (const u of users) if ((u.tier === 'power' && chance(0.7)) || (u.tier === 'regular' && chance(0.04))) u.verified = true
}

// ---------------------------------------------------------------- logins
const logins = [] // {u, t, device}
for (const u of users) {
  const P = TIER[u.tier]
  const joinDay = Math.floor(u.joined / DAY)
  const times = [u.joined + randInt(5, 55)]
  // the two founding accounts never churn; everybody else has an active period and then fades out
  const periods = [[joinDay, u.id <= 2 ? DAYS : joinDay + randInt(P.life[0], P.life[1])]]
  if (u.tier !== 'power' && chance(0.15)) {
    const s = periods[0][1] + randInt(30, 150)
    periods.push([s, s + randInt(10, 60)])
  }
  let on = true
  for (const [from, to] of periods) {
    for (let d = from + 1; d <= Math.min(to, DAYS - 1); d++) {
      // new accounts get a first-week boost; a comeback period starts with a login
      const come = d - joinDay <= 7 ? Math.max(P.come, 0.12) : P.come
      on = on ? chance(P.stay) : chance(d === from + 1 && from !== joinDay ? 0.9 : come)
      if (!on) continue
      const k = pickWeighted(P.perDay[0], P.perDay[1])
      const hrs = shuffle([...u.hours, ...u.hours2])
      const dayTimes = []
      for (let j = 0; j < k; j++) {
        const localH = hrs[j % hrs.length]
        const utc = (localH - u.offset + 24) % 24
        const sec = d * DAY + utc * 3600 + randInt(0, 3599)
        dayTimes.push(sec)
      }
      dayTimes.sort((a, b) => a - b)
      for (const s of dayTimes) times.push(s)
    }
  }
  times.sort((a, b) => a - b)
  // keep logins of one user at least 4 hours apart so sessions never overlap
  let last = -Infinity
  for (const t of times) {
    if (t < u.joined || t >= END) continue
    if (t - last < 4 * 3600) continue
    last = t
    logins.push({ u, t, device: chance(0.86) ? u.device : pick(['ios', 'android', 'web']) })
  }
}
logins.sort((a, b) => a.t - b.t || a.u.id - b.u.id)

// ---------------------------------------------------------------- simulation over sessions
const posts = [] // {id, u, t, kind, photos, caption, parent, depth, root, appeal, replies: []}
const likes = [] // {u, p, t}
const likeSet = new Set()
const follows = [] // {a, b, t}
const events = [] // {u, type, t, post}
const MAX_DEPTH = 5 // replies to replies: a root plus at most 5 levels

function addFollow(a, b, t) {
  if (a === b || a.following.has(b.id)) return false
  a.following.add(b.id)
  b.followers.push({ u: a, t })
  follows.push({ a, b, t })
  return true
}

let recentRoots = [] // root posts of the last 10 days, oldest first
for (const L of logins) {
  const u = L.u
  const P = TIER[u.tier]
  let cursor = L.t
  let count = 0
  const MAX_EVENTS = 20
  let lastEv = null // the event just recorded (null before 2025-06-01, when telemetry did not exist yet)
  const record = (type, post) => {
    lastEv = null
    if (cursor >= END) return null
    if (cursor >= EVENTS_FROM) events.push((lastEv = { u, type, t: cursor, post }))
    return cursor
  }
  const step = (type, post) => {
    if (count >= MAX_EVENTS) return null
    cursor += 5 + Math.floor(random() * random() * 230)
    count++
    return record(type, post)
  }
  record('app_open', null)
  count = 1
  const isSignup = L.t - u.joined < 60

  // onboarding: follow suggested accounts (popular ones, same country preferred)
  if (isSignup) {
    const k = randInt(P.onboard[0], P.onboard[1])
    const cands = users.filter((v) => v !== u && v.joined < L.t)
    for (let i = 0; i < k && cands.length; i++) {
      const v = pickWeighted(cands, cands.map((c) => Math.pow(c.followers.length + 1, 1.15) * (c.country && c.country === u.country ? 3 : 1) * (c.tier === 'power' ? 2 : 1)))
      if (u.following.has(v.id)) continue
      if (i === 0 && chance(0.5)) step('search', null)
      step('profile_view', null)
      const t = step('follow', null)
      if (t !== null) addFollow(u, v, t)
    }
  }

  // notifications: new followers and replies since the last visit
  const newFollowers = u.followers.slice(u.seenFollowers).filter((f) => f.t < L.t)
  u.seenFollowers += newFollowers.length
  const since = Math.max(u.lastSeen, L.t - 4 * DAY)
  const newReplies = []
  for (const p of u.myPosts || []) for (const r of p.replies) if (r.t >= since && r.t < L.t && r.u !== u) newReplies.push(r)
  if (newFollowers.length || newReplies.length) {
    step('notification_open', null)
    for (const f of newFollowers) {
      if (u.following.has(f.u.id) || !chance(P.backP)) continue
      step('profile_view', null)
      const t = step('follow', null)
      if (t !== null) addFollow(u, f.u, t)
    }
    for (const r of newReplies) {
      if (r.depth >= MAX_DEPTH || !chance(0.45)) continue
      step('post_view', r)
      const t = step('reply_create', null)
      if (t === null) break
      const rep = makePost(u, t, r, 'back')
      if (lastEv) lastEv.post = rep
    }
  }

  // feed: recent root posts from followed accounts, topped up with popular recent posts
  while (recentRoots.length && recentRoots[0].t < L.t - 10 * DAY) recentRoots.shift()
  const visible = recentRoots.filter((p) => p.t < L.t && p.u !== u)
  const fromFollowed = visible.filter((p) => u.following.has(p.u.id) && p.t > L.t - 7 * DAY).reverse()
  const popular = visible.filter((p) => !u.following.has(p.u.id) && p.t > L.t - 3 * DAY).sort((a, b) => b.likeCount - a.likeCount || a.t - b.t)
  const feed = fromFollowed.slice(0, P.feed)
  for (const p of popular) {
    if (feed.length >= P.feed + 2) break
    if (chance(0.5)) feed.push(p)
  }
  if (feed.length) step('feed_view', null)
  for (const p of feed) {
    if (count >= MAX_EVENTS - 2) break
    if (!chance(0.6)) continue
    const tv = step('post_view', p)
    if (tv === null) break
    const key = `${u.id}:${p.id}`
    const likeP = P.likeP * Math.min(1.6, p.appeal) * (u.following.has(p.u.id) ? 1 : 0.55)
    if (!likeSet.has(key) && chance(likeP)) {
      const t = step('like', p)
      if (t !== null) {
        likeSet.add(key)
        likes.push({ u, p, t })
        p.likeCount++
      }
    }
    if (chance(P.replyP * (p.replies.length ? 1.6 : 1))) {
      // reply to the root, or to someone already in the thread
      const open = p.thread.filter((q) => q.depth < MAX_DEPTH && q.t < cursor)
      const target = chance(0.55) || open.length === 0 ? p : pick(open)
      if (target.depth < MAX_DEPTH) {
        const t = step('reply_create', null)
        if (t !== null) {
          const rep = makePost(u, t, target, 'reply')
          if (lastEv) lastEv.post = rep
        }
      }
    }
    if (p.thread.length > 1 && chance(0.12)) {
      const q = pick(p.thread.slice(1))
      const key2 = `${u.id}:${q.id}`
      if (q.u !== u && q.t < cursor && !likeSet.has(key2)) {
        const t = step('like', q)
        if (t !== null) {
          likeSet.add(key2)
          likes.push({ u, p: q, t })
          q.likeCount++
        }
      }
    }
    // discover a new account through a post
    if (!u.following.has(p.u.id) && chance(0.07)) {
      step('profile_view', null)
      const t = step('follow', null)
      if (t !== null) addFollow(u, p.u, t)
    }
  }

  // friend-of-friend discovery (closes triangles and cycles in the graph)
  if (u.following.size && chance(u.tier === 'lurker' ? 0.02 : 0.06)) {
    const via = users[pick([...u.following]) - 1]
    const cands = [...via.following].filter((id) => id !== u.id && !u.following.has(id))
    if (cands.length) {
      step('search', null)
      step('profile_view', null)
      const t = step('follow', null)
      if (t !== null) addFollow(u, users[pick(cands) - 1], t)
    }
  }

  // create a post
  if (chance(P.postP)) {
    const t = step('post_create', null)
    if (t !== null) {
      const np = makePost(u, t, null, 'root')
      if (lastEv) lastEv.post = np
    }
  }
  u.lastSeen = cursor
}

function makePost(u, t, parent, mode) {
  let kind, photos, caption
  if (parent) {
    if (chance(0.1)) { kind = 'photo'; photos = 1; caption = chance(0.5) ? 'Here is mine from the same spot.' : pick(['Similar light here last week.', 'Couldn\'t resist, my version:', 'Same place, ten years ago.']) }
    else { kind = 'text'; photos = 0; caption = mode === 'back' ? pick(REPLY_BACKS) : pick(REPLIES) }
  } else {
    kind = pickWeighted(['photo', 'album', 'text'], [62, 21, 17])
    if (kind === 'photo') { photos = 1; caption = chance(0.12) ? null : photoCaption() }
    else if (kind === 'album') { photos = randInt(2, 10); caption = chance(0.1) ? null : albumCaption(photos) }
    else { photos = 0; caption = pick(TEXT_POSTS) }
  }
  const p = {
    id: posts.length + 1, u, t, kind, photos, caption, parent, depth: parent ? parent.depth + 1 : 0,
    root: parent ? parent.root : null, appeal: u.skill * Math.exp(normal() * 0.5) * (kind === 'text' ? 0.6 : kind === 'album' ? 1.15 : 1),
    replies: [], likeCount: 0,
  }
  if (!parent) { p.root = p; p.thread = [p]; recentRoots.push(p) }
  else { parent.replies.push(p); p.root.thread.push(p); p.thread = p.root.thread }
  ;(u.myPosts ||= []).push(p)
  posts.push(p)
  return p
}

// ---------------------------------------------------------------- finalise ids and write CSVs
// post ids follow created_at (a reply always gets a larger id than the post it answers)
const ordered = [...posts].sort((a, b) => a.t - b.t || a.id - b.id)
ordered.forEach((p, i) => (p.newId = i + 1))
follows.sort((x, y) => x.t - y.t || x.a.id - y.a.id || x.b.id - y.b.id)
likes.sort((x, y) => x.t - y.t || x.u.id - y.u.id || x.p.newId - y.p.newId)
events.sort((x, y) => x.t - y.t || x.u.id - y.u.id)

const writeCsv = csvWriter(import.meta.url)
writeCsv('users', ['user_id', 'handle', 'display_name', 'country', 'joined_at', 'is_verified'],
  users.map((u) => [u.id, u.handle, u.display, u.country, ts(u.joined), u.verified ? 'true' : 'false']))
writeCsv('follows', ['follower_id', 'followee_id', 'followed_at'], follows.map((f) => [f.a.id, f.b.id, ts(f.t)]))
writeCsv('posts', ['post_id', 'user_id', 'created_at', 'kind', 'photo_count', 'caption', 'reply_to_post_id'],
  ordered.map((p) => [p.newId, p.u.id, ts(p.t), p.kind, p.photos, p.caption, p.parent ? p.parent.newId : null]))
writeCsv('likes', ['user_id', 'post_id', 'liked_at'], likes.map((l) => [l.u.id, l.p.newId, ts(l.t)]))
writeCsv('logins', ['login_id', 'user_id', 'logged_in_at', 'device'], logins.map((l, i) => [i + 1, l.u.id, ts(l.t), l.device]))
writeCsv('app_events', ['event_id', 'user_id', 'event_type', 'occurred_at', 'post_id'],
  events.map((e, i) => [i + 1, e.u.id, e.type, ts(e.t), e.post ? e.post.newId : null]))

console.log(`users ${users.length}, follows ${follows.length}, posts ${posts.length}, likes ${likes.length}, logins ${logins.length}, app_events ${events.length}`)
