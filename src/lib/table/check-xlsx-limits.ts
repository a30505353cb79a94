import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { type TableLimits, tableLimits } from './table-limits.ts';
import { type TableRefusal, TableRefusedError } from './table-refusal.ts';

/** What {@link checkXlsxLimits} measured of a workbook that passed. */
export interface XlsxMeasure {
  /** Total of the unpacked parts as the central directory declares them, in bytes. */
  declaredBytes: number;
  /** The same, as inflated. */
  unpackedBytes: number;
  /** Rows of the longest sheet (its count of `<row>` elements or its highest row number, whichever is larger). */
  rows: number;
}

// Compressed bytes per push: deflate expands at most ~1,032×, so one push inflates to ≤ ~17 MB.
const CHUNK = 16_384;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const ROW = /<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>/g;
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;

/** Counts a sheet's rows as its XML streams by (a tag cut between two chunks is carried over). */
function rowCounter() {
  const decoder = new TextDecoder('utf-8');
  let carry = '', count = 0, highest = 0;
  return {
    feed(chunk: Uint8Array, final: boolean): void {
      const text = carry + decoder.decode(chunk, { stream: !final });
      const open = text.lastIndexOf('<');
      const cut = !final && open > text.lastIndexOf('>') ? open : text.length;
      carry = text.slice(cut);
      for (const m of text.slice(0, cut).matchAll(ROW)) {
        count++;
        const r = ROW_NUMBER.exec(m[1]);
        if (r) highest = Math.max(highest, Number(r[1]));
      }
    },
    rows: () => Math.max(count, highest),
  };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Check an .xlsx workbook against `limits` before it is parsed, so that a small file that unpacks
 * to hundreds of MB (a "zip bomb", deliberate or not) is refused in a moment instead of freezing
 * the reader. First the zip's central directory (fflate reads it without inflating anything): the
 * declared sizes of all parts; then every part is inflated in a stream, counting the bytes that
 * actually come out (a central directory may lie) and the rows of each sheet, and reading stops
 * as soon as a limit is passed. Nothing is kept: exceljs parses the workbook afterwards.
 *
 * Throws `TableRefusedError` (`unpacked-size`, `rows`, or `unreadable-workbook` for a zip that
 * cannot be read) naming the file, the limit and the measured value.
 */
export function checkXlsxLimits(bytes: Uint8Array, file: string, limits: TableLimits = tableLimits): XlsxMeasure {
  let declaredBytes = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        declaredBytes += f.originalSize;
        return false;
      },
    });
  } catch (e) {
    throw new TableRefusedError({ kind: 'unreadable-workbook', file, detail: `its zip directory cannot be read: ${message(e)}` });
  }
  if (declaredBytes > limits.maxUnpackedBytes) throw new TableRefusedError({ kind: 'unpacked-size', file, limit: limits.maxUnpackedBytes, measured: declaredBytes });

  let unpackedBytes = 0, rows = 0;
  let refused: TableRefusal | undefined, failure: string | undefined;
  const unzip = new Unzip((f) => {
    const sheet = WORKSHEET.test(f.name) ? rowCounter() : undefined;
    f.ondata = (err, chunk, final) => {
      if (refused || failure) return;
      if (err) { failure = `${f.name}: ${err.message}`; return; }
      unpackedBytes += chunk.length;
      if (unpackedBytes > limits.maxUnpackedBytes) { refused = { kind: 'unpacked-size', file, limit: limits.maxUnpackedBytes, measured: unpackedBytes, atLeast: true }; return; }
      if (!sheet) return;
      sheet.feed(chunk, final);
      rows = Math.max(rows, sheet.rows());
      if (rows > limits.maxRows) refused = { kind: 'rows', file, sheet: f.name, limit: limits.maxRows, measured: rows, ...(final ? {} : { atLeast: true }) };
    };
    try {
      f.start();
    } catch (e) {
      failure = `${f.name}: ${message(e)}`;
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && !refused && !failure; i += CHUNK) unzip.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
  } catch (e) {
    failure ??= message(e);
  }
  if (refused) throw new TableRefusedError(refused);
  if (failure) throw new TableRefusedError({ kind: 'unreadable-workbook', file, detail: failure });
  return { declaredBytes, unpackedBytes, rows };
}
