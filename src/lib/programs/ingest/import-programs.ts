import { DataError } from '../../errors.ts';
import { COLUMN_ALIASES, type ProgramField } from './columns.ts';
import { formatIssues } from './issue.ts';
import { NAME_METHODS, type NameMethod } from './match-names.ts';
import { placePrograms } from './place-programs.ts';
import type { PointLocator } from '../../geo/point-locator.ts';
import { readProgramTable } from './read-program-table.ts';
import { readRegisterAddresses } from './read-register-addresses.ts';
import { rowResults } from './row-results.ts';
import { decodeText } from '../../table/decode-text.ts';
import { makeIssue } from './issue.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import type { CodeScheme } from './resolve-code.ts';
import type { ProgramImport, ProgramIssue } from '../types.ts';
import { validateRows } from './validate-rows.ts';

/** Options of {@link importPrograms}; every key is optional. */
export interface ImportOptions {
  /**
   * Locates coordinate rows (see `makePointLocator`; pass its `abroad` index so a point in
   * Malaysia, Timor-Leste or Papua New Guinea is an error); without it they get no region codes.
   * Rows placed by names need the levels they name (desa, kecamatan) loaded in the lookup.
   */
  locate?: PointLocator;
  /** How undotted region codes are read (default `auto`: see `preferredScheme`; a code real in both schemes is warned about). */
  codeScheme?: CodeScheme;
  /** Kemendagri codes without a polygon (see `ValidateOptions.unplacedCodes`). */
  unplacedCodes?: ReadonlyMap<string, string>;
  /** Old BPS kecamatan/desa codes → Kemendagri codes (see `ValidateOptions.oldCodes`). */
  oldCodes?: ReadonlyMap<string, string>;
  /** `strict` (the pipeline) throws a `DataError` listing every error; `tolerant` (the browser, default) reports and skips. */
  mode?: 'strict' | 'tolerant';
}

/**
 * Read, validate and place a program list, given as text or as the file's bytes (decoded by
 * `decodeText`: UTF-8, UTF-16, else Windows-1252, with a warning naming the encoding): CSV/TSV (any delimiter, decimal commas, BOM), an
 * HXL-tagged 3W table, Kemnaker's register of training institutions, or a GeoJSON
 * FeatureCollection of points (detected from the first non-blank character, `{`).
 * Shared by the pipeline and the page. Throws `DataError` when the file as a whole is unusable
 * (empty, not JSON, required columns missing), and in `strict` mode when any row has an error;
 * otherwise returns the valid loci and every issue, in file order.
 */
export function importPrograms(input: string | Uint8Array, file: string, lookup: RegionLookup, options: ImportOptions = {}): ProgramImport {
  const { text, encoding } = programText(input, file);
  const read = readProgramTable(text, file);
  // Kemnaker's register: each row's address read with its desa column (see `placeByAddress`).
  const table = read.format === 'kemnaker-register' ? readRegisterAddresses(read, lookup) : read;
  const { drafts, issues } = validateRows(table, lookup, { codeScheme: options.codeScheme, unplacedCodes: options.unplacedCodes, oldCodes: options.oldCodes });
  const placed = placePrograms(drafts, lookup, { file, feature: table.feature, locate: options.locate, ...(table.map.columns.lat ? { latColumn: table.map.columns.lat } : {}) });
  const all = [...encoding, ...issues, ...placed.issues].sort((a, b) => a.row - b.row);
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
  const rows = rowResults(table, placed.loci, placed.rows, all, lookup);
  return { file, format: table.format, columns, nameMethods, rowsRead: table.rows.length, loci: placed.loci, issues: all, ...(rows ? { rows } : {}) };
}

export { readProgramTable };

/** The text of a program file, and the warning (row 0, the file) when its bytes were not UTF-8. */
export function programText(input: string | Uint8Array, file: string): { text: string; encoding: ProgramIssue[] } {
  if (typeof input === 'string') return { text: input, encoding: [] };
  const d = decodeText(input, file);
  if (!d.encoding) return { text: d.text, encoding: [] };
  const how = d.encoding === 'windows-1252'
    ? { en: `not UTF-8 (byte ${d.at! + 1} is 0x${input[d.at!].toString(16).padStart(2, '0')}); read as Windows-1252: check that names with accents read right, or save the file as "CSV UTF-8"`, id: `bukan UTF-8 (bita ke-${d.at! + 1} adalah 0x${input[d.at!].toString(16).padStart(2, '0')}); dibaca sebagai Windows-1252: periksa nama beraksen, atau simpan berkas sebagai "CSV UTF-8"` }
    : { en: `read as UTF-16 (${d.encoding === 'utf-16le' ? 'little' : 'big'}-endian, ${d.bom ? 'from its byte-order mark' : 'no byte-order mark; every other byte was 0'})`, id: `dibaca sebagai UTF-16 (${d.encoding === 'utf-16le' ? 'little' : 'big'}-endian, ${d.bom ? 'dari penanda urutan bita' : 'tanpa penanda urutan bita; setiap bita kedua 0'})` };
  return { text: d.text, encoding: [makeIssue('warning', 'encoding', { file, row: 0 }, how)] };
}
