import { DataError } from '../errors.ts';
import type { ImportResult } from '../table/import-bps-table.ts';
import type { StatRecord } from './stat-record.ts';

/** Which column of an imported BPS table holds which indicator and year. */
export interface ImportSpec {
  file: string;
  indicator: string;
  year: number;
  /** Header text of the value column (exact, or a unique substring such as "2026"); '' when the table has one value column. */
  column: string;
  source: string;
}

/**
 * Turn an imported table into figures: one per matched row (kabupaten, and province rows as
 * published province figures) with a value in the chosen column. Missing marks give no figure.
 * Throws `DataError` when the column cannot be found or is not unique.
 */
export function importedRecords(result: ImportResult, spec: ImportSpec): StatRecord[] {
  const cols = result.report.columns;
  const hits = spec.column === '' ? cols : cols.filter((c) => c === spec.column).length ? [spec.column] : cols.filter((c) => c.includes(spec.column));
  if (hits.length !== 1)
    throw new DataError(`${spec.file}: ${hits.length ? `${hits.length} value columns match` : 'no value column matches'} "${spec.column}"; value columns are ${cols.map((c) => `"${c}"`).join(', ')}`, { file: spec.file, column: spec.column });
  const column = hits[0];
  return result.rows.flatMap((r) => {
    const value = r.values[column];
    if (value === null || value === undefined) return [];
    return [{ kodeKemendagri: r.kodeKemendagri, level: r.level, indicator: spec.indicator, year: spec.year, value, source: spec.source, file: spec.file, line: r.line }];
  });
}
