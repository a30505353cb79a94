import type { ProgramLocus } from '../types.ts';

type Merged = { loci: ProgramLocus[]; replacedIds: string[] };

/**
 * Combine the loaded set with a user's imported loci: `replace` keeps only the imported ones;
 * `merge` appends them, and an imported locus whose `id` is already loaded replaces that one
 * (the user's newer row wins). `replacedIds` lists those ids so the page can say so.
 */
export function mergeLoci(loaded: readonly ProgramLocus[], imported: readonly ProgramLocus[], mode: 'merge' | 'replace'): Merged {
  if (mode === 'replace') return { loci: imported.slice(), replacedIds: [] };
  const loadedIds = idSet(loaded);
  const replaced = new Set<string>();
  collectReplaced(loadedIds, imported, 0, imported.length, replaced);
  return combine(loaded, imported, replaced);
}

/**
 * {@link mergeLoci} with the imported loci looked at `slice` at a time, awaiting `pause()` before
 * each slice (the page stays responsive while it takes 100,000 imported loci).
 */
export async function mergeLociInSlices(loaded: readonly ProgramLocus[], imported: readonly ProgramLocus[], mode: 'merge' | 'replace', pause: () => Promise<void>, slice = 5_000): Promise<Merged> {
  if (mode === 'replace') return { loci: imported.slice(), replacedIds: [] };
  // Not in the task that received the result (that one copies its last message).
  await pause();
  const loadedIds = idSet(loaded);
  const replaced = new Set<string>();
  for (let from = 0; from < imported.length; from += slice) {
    await pause();
    collectReplaced(loadedIds, imported, from, Math.min(imported.length, from + slice), replaced);
  }
  return combine(loaded, imported, replaced);
}

// Only the loaded ids are hashed into a set (the imported list may be 100,000 rows: a set of
// those took the page 150 ms); each imported id is looked up in it.
function idSet(loci: readonly ProgramLocus[]): Set<string> {
  const ids = new Set<string>();
  for (const p of loci) ids.add(p.id);
  return ids;
}

function collectReplaced(loadedIds: ReadonlySet<string>, imported: readonly ProgramLocus[], from: number, to: number, into: Set<string>): void {
  for (let k = from; k < to; k++) if (loadedIds.has(imported[k].id)) into.add(imported[k].id);
}

function combine(loaded: readonly ProgramLocus[], imported: readonly ProgramLocus[], replaced: ReadonlySet<string>): Merged {
  if (!replaced.size) return { loci: loaded.concat(imported), replacedIds: [] };
  return { loci: loaded.filter((p) => !replaced.has(p.id)).concat(imported), replacedIds: loaded.filter((p) => replaced.has(p.id)).map((p) => p.id) };
}
