import {
  contentKey,
  MAX_CLOCK_SKEW_MS,
  mergeEvents,
  parseProgressFile,
  progressEventSchema,
  progressFile,
  progressFromEvents,
  redundancyOf,
  type Draft,
  type ProgressEvent,
  type ProgressEventInput,
  type ProgressState,
} from '../core.ts'
import { IdbUnavailable, idbEntries, idbWrite } from './idb.ts'
import { importWrites, readStoredLog, type StoredLog } from './stored-log.ts'

// Progress in IndexedDB: an append-only event log, one record per appended event and a few per import
// (stored-log.ts), so two tabs never overwrite each other (each writes its own records and tells the others
// over a BroadcastChannel). Entries that fail validation on load are moved to a quarantine store and
// reported, never silently dropped. Every failure reaches the page as a notice with its cause.

export interface LoadReport {
  /** Entries moved aside because they could not be read. */
  quarantined: number
  /** Why, one sentence per kind of problem. */
  reasons: string[]
  /** Progress lives in memory for this visit only; `error` says why. */
  memoryOnly: boolean
  error?: string
}

export type AppendResult = { ok: true; event: ProgressEvent } | { ok: false; error: string }

export type ImportResult = { ok: true; added: number; dropped: number; reasons: string[] } | { ok: false; error: string }

type Listener = (state: ProgressState) => void
type NoticeListener = (message: string) => void

/** A writer that appends more events of one type than this within a second is looping, not a learner. */
const MAX_APPENDS_PER_TYPE_PER_SECOND = 10

export class ProgressStore {
  private events: ProgressEvent[] = []
  private keys = new Set<string>()
  private readonly listeners = new Set<Listener>()
  private readonly noticeListeners = new Set<NoticeListener>()
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('sqlprep-progress') : null
  private readonly recentAppends = new Map<string, number[]>()
  private memoryOnly = false
  private writes: Promise<unknown> = Promise.resolve()

  state: ProgressState = progressFromEvents([])
  /** False until the saved log has been read: the page shows a loading state, not a false "0 solved". */
  loaded = false

  async load(): Promise<LoadReport> {
    const report: LoadReport = { quarantined: 0, reasons: [], memoryOnly: false }
    try {
      const { events, moves, quarantined, reasons } = await readLog()
      await idbWrite(moves)
      report.quarantined = quarantined
      report.reasons = reasons
      this.setEvents(events)
    } catch (e) {
      this.memoryOnly = true
      report.memoryOnly = true
      report.error = e instanceof IdbUnavailable ? e.message : `Saved progress could not be read: ${describe(e)}`
    }
    this.channel?.addEventListener('message', () => void this.reload())
    this.loaded = true
    this.publish()
    return report
  }

  /** The whole log (mock rounds and the review queue read it directly). */
  allEvents(): readonly ProgressEvent[] {
    return this.events
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Failures after loading (a write that did not land, a reload that failed), as sentences for the page. */
  onNotice(listener: NoticeListener): () => void {
    this.noticeListeners.add(listener)
    return () => this.noticeListeners.delete(listener)
  }

  /** Appends an event unless it would change nothing or the writer is looping; never throws. */
  append(input: ProgressEventInput): Promise<AppendResult> {
    const event = { ...input, id: crypto.randomUUID() } as ProgressEvent
    const invalid = progressEventSchema.safeParse(event)
    if (!invalid.success || event.at > Date.now() + MAX_CLOCK_SKEW_MS) {
      const error = `Not recorded: the ${input.type} event is not valid (${invalid.error?.issues[0]?.message ?? 'dated in the future'}).`
      this.notify(error)
      return Promise.resolve({ ok: false, error })
    }
    const redundant = redundancyOf(this.events, this.keys, input)
    if (redundant) return Promise.resolve({ ok: false, error: `Not recorded: ${redundant}.` })
    if (this.looping(input.type)) {
      const error = `Stopped a runaway writer: more than ${MAX_APPENDS_PER_TYPE_PER_SECOND} "${input.type}" events in a second were not recorded.`
      this.notify(error)
      return Promise.resolve({ ok: false, error })
    }
    this.events = mergeEvents(this.events, [event])
    this.keys.add(contentKey(event))
    this.publish()
    if (this.memoryOnly) return Promise.resolve({ ok: true, event })
    const write = idbWrite([{ store: 'events', key: event.id, value: event }]).then(
      (): AppendResult => {
        this.channel?.postMessage('changed')
        return { ok: true, event }
      },
      (e): AppendResult => {
        const error = `Your last action is shown but was not saved: ${describe(e)}. Export your progress to keep it.`
        this.notify(error)
        return { ok: false, error }
      },
    )
    this.writes = this.writes.then(() => write)
    return write
  }

  /** Resolves once every event appended so far has been written (or has failed with a notice). */
  whenSaved(): Promise<void> {
    return this.writes.then(() => undefined)
  }

  /** The log as an export file, with the editor drafts that travel beside it. */
  exportText(now: number, drafts?: Draft[]): string {
    return JSON.stringify(progressFile(this.events, now, drafts), null, 2)
  }

  /** Merges an exported file into the log, in one IndexedDB transaction. */
  async importText(text: string): Promise<ImportResult> {
    const parsed = parseProgressFile(text, Date.now())
    if (!parsed.ok) return parsed
    const known = new Set(this.events.map((e) => e.id))
    const fresh = parsed.events.filter((e) => !known.has(e.id))
    if (!this.memoryOnly) {
      try {
        await idbWrite(importWrites(fresh))
      } catch (e) {
        return { ok: false, error: `Nothing was imported: saving failed (${describe(e)}).` }
      }
      this.channel?.postMessage('changed')
    }
    this.events = mergeEvents(this.events, fresh)
    for (const e of fresh) this.keys.add(contentKey(e))
    this.publish()
    return { ok: true, added: fresh.length, dropped: parsed.dropped, reasons: parsed.reasons }
  }

  private async reload(): Promise<void> {
    try {
      this.setEvents(mergeEvents(this.events, (await readLog()).events))
      this.publish()
    } catch (e) {
      this.notify(`Progress saved in another tab could not be read: ${describe(e)}. Reload the page to see it.`)
    }
  }

  private looping(type: string): boolean {
    const now = Date.now()
    const recent = (this.recentAppends.get(type) ?? []).filter((t) => now - t < 1000)
    recent.push(now)
    this.recentAppends.set(type, recent)
    return recent.length > MAX_APPENDS_PER_TYPE_PER_SECOND
  }

  private setEvents(events: ProgressEvent[]): void {
    this.events = events
    this.keys = new Set(events.map(contentKey))
  }

  private notify(message: string): void {
    for (const l of this.noticeListeners) l(message)
  }

  private publish(): void {
    // Always a new object: round and plan events leave the per-problem state equal, but pages that read
    // the log (mock rounds, the plan) must still re-render.
    this.state = { ...progressFromEvents(this.events) }
    for (const l of this.listeners) l(this.state)
  }
}

async function readLog(): Promise<StoredLog> {
  const stored = await idbEntries(['events', 'chunks'])
  return readStoredLog(stored.events, stored.chunks, Date.now())
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e)
}
