// Minimal promise wrappers over IndexedDB. One database, three stores: progress events appended one at a time
// (keyed by event id), imported events in chunks (see stored-log.ts), and quarantined entries that failed
// validation (kept, never silently lost).

const DB_NAME = 'sqlprep'
// Version 1 had 'events' and 'quarantine'; version 2 adds 'chunks'. An upgrade only adds stores, so every
// record of an older database is kept.
const DB_VERSION = 2
const STORES = ['events', 'chunks', 'quarantine'] as const
export type StoreName = (typeof STORES)[number]

/** IndexedDB itself could not be opened (private mode, disabled storage): progress can live in memory only. */
export class IdbUnavailable extends Error {
  constructor(cause: unknown) {
    super(`IndexedDB is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'IdbUnavailable'
  }
}

let opening: Promise<IDBDatabase> | null = null

export function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    let req: IDBOpenDBRequest
    try {
      req = indexedDB.open(DB_NAME, DB_VERSION)
    } catch (e) {
      reject(new IdbUnavailable(e))
      return
    }
    req.onupgradeneeded = () => {
      const db = req.result
      for (const name of STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name)
    }
    req.onsuccess = () => {
      // A newer version opened in another tab waits for this connection: let it upgrade. This tab's next
      // write then fails with a visible notice instead of blocking that tab.
      req.result.onversionchange = () => {
        req.result.close()
        opening = null
      }
      resolve(req.result)
    }
    req.onerror = () => reject(new IdbUnavailable(req.error ?? 'open failed'))
    req.onblocked = () => reject(new IdbUnavailable('the database is blocked by another tab'))
  })
  // A failed open is not remembered: the next call tries again.
  opening.catch(() => {
    opening = null
  })
  return opening
}

function transact<T>(stores: StoreName[], mode: IDBTransactionMode, run: (tx: IDBTransaction) => () => T): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(stores, mode)
        const result = run(tx)
        tx.oncomplete = () => resolve(result())
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted (storage full?)'))
      }),
  )
}

export interface IdbWrite {
  store: StoreName
  key: string
  /** Absent: delete the key. */
  value?: unknown
}

/** Applies every write in one transaction: all of them land, or none. */
export function idbWrite(writes: IdbWrite[]): Promise<void> {
  if (!writes.length) return Promise.resolve()
  const stores = [...new Set(writes.map((w) => w.store))]
  return transact(stores, 'readwrite', (tx) => {
    for (const w of writes) {
      const s = tx.objectStore(w.store)
      if ('value' in w) s.put(w.value, w.key)
      else s.delete(w.key)
    }
    return () => undefined
  })
}

export type IdbEntry = [key: string, value: unknown]

/** Every record of each store, read in one transaction (a consistent snapshot). */
export function idbEntries<S extends StoreName>(stores: S[]): Promise<Record<S, IdbEntry[]>> {
  return transact(stores, 'readonly', (tx) => {
    const reads = stores.map((store) => [store, tx.objectStore(store).getAllKeys(), tx.objectStore(store).getAll()] as const)
    return () =>
      Object.fromEntries(reads.map(([store, keys, values]) => [store, keys.result.map((k, i): IdbEntry => [String(k), values.result[i]])])) as Record<S, IdbEntry[]>
  })
}
