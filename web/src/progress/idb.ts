// Minimal promise wrappers over IndexedDB. One database, two stores: progress events (keyed by event id) and
// quarantined entries that failed validation (kept, never silently lost).

const DB_NAME = 'sqlprep'
const DB_VERSION = 1
export type StoreName = 'events' | 'quarantine'

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
      if (!db.objectStoreNames.contains('events')) db.createObjectStore('events')
      if (!db.objectStoreNames.contains('quarantine')) db.createObjectStore('quarantine')
    }
    req.onsuccess = () => resolve(req.result)
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

export function idbEntries(store: StoreName): Promise<[string, unknown][]> {
  return transact([store], 'readonly', (tx) => {
    const keys = tx.objectStore(store).getAllKeys()
    const values = tx.objectStore(store).getAll()
    return () => keys.result.map((k, i): [string, unknown] => [String(k), values.result[i]])
  })
}
