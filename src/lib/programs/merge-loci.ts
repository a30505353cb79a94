import type { ProgramLocus } from './types.ts';

/**
 * Combine the loaded set with a user's imported loci: `replace` keeps only the imported ones;
 * `merge` appends them, and an imported locus whose `id` is already loaded replaces that one
 * (the user's newer row wins). `replacedIds` lists those ids so the page can say so.
 */
export function mergeLoci(loaded: readonly ProgramLocus[], imported: readonly ProgramLocus[], mode: 'merge' | 'replace'): { loci: ProgramLocus[]; replacedIds: string[] } {
  if (mode === 'replace') return { loci: [...imported], replacedIds: [] };
  const ids = new Set(imported.map((p) => p.id));
  const replacedIds = loaded.filter((p) => ids.has(p.id)).map((p) => p.id);
  return { loci: [...loaded.filter((p) => !ids.has(p.id)), ...imported], replacedIds };
}
