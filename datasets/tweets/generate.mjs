// Deterministic generator for the `tweets` dataset (a microblogging stream: accounts, tweets with replies, retweets,
// hashtags and mentions, follows and likes).
// Usage: node datasets/tweets/generate.mjs [--stats]   (from anywhere; writes data/*.csv next to this file)
// No dependencies, no clock, no network: everything comes from the seeded sampler of ../generator-support.mjs.
// Local times come from the platform's time-zone rules (Intl), which are settled for 2025.
import { createSampler, csvWriter, localToUtc, utcOffset } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG helpers
const { random, randInt, chance, pick, pickWeightedPair, lognormal, shuffle } = createSampler(20250301)
const expo = (mean) => -mean * Math.log(1 - random())

// ---------------------------------------------------------------- time (integer seconds since 1970, UTC)
const DAY = 86400
const sec = (iso) => Date.parse(iso.replace(' ', 'T') + (iso.length === 10 ? 'T00:00:00Z' : 'Z')) / 1000
const fmtTs = (s) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ')
const START = sec('2025-03-01') // tweets, likes: 2025-03-01 .. 2025-04-30
const END = sec('2025-05-01') // exclusive
const ENTITIES_FROM = sec('2025-04-01') // the ingest job fills `entities` for tweets created from here on

if (utcOffset('America/New_York', sec('2025-03-20')) !== -14400 || utcOffset('Europe/Lisbon', sec('2025-03-20')) !== 0) {
  throw new Error('this Node has no usable time-zone data (Intl); the tweets data needs it')
}

// ---------------------------------------------------------------- communities and their vocabulary
// Port Calder is an invented harbour city; every team, place and name below is invented too.
const COMMUNITIES = {
  data: {
    tags: ['SQL', 'DataEng', 'DataViz', 'OpenData', 'Analytics'],
    lines: ['Spent the morning untangling a 400-line query. Window functions saved the day', 'Hot take: most dashboards need fewer charts, not more',
      'Finally got the nightly load under ten minutes', 'Reminder that NULL is not equal to NULL', 'Wrote my first recursive CTE today and it actually terminated',
      'The council published bus punctuality data, time to make some charts', 'Deduplicating late events is 80% of this job', 'Our join was fanning out and nobody noticed for a week',
      'Pair-reviewed a migration and found three off-by-one dates', 'Percentiles, not averages. Every single time', 'Anyone else keep a notebook of weird timestamp bugs?'],
  },
  cycling: {
    tags: ['BikeToWork', 'CycleCalder', 'RainRide'],
    lines: ['Headwind both ways again, how is that even possible', 'New bike lane on Quay Street is open and it is lovely', 'Fixed my first puncture without help',
      'Thirty days of riding to work, legs are thanking me', 'Someone parked a van in the bike lane on Mill Road again', 'Saw the sunrise over the harbour on the ride in'],
  },
  baking: {
    tags: ['SundayBake', 'Sourdough', 'BakeTogether'],
    lines: ['The starter is alive and very hungry', 'Cardamom buns came out better than expected', 'Burnt the first loaf, the second one was perfect',
      'Trying a rye and fennel bread this weekend', 'My oven runs hot, which explains a lot', 'Crumb shot incoming, I am very proud of this one'],
  },
  football: {
    tags: ['CalderCup', 'GoHarriers', 'MatchDay'],
    lines: ['What a finish at Westbrook tonight', 'The Harriers need a new left back, I said what I said', 'Three points and a clean sheet, great night at the Quayside Ground',
      'Referee had a shocker in the second half', 'Cup draw is out: Harriers away at Millbridge Rovers', 'Youth team won 4-1, the future looks bright'],
  },
  gardening: {
    tags: ['PlantsOfMarch', 'BalconyGarden', 'SeedSwap'],
    lines: ['First tomato seedlings are up', 'The balcony basil survived the cold snap', 'Seed swap at the library on Saturday, bring envelopes',
      'Repotted everything, the living room is now mostly soil', 'Sweet peas planted along the fence', 'Aphids found the roses. The battle begins'],
  },
  astronomy: {
    tags: ['NightSky', 'MoonWatch', 'StarParty'],
    lines: ['Clear skies tonight, telescope is out', 'Saturn was stunning through the small scope', 'Clouds rolled in exactly as the meteor shower started',
      'Star party at Calder Point on Friday if the weather holds', 'Caught the space station crossing over the harbour', 'Learning to read a star chart properly'],
  },
  books: {
    tags: ['BookClub', 'NowReading', 'FridayReads'],
    lines: ['Finished the lighthouse novel in one sitting', 'Book club pick this month is a 600-page saga, wish me luck', 'Library haul: four mysteries and a cookbook',
      'That ending. I need to talk to someone about that ending', 'Reading on the ferry is the best part of the commute', 'Started a poetry collection by a local author'],
  },
  transit: {
    tags: ['TrainDelays', 'Line4', 'CalderTransit'],
    lines: ['Line 4 stuck outside Harbour Central for twenty minutes', 'The new ferry timetable actually makes sense', 'Signal failure at Mill Road, again',
      'Packed tram this morning, felt like a sardine', 'Night buses are back on the weekend schedule', 'Why is the ticket machine at Quay Street always broken'],
  },
}
const COMMUNITY_NAMES = Object.keys(COMMUNITIES)
const FOREIGN = [
  ['es', '¡Qué partido! Increíble final', 'football'], ['es', 'Hoy toca pan de centeno', 'baking'], ['es', 'Cielo despejado esta noche', 'astronomy'],
  ['pt', 'Bom dia! Pão acabado de sair do forno', 'baking'], ['pt', 'Que jogo! Vamos Harriers', 'football'], ['pt', 'Terminei o livro ontem à noite', 'books'],
  ['de', 'Endlich wieder mit dem Rad zur Arbeit', 'cycling'], ['de', 'Die Tomaten keimen schon', 'gardening'], ['de', 'Zug hat wieder Verspätung', 'transit'],
]
const REPLY_LINES = ['Totally agree.', 'Ha, same here!', 'This is the way.', 'Not sure about that one, to be honest.', 'Great photo!', 'Where was this?', 'Count me in.',
  'How long did it take?', 'Thanks for sharing.', 'Oh no, hope it gets fixed soon.', 'Love this.', 'Which one did you use?', 'Been there, it gets better.',
  'Same thing happened to me last week.', 'Any tips for a beginner?', 'Absolutely.', 'Congrats!', 'That is brilliant.']
const THREAD_MIDDLE = ['Some context first.', 'Here is what happened next.', 'The fix turned out to be simple.', 'Lessons learned, in no particular order.']
const THREAD_LAST = ['Thanks for reading this far.', 'Will post an update next week.', 'That is all, back to work.']

// ---------------------------------------------------------------- accounts
const ZONES = [['Europe/London', 10], ['Europe/Lisbon', 4], ['Europe/Berlin', 6], ['Europe/Madrid', 5], ['America/New_York', 8], ['America/Chicago', 3],
  ['America/Los_Angeles', 4], ['America/Sao_Paulo', 4], ['Asia/Kolkata', 2], ['Australia/Melbourne', 2]]
const FIRST = ['Maren', 'Tobin', 'Ilsa', 'Corin', 'Dagny', 'Emrys', 'Fenna', 'Galen', 'Hedda', 'Ivo', 'Jorunn', 'Kasimir', 'Liesl', 'Mattias', 'Nell', 'Oren', 'Pia',
  'Quill', 'Rhea', 'Soren', 'Talia', 'Ulric', 'Vesna', 'Wilder', 'Ximena', 'Yannick', 'Zelda', 'Anouk', 'Bastian', 'Cosima', 'Darius', 'Elodie', 'Florian',
  'Greer', 'Hollis', 'Ines', 'Jasper', 'Kaia', 'Lorcan', 'Mira', 'Niamh', 'Otto', 'Perpetua', 'Ronan', 'Saoirse', 'Thea', 'Umberto', 'Valka']
const LAST = ['Solberg', 'Achterberg', 'Quenneville', 'Marchbank', 'Okonkwo', 'Vantongeren', 'Halloran', 'Brightwater', 'Castellane', 'Duvernay', 'Eskildsen',
  'Faircloth', 'Grimaldo', 'Hartigan', 'Iwaszko', 'Juniper', 'Kettleby', 'Lindqvist', 'Mortimer', 'Nakashima', 'Oyelaran', 'Penhaligon', 'Rasmusson', 'Szabo',
  'Trevanion', 'Urquhart', 'Villanueva', 'Whitcombe', 'Yardley', 'Zwicker']
const HANDLE_BITS = ['Bakes', 'Rides', 'Reads', 'Data', 'Sky', 'Garden', 'Goals', 'Transit', 'Loaf', 'Query', 'Pedals', 'Stars', 'Pages', 'Sprouts', 'Nerd', 'Fan']
const N_ACCOUNTS = 300
const accounts = []
{
  const created = []
  for (let i = 0; i < N_ACCOUNTS - 4; i++) created.push(chance(0.88) ? randInt(sec('2014-06-01'), START - 1) : randInt(START, sec('2025-04-25')))
  created.sort((a, b) => a - b)
  const used = new Set()
  // four institutional accounts first (ids 1..4): three bots and the city's transit operator
  const special = [
    { handle: 'CalderWxBot', display: 'Port Calder Weather (bot)', bot: 'weather', tz: 'Europe/London', community: 'transit' },
    { handle: 'CalderTransit', display: 'Calder Transit', bot: 'transit', tz: 'Europe/London', community: 'transit' },
    { handle: 'WordOfTheDayBot', display: 'Word of the Day (bot)', bot: 'word', tz: 'America/New_York', community: 'books' },
    { handle: 'HarriersFC', display: 'Calder Harriers FC', bot: null, tz: 'Europe/London', community: 'football' },
  ]
  special.forEach((s, i) => {
    used.add(s.handle.toLowerCase())
    accounts.push({ account_id: i + 1, handle: s.handle, display_name: s.display, created: sec('2013-03-01') + i * 97 * DAY, timezone: s.tz, verified: true,
      bot: s.bot, communities: [s.community], activity: s.bot ? 0 : 4, pop: s.bot === 'word' ? 2 : 8, followersOf: new Set(), following: new Set() })
  })
  for (let i = 0; i < N_ACCOUNTS - 4; i++) {
    const first = pick(FIRST)
    const last = pick(LAST)
    const communities = [pick(COMMUNITY_NAMES)]
    if (chance(0.45)) communities.push(pick(COMMUNITY_NAMES.filter((c) => c !== communities[0])))
    let handle
    for (;;) {
      const r = random()
      const bit = communities[0] === 'data' ? pick(['Data', 'Query', 'Nerd']) : pick(HANDLE_BITS)
      if (r < 0.3) handle = `${first}${bit}`.slice(0, 15)
      else if (r < 0.5) handle = `${first.toLowerCase()}_${last.toLowerCase()}`.slice(0, 15)
      else if (r < 0.65) handle = `${first}${last[0]}${randInt(1, 99)}`
      else if (r < 0.8) handle = `${last}${bit}`.slice(0, 15)
      else handle = `the${first}${bit}`.slice(0, 15)
      if (!used.has(handle.toLowerCase())) break
    }
    used.add(handle.toLowerCase())
    accounts.push({
      account_id: i + 5, handle, display_name: chance(0.08) ? `${first} ${last} 🌱` : chance(0.1) ? `${first} | ${communities[0]}` : `${first} ${last}`,
      created: created[i], timezone: chance(0.22) ? null : pickWeightedPair(ZONES), verified: chance(0.04), bot: null, communities,
      activity: chance(0.27) ? 0 : lognormal(1, 1.0), pop: lognormal(1, 1.1), followersOf: new Set(), following: new Set(),
    })
  }
  // ids follow account creation, except the four institutional accounts that were created first anyway
}
const byHandle = new Map(accounts.map((a) => [a.handle.toLowerCase(), a]))
const localZone = (a) => a.timezone ?? 'Europe/London'

// ---------------------------------------------------------------- follows
const follows = []
function follow(a, b, at) {
  if (a === b || a.following.has(b)) return
  a.following.add(b)
  b.followersOf.add(a)
  follows.push({ follower: a, followee: b, at })
}
for (const a of accounts) {
  if (a.bot) continue
  const n = Math.round(Math.min(60, 2 + lognormal(4, 0.8) * (a.activity > 0 ? 1 : 0.5)))
  for (let i = 0; i < n; i++) {
    const sameCommunity = chance(0.8)
    const pool = accounts.filter((b) => b !== a && (!sameCommunity || b.communities.some((c) => a.communities.includes(c))))
    const b = pickWeightedPair(pool.map((x) => [x, x.pop]))
    const from = Math.max(a.created, b.created) + randInt(30, 3600)
    const at = from < START && chance(0.85) ? randInt(from, START - 1) : randInt(Math.max(from, START), END - 1)
    follow(a, b, at)
  }
}
// follow-backs
for (const f of follows.slice()) {
  const { follower: a, followee: b } = f
  if (b.bot || b.following.has(a) || !chance(0.3)) continue
  const at = f.at + randInt(60, 5 * DAY)
  if (at < END) follow(b, a, at)
}
follows.sort((x, y) => x.at - y.at || x.follower.account_id - y.follower.account_id)

// ---------------------------------------------------------------- tweets
const tweets = []
const variant = (tag) => {
  const r = random()
  if (r < 0.12) return tag.toLowerCase()
  if (r < 0.17) return tag.toUpperCase()
  if (r < 0.2) return tag[0] + tag.slice(1).toLowerCase()
  return tag
}
function withTags(line, community) {
  const c = COMMUNITIES[community]
  const n = pickWeightedPair([[0, 30], [1, 38], [2, 22], [3, 10]])
  const tags = shuffle(c.tags.slice()).slice(0, n).map(variant)
  // closing punctuation, unless the line already ends with some
  const close = (choices) => (/[.!?]$/.test(line) ? '' : pick(choices))
  if (tags.length === 0) return line + close(['.', '!', '', ' :)'])
  const style = random()
  if (style < 0.5) return `${line}${close(['.', '!', ''])} ${tags.map((t) => '#' + t).join(' ')}`
  if (style < 0.65) return `#${tags[0]}${pick([':', '', ' -'])} ${line}${close(['.', '!'])}${tags.slice(1).map((t) => ' #' + t).join('')}`
  if (style < 0.8) return `${line} ${tags.map((t) => '#' + t + pick(['!', '.', ',', '?', '!!'])).join(' ')}`
  return `${line} (${tags.map((t) => '#' + t).join(', ')})`
}
function maybeMention(text, author) {
  if (!chance(0.12)) return text
  if (chance(0.12)) return `${text} cc @${pick(['CalderCouncil', 'QuaysideGround', 'MillRoadBakery'])}` // handles that are not accounts here
  const known = [...author.following].filter((b) => !b.bot)
  if (known.length === 0) return text
  const b = pick(known)
  const h = chance(0.2) ? b.handle.toLowerCase() : b.handle
  return pick([`${text} cc @${h}`, `@${h} ${text}`, `${text} (thanks @${h}!)`, `${text} h/t @${h}, great tip.`])
}
function decorate(text) {
  const r = random()
  if (r < 0.05) return `${text} https://example.org/posts/${randInt(100, 999)}#comments` // a '#' that is not a hashtag
  if (r < 0.08) return `${text} https://example.com/calder/${pick(['guide', 'map', 'schedule'])}`
  if (r < 0.095) return `${text} Questions to hello@example.org` // an '@' that is not a mention
  if (r < 0.11) return `${text} (see issue #${randInt(2, 99)})` // '#' + digits only: not a hashtag
  if (r < 0.12) return `We're #1 again! ${text}`
  return text
}
/** At most 280 characters (code points, as PostgreSQL's char_length counts them), ending in '…' when cut. */
function cut280(text) {
  const chars = [...text]
  return chars.length <= 280 ? text : chars.slice(0, 279).join('') + '…'
}
function addTweet(t) {
  tweets.push(t)
  return t
}
function activeHourWall(a, day) {
  const hours = [0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.6, 1.6, 2.2, 1.8, 1.5, 1.6, 2.2, 1.8, 1.5, 1.4, 1.5, 1.9, 2.3, 2.4, 2.6, 2.4, 1.8, 1.1].map((w, h) => [h, w])
  return day * DAY + pickWeightedPair(hours) * 3600 + randInt(0, 3599)
}

// bots, on local wall-clock schedules: the weather bot and the transit operator's morning post both at 06:00:00 London
// time (the same second), the operator's summary of the previous day at 00:00:00 London time, the word bot at 09:00
// New York time; in UTC these move by an hour when daylight saving time starts (2025-03-09 in New York, 2025-03-30 in London)
const WORDS_OF_DAY = ['petrichor', 'halcyon', 'susurrus', 'vellichor', 'sonder', 'apricity', 'hiraeth', 'limerence', 'ephemeral', 'quiddity', 'sempiternal',
  'eloquence', 'serendipity', 'lagniappe', 'mellifluous', 'solitude', 'ineffable', 'aurora', 'nemesis', 'talisman']
const SKY = ['Sunny spells', 'Light rain', 'Heavy showers', 'Overcast', 'Fog on the harbour', 'Gale warning', 'Clear skies', 'Drizzle clearing by noon']
for (let d = START / DAY; d < END / DAY; d++) {
  const [weather, transit, word] = accounts
  const hi = randInt(6, 19)
  const six = localToUtc('Europe/London', d * DAY + 6 * 3600)
  addTweet({ author: weather, at: six, text: `${pick(SKY)}, high ${hi}°C, low ${hi - randInt(3, 8)}°C. #CalderWeather`, source: 'api', lang: 'en' })
  if (!chance(0.08)) addTweet({ author: transit, at: six, text: `Good morning! All lines running${chance(0.7) ? ' normally' : ' with minor delays on Line 4'}. #CalderTransit`, source: 'api', lang: 'en' })
  const yesterday = new Date((d - 1) * DAY * 1000).toUTCString().slice(0, 11).replace(',', '') // e.g. "Sat 29 Mar"
  addTweet({ author: transit, at: localToUtc('Europe/London', d * DAY), text: `Service summary for ${yesterday}: ${(93 + random() * 6.5).toFixed(1)}% of services on time. #CalderTransit`, source: 'api', lang: 'en' })
  const wall = d * DAY + 9 * 3600
  addTweet({ author: word, at: localToUtc(word.timezone, wall), text: `Word of the day: ${pick(WORDS_OF_DAY)}. Use it in a sentence! #WordOfTheDay #vocab`, source: 'api', lang: 'en' })
}
// service alerts from the operator, at random times
for (let i = 0; i < 20; i++) {
  const at = randInt(START, END - 1)
  addTweet({ author: accounts[1], at, text: `${pick(['Line 4', 'Line 2', 'The harbour ferry', 'Night bus N7'])}: ${pick(['delays of up to 15 minutes', 'suspended between Mill Road and Quay Street', 'diverted due to roadworks', 'back to normal service'])}. #${variant('TrainDelays')} #CalderTransit`, source: 'web', lang: 'en' })
}

// people: original tweets and self-threads
for (const a of accounts) {
  if (a.bot || a.activity === 0) continue
  const from = Math.max(a.created, START)
  const n = Math.round(a.activity * 3.2 * ((END - from) / (END - START)))
  for (let i = 0; i < n; i++) {
    const day = Math.floor(randInt(from, END - 1) / DAY)
    const at = localToUtc(localZone(a), activeHourWall(a, day))
    if (at < from || at >= END) continue
    const community = pick(a.communities)
    let text
    let lang = 'en'
    const f = FOREIGN.filter(([, , c]) => c === community)
    if (f.length && chance(0.06)) {
      const [l, line] = pick(f)
      lang = l
      text = withTags(line, community)
    } else if (chance(0.015)) {
      text = `#${pick(COMMUNITIES[community].tags)} ${pick(['🎉🎉', '🔥', '👀', '🙌🙌🙌'])}`
      lang = 'und'
    } else {
      // most tweets are one line; some are long, several lines run together
      const lines = COMMUNITIES[community].lines
      let line = pick(lines)
      if (chance(0.08)) {
        const some = shuffle(lines.slice()).slice(0, randInt(4, 5))
        line = some.map((l, k) => (k === some.length - 1 || /[.!?]$/.test(l) ? l : l + '.')).join(' ')
      }
      text = decorate(maybeMention(withTags(line, community), a))
      while ([...text].length > 280) text = text.slice(0, text.lastIndexOf('. ') + 1)
    }
    if (community === 'baking' && chance(0.05)) text = `${text} #CaféCrawl`
    const source = pickWeightedPair([['ios', 40], ['android', 35], ['web', 25]])
    const t = addTweet({ author: a, at, text, source, lang, appeal: lognormal(1, 0.7) * ([...text].length > 200 ? 2.5 : 1) })
    if (chance(0.04)) {
      // a self-thread: 2..4 more parts, each replying to the previous one
      const parts = randInt(3, 5)
      t.text = `${t.text.slice(0, 240)} (1/${parts})`
      let prev = t
      for (let k = 2; k <= parts; k++) {
        prev = addTweet({ author: a, at: prev.at + randInt(20, 240), text: `${k === parts ? pick(THREAD_LAST) : THREAD_MIDDLE[k - 2]} (${k}/${parts})`, source, lang: 'en', parent: prev, appeal: 0.5 })
      }
    }
  }
}
// the football club tweets on match days
for (let d = START / DAY; d < END / DAY; d += 7) {
  const at = localToUtc('Europe/London', (d + 5) * DAY + 15 * 3600)
  if (at >= END) break
  addTweet({ author: accounts[3], at, text: `#MatchDay! Harriers vs ${pick(['Westbrook Athletic', 'Millbridge Rovers', 'Calder Point United', 'Saltmarsh Town'])}, kick-off 3pm at the Quayside Ground. #GoHarriers #CalderCup`, source: 'web', lang: 'en', appeal: 3 })
  addTweet({ author: accounts[3], at: at + 2 * 3600 - randInt(0, 600), text: `Full time: Harriers ${randInt(0, 4)}-${randInt(0, 3)}. ${pick(['What a game!', 'Onto the next one.', 'Thanks for the support, everyone.'])} #GOHARRIERS`, source: 'web', lang: 'en', appeal: 4 })
}
tweets.sort((x, y) => x.at - y.at || x.author.account_id - y.author.account_id)

// replies (conversations up to depth 6), in time order so a reply can get replies
const originals = tweets.slice()
for (let i = 0; i < originals.length; i++) {
  const t = originals[i]
  const queue = [{ t, depth: 0 }]
  while (queue.length) {
    const { t: parent, depth } = queue.shift()
    if (depth >= 6) continue
    const audience = [...parent.author.followersOf].filter((x) => !x.bot && x.activity > 0)
    const expected = (parent.author.bot ? 0.02 : 0.22) * (parent.appeal ?? 1) * Math.min(3, Math.sqrt(audience.length + 1) / 3) / (1 + depth)
    let k = 0
    while (chance(Math.min(0.8, expected / (1 + k))) && k < 4) {
      k++
      // deeper levels are mostly the two people going back and forth
      const replier = depth >= 1 && chance(0.6) && parent.parent ? parent.parent.author : audience.length ? pick(audience) : null
      if (!replier || replier === parent.author || replier.bot) continue
      const at = parent.at + Math.round(expo(depth === 0 ? 5400 : 1800)) + 30
      if (at >= END || at < replier.created) continue
      const h = chance(0.1) ? parent.author.handle.toLowerCase() : parent.author.handle
      const text = `@${h} ${pick(REPLY_LINES)}${chance(0.12) ? ' #' + variant(pick(COMMUNITIES[pick(replier.communities)].tags)) : ''}`
      const r = addTweet({ author: replier, at, text, source: pickWeightedPair([['ios', 40], ['android', 35], ['web', 25]]), lang: 'en', parent, appeal: 0.4 })
      queue.push({ t: r, depth: depth + 1 })
    }
  }
}

// retweets: "RT @handle: " + the original text, cut to 280 characters
const retweetable = tweets.filter((t) => !t.parent && !t.author.bot || (t.author.bot === 'transit' && t.text.includes('Line')))
for (const t of retweetable) {
  const audience = [...t.author.followersOf].filter((x) => !x.bot)
  const expected = 0.1 * (t.appeal ?? 0.6) * Math.sqrt(audience.length + 1)
  const n = Math.min(audience.length, Math.floor(expected + random()))
  for (const a of shuffle(audience.slice()).slice(0, n)) {
    const at = t.at + Math.round(expo(6 * 3600)) + 10
    if (at >= END || at < a.created) continue
    const text = cut280(`RT @${t.author.handle}: ${t.text}`)
    addTweet({ author: a, at, text, source: pickWeightedPair([['ios', 40], ['android', 35], ['web', 25]]), lang: t.lang, retweetOf: t })
  }
}
// a few people retweet themselves
for (const t of shuffle(tweets.filter((x) => !x.parent && !x.retweetOf && !x.author.bot)).slice(0, 6)) {
  addTweet({ author: t.author, at: t.at + randInt(DAY, 3 * DAY), text: cut280(`RT @${t.author.handle}: ${t.text}`), source: 'web', lang: t.lang, retweetOf: t })
}
// double posts: the same text by the same account a few seconds apart (a client retry)
const doubles = []
for (const t of shuffle(tweets.filter((x) => !x.parent && !x.retweetOf && !x.author.bot)).slice(0, 11)) {
  doubles.push(addTweet({ ...t, at: t.at + randInt(2, 40), appeal: 0.1, dup: true }))
}
const live = tweets.filter((t) => t.at < END)
live.sort((x, y) => x.at - y.at || x.author.account_id - y.author.account_id || (x.parent ? 1 : 0) - (y.parent ? 1 : 0))
live.forEach((t, i) => (t.tweet_id = 1000001 + i))
// deletions: the author deleted a few tweets later (the row stays, with deleted_at); half the double posts were cleaned up
{
  const lastChild = new Map()
  for (const t of live) for (const p of [t.parent, t.retweetOf]) if (p) lastChild.set(p, Math.max(lastChild.get(p) ?? 0, t.at))
  for (const t of live) {
    if (t.author.bot) continue
    if ((t.dup && chance(0.5)) || chance(0.015)) {
      const at = Math.max(t.at + randInt(60, 10 * DAY), (lastChild.get(t) ?? 0) + randInt(60, 3600))
      if (at < END) t.deleted = at
    }
  }
}

// ---------------------------------------------------------------- entities (filled by the newer ingest only)
// A hashtag is '#' at the start of the text or after a character that is not a letter, digit or underscore, followed by
// letters, digits and underscores with at least one letter; a mention is the same with '@' and 1..15 ASCII letters, digits
// or underscores. Text inside a URL is neither. Hashtags and mentions are kept as written (case and all), in text order.
const URL = /https?:\/\/[^\s)]+/g
const HASHTAG = /(?<![\p{L}\p{N}_])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu
const MENTION = /(?<![\p{L}\p{N}_])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/gu
function entities(text) {
  const rest = text.replace(URL, ' ')
  return { hashtags: [...rest.matchAll(HASHTAG)].map((m) => m[1]), mentions: [...rest.matchAll(MENTION)].map((m) => m[1]), urls: [...text.matchAll(URL)].map((m) => m[0]) }
}

// ---------------------------------------------------------------- likes
const likes = []
{
  const seen = new Set()
  for (const t of live) {
    if (t.retweetOf) continue // a like on a retweet counts for the original
    const audience = [...t.author.followersOf].filter((x) => !x.bot)
    const expected = (t.author.bot ? 0.25 : 0.5) * (t.appeal ?? 0.6) * Math.sqrt(audience.length + 1) * (t.dup ? 0.2 : 1)
    const n = Math.floor(expected + random())
    const likers = shuffle(audience.slice()).slice(0, n)
    if (chance(0.12)) likers.push(pick(accounts.filter((x) => !x.bot && x.created < t.at))) // somebody outside the audience
    for (const a of likers) {
      const key = `${a.account_id}|${t.tweet_id}`
      if (seen.has(key)) continue
      const at = t.at + Math.round(expo(5 * 3600)) + 5
      if (at >= END || (t.deleted && at >= t.deleted) || at < a.created) continue
      seen.add(key)
      likes.push({ account: a, tweet: t, at })
    }
  }
  // people liking their own tweets
  for (const t of shuffle(live.filter((x) => !x.retweetOf && !x.author.bot && !x.deleted)).slice(0, 12)) {
    const key = `${t.author.account_id}|${t.tweet_id}`
    if (seen.has(key)) continue
    seen.add(key)
    likes.push({ account: t.author, tweet: t, at: Math.min(END - 1, t.at + randInt(5, 600)) })
  }
  likes.sort((x, y) => x.at - y.at || x.account.account_id - y.account.account_id)
}

// ---------------------------------------------------------------- write
const writeCsv = csvWriter(import.meta.url)
writeCsv('accounts', ['account_id', 'handle', 'display_name', 'created_at', 'timezone', 'is_verified'],
  accounts.map((a) => [a.account_id, a.handle, a.display_name, fmtTs(a.created), a.timezone, a.verified]))
writeCsv('follows', ['follower_id', 'followee_id', 'followed_at'], follows.map((f) => [f.follower.account_id, f.followee.account_id, fmtTs(f.at)]))
writeCsv('tweets', ['tweet_id', 'account_id', 'created_at', 'text', 'lang', 'source', 'reply_to_tweet_id', 'retweet_of_tweet_id', 'deleted_at', 'entities'],
  live.map((t) => [t.tweet_id, t.author.account_id, fmtTs(t.at), t.text, t.lang, t.source, t.parent?.tweet_id ?? null, t.retweetOf?.tweet_id ?? null,
    t.deleted ? fmtTs(t.deleted) : null, t.at >= ENTITIES_FROM ? JSON.stringify(entities(t.text)) : null]))
writeCsv('likes', ['account_id', 'tweet_id', 'liked_at'], likes.map((l) => [l.account.account_id, l.tweet.tweet_id, fmtTs(l.at)]))

if (process.argv.includes('--stats')) {
  console.log({ accounts: accounts.length, follows: follows.length, tweets: live.length, replies: live.filter((t) => t.parent).length,
    retweets: live.filter((t) => t.retweetOf).length, likes: likes.length, doubles: doubles.map((t) => t.tweet_id), deleted: live.filter((t) => t.deleted).length })
}
