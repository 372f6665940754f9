// Deterministic generator for the `video` dataset (a video-sharing platform: channels, uploads, views).
// Usage: node datasets/video/generate.mjs [--stats]   (from anywhere; writes data/*.csv next to this file)
// No dependencies, no clock, no network: everything comes from the seeded sampler of ../generator-support.mjs.
// Local times come from the platform's time-zone rules (Intl), which are settled for 2024-2025.
import { createSampler, csvWriter, localToUtc, utcOffset } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG helpers
const { random, randInt, chance, pick, pickWeightedPair, lognormal, shuffle } = createSampler(20241001)
const expo = (mean) => -mean * Math.log(1 - random())

// ---------------------------------------------------------------- time (integer seconds since 1970, UTC)
const DAY = 86400
const sec = (iso) => Date.parse(iso.replace(' ', 'T') + 'Z') / 1000
const fmtTs = (s) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ')
const WINDOW_START = sec('2024-10-01 00:00:00') // views, reactions and comments: 2024-10-01 .. 2025-03-31
const WINDOW_END = sec('2025-04-01 00:00:00') // exclusive

if (utcOffset('Asia/Kathmandu', WINDOW_START) !== 20700 || utcOffset('America/New_York', sec('2024-12-01 12:00:00')) !== -18000) {
  throw new Error('this Node has no usable time-zone data (Intl); the video data needs it')
}

// ---------------------------------------------------------------- users
const ZONES = [
  // country, time zone, weight
  ['US', 'America/New_York', 8], ['US', 'America/Chicago', 5], ['US', 'America/Denver', 2], ['US', 'America/Los_Angeles', 6],
  ['CA', 'America/Toronto', 3], ['MX', 'America/Mexico_City', 4], ['BR', 'America/Sao_Paulo', 5], ['GB', 'Europe/London', 6],
  ['DE', 'Europe/Berlin', 5], ['FR', 'Europe/Paris', 3], ['ES', 'Europe/Madrid', 3], ['NG', 'Africa/Lagos', 3],
  ['IN', 'Asia/Kolkata', 7], ['NP', 'Asia/Kathmandu', 1], ['PH', 'Asia/Manila', 3], ['JP', 'Asia/Tokyo', 3], ['AU', 'Australia/Sydney', 3],
]
const NAME_WORDS = ['amber', 'birch', 'cinder', 'dusk', 'ember', 'fable', 'gale', 'harbor', 'indigo', 'juniper', 'kestrel', 'lumen', 'maple', 'nimbus',
  'onyx', 'pebble', 'quartz', 'rowan', 'saffron', 'thistle', 'umber', 'velvet', 'willow', 'yarrow', 'zephyr', 'copper', 'marrow', 'sparrow', 'tundra', 'orchid']
const NAME_NOUNS = ['fox', 'otter', 'lark', 'moth', 'heron', 'badger', 'wren', 'koi', 'lynx', 'finch', 'newt', 'crane', 'hare', 'owl', 'vole', 'gecko', 'raven', 'bison']
// hour-of-day weights of viewing, in the viewer's local time (evening peak)
const LOCAL_HOURS = [1.6, 0.9, 0.5, 0.3, 0.2, 0.2, 0.4, 0.9, 1.1, 1.0, 1.0, 1.1, 1.5, 1.4, 1.2, 1.3, 1.6, 2.0, 2.6, 3.2, 3.6, 3.5, 3.0, 2.3].map((w, h) => [h, w])

const N_USERS = 520
const users = []
{
  const joins = []
  while (joins.length < N_USERS) {
    if (random() < 0.56) joins.push(randInt(sec('2023-02-01 00:00:00'), WINDOW_START - 1))
    else {
      // sign-ups during the window grow towards the end
      const t = random()
      if (random() < 0.45 + 0.55 * t) joins.push(WINDOW_START + Math.floor(t * (WINDOW_END - WINDOW_START - 3 * DAY)))
    }
  }
  joins.sort((a, b) => a - b)
  const used = new Set()
  for (let i = 0; i < N_USERS; i++) {
    const [country, tz] = pickWeightedPair(ZONES.map((z) => [z, z[2]]))
    let username
    do {
      const r = random()
      username = r < 0.45 ? `${pick(NAME_WORDS)}_${pick(NAME_NOUNS)}${randInt(1, 99)}` : r < 0.75 ? `${pick(NAME_NOUNS)}${pick(NAME_WORDS)}` : `${pick(NAME_WORDS)}.${pick(NAME_NOUNS)}`
    } while (used.has(username))
    used.add(username)
    users.push({
      user_id: i + 1, username, country, timezone: tz, signed: joins[i],
      birth_year: chance(0.14) ? null : Math.round(Math.min(2011, Math.max(1950, 1994 + 11 * (random() + random() - 1) * 1.6))),
      activity: chance(0.17) ? 0 : lognormal(1, 0.95), // expected sessions scale; 0 = no views in the window
      device: pickWeightedPair([['mobile', 52], ['desktop', 24], ['tv', 14], ['tablet', 10]]),
      affinity: null, subs: [],
    })
  }
}

// ---------------------------------------------------------------- channels
const CATEGORIES = ['gaming', 'music', 'education', 'cooking', 'travel', 'tech', 'fitness', 'comedy', 'diy']
const channelDefs = [
  ['Pixel Lantern', 'pixellantern', 'gaming'], ['Respawn Kitchen', 'respawnkitchen', 'gaming'], ['Cartridge Club', 'cartridgeclub', 'gaming'],
  ['Low Ping Lounge', 'lowpinglounge', 'gaming'], ['Nightshift Speedruns', 'nightshiftruns', 'gaming'],
  ['Velvet Static', 'velvetstatic', 'music'], ['Bassline Diaries', 'basslinediaries', 'music'], ['The Quiet Metronome', 'quietmetronome', 'music'],
  ['Chord & Coffee', 'chordandcoffee', 'music'],
  ['Chalkdust Physics', 'chalkdustphysics', 'education'], ['Margin Notes', 'marginnotes', 'education'], ['Atlas of Small Things', 'atlassmallthings', 'education'],
  ['Proof by Pictures', 'proofbypictures', 'education'], ['History in a Hurry', 'historyinahurry', 'education'],
  ['Cast Iron Courage', 'castironcourage', 'cooking'], ['Three Pan Suppers', 'threepansuppers', 'cooking'], ['Knead to Know', 'kneadtoknow', 'cooking'],
  ['Spice Ledger', 'spiceledger', 'cooking'],
  ['Backroads & Buses', 'backroadsbuses', 'travel'], ['Carry-On Only', 'carryononly', 'travel'], ['Slow Rail Journal', 'slowrailjournal', 'travel'],
  ['Circuit Garden', 'circuitgarden', 'tech'], ['Refurb Bench', 'refurbbench', 'tech'], ['Kernel Panic Cafe', 'kernelpaniccafe', 'tech'],
  ['Byte-Sized Builds', 'bytesizedbuilds', 'tech'],
  ['Morning Mobility', 'morningmobility', 'fitness'], ['Stairwell Athletics', 'stairwellathletics', 'fitness'], ['Kettlebell Kin', 'kettlebellkin', 'fitness'],
  ['Awkward Pauses', 'awkwardpauses', 'comedy'], ['Two Chairs Sketch', 'twochairssketch', 'comedy'], ['Deadpan Daily', 'deadpandaily', 'comedy'],
  ['Sawdust Sundays', 'sawdustsundays', 'diy'], ['Patch & Mend', 'patchandmend', 'diy'], ['The Balcony Gardener', 'balconygardener', 'diy'],
  ['Grout Expectations', 'groutexpectations', 'diy'], ['Tiny Flat Fixes', 'tinyflatfixes', 'diy'],
  // started during the window: little or nothing uploaded yet
  ['Lantern Lake Tales', 'lanternlaketales', 'education'], ['Offbeat Percussion', 'offbeatpercussion', 'music'],
  ['Fold & Glue', 'foldandglue', 'diy'], ['Second Wind Runs', 'secondwindruns', 'fitness'],
]
const channels = []
{
  // owners: users who joined before the window (the last four channels: newer owners); one owner runs two channels
  const early = users.filter((u) => u.signed < sec('2024-06-01 00:00:00'))
  const late = users.filter((u) => u.signed >= WINDOW_START && u.signed < sec('2025-02-15 00:00:00'))
  const ownersTaken = new Set()
  channelDefs.forEach(([name, handle, category], i) => {
    let owner
    if (i === 12) owner = channels[10].owner // Proof by Pictures and Margin Notes share an owner
    else {
      const pool = i >= 36 ? late : early
      do owner = pick(pool)
      while (ownersTaken.has(owner.user_id))
    }
    ownersTaken.add(owner.user_id)
    const from = Math.max(owner.signed + randInt(1, 40) * DAY, i >= 36 ? WINDOW_START : sec('2023-03-01 00:00:00'))
    const created = i >= 36 ? randInt(from, Math.max(from, sec('2025-03-05 00:00:00'))) : randInt(from, Math.max(from, sec('2024-04-30 00:00:00')))
    channels.push({ channel_id: i + 1, owner, owner_user_id: owner.user_id, handle, name, category, country: owner.country, created, pop: lognormal(1, 0.8), videos: [] })
  })
  // two of the new channels have uploaded nothing yet
  channels[37].pop = 0
  channels[39].pop = 0
}

// ---------------------------------------------------------------- videos
const TITLE_PARTS = {
  gaming: {
    long: ['I Beat {game} Without Taking Damage', '{game}: Every Secret Room in One Run', '{n} Hours in {game} and I Still Got Lost', 'Ranking Every Boss in {game}',
      'Speedrunning {game} Blindfolded (Almost)', 'Why {game} Still Holds Up', '{game} but Every Jump Is Random', 'The Worst Level in {game}, Revisited', 'Co-op {game} with Strangers'],
    short: ['This {game} glitch is unreal', 'One-frame dodge in {game}', '{game} in 30 seconds', 'POV: your first {game} boss'],
    fill: { game: ['Hollowmere', 'Skyward Lanterns', 'Brine & Bone', 'Mosslight', 'Starless Keep', 'Gearwright', 'Pocket Kingdoms', 'Dune Courier', 'Frostline Rally'] },
  },
  music: {
    long: ['{style} Session No. {n}', 'Writing a {style} Song in One Hour', 'Covering {style} Classics on {instr}', 'Live at the Rooftop: {style} Set',
      'How I Mix {style} at Home', '{instr} Practice Routine That Actually Works', 'Rain, Lamps and {style}: {n} Minutes'],
    short: ['{instr} riff of the day', 'Tiny {style} loop', 'Can you hear the {instr}?', 'Tuning fail, {instr} edition'],
    fill: { style: ['Lo-fi', 'Jazz', 'Folk', 'Synthwave', 'Bossa', 'Ambient', 'Funk'], instr: ['Cello', 'Ukulele', 'Upright Bass', 'Rhodes', 'Kalimba', 'Drums', 'Nylon Guitar'] },
  },
  education: {
    long: ['Why {topic} Is Weirder Than You Think', '{topic}, Explained in {n} Minutes', 'The Hidden History of {topic}', 'A Visual Guide to {topic}',
      'What Textbooks Get Wrong About {topic}', '{topic}: The Question Nobody Asks', 'Drawing {topic} from Scratch'],
    short: ['{topic} in one picture', 'A fact about {topic}', 'Quick proof: {topic}'],
    fill: { topic: ['Tides', 'Prime Numbers', 'Bridges', 'Glass', 'Maps', 'Sourdough Yeast', 'Calendars', 'Magnets', 'Rivers', 'Clocks', 'Knots', 'Rainbows', 'Paper Sizes'] },
  },
  cooking: {
    long: ['{dish} in One Pan, {n} Minutes', 'The {dish} I Make Every Sunday', 'Fixing My {dish} After {n} Failures', '{dish} Three Ways',
      'Budget {dish} for a Week', 'Street-Style {dish} at Home', 'My Grandmother\'s {dish}, Sort Of'],
    short: ['{dish} hack', 'Do not skip this {dish} step', '{dish}, but faster'],
    fill: { dish: ['Flatbread', 'Lentil Soup', 'Dumplings', 'Fried Rice', 'Focaccia', 'Chickpea Curry', 'Noodle Broth', 'Omelette', 'Citrus Cake', 'Bean Stew'] },
  },
  travel: {
    long: ['{n} Days in {place} on a Tiny Budget', 'The Slowest Train to {place}', '{place} in the Off Season', 'Getting Lost in {place}',
      'What Nobody Tells You About {place}', 'Overnight Bus to {place}'],
    short: ['{place} at sunrise', 'Street food in {place}', '{place}: worth it?'],
    fill: { place: ['the Salt Coast', 'Harrowgate Valley', 'the Amber Islands', 'Port Calder', 'the High Moors', 'Vellmar', 'the Lake District Loop', 'Osterby'] },
  },
  tech: {
    long: ['Rebuilding a {n}-Year-Old {device}', 'I Used a {device} for a Month', 'Fixing a Dead {device} for Almost Nothing', '{device} Teardown',
      'The {device} Nobody Asked For', 'Home Server on a {device}', 'Is a Refurbished {device} Worth It?'],
    short: ['{device} tip you missed', 'One screw too many ({device})', '{device} boot sound ASMR'],
    fill: { device: ['Laptop', 'Mechanical Keyboard', 'Handheld Console', 'Film Scanner', 'Router', 'E-Reader', 'Single-Board Computer', 'Desk Lamp', 'Tablet'] },
  },
  fitness: {
    long: ['{n}-Minute {routine} (No Equipment)', '{routine} for Desk Workers', 'I Did {routine} Every Day for {n} Days', 'Beginner {routine}, Follow Along',
      'The {routine} Mistakes Everyone Makes'],
    short: ['{routine} in 45 seconds', 'Fix your {routine} form', '{routine}: day {n}'],
    fill: { routine: ['Mobility Flow', 'Stair Workout', 'Kettlebell Circuit', 'Stretch Routine', 'Core Session', 'Balance Drills', 'Interval Run'] },
  },
  comedy: {
    long: ['When the {thing} Has Opinions', 'Every {thing} Ever', 'The {thing} Interview', 'If {thing}s Had Group Chats', 'A Very Serious {thing} Documentary'],
    short: ['{thing} energy', 'Nobody: the {thing}:', 'That one {thing}'],
    fill: { thing: ['Smart Fridge', 'Office Printer', 'Group Project', 'Houseplant', 'Elevator', 'Self-Checkout', 'Landlord', 'Cat', 'Weather App'] },
  },
  diy: {
    long: ['Building a {item} from Scrap Wood', 'Restoring a {item} Found on the Street', 'A {item} for Under {n} Euros', 'Fixing a Wobbly {item}',
      'My Rental-Friendly {item}', 'The {item} That Took {n} Weekends'],
    short: ['{item} in a minute', 'Quick {item} fix', 'Before/after: {item}'],
    fill: { item: ['Bookshelf', 'Balcony Planter', 'Workbench', 'Stool', 'Lamp', 'Spice Rack', 'Herb Box', 'Coat Rack', 'Tool Wall'] },
  },
}
function makeTitle(category, short, n) {
  const parts = TITLE_PARTS[category]
  let t = pick(short ? parts.short : parts.long)
  t = t.replace(/\{(\w+)\}/g, (_, k) => (k === 'n' ? String(n) : pick(parts.fill[k])))
  return t
}

const videos = []
{
  const titlesUsed = new Set()
  for (const ch of channels) {
    if (ch.pop === 0) continue
    // uploads from the channel's creation (back catalogue from 2024-01-01) until 2025-03-28
    const from = Math.max(ch.created + DAY, sec('2024-01-01 00:00:00'))
    const to = sec('2025-03-28 00:00:00')
    if (from >= to) continue
    const weeks = (to - from) / (7 * DAY)
    const longRate = 0.55 * Math.min(2.2, Math.sqrt(ch.pop)) // long-form uploads per week
    const shortRate = ['gaming', 'comedy', 'fitness', 'music'].includes(ch.category) ? 0.55 : 0.25
    const nLong = Math.max(1, Math.round(weeks * longRate * 0.2 * lognormal(1, 0.35)))
    const nShort = Math.round(weeks * shortRate * 0.18 * lognormal(1, 0.5))
    const items = []
    for (let i = 0; i < nLong; i++) items.push(false)
    for (let i = 0; i < nShort; i++) items.push(true)
    for (const isShort of items) {
      const uploaded = randInt(from, to)
      // uploads happen in the creator's local daytime
      const local = uploaded + utcOffset(ch.owner.timezone, uploaded)
      const wall = Math.floor(local / DAY) * DAY + randInt(9 * 3600, 22 * 3600)
      let up = localToUtc(ch.owner.timezone, wall)
      if (up <= ch.created) up = ch.created + randInt(3600, 5 * 3600)
      let category = ch.category
      if (chance(0.07)) category = pick(CATEGORIES.filter((c) => c !== ch.category))
      const durRoll = random()
      let duration = isShort ? randInt(9, 60) : durRoll < 0.06 ? randInt(35, 58) /* trailers and teasers */ : Math.round(Math.min(7200, 180 + expo(720)))
      let title
      do title = makeTitle(category, isShort, isShort ? randInt(2, 40) : pick([3, 5, 7, 10, 12, 15, 20, 30, 48]))
      while (titlesUsed.has(`${ch.channel_id}|${title}`))
      titlesUsed.add(`${ch.channel_id}|${title}`)
      videos.push({ channel: ch, category, is_short: isShort, duration_seconds: duration, uploaded: up, title,
        pop: ch.pop * lognormal(1, isShort ? 1.1 : 0.9) * (isShort ? 1.4 : 1) })
    }
  }
  // publication: most go public minutes after the upload is processed; some are scheduled; a few stay private
  for (const v of videos) {
    const r = random()
    if (r < 0.035) { v.published = null; v.visibility = 'private' }
    else if (r < 0.075) { v.published = v.uploaded + randInt(120, 1800); v.visibility = 'unlisted' }
    else if (r < 0.2 && !v.is_short) { v.published = v.uploaded + randInt(3 * 3600, 4 * DAY); v.visibility = 'public'; v.scheduled = true }
    else { v.published = v.uploaded + randInt(60, 1500); v.visibility = 'public' }
  }
  videos.sort((a, b) => a.uploaded - b.uploaded || a.channel.channel_id - b.channel.channel_id)
  videos.forEach((v, i) => { v.video_id = i + 1; v.channel.videos.push(v) })
  // a handful of viral videos
  const candidates = videos.filter((v) => v.visibility === 'public' && v.published > sec('2024-09-01 00:00:00') && v.published < sec('2025-03-10 00:00:00'))
  for (const v of shuffle(candidates).slice(0, 5)) v.pop *= 9
}

// ---------------------------------------------------------------- subscriptions before the window
const subscriptions = []
function addSub(u, ch, at, until) {
  const s = { user: u, channel: ch, subscribed: at, unsubscribed: until ?? null }
  subscriptions.push(s)
  u.subs.push(s)
  return s
}
const subscribedAt = (u, ch, t) => u.subs.some((s) => s.channel === ch && s.subscribed <= t && (s.unsubscribed === null || s.unsubscribed > t))
for (const u of users) {
  u.affinity = Object.fromEntries(CATEGORIES.map((c) => [c, 0.25]))
  for (const c of shuffle(CATEGORIES.slice()).slice(0, 3)) u.affinity[c] = 1 + random() * 4
  if (u.signed >= WINDOW_START) continue
  const n = u.activity === 0 ? pickWeightedPair([[0, 6], [1, 2], [2, 1]]) : pickWeightedPair([[0, 3], [1, 4], [2, 4], [3, 3], [4, 2], [6, 1]])
  const pool = channels.filter((c) => c.created < WINDOW_START - 7 * DAY && c.videos.length > 0)
  for (let i = 0; i < n; i++) {
    const ch = pickWeightedPair(pool.map((c) => [c, c.pop * u.affinity[c.category]]))
    if (u.subs.some((s) => s.channel === ch)) continue
    const at = randInt(Math.max(u.signed, ch.created) + 3600, WINDOW_START - 3600)
    if (at <= Math.max(u.signed, ch.created)) continue
    const until = chance(0.12) ? randInt(at + DAY, WINDOW_END - DAY) : null
    addSub(u, ch, at, until)
  }
}

// ---------------------------------------------------------------- views
const DEVICES = ['mobile', 'desktop', 'tv', 'tablet']
const views = []
function videoWeight(v, t, u) {
  if (v.visibility !== 'public' || v.published === null || v.published > t) return 0
  if (v.takenDown && t >= v.takenDown) return 0
  const ageDays = (t - v.published) / DAY
  const fresh = 0.12 + Math.exp(-ageDays / 6) * 3 // most views in the first week, then a long tail
  return v.pop * fresh * (u ? u.affinity[v.category] : 1)
}
function watchSeconds(v, source) {
  const d = v.duration_seconds
  const r = random()
  if (r < 0.02) return 0 // the player started but nothing played
  if (v.is_short) {
    if (r < 0.22) return randInt(1, Math.max(2, Math.floor(d / 2)))
    if (r < 0.8) return d
    return d * randInt(2, 4) + randInt(0, d - 1) // looped
  }
  const bounce = source === 'external' ? 0.3 : 0.16
  if (r < bounce) return randInt(3, Math.min(40, d))
  if (r < bounce + 0.24) return d
  if (r < bounce + 0.32) return d - randInt(1, Math.min(45, d - 1)) // left at the end card
  return randInt(Math.floor(d * 0.15), Math.floor(d * 0.9))
}
function chooseVideo(t, u, near) {
  const pool = near ?? videos
  const weights = pool.map((v) => videoWeight(v, t, u))
  return pickWeightedPair(pool.map((v, i) => [v, weights[i]]))
}

// taken down: four public videos went private after some weeks (they keep their views)
const takenDown = videos.filter((v) => v.visibility === 'public' && v.published > sec('2024-10-10 00:00:00') && v.published < sec('2025-02-01 00:00:00'))
for (const v of shuffle(takenDown).slice(0, 4)) v.takenDown = v.published + randInt(10, 40) * DAY

let sessions = 0
for (const u of users) {
  if (u.activity === 0) continue
  const from = Math.max(u.signed, WINDOW_START)
  const spanDays = (WINDOW_END - from) / DAY
  const lifeEnd = chance(0.3) ? from + Math.floor(random() * spanDays) * DAY : WINDOW_END // some users stop watching
  const n = Math.max(1, Math.round(u.activity * 1.3 * (spanDays / 182) ** 0.8))
  for (let k = 0; k < n; k++) {
    const day = Math.floor((from + random() * Math.max(DAY, lifeEnd - from)) / DAY)
    const wall = day * DAY + pickWeightedPair(LOCAL_HOURS) * 3600 + randInt(0, 3599)
    let t = localToUtc(u.timezone, wall)
    if (t < from || t >= WINDOW_END) continue
    const device = chance(0.8) ? u.device : pick(DEVICES)
    const shortsSession = chance(device === 'mobile' ? 0.3 : 0.06)
    const length = shortsSession ? randInt(3, 9) : pickWeightedPair([[1, 40], [2, 25], [3, 16], [4, 10], [5, 6], [7, 3]])
    let prev = null
    let wrote = 0
    for (let i = 0; i < length; i++) {
      let v
      let source
      if (shortsSession) {
        v = chooseVideo(t, u, videos.filter((x) => x.is_short))
        source = 'shorts_feed'
      } else if (prev) {
        v = chooseVideo(t, u, videos.filter((x) => x !== prev && !x.is_short && (x.category === prev.category || x.channel === prev.channel)))
        source = 'suggested'
      } else {
        const subs = u.subs.filter((s) => s.subscribed <= t && (s.unsubscribed === null || s.unsubscribed > t)).map((s) => s.channel)
        const fromSubs = subs.length > 0 && chance(0.35) ? videos.filter((x) => subs.includes(x.channel) && !x.is_short) : null
        v = chooseVideo(t, u, fromSubs && fromSubs.some((x) => videoWeight(x, t, u) > 0) ? fromSubs : videos.filter((x) => !x.is_short))
        source = fromSubs && v && subscribedAt(u, v.channel, t) ? 'subscriptions' : pickWeightedPair([['home', 55], ['search', 30], ['external', 15]])
      }
      if (!v || t >= WINDOW_END) break
      const w = watchSeconds(v, source)
      views.push({ video: v, user: u, started: t, watch_seconds: w, device, traffic_source: source })
      wrote++
      prev = v
      t = t + w + (chance(0.85) ? randInt(1, 90) : randInt(120, 900))
    }
    if (wrote) sessions++
  }
}
// logged-out views: single plays arriving from search and from links on other sites
for (let i = 0; i < 300; i++) {
  const t = randInt(WINDOW_START, WINDOW_END - 1)
  const v = chooseVideo(t, null, videos.filter((x) => !x.is_short || chance(0.3)))
  if (!v) continue
  const source = pickWeightedPair([['external', 55], ['search', 35], ['home', 10]])
  views.push({ video: v, user: null, started: t, watch_seconds: watchSeconds(v, source), device: pickWeightedPair([['mobile', 55], ['desktop', 35], ['tablet', 6], ['tv', 4]]), traffic_source: source })
}
// unlisted videos are watched through shared links only
for (const v of videos.filter((x) => x.visibility === 'unlisted')) {
  const n = randInt(0, 7)
  const lo = Math.max(v.published, WINDOW_START)
  const hi = Math.min(v.published + 20 * DAY, WINDOW_END - 1)
  for (let i = 0; i < n && lo < hi; i++) {
    const t = randInt(lo, hi)
    const u = chance(0.7) ? pick(users.filter((x) => x.signed < t)) : null
    views.push({ video: v, user: u, started: t, watch_seconds: watchSeconds(v, 'external'), device: u ? u.device : 'desktop', traffic_source: 'external' })
  }
}
// creators preview their scheduled uploads before they go public (views before published_at)
const previews = shuffle(videos.filter((v) => v.scheduled && v.uploaded >= WINDOW_START)).slice(0, 9)
for (const v of previews) {
  const t = v.uploaded + randInt(300, 3 * 3600)
  if (t >= v.published) continue
  views.push({ video: v, user: v.channel.owner, started: t, watch_seconds: Math.min(v.duration_seconds, randInt(30, 400)), device: 'desktop', traffic_source: 'direct', preview: true })
}
// and some creators watch their own published videos
for (const ch of channels) {
  for (const v of ch.videos) {
    if (v.visibility !== 'public' || v.published < WINDOW_START || !chance(0.08)) continue
    const t = v.published + randInt(600, 2 * DAY)
    if (t >= WINDOW_END || (v.takenDown && t >= v.takenDown)) continue
    views.push({ video: v, user: ch.owner, started: t, watch_seconds: watchSeconds(v, 'direct'), device: ch.owner.device, traffic_source: 'direct' })
  }
}
// edge instants: three views start exactly on a month boundary
{
  const at = [sec('2025-01-01 00:00:00'), sec('2024-12-01 00:00:00'), sec('2025-03-01 00:00:00')]
  for (const t of at) {
    const v = chooseVideo(t, null, videos.filter((x) => !x.is_short))
    const u = pick(users.filter((x) => x.signed < t && x.activity > 0))
    views.push({ video: v, user: u, started: t, watch_seconds: watchSeconds(v, 'home'), device: u.device, traffic_source: 'home' })
  }
}
views.sort((a, b) => a.started - b.started || (a.user?.user_id ?? 0) - (b.user?.user_id ?? 0) || a.video.video_id - b.video.video_id)
// double-logged events: an identical row written twice (the duplicate's view_id is the original's + 1)
const viewRows = []
{
  const dup = new Set()
  while (dup.size < 18) {
    const i = randInt(0, views.length - 1)
    if (views[i].user) dup.add(i)
  }
  views.forEach((v, i) => {
    viewRows.push(v)
    if (dup.has(i)) viewRows.push({ ...v, dup: true })
  })
  viewRows.forEach((v, i) => (v.view_id = i + 1))
}

// ---------------------------------------------------------------- subscriptions during the window
{
  const seen = new Map() // user -> channel -> [view times]
  for (const v of views) {
    if (!v.user || v.dup) continue
    if (!seen.has(v.user)) seen.set(v.user, new Map())
    const m = seen.get(v.user)
    if (!m.has(v.video.channel)) m.set(v.video.channel, [])
    m.get(v.video.channel).push(v.started + v.watch_seconds)
  }
  for (const [u, m] of seen) {
    for (const [ch, times] of m) {
      if (ch.owner === u) {
        if (chance(0.5) && !u.subs.some((s) => s.channel === ch)) addSub(u, ch, times[0] + randInt(30, 600), null) // creators subscribed to themselves
        continue
      }
      if (times.length < 2 || u.subs.some((s) => s.channel === ch)) continue
      if (!chance(0.45)) continue
      const at = times[1] + randInt(5, 300)
      if (at >= WINDOW_END) continue
      const until = chance(0.15) ? randInt(at + 3600, at + 60 * DAY) : null
      addSub(u, ch, at, until !== null && until < WINDOW_END ? until : null)
    }
  }
  // comebacks: some who unsubscribed subscribe again later
  for (const s of shuffle(subscriptions.filter((x) => x.unsubscribed !== null && x.unsubscribed < WINDOW_END - 20 * DAY)).slice(0, 14)) {
    addSub(s.user, s.channel, randInt(s.unsubscribed + DAY, WINDOW_END - DAY), null)
  }
  subscriptions.sort((a, b) => a.subscribed - b.subscribed || a.user.user_id - b.user.user_id)
  subscriptions.forEach((s, i) => (s.subscription_id = i + 1))
}

// ---------------------------------------------------------------- reactions (the current reaction of a user to a video)
const reactions = new Map() // `${user}|${video}` -> reaction
for (const v of views) {
  if (!v.user || v.dup || v.preview) continue
  const frac = v.watch_seconds / v.video.duration_seconds
  const key = `${v.user.user_id}|${v.video.video_id}`
  if (reactions.has(key) || frac < 0.4) continue
  const r = random()
  const kind = r < 0.22 ? 'like' : r < 0.24 ? 'dislike' : null
  if (!kind) continue
  const at = Math.min(WINDOW_END - 1, v.started + Math.min(v.watch_seconds, v.video.duration_seconds) + randInt(0, 40))
  reactions.set(key, { user: v.user, video: v.video, reaction: kind, at })
}
// reactions without a logged view by that user (watched signed out, or on another site's embedded player)
for (let i = 0; i < 70; i++) {
  const t = randInt(WINDOW_START, WINDOW_END - 1)
  const v = chooseVideo(t, null, videos)
  const u = pick(users.filter((x) => x.signed < t))
  if (!v || reactions.has(`${u.user_id}|${v.video_id}`)) continue
  const key = `${u.user_id}|${v.video_id}`
  reactions.set(key, { user: u, video: v, reaction: chance(0.9) ? 'like' : 'dislike', at: t })
}
const reactionRows = [...reactions.values()].sort((a, b) => a.at - b.at || a.user.user_id - b.user.user_id)

// ---------------------------------------------------------------- comments
const COMMENTS = ['This deserves way more views.', 'Finally someone explains it properly!', 'Watched this twice, still great.', 'The editing on this is so clean.',
  'Can you do a part two?', 'I tried this and it actually worked.', 'Who else is watching this at 3am?', 'Underrated channel, honestly.', 'The ending got me.',
  'Not sure I agree, but interesting take.', 'Saving this for later.', 'That transition at the end, wow.', 'First time here, subscribed.', 'This is my comfort video.',
  'Audio is a bit low, otherwise perfect.', 'How long did this take you?', 'I laughed way too hard at this.', 'My cat watched the whole thing with me.',
  'Please never stop making these.', 'Wait, is that legal?', 'Came here from a recommendation, no regrets.', 'The "quick" version took me 3 hours, haha.',
  'Could you link the tools you used?', 'I have a question about step 2: does it matter which order?', '¡Qué buen video!', 'Merci, très clair.', 'Danke, genau das habe ich gesucht.']
const CREATOR_REPLIES = ['Thank you so much for watching!', 'Good question, I will cover it next time.', 'Glad it helped!', 'It took about two weekends.',
  'Links are in the description.', 'Order does not matter much, just be patient.', 'Noted, will fix the audio.', 'Part two is already in the works.']
const VIEWER_REPLIES = ['Agreed!', 'Same here.', 'Ha, exactly.', 'You are not alone.', 'lol', 'Came here to say this.', 'Same question here.', 'Could not agree more.']
const comments = []
for (const v of views) {
  if (!v.user || v.dup || v.preview || v.watch_seconds < 20 || !chance(v.video.is_short ? 0.02 : 0.08)) continue
  const t = v.started + Math.min(v.watch_seconds, v.video.duration_seconds) + randInt(5, 120)
  if (t >= WINDOW_END) continue
  comments.push({ video: v.video, user: v.user, at: t, body: pick(COMMENTS), parent: null, depth: 0 })
}
// replies: the creator answers some comments, other viewers join in (threads up to depth 3)
for (let i = 0; i < comments.length; i++) {
  const c = comments[i]
  if (c.depth >= 3) continue
  const owner = c.video.channel.owner
  if (c.user !== owner && chance(c.depth === 0 ? 0.3 : 0.12)) {
    const t = c.at + randInt(600, 2 * DAY)
    if (t < WINDOW_END) comments.push({ video: c.video, user: owner, at: t, body: pick(CREATOR_REPLIES), parent: c, depth: c.depth + 1 })
  }
  if (chance(c.depth === 0 ? 0.22 : 0.1)) {
    const u = pick(users.filter((x) => x.activity > 0 && x.signed < c.at && x !== c.user))
    const t = c.at + randInt(60, DAY)
    if (t < WINDOW_END) comments.push({ video: c.video, user: u, at: t, body: pick(VIEWER_REPLIES), parent: c, depth: c.depth + 1 })
  }
}
comments.sort((a, b) => a.at - b.at || a.user.user_id - b.user.user_id)
comments.forEach((c, i) => (c.comment_id = i + 1))
// deleted by their author: the row stays (replies keep their parent), the text is gone
for (const c of comments) if (chance(0.04)) c.body = null

// ---------------------------------------------------------------- write
const writeCsv = csvWriter(import.meta.url)
writeCsv('users', ['user_id', 'username', 'country', 'timezone', 'signed_up_at', 'birth_year'],
  users.map((u) => [u.user_id, u.username, u.country, u.timezone, fmtTs(u.signed), u.birth_year]))
writeCsv('channels', ['channel_id', 'owner_user_id', 'handle', 'name', 'category', 'country', 'created_at'],
  channels.map((c) => [c.channel_id, c.owner_user_id, c.handle, c.name, c.category, c.country, fmtTs(c.created)]))
writeCsv('videos', ['video_id', 'channel_id', 'title', 'category', 'duration_seconds', 'is_short', 'uploaded_at', 'published_at', 'visibility'],
  videos.map((v) => [v.video_id, v.channel.channel_id, v.title, v.category, v.duration_seconds, v.is_short, fmtTs(v.uploaded), v.published === null ? null : fmtTs(v.published),
    v.takenDown ? 'private' : v.visibility]))
writeCsv('views', ['view_id', 'video_id', 'user_id', 'started_at', 'watch_seconds', 'device', 'traffic_source'],
  viewRows.map((v) => [v.view_id, v.video.video_id, v.user?.user_id ?? null, fmtTs(v.started), v.watch_seconds, v.device, v.traffic_source]))
writeCsv('subscriptions', ['subscription_id', 'user_id', 'channel_id', 'subscribed_at', 'unsubscribed_at'],
  subscriptions.map((s) => [s.subscription_id, s.user.user_id, s.channel.channel_id, fmtTs(s.subscribed), s.unsubscribed === null ? null : fmtTs(s.unsubscribed)]))
writeCsv('reactions', ['user_id', 'video_id', 'reaction', 'reacted_at'], reactionRows.map((r) => [r.user.user_id, r.video.video_id, r.reaction, fmtTs(r.at)]))
writeCsv('comments', ['comment_id', 'video_id', 'user_id', 'parent_comment_id', 'created_at', 'body'],
  comments.map((c) => [c.comment_id, c.video.video_id, c.user.user_id, c.parent?.comment_id ?? null, fmtTs(c.at), c.body]))

if (process.argv.includes('--stats')) {
  console.log({ users: users.length, channels: channels.length, videos: videos.length, views: viewRows.length, sessions, subscriptions: subscriptions.length,
    reactions: reactionRows.length, comments: comments.length, duplicateViewIds: viewRows.filter((v) => v.dup).map((v) => v.view_id),
    previews: previews.map((v) => v.video_id), takenDown: videos.filter((v) => v.takenDown).map((v) => v.video_id) })
}
