import type { DroppedTable } from '../../lib/indicators/dropped-table.ts';

// A user's dropped tables are kept in this browser's IndexedDB (one object store, key = indicator
// id) until removed. Hand-written over the three IndexedDB calls it needs rather than a wrapper
// library: put, getAll and delete are the whole use.
const DB = 'lokus-tables';
const STORE = 'tables';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`IndexedDB ${DB} could not be opened`));
  });
}

function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = op(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error ?? new Error(`IndexedDB ${DB}: ${mode} failed`));
        };
      }),
  );
}

/** Keep a dropped table (replacing one with the same id). */
export const saveTable = (t: DroppedTable): Promise<unknown> => run('readwrite', (s) => s.put(t));
/** Every kept table, oldest first; none where the browser has no IndexedDB. */
export const loadTables = (): Promise<DroppedTable[]> =>
  typeof indexedDB === 'undefined' ? Promise.resolve([]) : run('readonly', (s) => s.getAll() as IDBRequest<DroppedTable[]>).then((ts) => ts.sort((a, b) => a.added - b.added));
/** Forget a kept table. */
export const deleteTable = (id: string): Promise<unknown> => run('readwrite', (s) => s.delete(id));
