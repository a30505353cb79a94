import { checkTextLimits } from '../table/check-text-limits.ts';
import { checkXlsxLimits } from '../table/check-xlsx-limits.ts';
import { decodeText } from '../table/decode-text.ts';
import { importBpsTable, type ImportOptions, type ImportResult } from '../table/import-bps-table.ts';
import { readXlsx } from '../table/read-xlsx.ts';
import { type TableLimits, tableLimits } from '../table/table-limits.ts';
import { droppedTable, type DroppedTable } from './dropped-table.ts';

/** True for an .xlsx workbook: a zip archive ("PK\x03\x04"), whatever the file is called. */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * A dropped BPS table (CSV/TSV in any common encoding, or .xlsx) checked against `limits` before
 * it is parsed (`checkXlsxLimits`, `checkTextLimits`), read, joined to `regions` (provinsi and
 * kabupaten/kota rows) and turned into an indicator with its join report. Runs in the page's table
 * worker (src/ui/effects/table-worker.ts) and in Node.
 *
 * Throws `TableRefusedError` for a file over a limit or a workbook that cannot be read, and
 * `DataError` (naming the file, row, column and value, in English and Bahasa Indonesia) for a
 * table that cannot be used at all.
 */
export async function readDroppedTable(bytes: Uint8Array, file: string, regions: ImportOptions['regions'], fallbackYear: number, takenIds: ReadonlySet<string>, limits: TableLimits = tableLimits): Promise<DroppedTable> {
  let result: ImportResult;
  if (isZip(bytes)) {
    checkXlsxLimits(bytes, file, limits);
    const sheet = await readXlsx(bytes, file);
    result = importBpsTable(sheet, { regions, file });
  } else {
    checkTextLimits(bytes, file, limits);
    const { text, note } = decodeText(bytes, file);
    result = importBpsTable(text, { regions, file });
    if (note) result.report.notes.push(note);
  }
  return droppedTable(result, file, fallbackYear, takenIds);
}
