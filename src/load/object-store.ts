/**
 * One IndexedDB object store of this browser, for what the user keeps here (imported program lists,
 * dropped BPS tables); nothing is uploaded. Hand-written over the IndexedDB API rather than a wrapper
 * library: each store needs one transaction helper (add/put, getAll, count, delete, clear), and both
 * the page and the import worker open it.
 */
export interface ObjectStore {
  /** Run one request in its own transaction; resolves with its result once the transaction commits. */
  run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T>;
}

/** A store `store` in database `db` (version 1, created on first open with `options`). */
export function objectStore(db: string, store: string, options: IDBObjectStoreParameters): ObjectStore {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(db, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(store, options);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error(`IndexedDB ${db} could not be opened`));
    });
  return {
    run: (mode, work) =>
      open().then(
        (conn) =>
          new Promise((resolve, reject) => {
            const tx = conn.transaction(store, mode);
            const req = work(tx.objectStore(store));
            tx.oncomplete = () => {
              conn.close();
              resolve(req.result);
            };
            tx.onerror = tx.onabort = () => {
              conn.close();
              reject(tx.error ?? new Error(`IndexedDB ${db}/${store}: ${mode} failed`));
            };
          }),
      ),
  };
}
