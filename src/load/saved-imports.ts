import { objectStore } from './object-store.ts';
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

/** Database 'lokus', store 'program-imports' (keys in import order). */
const { run } = objectStore('lokus', 'program-imports', { keyPath: 'key', autoIncrement: true });

/** Keep an import; a `replace` import drops the ones before it (they are no longer shown). */
export async function saveImport(s: SavedImport): Promise<void> {
  if (s.mode === 'replace') await clearImports();
  await run('readwrite', (store) => store.add(s));
}

/** Every kept import, in import order. */
export function listImports(): Promise<SavedImport[]> {
  return run('readonly', (store) => store.getAll() as IDBRequest<SavedImport[]>);
}

/** Remove one kept import (by its key): a record that can no longer be read back. */
export function deleteImport(key: number): Promise<void> {
  return run('readwrite', (store) => store.delete(key)).then(() => undefined);
}

/** Number of kept imports (cheap: no records read). */
export function countImports(): Promise<number> {
  return run('readonly', (store) => store.count());
}

/** Remove every kept import. */
export function clearImports(): Promise<void> {
  return run('readwrite', (store) => store.clear()).then(() => undefined);
}

/** Remove the kept imports of one file (every record with that file name). */
export async function deleteImportsOf(file: string): Promise<void> {
  for (const k of await listImports()) if (k.file === file && typeof k.key === 'number') await deleteImport(k.key);
}
