import { droppedTable, type DroppedTable } from '../../lib/indicators/dropped-table.ts';
import { regionsOf } from '../../lib/regions/region-views.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import { decodeText } from '../../lib/table/decode-text.ts';
import { importBpsTable, type ImportResult } from '../../lib/table/import-bps-table.ts';
import { readXlsx } from '../../lib/table/read-xlsx.ts';

/** True for an .xlsx workbook: a zip archive ("PK\x03\x04"), whatever the file is called. */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * A dropped BPS table (CSV/TSV in any common encoding, or .xlsx) read, joined to the provinces and
 * kabupaten/kota of `regions`, and turned into an indicator with its join report. Throws
 * `DataError` (naming the file, row, column and value) when it cannot be used at all.
 */
export async function importTableFile(bytes: Uint8Array, file: string, regions: RegionLookup, fallbackYear: number, takenIds: ReadonlySet<string>): Promise<DroppedTable> {
  const refs = [...regionsOf(regions, 'provinsi'), ...regionsOf(regions, 'kabupaten')];
  let result: ImportResult;
  if (isZip(bytes)) {
    const sheet = await readXlsx(bytes, file);
    result = importBpsTable(sheet, { regions: refs, file });
  } else {
    const { text, note } = decodeText(bytes, file);
    result = importBpsTable(text, { regions: refs, file });
    if (note) result.report.notes.push(note);
  }
  return droppedTable(result, file, fallbackYear, takenIds);
}
