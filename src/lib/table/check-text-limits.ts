import { type TableLimits, tableLimits } from './table-limits.ts';
import { TableRefusedError } from './table-refusal.ts';

/**
 * Check a CSV/TSV file's bytes against `limits` before they are decoded and parsed: its size, then
 * its lines (line-feed bytes, which UTF-8, Windows-1252 and UTF-16 all write as one 0x0A byte; a
 * quoted cell with a line break counts twice, so this may count a little more than the rows).
 * Returns the line count; throws `TableRefusedError` (`text-size` or `rows`) naming the file, the
 * limit and the measured value.
 */
export function checkTextLimits(bytes: Uint8Array, file: string, limits: TableLimits = tableLimits): number {
  if (bytes.length > limits.maxTextBytes) throw new TableRefusedError({ kind: 'text-size', file, limit: limits.maxTextBytes, measured: bytes.length });
  let lines = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) lines++;
  if (bytes.length && bytes[bytes.length - 1] !== 0x0a) lines++;
  if (lines > limits.maxRows) throw new TableRefusedError({ kind: 'rows', file, limit: limits.maxRows, measured: lines });
  return lines;
}
