import type { ProgramFormat, ProgramIssue } from '../types.ts';
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
  /**
   * A coordinate the source gives but that is not trusted as the location (KKP's KNMP list): the row is
   * placed by its names and the point is used only where it falls in the named desa (`placePrograms`).
   */
  pointToCheck?: [lon: number, lat: number];
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
