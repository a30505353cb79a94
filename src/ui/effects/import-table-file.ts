import type { DroppedTable } from '../../lib/indicators/dropped-table.ts';
import { regionsOf } from '../../lib/regions/region-views.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import { LoadError } from '../../load/load-error.ts';
import type { TableReply, TableRequest } from '../../protocol/table-import.ts';

let worker: Worker | undefined;
let nextId = 0;

/**
 * Read a dropped BPS table (CSV/TSV in any common encoding, or .xlsx) in a Web Worker, as program
 * lists are: the file is checked against the size and row limits (`tableLimits`) before it is
 * parsed, so the page stays responsive whatever is dropped. Resolves with the table joined to the
 * provinsi and kabupaten/kota of `regions`; rejects with a `LoadError` carrying the page problem
 * (with its `refusal` when the file is over a limit or cannot be read; `worker` when the worker
 * could not be loaded: the next call starts a new one).
 */
export function importTableFile(file: File, regions: RegionLookup, fallbackYear: number, takenIds: ReadonlySet<string>): Promise<DroppedTable> {
  worker ??= new Worker(new URL('./table-worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = ++nextId;
  // Only the fields the matcher reads cross to the worker.
  const refs = [...regionsOf(regions, 'provinsi'), ...regionsOf(regions, 'kabupaten')].map(({ level, kode, kemendagri, name, parent }) => ({ level, kode, kemendagri, name, parent }));
  const request: TableRequest = { id, file, regions: refs, fallbackYear, takenIds: [...takenIds] };
  return new Promise((resolve, reject) => {
    const stop = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      w.removeEventListener('messageerror', onUnreadable);
    };
    const onMessage = (e: MessageEvent<TableReply>) => {
      if (e.data.id !== id) return;
      stop();
      if (e.data.kind === 'done') resolve(e.data.table);
      else reject(new LoadError(e.data.problem));
    };
    const onError = (e: Event) => {
      stop();
      if (worker === w) worker = undefined;
      reject(new LoadError({ kind: 'worker', file: file.name, detail: e instanceof ErrorEvent && e.message ? e.message : 'the script did not load' }));
    };
    const onUnreadable = () => {
      stop();
      reject(new LoadError({ kind: 'bug', file: file.name, detail: 'a reply of the table worker could not be read (messageerror)' }));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.addEventListener('messageerror', onUnreadable);
    w.postMessage(request);
  });
}
