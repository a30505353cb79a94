import { objectStore } from '../../load/object-store.ts';
import type { DroppedTable } from '../../lib/indicators/dropped-table.ts';

// A user's dropped tables are kept in this browser's IndexedDB (key = indicator id) until removed.
const { run } = objectStore('lokus-tables', 'tables', { keyPath: 'id' });

/** Keep a dropped table (replacing one with the same id). */
export const saveTable = (t: DroppedTable): Promise<unknown> => run('readwrite', (s) => s.put(t));
/** Every kept table, oldest first; none where the browser has no IndexedDB. */
export const loadTables = (): Promise<DroppedTable[]> =>
  typeof indexedDB === 'undefined' ? Promise.resolve([]) : run('readonly', (s) => s.getAll() as IDBRequest<DroppedTable[]>).then((ts) => ts.sort((a, b) => a.added - b.added));
/** Forget a kept table. */
export const deleteTable = (id: string): Promise<unknown> => run('readwrite', (s) => s.delete(id));
