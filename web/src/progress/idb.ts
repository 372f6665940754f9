// Minimal promise wrappers over IndexedDB. One database, two stores: progress events (keyed by event id) and
// quarantined entries that failed validation (kept, never silently lost).

const DB_NAME = 'sqlprep'
const DB_VERSION = 1
export type StoreName = 'events' | 'quarantine'

let opening: Promise<IDBDatabase> | null = null

export function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION)
    req.onupgradeneeded = () => {
      const db = req.result
      if (!db.objectStoreNames.contains('events')) db.createObjectStore('events')
      if (!db.objectStoreNames.contains('quarantine')) db.createObjectStore('quarantine')
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'))
  })
  return opening
}

function request<T>(store: StoreName, mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(store, mode)
        const req = run(tx.objectStore(store))
        tx.oncomplete = () => resolve(req.result)
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
      }),
  )
}

export const idbPut = (store: StoreName, key: string, value: unknown) => request(store, 'readwrite', (s) => s.put(value, key))
export const idbDelete = (store: StoreName, key: string) => request(store, 'readwrite', (s) => s.delete(key))

export async function idbEntries(store: StoreName): Promise<[string, unknown][]> {
  const [keys, values] = await Promise.all([
    request(store, 'readonly', (s) => s.getAllKeys()),
    request(store, 'readonly', (s) => s.getAll()),
  ])
  return keys.map((k, i) => [String(k), values[i]])
}
