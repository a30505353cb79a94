import { DataError } from '../errors.ts';

/**
 * Why a dropped table was refused before (or instead of) being read, as data: the page says it in
 * its own language (`t.tableRefusal`), naming the file, the limit and the measured value.
 * - `unpacked-size`: an .xlsx whose parts unpack to more than `limit` bytes (`measured`: the
 *   central directory's total, or, when `atLeast`, the bytes inflated when reading stopped);
 * - `text-size`: a CSV/TSV larger than `limit` bytes;
 * - `rows`: a sheet (`sheet`: its part name, e.g. `xl/worksheets/sheet1.xml`) or CSV with more rows than `limit`
 *   (`atLeast`: counting stopped at the limit);
 * - `unreadable-workbook`: a zip that is not a workbook exceljs can read, or a damaged one;
 *   `detail` is the reader's own (English) message, for the technical line only.
 */
export type TableRefusal =
  | { kind: 'unpacked-size'; file: string; limit: number; measured: number; atLeast?: boolean }
  | { kind: 'text-size'; file: string; limit: number; measured: number }
  | { kind: 'rows'; file: string; limit: number; measured: number; sheet?: string; atLeast?: boolean }
  | { kind: 'unreadable-workbook'; file: string; detail: string };

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/** The refusal in English, for scripts, tests and the technical detail. */
export function refusalMessage(r: TableRefusal): string {
  const more = 'atLeast' in r && r.atLeast ? 'more than ' : '';
  switch (r.kind) {
    case 'unpacked-size':
      return `${r.file}: the workbook unpacks to ${more}${mb(r.measured)}; the limit is ${mb(r.limit)} (expected a table of kabupaten/kota, a few hundred rows)`;
    case 'text-size':
      return `${r.file}: the file is ${mb(r.measured)}; the limit is ${mb(r.limit)} (expected a table of kabupaten/kota, a few hundred rows)`;
    case 'rows':
      return `${r.file}${r.sheet ? `, ${r.sheet}` : ''}: ${more}${r.measured} rows; the limit is ${r.limit} rows (expected a table of kabupaten/kota, a few hundred rows)`;
    case 'unreadable-workbook':
      return `${r.file}: the workbook cannot be read, the file is damaged or not an .xlsx workbook (${r.detail}); expected an Excel 2007+ workbook`;
  }
}

/** A dropped table refused: an input problem (`DataError`) that carries its {@link TableRefusal}. */
export class TableRefusedError extends DataError {
  override name = 'TableRefusedError';
  constructor(readonly refusal: TableRefusal) {
    super(refusalMessage(refusal), { file: refusal.file });
  }
}
