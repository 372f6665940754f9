import { mergeEvents, validateEvents, type ProgressEvent } from '../core.ts'
import type { IdbEntry, IdbWrite } from './idb.ts'

// How the log lies in IndexedDB. The app appends one record per event ('events', keyed by the event's id).
// An import is written as a few records of up to IMPORT_CHUNK_SIZE events ('chunks'), because 100,000
// single puts take ~15 s in Chromium; each import has a random id in its keys, so two tabs importing at
// once never overwrite each other. Reading flattens both into one log; whatever cannot be read is moved to
// the quarantine store with a reason, never dropped.

const IMPORT_CHUNK_SIZE = 5000

/** The records that store one import's events. */
export function importWrites(events: ProgressEvent[]): IdbWrite[] {
  const importId = crypto.randomUUID()
  const writes: IdbWrite[] = []
  for (let start = 0; start < events.length; start += IMPORT_CHUNK_SIZE)
    writes.push({ store: 'chunks', key: chunkKey(importId, start / IMPORT_CHUNK_SIZE), value: events.slice(start, start + IMPORT_CHUNK_SIZE) })
  return writes
}

function chunkKey(importId: string, index: number): string {
  return `import:${importId}:${String(index).padStart(5, '0')}`
}

export interface StoredLog {
  /** The readable events of both stores, deduplicated by id, in time order. */
  events: ProgressEvent[]
  /** Moves unreadable entries into the quarantine store, in one transaction with taking them out of the log. */
  moves: IdbWrite[]
  quarantined: number
  /** Why, one sentence per kind of problem. */
  reasons: string[]
}

type Problem = 'invalid' | 'misfiled' | 'not_a_list'
interface SetAside {
  key: string
  value: unknown
  problem: Problem
}
interface Reading {
  events: ProgressEvent[]
  setAside: SetAside[]
  /** Writes that take the set-aside entries out of their store. */
  removals: IdbWrite[]
}

export function readStoredLog(singles: IdbEntry[], chunks: IdbEntry[], now: number): StoredLog {
  const readings = [readSingles(singles, now), ...chunks.map((chunk) => readChunk(chunk, now))]
  const setAside = readings.flatMap((r) => r.setAside)
  return {
    events: mergeEvents([], readings.flatMap((r) => r.events)),
    moves: [...setAside.map(({ key, value }): IdbWrite => ({ store: 'quarantine', key, value })), ...readings.flatMap((r) => r.removals)],
    quarantined: setAside.length,
    reasons: reasonsFor(setAside, now),
  }
}

function readSingles(entries: IdbEntry[], now: number): Reading {
  const filed = entries.filter(([key, value]) => idOf(value) === key)
  const { events, invalid } = sortOut(filed.map(([, value]) => value), now)
  const setAside = [
    ...entries.filter(([key, value]) => idOf(value) !== key).map(([key, value]): SetAside => ({ key, value, problem: 'misfiled' })),
    ...invalid.map((i): SetAside => ({ key: filed[i]![0], value: filed[i]![1], problem: 'invalid' })),
  ]
  return { events, setAside, removals: setAside.map(({ key }): IdbWrite => ({ store: 'events', key })) }
}

function readChunk([key, value]: IdbEntry, now: number): Reading {
  if (!Array.isArray(value)) return { events: [], setAside: [{ key, value, problem: 'not_a_list' }], removals: [{ store: 'chunks', key }] }
  const { events, invalid } = sortOut(value, now)
  if (!invalid.length) return { events, setAside: [], removals: [] }
  return {
    events,
    // Keyed by the chunk and position, so two tabs setting the same chunk aside write the same records.
    setAside: invalid.map((i): SetAside => ({ key: `${key}#${i}`, value: value[i], problem: 'invalid' })),
    removals: [events.length ? { store: 'chunks', key, value: events } : { store: 'chunks', key }],
  }
}

/** The valid events, and the positions of the invalid entries. */
function sortOut(raw: unknown[], now: number): { events: ProgressEvent[]; invalid: number[] } {
  const { events, dropped } = validateEvents(raw, now)
  if (!dropped) return { events, invalid: [] }
  // Rare: find which entries failed, one at a time.
  return { events, invalid: raw.flatMap((item, i) => (validateEvents([item], now).dropped ? [i] : [])) }
}

function reasonsFor(setAside: SetAside[], now: number): string[] {
  const withProblem = (problem: Problem) => setAside.filter((s) => s.problem === problem)
  const misfiled = withProblem('misfiled').length
  const notLists = withProblem('not_a_list').length
  return [
    ...validateEvents(withProblem('invalid').map((s) => s.value), now).reasons,
    ...(misfiled ? [`${misfiled} entr${misfiled === 1 ? 'y is' : 'ies are'} stored under another event's key`] : []),
    ...(notLists ? [`${notLists} imported batch${notLists === 1 ? ' is' : 'es are'} not a list of events`] : []),
  ]
}

function idOf(value: unknown): unknown {
  return (value as { id?: unknown } | null)?.id
}
