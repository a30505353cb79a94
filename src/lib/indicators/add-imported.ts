import { DataError } from '../errors.ts';
import type { ImportResult } from '../table/import-bps-table.ts';
import type { IndicatorBundle, IndicatorDef, SourceDef } from './types.ts';

/** What a user's dropped table becomes: a new catalogue entry, its year, its value column and its source. */
export interface ImportedIndicator {
  def: IndicatorDef;
  year: number;
  /** Header text of the value column, as in `result.report.columns`. */
  column: string;
  source: SourceDef;
}

/**
 * Return a copy of `bundle` with the values of one column of an imported table (see
 * `importBpsTable`) added as a new indicator, so the page can colour a user's own file with the
 * same code as the published figures. Kabupaten and province rows are both added; missing cells
 * give no value. The input bundle is not changed. Throws `DataError` when the indicator id is
 * already in the catalogue or the column is not one of the table's value columns.
 */
export function addImported(bundle: IndicatorBundle, result: ImportResult, spec: ImportedIndicator): IndicatorBundle {
  if (bundle.catalogue.some((d) => d.id === spec.def.id)) throw new DataError(`indicator "${spec.def.id}" already exists; choose another name`, { value: spec.def.id });
  if (!result.report.columns.includes(spec.column))
    throw new DataError(`${result.report.file}: no value column "${spec.column}"; value columns are ${result.report.columns.map((c) => `"${c}"`).join(', ')}`, { file: result.report.file, column: spec.column });
  const byRegion: Record<string, [number, string]> = {};
  for (const row of result.rows) {
    const v = row.values[spec.column];
    if (v !== null && v !== undefined) byRegion[row.kodeBps] = [v, spec.source.id];
  }
  return {
    ...bundle,
    catalogue: [...bundle.catalogue, spec.def],
    sources: { ...bundle.sources, [spec.source.id]: spec.source },
    values: { ...bundle.values, [spec.def.id]: { [String(spec.year)]: byRegion } },
  };
}
