import type { ProgramFormat, ProgramIssue } from './types.ts';
import type { ColumnMap, ProgramField } from './columns.ts';
import type { NameMethod } from './match-names.ts';

/** One input row before validation, the same for CSV and GeoJSON. */
export interface RawProgramRow {
  /** CSV line number (header = 1) or 1-based GeoJSON feature number. */
  row: number;
  /** Cell text per field (trimmed; '' when empty or absent). */
  get(field: ProgramField): string;
  /** Original column name of a field, for messages. */
  column(field: ProgramField): string;
  /** GeoJSON geometry: a Point's coordinates, `null` geometry, or `'invalid'` for anything else. */
  geometry?: [number, number] | null | 'invalid';
  /** A register row's street address (Kemnaker's register), read with its desa column by `placeByAddress`. */
  address?: string;
  /** How the row's names were decided before matching (`placeByAddress`); replaces the name method of the match. */
  nameMethod?: NameMethod;
}

/** A table of rows read from one file. */
export interface RawProgramTable {
  file: string;
  format: ProgramFormat;
  feature: boolean;
  map: ColumnMap;
  rows: RawProgramRow[];
  /**
   * Problems found while reading, before validation (rows with more cells than the header,
   * invisible characters removed, the file's encoding). A row with an error here is not used.
   */
  problems?: ProgramIssue[];
}
