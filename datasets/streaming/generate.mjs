// Deterministic generator for the `streaming` dataset.
// Usage: node datasets/streaming/generate.mjs   (from anywhere; writes ./data/*.csv next to this file)
// No dependencies, no clock, no Math.random: a seeded mulberry32 PRNG drives everything.
import { createSampler, csvWriter } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG + helpers
const { random, randInt, pick, pickWeightedPair, normal, lognormal, shuffle } = createSampler(20240611)

// ---------------------------------------------------------------- dates (day numbers / epoch seconds, UTC)
const DAY = 86400
const dayOf = (iso) => Math.floor(Date.parse(iso + 'T00:00:00Z') / 1000 / DAY)
const fmtDay = (d) => new Date(d * DAY * 1000).toISOString().slice(0, 10)
const fmtTs = (s) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ')
function addMonths(d, k) {
  const dt = new Date(d * DAY * 1000)
  const y = dt.getUTCFullYear()
  const m = dt.getUTCMonth() + k
  const dom = dt.getUTCDate()
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return Math.floor(Date.UTC(y, m, Math.min(dom, last)) / 1000 / DAY)
}
const START = dayOf('2024-01-01')
const END = dayOf('2025-06-30') // last day with data (inclusive)

// ---------------------------------------------------------------- CSV
const writeCsv = csvWriter(import.meta.url)

// ---------------------------------------------------------------- plans
const plans = [
  { plan_id: 1, name: 'Student', monthly_price: '3.99', max_streams: 1, includes_downloads: false },
  { plan_id: 2, name: 'Basic', monthly_price: '6.49', max_streams: 1, includes_downloads: false },
  { plan_id: 3, name: 'Standard', monthly_price: '10.99', max_streams: 2, includes_downloads: true },
  { plan_id: 4, name: 'Premium', monthly_price: '16.99', max_streams: 4, includes_downloads: true },
]
const planById = new Map(plans.map((p) => [p.plan_id, p]))

// ---------------------------------------------------------------- catalogue
const GENRE_POP = {
  Nature: 1.3, History: 1.1, Science: 1.0, 'True Crime': 1.4, Travel: 0.8, Food: 0.9,
  Programming: 1.2, Data: 1.1, Design: 0.6, Business: 0.7, Languages: 0.8, Photography: 0.6,
}
const GENRES = Object.keys(GENRE_POP)
const COURSE_GENRES = new Set(['Programming', 'Data', 'Design', 'Business', 'Languages', 'Photography'])

const channelDefs = [
  ['Northlight Films', 'documentary', ['Nature', 'Travel']],
  ['Ironbark Documentary', 'documentary', ['History']],
  ['Slow Tide Pictures', 'documentary', ['Nature']],
  ['Copperfield Histories', 'documentary', ['History']],
  ['Quiet Orbit Studio', 'documentary', ['Science']],
  ['Case File Nine', 'documentary', ['True Crime']],
  ['Long Table Media', 'documentary', ['Food']],
  ['Wayfarer Reels', 'documentary', ['Travel']],
  ['Fieldnote Science', 'documentary', ['Science']],
  ['Harbor & Stone', 'documentary', ['History', 'Travel']],
  ['Cold Docket Productions', 'documentary', ['True Crime']],
  ['Ember & Salt', 'documentary', ['Food']],
  ['Pale Ridge Films', 'documentary', ['Nature']],
  ['Undercurrent Docs', 'documentary', ['Science', 'History']],
  ['Lattice Academy', 'course', ['Programming']],
  ['Tidy Rows School', 'course', ['Data']],
  ['Gridline Design Lab', 'course', ['Design']],
  ['Ledger & Co. Learning', 'course', ['Business']],
  ['Parla Language Studio', 'course', ['Languages']],
  ['Aperture Workshop', 'course', ['Photography']],
  ['Stackwise', 'course', ['Programming']],
  ['Mean & Median', 'course', ['Data']],
  ['Boardroom Basics', 'course', ['Business']],
  ['Kerning Club', 'course', ['Design']],
  ['Viva Voce Lessons', 'course', ['Languages']],
  ['Byte Harbor', 'course', ['Programming', 'Data']],
]
const channels = channelDefs.map(([name, category, genres], i) => ({ channel_id: i + 1, name, category, genres }))
const chanByName = new Map(channels.map((c) => [c.name, c]))

// [title, channel, genre, episode titles]
const seriesDefs = [
  ['The Salt Marsh Year', 'Slow Tide Pictures', 'Nature', ['Spring Tides', 'The Nesting Season', 'High Summer', 'Autumn Passage', 'Winter Flats']],
  ['Kingdom of the Kelp', 'Slow Tide Pictures', 'Nature', ['The Forest Beneath', 'Urchin Barrens', 'Otters at Work', 'Storm Season', 'Regrowth']],
  ['Animals After Dark', 'Northlight Films', 'Nature', ['Owls of the Orchard', 'City Foxes', 'The Bat Cave', 'Glowing Shores', 'Dawn Chorus', 'Moths and Moonlight']],
  ['Ice Edge', 'Pale Ridge Films', 'Nature', ['Breakup', 'The Long Light', 'Walrus Beach', 'Whales Under Ice']],
  ['Rivers Running Wild', 'Pale Ridge Films', 'Nature', ['Source', 'Rapids', 'Floodplain', 'Delta']],
  ['The Cartographers', 'Copperfield Histories', 'History', ['Lines on Vellum', 'The Coastline Problem', 'Maps at War', 'Surveying the Interior', 'Mapping the Sea Floor', 'From Paper to Satellite']],
  ['Empires of Grain', 'Ironbark Documentary', 'History', ['The First Harvest', 'Granaries and Kings', 'Famine Years', 'The Grain Ships', 'Bread and Revolution']],
  ['Lost Harbors', 'Harbor & Stone', 'History', ['The Sunken Quay', 'Merchants of the Delta', 'A Port Silted Up', 'The Last Lighthouse Keeper']],
  ["The Printer's War", 'Copperfield Histories', 'History', ['Movable Type', 'Pamphlets and Plots', 'Censors', 'The Underground Press', 'Newsprint Empires']],
  ['Bridges of the Old World', 'Ironbark Documentary', 'History', ['Stone Arches', 'Timber and Rope', 'Iron Giants', 'Bridges That Fell']],
  ['The Weight of Light', 'Quiet Orbit Studio', 'Science', ['Measuring Sunlight', 'Lenses and Mirrors', 'Waves or Particles', 'Lasers', 'Light from the Edge of Time']],
  ['Small Machines', 'Fieldnote Science', 'Science', ['Inside a Cell', 'Molecular Motors', 'Viruses as Machines', 'Building with DNA', 'Nanotech Promises', 'The Tiniest Clocks']],
  ['Inside the Storm', 'Undercurrent Docs', 'Science', ['Birth of a Cyclone', 'Lightning', 'Hail Country', 'Chasing Data', 'When Forecasts Fail']],
  ['Deep Time Detectives', 'Fieldnote Science', 'Science', ['Reading Rock Layers', 'Ice Core Archives', 'Fossils Under the Microscope', 'Dating the Ancient']],
  ['The Ledger Murders', 'Case File Nine', 'True Crime', ['A Body at the Mill', 'The Bookkeeper', 'Missing Pages', 'Verdict']],
  ['Signal Lost', 'Cold Docket Productions', 'True Crime', ['The Last Call', 'Search Parties', 'The Tower Records', 'A Second Witness', 'What the Phone Knew', 'Closing the File']],
  ['The Orchard Case', 'Case File Nine', 'True Crime', ['Harvest Night', 'The Neighbour', 'Forensic Ground', 'The Trial']],
  ['Cold Trail County', 'Cold Docket Productions', 'True Crime', ['Three Vanishings', "The Sheriff's Notes", 'New Eyes', 'DNA Returns', 'An Answer, Finally']],
  ['Slow Trains East', 'Wayfarer Reels', 'Travel', ['Leaving the Coast', 'Mountain Passes', 'Border Towns', 'Night Carriage', 'End of the Line']],
  ['Islands Without Cars', 'Wayfarer Reels', 'Travel', ['Ferry Day', 'Bicycles and Boats', 'The Island School', 'Off Season']],
  ['Market Mornings', 'Harbor & Stone', 'Travel', ['Fish at Dawn', 'Spice Row', 'The Flower Auction', 'Night Market']],
  ['The Fermentation Files', 'Ember & Salt', 'Food', ['Sourdough Science', 'Kimchi Season', 'Vinegar Makers', 'Miso and Time', 'Cheese Caves']],
  ['Bread Across Borders', 'Long Table Media', 'Food', ['Flatbreads', 'Rye Country', 'Steamed Buns', 'Festival Loaves']],
  ['Street Stoves', 'Long Table Media', 'Food', ['Noodle Carts', 'Grill Alley', 'Breakfast Stalls', 'Late-Night Soups', 'The Dessert Vendors']],
  ['Python from Zero', 'Lattice Academy', 'Programming', ['Installing Python and Your First Script', 'Variables and Types', 'Lists and Dictionaries', 'Loops and Conditions', 'Writing Functions', 'Reading and Writing Files', 'Error Handling', 'Modules and Packages', 'A Small Command-Line Project']],
  ['JavaScript in Practice', 'Stackwise', 'Programming', ['The Browser Console', 'Values, Variables and Scope', 'Arrays and Objects', 'Working with the DOM', 'Events and Listeners', 'Promises and async/await', 'Fetching Data', 'Modules and Bundling']],
  ['Git Without Fear', 'Byte Harbor', 'Programming', ['Why Version Control', 'Commits and the Staging Area', 'Branches', 'Merging and Conflicts', 'Remotes and Pull Requests', 'Rebasing Safely', 'Undoing Mistakes']],
  ['Designing HTTP APIs', 'Stackwise', 'Programming', ['Resources and Routes', 'Status Codes That Mean Something', 'Validation and Errors', 'Authentication Basics', 'Pagination and Filtering', 'Versioning an API', 'Testing Endpoints']],
  ['SQL Foundations', 'Tidy Rows School', 'Data', ['SELECT and WHERE', 'Sorting and Limiting', 'Aggregates and GROUP BY', 'Joining Two Tables', 'Outer Joins and NULLs', 'Subqueries', 'Common Table Expressions', 'Window Functions', 'Indexes in Plain Words']],
  ['Spreadsheet to Dashboard', 'Mean & Median', 'Data', ['Cleaning a Messy Sheet', 'Lookups and References', 'Pivot Tables', 'Charts That Tell the Truth', 'Building a KPI Page', 'Sharing and Refreshing']],
  ['Statistics for Skeptics', 'Mean & Median', 'Data', ['Averages and Their Traps', 'Spread and Variance', 'Sampling', 'Confidence Intervals', 'Hypothesis Tests Without Tears', 'Correlation Is Not Causation', 'A/B Tests in Practice']],
  ['Practical Data Cleaning', 'Byte Harbor', 'Data', ['Finding Duplicates', 'Fixing Dates and Times', 'Text Normalisation', 'Missing Values', 'Outliers', 'Joining Messy Sources', 'Documenting a Pipeline']],
  ['Type and Layout', 'Kerning Club', 'Design', ['Anatomy of a Typeface', 'Pairing Fonts', 'Hierarchy and Scale', 'Grids', 'White Space', 'Layout for Long Reads']],
  ['Color Theory Essentials', 'Gridline Design Lab', 'Design', ['The Color Wheel Revisited', 'Contrast and Accessibility', 'Building a Palette', 'Color in Interfaces', 'Color for Data']],
  ['Designing Interfaces', 'Gridline Design Lab', 'Design', ['Research Before Pixels', 'Wireframes', 'Forms That Work', 'Navigation Patterns', 'Prototyping', 'Usability Testing', 'Handing Off to Developers']],
  ['Startup Finance 101', 'Ledger & Co. Learning', 'Business', ['Reading a Profit and Loss', 'Cash Flow', 'Unit Economics', 'Pricing Your Product', 'Fundraising Basics', 'Building a Simple Forecast']],
  ['Negotiation Playbook', 'Boardroom Basics', 'Business', ['Preparing to Negotiate', 'Anchors and Offers', 'Listening for Interests', 'Handling Deadlock', 'Negotiating Salary']],
  ['Managing Your First Team', 'Boardroom Basics', 'Business', ['From Peer to Manager', 'Running One-on-Ones', 'Giving Feedback', 'Delegation', 'Hiring Well', 'Handling Conflict', 'Planning a Quarter']],
  ['Everyday Spanish', 'Parla Language Studio', 'Languages', ['Greetings and Introductions', 'Numbers and Time', 'At the Market', 'Ordering Food', 'Asking for Directions', 'Talking About Family', 'Past Tense Stories', 'Making Plans']],
  ['Italian for Travelers', 'Viva Voce Lessons', 'Languages', ['First Words', 'At the Station', 'Checking In', 'At the Restaurant', 'Shopping', 'Emergencies and Help']],
  ['Portuguese Conversations', 'Parla Language Studio', 'Languages', ['Meeting People', 'Small Talk', 'Work and Study', 'Weekend Plans', 'Telling a Story', 'Opinions and Debate']],
  ['German Grammar Made Calm', 'Viva Voce Lessons', 'Languages', ['Articles and Gender', 'The Four Cases', 'Verb Position', 'Separable Verbs', 'Modal Verbs', 'The Perfect Tense', 'Adjective Endings']],
  ['Light and Exposure', 'Aperture Workshop', 'Photography', ['Aperture', 'Shutter Speed', 'ISO and Noise', 'Metering', 'Golden Hour', 'Working with Flash']],
  ['Street Photography Walks', 'Aperture Workshop', 'Photography', ['Seeing a Scene', 'Patience and Timing', 'Shooting Strangers Respectfully', 'Night Streets', 'Building a Series']],
  ['Editing Raw Files', 'Aperture Workshop', 'Photography', ['Importing and Organising', 'White Balance', 'Tone Curves', 'Local Adjustments', 'Black and White Conversion', 'Exporting for Print and Web']],
]

const standaloneDefs = {
  Nature: ['The Last Meadow', 'Wolves of the High Plateau', "A River Otter's Winter", 'Mangrove Nursery', "The Beekeeper's Hill", 'Seabird Cliffs', 'Coral After the Heat', 'Fungus Underground', 'Migrating with Cranes', 'The Quiet Fjord'],
  History: ["The Clockmaker's Guild", 'Salt and Empire', 'The Forgotten Canal', 'Letters from the Front', 'A City Rebuilt', 'The Silk Route Ledger', 'Queens of the River Trade', 'The Lighthouse Act', 'Plague Year Diaries'],
  Science: ['How Glaciers Move', 'The Sound of Mathematics', 'Why Bridges Hum', 'Counting Atoms', 'A Brief Tour of Black Holes', 'Inside the Particle Lab', 'The Chemistry of Colour', 'Seeds That Wait'],
  'True Crime': ['The Counterfeit Painter', 'Night at the Ferry Terminal', 'The Locked Greenhouse', 'Twelve Missing Ledgers', 'The Quiet Accountant', 'A Heist in Slow Motion', 'The Lighthouse Alibi'],
  Travel: ['Forty-Eight Hours in a Harbour Town', 'Desert Roads', 'Walking the Old Pilgrim Path', 'The Canal Boat Summer', 'Highland Villages', 'A Winter in the North', 'Lakeside Towns by Bicycle'],
  Food: ['The Olive Harvest', 'Salt Farmers', 'A Week of Soups', 'The Chocolate Makers', 'Smoke and Fire', 'Tea Gardens', 'Pasta by Hand'],
  Programming: ['Regular Expressions in One Hour', 'Reading a Stack Trace', 'Writing Clean Functions', 'Intro to Docker', 'How the Web Loads a Page', 'Testing for Beginners', 'Unicode Explained', 'Debugging with Breakpoints', 'Command Line Essentials'],
  Data: ['Pivoting Data with SQL', 'Dates and Time Zones', 'Reading a Box Plot', 'Percentiles Explained', 'Cohort Analysis Walkthrough', 'Visualising Distributions', 'Building a Data Dictionary', 'Intro to Regression'],
  Design: ['Designing Icons', 'Accessible Forms', 'Critique Like a Pro', 'Logos on a Budget', 'Motion in Interfaces', 'Designing for Dark Mode'],
  Business: ['Writing a One-Page Plan', 'Reading a Balance Sheet', 'Running Better Meetings', 'Pricing Experiments', 'Customer Interviews', 'Intro to Bookkeeping'],
  Languages: ['Spanish Pronunciation Clinic', 'Italian Hand Gestures', 'False Friends in Portuguese', 'German Numbers Drill', 'Polite Requests in Five Languages', 'Learning Vocabulary with Spaced Repetition'],
  Photography: ['Composing with Thirds', 'Portraits in Window Light', 'Photographing Food', 'Long Exposure Basics', 'Choosing Your First Lens', 'Night Sky Photography'],
}

function randomPublishDay(launchShare) {
  if (random() < launchShare) return START + randInt(0, 13)
  return randInt(START + 14, dayOf('2025-05-31'))
}

const series = []
const videos = [] // built unordered, ids assigned after sorting by published_on
for (const [title, chName, genre, eps] of seriesDefs) {
  const ch = chanByName.get(chName)
  if (!ch.genres.includes(genre)) throw new Error(`genre mismatch ${title}`)
  const s = { series_id: series.length + 1, channel_id: ch.channel_id, title, genre, episodes: [] }
  series.push(s)
  const isCourse = COURSE_GENRES.has(genre)
  let first = randomPublishDay(0.3)
  // weekly releases for documentaries; courses drop all lessons at once (sometimes in two batches)
  const lastNeeded = isCourse ? first + 21 : first + 7 * (eps.length - 1)
  if (lastNeeded > dayOf('2025-06-20')) first -= lastNeeded - dayOf('2025-06-20')
  const split = isCourse && random() < 0.3 ? randInt(2, eps.length - 1) : eps.length
  eps.forEach((epTitle, i) => {
    let published = isCourse ? (i < split ? first : first + 14) : first + 7 * i
    const duration = isCourse ? randInt(6 * 60, 24 * 60) : randInt(38 * 60, 58 * 60)
    const v = {
      channel_id: ch.channel_id, series_id: s.series_id, episode_no: i + 1, title: epTitle, genre,
      duration_seconds: duration, published, pop: 0, series: s,
    }
    s.episodes.push(v)
    videos.push(v)
  })
  s.pop = lognormal(1, 0.7) * (isCourse ? 0.9 : 1.1)
}
const standalones = []
for (const genre of GENRES) {
  const chs = channels.filter((c) => c.genres.includes(genre))
  for (const title of standaloneDefs[genre]) {
    const ch = pick(chs)
    const isCourse = COURSE_GENRES.has(genre)
    const duration = isCourse ? randInt(9 * 60, 42 * 60) : randInt(52 * 60, 98 * 60)
    const v = {
      channel_id: ch.channel_id, series_id: null, episode_no: null, title, genre, duration_seconds: duration,
      published: randomPublishDay(0.25), pop: lognormal(1, 0.8) * 0.6, series: null,
    }
    standalones.push(v)
    videos.push(v)
  }
}
videos.sort((a, b) => a.published - b.published || a.channel_id - b.channel_id || (a.series_id ?? 0) - (b.series_id ?? 0) || (a.episode_no ?? 0) - (b.episode_no ?? 0) || (a.title < b.title ? -1 : 1))
videos.forEach((v, i) => (v.video_id = i + 1))

// items a viewer can pick: a series (continue where they left off) or a standalone video
const itemsByGenre = new Map(GENRES.map((g) => [g, []]))
for (const s of series) itemsByGenre.get(s.genre).push({ kind: 'series', s, w: s.pop })
for (const v of standalones) itemsByGenre.get(v.genre).push({ kind: 'video', v, w: v.pop })

// ---------------------------------------------------------------- users
const FIRST = ['Amara', 'Bilal', 'Chloe', 'Dmitri', 'Elena', 'Farah', 'Gustavo', 'Hana', 'Ivan', 'Jasmine', 'Kenji', 'Lucia', 'Mateo', 'Nadia', 'Oscar', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tessa', 'Umar', 'Vera', 'Wei', 'Ximena', 'Yusuf', 'Zoe', 'Aiden', 'Beatriz', 'Caleb', 'Daria', 'Emeka', 'Freya', 'Goran', 'Helga', 'Ines', 'Jonas', 'Kavya', 'Liam', 'Maya', 'Noah', 'Olga', 'Pablo', 'Rania', 'Sven', 'Tomas', 'Uma', 'Viktor', 'Wanjiru', 'Yara', 'Zane', 'Anika', 'Bruno', 'Camille', 'Diego', 'Esther', 'Felix', 'Grace', 'Hugo', 'Isla', 'Jamal']
const LAST = ['Abara', 'Bergstrom', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Gallagher', 'Haddad', 'Ibarra', 'Jovanovic', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Santos', 'Tanaka', 'Uddin', 'Varga', 'Walsh', 'Xu', 'Yilmaz', 'Zimmer', 'Adeyemi', 'Brennan', 'Costa', 'Delgado', 'Eze', 'Ferreira', 'Grant', 'Holm', 'Iyer', 'Jensen', 'Kaur', 'Lopez', 'Mendes', 'Novak', 'Oliveira', 'Park', 'Reyes', 'Schmidt', 'Torres', 'Vasquez', 'Weber', 'Young', 'Zhou', 'Banerjee']
const DOMAINS = [['example.com', 5], ['example.net', 3], ['example.org', 2], ['mail.example.com', 2]]
const COUNTRIES = [['US', 22], ['GB', 10], ['DE', 8], ['IN', 9], ['CA', 7], ['FR', 6], ['BR', 6], ['ES', 5], ['AU', 5], ['NL', 4], ['MX', 4], ['SE', 3], ['PL', 3], ['JP', 3], ['ZA', 3], ['NG', 2]]
const ACQ = [['organic', 35], ['paid_search', 20], ['social', 20], ['referral', 15], ['partner', 10]]
const HOURS = [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 1.6, 2, 2, 2.2, 2.4, 3, 2.8, 2.6, 2.8, 3.2, 4, 5.5, 7, 8, 7.5, 5.5, 2.6].map((w, h) => [h, w])

const N_USERS = 520
const months = [] // signup weight per month 2024-01 .. 2025-06
for (let k = 0; k < 18; k++) {
  const d0 = addMonths(START, k)
  let w = 1 + 0.06 * k
  const mon = new Date(d0 * DAY * 1000).getUTCMonth()
  if (mon === 0) w *= 1.5 // new-year resolutions
  if (mon === 6 || mon === 7) w *= 0.8 // summer dip
  if (k === 17) w *= 0.8 // June 2025: sign-ups stop on the 25th
  months.push([k, w])
}
const usedEmails = new Set()
const users = []
for (let i = 0; i < N_USERS; i++) {
  const k = pickWeightedPair(months)
  const d0 = addMonths(START, k)
  const d1 = k === 17 ? dayOf('2025-06-25') : addMonths(START, k + 1) - 1
  const day = randInt(d0, d1)
  const ts = day * DAY + pickWeightedPair(HOURS) * 3600 + randInt(0, 3599)
  let email
  for (;;) {
    const f = pick(FIRST).toLowerCase()
    const l = pick(LAST).toLowerCase()
    const style = random()
    const local = style < 0.5 ? `${f}.${l}` : style < 0.8 ? `${f}.${l}${randInt(1, 99)}` : `${f[0]}${l}${randInt(10, 999)}`
    email = `${local}@${pickWeightedPair(DOMAINS)}`
    if (!usedEmails.has(email)) break
  }
  usedEmails.add(email)
  const birth_year = random() < 0.12 ? null : Math.max(1948, Math.min(2006, Math.round(1988 + 11 * normal())))
  users.push({ signed: ts, email, country: pickWeightedPair(COUNTRIES), birth_year, acquisition_channel: pickWeightedPair(ACQ) })
}
users.sort((a, b) => a.signed - b.signed)
users.forEach((u, i) => {
  u.user_id = i + 1
  u.signed_up_at = fmtTs(u.signed)
})

// ---------------------------------------------------------------- subscriptions
const REASONS = [['too_expensive', 30], ['not_enough_time', 22], ['finished_content', 14], ['switched_service', 12], ['technical_issues', 8], ['other', 6], ['payment_failed', 8]]
function initialPlan(u) {
  const young = u.birth_year !== null && u.birth_year >= 1998
  return pickWeightedPair([[1, young ? 40 : 3], [2, 30], [3, 42], [4, 18]])
}
const subs = []
for (const u of users) {
  u.subs = []
  if (random() < 0.05) continue // signed up, never subscribed
  const signDay = Math.floor(u.signed / DAY)
  let start = signDay + (random() < 0.72 ? 0 : randInt(1, 16))
  if (start > END) continue
  let plan = initialPlan(u)
  const churnBias = lognormal(1, 0.5)
  for (;;) {
    const sub = { user: u, plan_id: plan, started: start, ended: null, cancel_reason: null, failedAt: null }
    u.subs.push(sub)
    subs.push(sub)
    let next = null // what happens after this subscription
    for (let k = 0; ; k++) {
      const a = addMonths(start, k)
      const b = addMonths(start, k + 1)
      if (a > END) break
      const r = random()
      const pCancel = (k < 2 ? 0.075 : 0.036) * churnBias
      const pUp = plan < 4 ? 0.024 : 0
      const pDown = plan > 1 ? 0.016 : 0
      if (r < pCancel) {
        let reason = pickWeightedPair(REASONS)
        if (reason === 'payment_failed' && k === 0) reason = 'too_expensive'
        const end = reason === 'payment_failed' ? a + 5 : b
        if (end > END) break // cancellation would take effect after the data window: still active
        sub.ended = end
        sub.cancel_reason = reason
        if (reason === 'payment_failed') sub.failedAt = a
        next = 'churn'
        break
      } else if (r < pCancel + pUp + pDown) {
        const change = randInt(a + 1, b - 1)
        if (change > END) break
        sub.ended = change
        const up = r < pCancel + pUp
        next = { plan: up ? pickWeightedPair(Array.from({ length: 4 - plan }, (_, j) => [plan + 1 + j, j === 0 ? 3 : 1])) : pickWeightedPair(Array.from({ length: plan - 1 }, (_, j) => [plan - 1 - j, j === 0 ? 3 : 1])), start: change }
        break
      }
    }
    if (next === null) break
    if (next === 'churn') {
      const pBack = sub.cancel_reason === 'payment_failed' ? 0.55 : 0.4
      if (random() >= pBack) break
      const back = sub.ended + (random() < 0.15 ? randInt(7, 30) : randInt(31, 260))
      if (back > END - 3) break
      start = back
      plan = random() < 0.6 ? plan : initialPlan(u)
      continue
    }
    plan = next.plan
    start = next.start
  }
}

// activity intervals (before injecting data errors): [from, to) in days
for (const u of users) {
  u.intervals = []
  for (const s of u.subs) {
    const to = s.ended ?? END + 1
    const last = u.intervals[u.intervals.length - 1]
    if (last && s.started <= last[1]) last[1] = Math.max(last[1], to)
    else u.intervals.push([s.started, to])
  }
}

// Data error 1: a handful of plan changes where the old subscription was closed late (overlap).
const changePairs = []
for (const u of users) {
  for (let i = 0; i + 1 < u.subs.length; i++) {
    const a = u.subs[i]
    const b = u.subs[i + 1]
    if (a.cancel_reason === null && a.ended !== null && a.ended === b.started) changePairs.push([a, b])
  }
}
shuffle(changePairs)
const overlapUsers = []
for (const [a, b] of changePairs) {
  if (overlapUsers.length >= 6) break
  const extra = randInt(3, 21)
  const newEnd = a.ended + extra
  if (newEnd > END || (b.ended !== null && newEnd >= b.ended)) continue
  a.ended = newEnd
  overlapUsers.push(a.user.user_id)
}
// Data error 2: one user with a second subscription opened while the first is still open (both ended_on NULL).
let doubleActiveUser = null
for (const u of shuffle(users.slice())) {
  const last = u.subs[u.subs.length - 1]
  if (!last || last.ended !== null || u.subs.length !== 1 || last.started > dayOf('2024-12-31')) continue
  if (overlapUsers.includes(u.user_id)) continue
  const dup = { user: u, plan_id: last.plan_id === 4 ? 3 : last.plan_id + 1, started: randInt(last.started + 60, dayOf('2025-03-31')), ended: null, cancel_reason: null, failedAt: null }
  u.subs.push(dup)
  subs.push(dup)
  doubleActiveUser = u.user_id
  break
}

subs.sort((a, b) => a.started - b.started || a.user.user_id - b.user.user_id)
subs.forEach((s, i) => (s.subscription_id = i + 1))

// ---------------------------------------------------------------- payments (one invoice per started month, no proration)
const payments = []
for (const s of subs) {
  const price = planById.get(s.plan_id).monthly_price
  const stop = s.ended ?? END + 1
  for (let k = 0; ; k++) {
    const billed = addMonths(s.started, k)
    if (billed >= stop || billed > END) break
    if (s.failedAt === billed) {
      payments.push({ sub: s, billed, amount: price, status: 'failed' })
      continue
    }
    const r = random()
    if (r < 0.018 && billed + 2 < stop && billed + 2 <= END) {
      payments.push({ sub: s, billed, amount: price, status: 'failed' })
      payments.push({ sub: s, billed: billed + 2, amount: price, status: 'paid' })
    } else if (r < 0.025) {
      payments.push({ sub: s, billed, amount: price, status: 'refunded' })
    } else {
      payments.push({ sub: s, billed, amount: price, status: 'paid' })
    }
  }
}
payments.sort((a, b) => a.billed - b.billed || a.sub.subscription_id - b.sub.subscription_id || (a.status === 'failed' ? -1 : 1))
payments.forEach((p, i) => (p.payment_id = i + 1))

// ---------------------------------------------------------------- views
const DEVICES = ['tv', 'phone', 'web', 'tablet']
const views = []
let sessionCount = 0
let bingeCount = 0
for (const u of users) {
  if (u.intervals.length === 0) continue
  const rate = random() < 0.05 ? 0 : lognormal(0.018, 0.85) // sessions per active day
  if (rate === 0) continue
  const favs = []
  const pool = GENRES.map((g) => [g, GENRE_POP[g]])
  for (let i = 0; i < 3; i++) {
    const g = pickWeightedPair(pool.filter(([x]) => !favs.includes(x)))
    favs.push(g)
  }
  const genreW = GENRES.map((g) => [g, g === favs[0] ? 6 : g === favs[1] ? 3 : g === favs[2] ? 2 : 0.25])
  const devW = DEVICES.map((d) => [d, 1])
  devW[DEVICES.indexOf(pickWeightedPair([['tv', 35], ['phone', 25], ['web', 25], ['tablet', 15]]))][1] = 9
  const progress = new Map() // series_id -> next episode index (0-based)
  const seen = new Set() // standalone videos already started

  const chooseItem = (day) => {
    for (let tries = 0; tries < 12; tries++) {
      const g = tries < 8 ? pickWeightedPair(genreW) : pick(GENRES) // fall back to any genre
      const items = itemsByGenre.get(g).filter((it) => (it.kind === 'series' ? it.s.episodes[0].published <= day : it.v.published <= day))
      if (items.length === 0) continue
      const it = pickWeightedPair(items.map((x) => [x, x.w]))
      if (it.kind === 'video') {
        if (seen.has(it.v) && random() < 0.85) continue // mostly avoid rewatching a film
        return { video: it.v }
      }
      const idx = progress.get(it.s.series_id) ?? 0
      if (idx >= it.s.episodes.length || it.s.episodes[idx].published > day) continue
      return { series: it.s, idx }
    }
    return null
  }
  const watched = (v, mode) => {
    const d = v.duration_seconds
    const r = random()
    if (mode === 'binge') return r < 0.62 ? d : r < 0.92 ? d - randInt(5, 90) : randInt(Math.floor(d * 0.3), d - 60)
    if (r < 0.06) return randInt(4, 90) // bounce
    if (r < 0.45) return d
    if (r < 0.55) return d - randInt(5, 120)
    return randInt(Math.floor(d * 0.1), Math.floor(d * 0.95))
  }

  let prevEnd = u.signed
  for (const [from, to] of u.intervals) {
    let cursor = Math.max(prevEnd, from * DAY)
    let first = true
    for (;;) {
      // pick the start of the next session
      let ts
      if (!first && random() < 0.1) {
        ts = cursor + randInt(35 * 60, 90 * 60)
      } else {
        // most new subscribers watch something within their first few days
        const gapDays = first && random() < 0.85 ? pickWeightedPair([[0, 50], [1, 25], [2, 15], [3, 10]]) : Math.floor(-Math.log(1 - random()) / rate)
        const day = Math.floor(cursor / DAY) + gapDays
        ts = day * DAY + pickWeightedPair(HOURS) * 3600 + randInt(0, 3599)
        if (ts < cursor + 35 * 60) ts = cursor + 35 * 60 + randInt(0, 3 * 3600)
      }
      const sDay = Math.floor(ts / DAY)
      if (sDay >= to || sDay > END) break
      // build the session
      const device = random() < 0.85 ? pickWeightedPair(devW) : pick(DEVICES)
      const plan = []
      const firstItem = chooseItem(sDay)
      if (!firstItem) {
        cursor = ts + 3600
        continue
      }
      if (firstItem.series && random() < 0.33) {
        const s = firstItem.series
        let n = randInt(3, 6)
        const avail = s.episodes.filter((e, i) => i >= firstItem.idx && e.published <= sDay).length
        n = Math.min(n, avail)
        if (n >= 3) {
          for (let i = 0; i < n; i++) plan.push({ video: s.episodes[firstItem.idx + i], mode: 'binge' })
          progress.set(s.series_id, firstItem.idx + n)
          bingeCount++
        }
      }
      if (plan.length === 0) {
        const size = pickWeightedPair([[1, 50], [2, 30], [3, 15], [4, 5]])
        let it = firstItem
        for (let i = 0; i < size && it; i++) {
          if (it.series) {
            plan.push({ video: it.series.episodes[it.idx], mode: 'normal' })
            progress.set(it.series.series_id, it.idx + 1)
          } else {
            plan.push({ video: it.video, mode: 'normal' })
            seen.add(it.video)
          }
          it = chooseItem(sDay)
        }
      }
      let t = ts
      let wrote = 0
      for (const { video, mode } of plan) {
        const tDay = Math.floor(t / DAY)
        if (tDay >= to || tDay > END) break
        const w = watched(video, mode)
        views.push({ user: u, video, started: t, watched_seconds: w, device })
        wrote++
        t = t + w + (random() < 0.9 ? randInt(0, 10 * 60) : randInt(10 * 60, 25 * 60))
      }
      if (wrote) {
        sessionCount++
        first = false
      }
      const last = views[views.length - 1]
      cursor = last.started + last.watched_seconds
      if (!wrote) cursor = ts + 3600
    }
    prevEnd = cursor
  }
}
views.sort((a, b) => a.started - b.started || a.user.user_id - b.user.user_id)

// Data error 3: double-logged events (identical row, next view_id).
const dupIdx = new Set()
while (dupIdx.size < 36) dupIdx.add(randInt(0, views.length - 1))
const viewRows = []
views.forEach((v, i) => {
  viewRows.push(v)
  if (dupIdx.has(i)) viewRows.push({ ...v, dup: true })
})
viewRows.forEach((v, i) => (v.view_id = i + 1))

// ---------------------------------------------------------------- write
writeCsv('plans', ['plan_id', 'name', 'monthly_price', 'max_streams', 'includes_downloads'], plans)
writeCsv('users', ['user_id', 'email', 'country', 'signed_up_at', 'birth_year', 'acquisition_channel'], users)
writeCsv('subscriptions', ['subscription_id', 'user_id', 'plan_id', 'started_on', 'ended_on', 'cancel_reason'],
  subs.map((s) => ({ subscription_id: s.subscription_id, user_id: s.user.user_id, plan_id: s.plan_id, started_on: fmtDay(s.started), ended_on: s.ended === null ? null : fmtDay(s.ended), cancel_reason: s.cancel_reason })))
writeCsv('payments', ['payment_id', 'subscription_id', 'billed_on', 'amount', 'status'],
  payments.map((p) => ({ payment_id: p.payment_id, subscription_id: p.sub.subscription_id, billed_on: fmtDay(p.billed), amount: p.amount, status: p.status })))
writeCsv('channels', ['channel_id', 'name', 'category'], channels)
writeCsv('series', ['series_id', 'channel_id', 'title'], series)
writeCsv('videos', ['video_id', 'channel_id', 'series_id', 'episode_no', 'title', 'genre', 'duration_seconds', 'published_on'],
  videos.slice().sort((a, b) => a.video_id - b.video_id).map((v) => ({ ...v, published_on: fmtDay(v.published) })))
writeCsv('views', ['view_id', 'user_id', 'video_id', 'started_at', 'watched_seconds', 'device'],
  viewRows.map((v) => ({ view_id: v.view_id, user_id: v.user.user_id, video_id: v.video.video_id, started_at: fmtTs(v.started), watched_seconds: v.watched_seconds, device: v.device })))

if (process.argv.includes('--stats')) {
  console.log({ users: users.length, subs: subs.length, payments: payments.length, videos: videos.length, views: viewRows.length, sessionCount, bingeCount, overlapUsers, doubleActiveUser, dupViewIds: viewRows.filter((v) => v.dup).map((v) => v.view_id) })
}
