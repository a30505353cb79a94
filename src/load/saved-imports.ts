import type { ProgramImport } from '../lib/programs/types.ts';

/** An imported program list kept in this browser (IndexedDB) until the user removes it. Never uploaded. */
export interface SavedImport {
  /** Order of import (IndexedDB key). */
  key?: number;
  file: string;
  mode: 'merge' | 'replace';
  /** ISO time of the import. */
  savedAt: string;
  result: ProgramImport;
}

/** Database and store names (one store, keys in import order). */
const DB = 'lokus';
const STORE = 'program-imports';

/**
 * Open the database (main thread or the import worker). Hand-written over the IndexedDB API
 * rather than a wrapper library: three calls, and the page has no other storage.
 */
function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key', autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = work(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}

/** Keep an import; a `replace` import drops the ones before it (they are no longer shown). */
export async function saveImport(s: SavedImport): Promise<void> {
  if (s.mode === 'replace') await clearImports();
  await run('readwrite', (store) => store.add(s));
}

/** Every kept import, in import order. */
export function listImports(): Promise<SavedImport[]> {
  return run('readonly', (store) => store.getAll() as IDBRequest<SavedImport[]>);
}

/** Number of kept imports (cheap: no records read). */
export function countImports(): Promise<number> {
  return run('readonly', (store) => store.count());
}

/** Remove every kept import. */
export function clearImports(): Promise<void> {
  return run('readwrite', (store) => store.clear()).then(() => undefined);
}
