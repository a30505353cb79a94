import { DataError } from '../errors.ts';
import { COLUMN_ALIASES, type ProgramField } from './columns.ts';
import { formatIssues } from './issue.ts';
import { NAME_METHODS, type NameMethod } from './match-names.ts';
import { placePrograms } from './place-programs.ts';
import type { PointLocator } from './point-locator.ts';
import { readProgramCsv } from './read-program-csv.ts';
import { readProgramGeojson } from './read-program-geojson.ts';
import type { RawProgramTable } from './raw-row.ts';
import type { RegionLookup } from '../regions/region-lookup.ts';
import type { CodeScheme } from './resolve-code.ts';
import type { ProgramImport } from './types.ts';
import { validateRows } from './validate-rows.ts';

/** Options of {@link importPrograms}; every key is optional. */
export interface ImportOptions {
  /**
   * Locates coordinate rows (see `makePointLocator`; pass its `abroad` index so a point in
   * Malaysia, Timor-Leste or Papua New Guinea is an error); without it they get no region codes.
   * Rows placed by names need the levels they name (desa, kecamatan) loaded in the lookup.
   */
  locate?: PointLocator;
  /** How undotted region codes are read (default `auto`: BPS first, then Kemendagri). */
  codeScheme?: CodeScheme;
  /** Kemendagri codes without a polygon (see `ValidateOptions.unplacedCodes`). */
  unplacedCodes?: ReadonlyMap<string, string>;
  /** `strict` (the pipeline) throws a `DataError` listing every error; `tolerant` (the browser, default) reports and skips. */
  mode?: 'strict' | 'tolerant';
}

/**
 * Read, validate and place a program list: CSV/TSV (any delimiter, decimal commas, BOM), an
 * HXL-tagged 3W table, Kemnaker's register of training institutions, or a GeoJSON
 * FeatureCollection of points (detected from the first non-blank character, `{`).
 * Shared by the pipeline and the page. Throws `DataError` when the file as a whole is unusable
 * (empty, not JSON, required columns missing), and in `strict` mode when any row has an error;
 * otherwise returns the valid loci and every issue, in file order.
 */
export function importPrograms(text: string, file: string, lookup: RegionLookup, options: ImportOptions = {}): ProgramImport {
  const table = readProgramTable(text, file);
  const { drafts, issues } = validateRows(table, lookup, { codeScheme: options.codeScheme, unplacedCodes: options.unplacedCodes });
  const placed = placePrograms(drafts, lookup, { file, feature: table.feature, locate: options.locate });
  const all = [...issues, ...placed.issues].sort((a, b) => a.row - b.row);
  const errors = all.filter((i) => i.severity === 'error');
  if (options.mode === 'strict' && errors.length) {
    // Count rows, not issues (a row can have several): never "8 of 5 rows".
    const rows = new Set(errors.map((e) => e.row)).size;
    throw new DataError(`${file}: ${rows} of ${table.rows.length} rows have errors${errors.length > rows ? ` (${errors.length} errors)` : ''}:\n${formatIssues(errors)}`, { file, row: errors[0].row, column: errors[0].column, value: errors[0].value });
  }
  const nameMethods = Object.fromEntries(NAME_METHODS.map((m) => [m, 0])) as Record<NameMethod, number>;
  for (const p of placed.loci) if (p.nameMatch) nameMethods[p.nameMatch]++;
  // Rows whose names placed them nowhere are errors, not loci: count them from the issues.
  const ambiguous = new Set(all.filter((i) => i.severity === 'error' && i.code === 'name-ambiguous').map((i) => i.row));
  const unmatched = new Set(all.filter((i) => i.severity === 'error' && i.code === 'name-unmatched' && !ambiguous.has(i.row)).map((i) => i.row));
  nameMethods.ambiguous += ambiguous.size;
  nameMethods.unmatched += unmatched.size;
  const columns = (Object.keys(COLUMN_ALIASES) as ProgramField[]).filter((f) => table.map.columns[f]).map((f) => ({ field: f, column: table.map.columns[f]! }));
  return { file, format: table.format, columns, nameMethods, rowsRead: table.rows.length, loci: placed.loci, issues: all };
}

/**
 * Parse the text as GeoJSON when it starts with `{`, else as a delimited table. Text starting with
 * `[` is JSON too, never a table: it gets a message about its JSON shape, not garbled CSV headers.
 */
export function readProgramTable(text: string, file: string): RawProgramTable {
  const first = text.replace(/^\ufeff/, '').trimStart()[0];
  if (first === '[') {
    let doc: unknown;
    try {
      doc = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch (e) {
      throw new DataError(`${file}: starts like JSON ("[") but is not valid JSON (${(e as Error).message})`, { file });
    }
    const features = Array.isArray(doc) && doc.length > 0 && doc.every((f) => (f as { type?: unknown })?.type === 'Feature');
    throw new DataError(
      features
        ? `${file}: a JSON array of ${(doc as unknown[]).length} Features, not a GeoJSON FeatureCollection; expected {"type": "FeatureCollection", "features": [ … ]} around them`
        : `${file}: a JSON array, not a GeoJSON FeatureCollection; expected {"type": "FeatureCollection", "features": [ … ]} with Point features`,
      { file },
    );
  }
  return first === '{' ? readProgramGeojson(text, file) : readProgramCsv(text, file);
}
