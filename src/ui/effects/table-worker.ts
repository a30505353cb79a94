import { readDroppedTable } from '../../lib/indicators/read-dropped-table.ts';
import { toProblem } from '../../load/load-error.ts';
import type { TableReply, TableRequest } from '../../protocol/table-import.ts';

/**
 * The BPS-table importer off the main thread (issue 21: a workbook that unpacks to 249 MB froze
 * the page for 17 s when exceljs read it there). Reads the dropped file, checks it against the
 * limits before parsing, reads and joins it, and answers every request once: `done` or `failed`.
 */
const post = (m: TableReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<TableRequest>) => {
  const { id, file, regions, fallbackYear, takenIds } = e.data;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const table = await readDroppedTable(bytes, file.name, regions, fallbackYear, new Set(takenIds));
    post({ id, kind: 'done', table });
  } catch (err) {
    post({ id, kind: 'failed', problem: toProblem(err, file.name) });
  }
};
