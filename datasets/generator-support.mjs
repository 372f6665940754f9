// What every dataset generator (datasets/<name>/generate.mjs) shares: seeded sampling helpers and the CSV
// writer. Plain Node ESM with no dependencies, so `node datasets/<name>/generate.mjs` runs anywhere.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mulberry32 } from './seeded-random.mjs'

/**
 * Sampling helpers drawing from one mulberry32 stream. `reseed(seed)` restarts the stream, for a generator
 * that wants one part of its data not to shift when another part changes.
 */
export function createSampler(seed) {
  let random = mulberry32(seed)
  const sampler = {
    random: () => random(),
    reseed(newSeed) {
      random = mulberry32(newSeed)
    },
    /** An integer in lo..hi, both included. */
    randInt: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    chance: (p) => random() < p,
    pick: (items) => items[Math.floor(random() * items.length)],
    /** One of `items`, with probability proportional to its weight; null when no weight is positive. */
    pickWeighted(items, weights) {
      let total = 0
      for (const w of weights) total += w
      if (total <= 0) return null
      let r = random() * total
      for (let i = 0; i < items.length; i++) {
        r -= weights[i]
        if (r < 0) return items[i]
      }
      return items[items.length - 1]
    },
    /** pickWeighted with each item's weight given by `weightOf(item)`. */
    pickWeightedBy: (items, weightOf) => sampler.pickWeighted(items, items.map(weightOf)),
    /** pickWeighted over [item, weight] pairs. */
    pickWeightedPair: (pairs) => sampler.pickWeighted(pairs.map(([item]) => item), pairs.map(([, w]) => w)),
    /** Shuffles in place (Fisher–Yates) and returns the array. */
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1))
        ;[items[i], items[j]] = [items[j], items[i]]
      }
      return items
    },
    /** A standard normal draw (Box–Muller); 1 - random() is in (0, 1], so its log is finite. */
    normal() {
      const u = 1 - random()
      const v = random()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    /**
     * The same Box–Muller draw with u = random(), drawn again while it is 0. Kept beside normal() because
     * the payments and rides data were generated with it: switching would change their bytes.
     */
    normalRejectingZero() {
      let u = 0
      while (u === 0) u = random()
      const v = random()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    lognormal: (median, sigma) => median * Math.exp(sigma * sampler.normal()),
    lognormalRejectingZero: (median, sigma) => median * Math.exp(sigma * sampler.normalRejectingZero()),
  }
  return sampler
}

/**
 * One CSV field (RFC 4180): null and undefined are an empty unquoted field (NULL to COPY); the empty string,
 * and text holding a quote, comma, line break or leading or trailing whitespace, are quoted.
 */
export function csvField(value) {
  if (value === null || value === undefined) return ''
  const s = String(value)
  if (s === '' || /[",\r\n]/.test(s) || s !== s.trim()) return '"' + s.replace(/"/g, '""') + '"'
  return s
}

/**
 * A writer of data/<table>.csv next to the generator at `generatorUrl` (its import.meta.url). Rows are
 * arrays in column order or objects keyed by column name; the writer returns how many it wrote.
 */
export function csvWriter(generatorUrl) {
  const dir = fileURLToPath(new URL('data/', generatorUrl))
  mkdirSync(dir, { recursive: true })
  return function writeCsv(table, columns, rows) {
    const lines = [columns.join(',')]
    for (const row of rows) lines.push((Array.isArray(row) ? row : columns.map((c) => row[c])).map(csvField).join(','))
    writeFileSync(join(dir, `${table}.csv`), lines.join('\n') + '\n')
    return rows.length
  }
}

// Local wall-clock time in IANA time zones, from Node's Intl data (generators check it is present).
const offsetFormats = new Map()
/** The UTC offset in seconds of time zone `tz` at the instant `s`. */
export function utcOffset(tz, s) {
  let f = offsetFormats.get(tz)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    offsetFormats.set(tz, f)
  }
  const p = Object.fromEntries(f.formatToParts(new Date(s * 1000)).map((x) => [x.type, x.value]))
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) / 1000 - s
}
/** The UTC instant of a local wall-clock time (seconds as if the wall clock were UTC) in zone `tz`. */
export const localToUtc = (tz, wall) => wall - utcOffset(tz, wall - utcOffset(tz, wall))
