import {
  mergeEvents,
  parseProgressFile,
  progressFile,
  progressFromEvents,
  validateEvents,
  type ProgressEvent,
  type ProgressEventInput,
  type ProgressState,
} from '../core.ts'
import { idbDelete, idbEntries, idbPut } from './idb.ts'

// Progress in IndexedDB: an append-only event log, one record per event, so two tabs never overwrite each
// other (each appends its own events and tells the others over a BroadcastChannel). Entries that fail
// validation on load are moved to a quarantine store and reported, never silently dropped.

export interface LoadReport {
  /** Entries moved aside because they could not be read. */
  quarantined: number
  /** IndexedDB could not be used: progress lives in memory for this visit only. */
  memoryOnly: boolean
}

type Listener = (state: ProgressState) => void

export class ProgressStore {
  private events: ProgressEvent[] = []
  private readonly listeners = new Set<Listener>()
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('sqlprep-progress') : null
  private memoryOnly = false
  private writes: Promise<unknown> = Promise.resolve()

  state: ProgressState = progressFromEvents([])

  async load(): Promise<LoadReport> {
    let quarantined = 0
    try {
      const entries = await idbEntries('events')
      const { events } = validateEvents(entries.map(([, v]) => v))
      const good = new Set(events.map((e) => e.id))
      for (const [key, value] of entries) {
        if (good.has((value as { id?: string })?.id ?? '') && (value as { id: string }).id === key) continue
        await idbPut('quarantine', key, value)
        await idbDelete('events', key)
        quarantined++
      }
      this.events = mergeEvents(events, [])
    } catch {
      this.memoryOnly = true
    }
    this.channel?.addEventListener('message', () => void this.reload())
    this.publish()
    return { quarantined, memoryOnly: this.memoryOnly }
  }

  /** The whole log (mock rounds and the review queue read it directly). */
  allEvents(): readonly ProgressEvent[] {
    return this.events
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async append(input: ProgressEventInput): Promise<void> {
    const event = { ...input, id: crypto.randomUUID() } as ProgressEvent
    this.events = mergeEvents(this.events, [event])
    this.publish()
    if (this.memoryOnly) return
    const write = idbPut('events', event.id, event)
    this.writes = this.writes.then(() => write).catch(() => undefined)
    await write
    this.channel?.postMessage('changed')
  }

  /** Resolves once every event appended so far is in IndexedDB. */
  whenSaved(): Promise<void> {
    return this.writes.then(() => undefined)
  }

  exportText(now: number): string {
    return JSON.stringify(progressFile(this.events, now), null, 2)
  }

  /** Merges an exported file into the log. */
  async importText(text: string): Promise<{ ok: true; added: number; dropped: number } | { ok: false; error: string }> {
    const parsed = parseProgressFile(text)
    if (!parsed.ok) return parsed
    const known = new Set(this.events.map((e) => e.id))
    const fresh = parsed.events.filter((e) => !known.has(e.id))
    this.events = mergeEvents(this.events, fresh)
    this.publish()
    if (!this.memoryOnly) {
      for (const e of fresh) await idbPut('events', e.id, e)
      this.channel?.postMessage('changed')
    }
    return { ok: true, added: fresh.length, dropped: parsed.dropped }
  }

  private async reload(): Promise<void> {
    const entries = await idbEntries('events').catch(() => [])
    this.events = mergeEvents(this.events, validateEvents(entries.map(([, v]) => v)).events)
    this.publish()
  }

  private publish(): void {
    // Always a new object: round and plan events leave the per-problem state equal, but pages that read
    // the log (mock rounds, the plan) must still re-render.
    this.state = { ...progressFromEvents(this.events) }
    for (const l of this.listeners) l(this.state)
  }
}
