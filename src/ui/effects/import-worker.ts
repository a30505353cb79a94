import type { Topology } from 'topojson-specification';
import { importWithChunks } from '../../lib/programs/ingest/import-with-chunks.ts';
import { noPolygonCodes } from '../../lib/regions/desa-no-polygon.ts';
import { encodedBuffers, encodeLoci } from '../../lib/programs/codec/loci-codec.ts';
import type { ProgramImport } from '../../lib/programs/types.ts';
import { emptyLookup, withLevel, type RegionLookup } from '../../lib/regions/region-lookup.ts';
import { LEVELS } from '../../lib/types.ts';
import { createDataSource, DATA_FILES } from '../../load/data-source.ts';
import { toProblem } from '../../load/load-error.ts';
import { checkKeptResult } from '../../lib/programs/ingest/check-kept.ts';
import { deleteImport, listImports, saveImport, type SavedImport } from '../../load/saved-imports.ts';
import { ISSUES_PER_MESSAGE, LOCI_PER_MESSAGE, type ImportReply, type ImportRequest } from '../../protocol/program-import.ts';

/**
 * The program importer off the main thread: read the file, load the four region levels (once per
 * worker), check, place (boundary chunks as the page would) and keep the result in IndexedDB,
 * posting each stage as it starts. Errors come back as page problems. It also reads the kept
 * lists back after a reload (a kept 100,000-row list read on the main thread blocked it for
 * hundreds of ms), sending their loci as it sends an import's.
 */
let lookup: Promise<RegionLookup> | undefined;
const post = (m: ImportReply, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

/**
 * The loci and issues of `result` in slices, so that no single message takes the page long to
 * copy (see LOCI_PER_MESSAGE, ISSUES_PER_MESSAGE); returns the rest of the result.
 */
function postSlices(id: number, result: ProgramImport): ProgramImport {
  const all = result.loci;
  for (let i = 0; i < all.length; i += LOCI_PER_MESSAGE) {
    const loci = encodeLoci(all.slice(i, i + LOCI_PER_MESSAGE));
    post({ id, kind: 'loci', loci }, encodedBuffers(loci));
  }
  for (let i = 0; i < result.issues.length; i += ISSUES_PER_MESSAGE) post({ id, kind: 'issues', issues: result.issues.slice(i, i + ISSUES_PER_MESSAGE) });
  return { ...result, loci: [], issues: [] };
}

/**
 * Read back the kept lists; `restored` always ends the request. A kept list that cannot be used (a
 * damaged record, or one another version of Lokus wrote: `checkKeptResult`) is removed from the
 * store and reported by its file name (`failed`, kind `kept`); the others are still restored. A
 * store that cannot be read, or a record that cannot be removed, is reported as kind `store`.
 */
async function restore(id: number): Promise<void> {
  let kept: SavedImport[];
  try {
    kept = await listImports();
  } catch (err) {
    return post({ id, kind: 'failed', problem: { kind: 'store', detail: toProblem(err).detail } });
  }
  for (const k of kept) {
    const file = typeof k?.file === 'string' ? k.file : '';
    try {
      post({ id, kind: 'progress', stage: 'restore', file });
      const bad = checkKeptResult(k?.result);
      if (bad) throw new Error(bad);
      post({ id, kind: 'kept', file, mode: k.mode === 'replace' ? 'replace' : 'merge', result: postSlices(id, k.result) });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      const removed = typeof k?.key === 'number' && (await deleteImport(k.key).then(() => true, () => false));
      post({ id, kind: 'failed', problem: removed ? { kind: 'kept', file, detail } : { kind: 'store', file, detail: `${detail}; the record could not be removed` } });
    }
  }
}

// Every request ends with a reply the page waits for (`done`, `failed` or `restored`), whatever
// goes wrong in here: an error escaping an async handler would reach no `error` listener.
self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const m = e.data;
  if (m.kind === 'restore') {
    return restore(m.id)
      .catch((err: unknown) => post({ id: m.id, kind: 'failed', problem: toProblem(err) }))
      .finally(() => post({ id: m.id, kind: 'restored' }));
  }
  const { id, file, mode, baseUrl } = m;
  try {
    post({ id, kind: 'progress', stage: 'read' });
    // Bytes, not `file.text()` (that turns a Windows-1252 file's letters into replacement
    // characters silently): the importer decodes them and says which encoding it used.
    const bytes = new Uint8Array(await file.arrayBuffer());
    post({ id, kind: 'progress', stage: 'regions' });
    const source = createDataSource(baseUrl);
    lookup ??= Promise.all(LEVELS.map((l) => source.regions(l))).then((cols) => LEVELS.reduce((lk, l, i) => withLevel(lk, l, cols[i]), emptyLookup()));
    const lk = await lookup.catch((err: unknown) => {
      lookup = undefined;
      throw err;
    });
    // Desa without a polygon are placed at their kecamatan, with a warning on their row (4 KB; a
    // list that cannot be read leaves their codes unknown, as before).
    const noPolygon = await source.desaNoPolygon().then(noPolygonCodes, () => undefined);
    post({ id, kind: 'progress', stage: 'check' });
    const result = await importWithChunks(bytes, file.name, lk, (path): Promise<Topology> => source.topology(path), { national: DATA_FILES.national, basemap: DATA_FILES.basemap }, { oldCodeShard: (kab) => source.oldCodes(kab), ...(noPolygon ? { unplacedCodes: noPolygon } : {}) });
    post({ id, kind: 'progress', stage: 'save' });
    // Kept in this browser until the user removes it; a failure to keep it leaves the import usable.
    const saved = await saveImport({ file: file.name, mode, savedAt: new Date().toISOString(), result }).then(() => true, () => false);
    post({ id, kind: 'done', result: postSlices(id, result), saved });
  } catch (err) {
    post({ id, kind: 'failed', problem: toProblem(err, file.name) });
  }
};
