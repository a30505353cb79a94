import type { Level } from '../types.ts';
import type { NameMethod } from './ingest/match-names.ts';

/** The intervention types a program locus can carry (the convergence score counts distinct ones, 0–5 without `other`). */
export const INTERVENTION_TYPES = ['jobs', 'skills_training', 'msme_finance', 'land_reform', 'social_assistance', 'other'] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/** One program locus after validation and placement (a feature of `public/data/programs.geojson`). */
export interface ProgramLocus {
  id: string;
  name: string;
  program: string;
  /** Ministry or agency running the program, canonical name (see `canonicalAgency`; column `ministry` or `agency` in input files). */
  agency: string;
  /** The ministry cell as written, when it differs from the canonical `agency`. */
  agencyAsGiven?: string;
  intervention: InterventionType;
  /** The type cell as written when it named no known type and the locus was kept as `other` ("lainnya"). */
  interventionAsGiven?: string;
  /** Years the program ran at this locus, ascending; empty when the source is undated. */
  years: number[];
  /** Number of beneficiaries (persons or households as the source says); absent when not given. */
  beneficiaries?: number;
  /** How the point was placed: from coordinates, or at the label point of a region given by code or by names. */
  locatedBy: 'coordinates' | 'region';
  /** Point drawn on the map (degrees): the given coordinates, or the region's label point. */
  lon: number;
  lat: number;
  /** BPS codes of the regions containing the locus, as far down as known (region-located programs stop at their level). */
  provinsi?: string;
  kabupaten?: string;
  kecamatan?: string;
  desa?: string;
  /**
   * Finest level the locus is placed at. For `locatedBy: 'region'` this is the level of the given
   * code: the program covers that whole region ("area-wide" for the regions below it).
   */
  level?: Level;
  /** Set when the region was found by place names (no code, no coordinates): how its names matched. */
  nameMatch?: NameMethod;
  /**
   * Set when a coordinate-located point lay outside every polygon and was assigned to the
   * nearest region within the offshore tolerance: the distance to that region, km.
   */
  offshoreKm?: number;
  /**
   * Ids of rows of another dataset found to be this same place and merged into this locus (they
   * are not in the output; see `mergeDuplicates`).
   */
  sameAs?: string[];
  /** Source id(s) or citation as given in the input. */
  source?: string;
  note?: string;
  /** Name of the file the locus came from (`program_loci.csv` for the shipped set, or the user's file). */
  dataset?: string;
}

/** Kinds of validation problems; the UI may key translations or filters on them. */
export type ProgramIssueCode =
  | 'missing-field'
  | 'duplicate-id'
  | 'unknown-intervention'
  | 'unknown-code'
  | 'outside-indonesia'
  | 'latlon-swapped'
  | 'bad-number'
  | 'bad-year'
  | 'bad-geometry'
  | 'level-mismatch'
  | 'code-mismatch'
  | 'not-in-region'
  | 'offshore'
  | 'no-label-point'
  | 'no-polygon'
  | 'abroad'
  | 'name-unmatched'
  | 'name-ambiguous'
  | 'name-one-edit'
  /** A name that fits several regions, settled by the row's finer names (top-down): a guess, said on its row. */
  | 'name-settled'
  /** A coordinate given beside the names that does not fall in the named desa: not used (the desa's label point is). */
  | 'point-elsewhere'
  /** The finer name is not under the named region but once under its parent (a desa in the neighbouring kecamatan): placed there. */
  | 'name-other-parent'
  /** Columns of the header that feed no field (row 0: the file), said once. */
  | 'unknown-columns'
  /** A row without an id: one was made from the file name and row. */
  | 'id-generated'
  /** A row with more non-empty cells than the header has columns (values shifted). */
  | 'extra-cells'
  /** Zero-width or bidi characters removed, or decomposed text composed (NFC), in a cell. */
  | 'invisible-chars'
  /** The file was not UTF-8 and was decoded as another encoding (row 0: the file). */
  | 'encoding'
  /** An undotted code that is a real region in both BPS and Kemendagri schemes. */
  | 'code-two-schemes'
  /** An old BPS kecamatan/desa code that is no longer a key, read through the old-code aliases: to what. */
  | 'old-code'
  /** An old BPS code that had no Kemendagri match: placed at its kecamatan or kabupaten. */
  | 'old-code-parent'
  /** Digits that are both an old BPS code and the Kemendagri code (without dots) of another region: which reading was used. */
  | 'old-code-two-readings'
  /** A register row whose desa column and address disagree (or whose desa column is a kecamatan's name): where it was placed and why. */
  | 'address-conflict';

/**
 * One validation problem. `error` means the row was skipped (the pipeline fails on any);
 * `warning` means the row was used but something in it deserves a look.
 */
export interface ProgramIssue {
  severity: 'error' | 'warning';
  code: ProgramIssueCode;
  file: string;
  /** Line number in a CSV file (header = 1), or 1-based feature number in a GeoJSON file. */
  row: number;
  column?: string;
  value?: string;
  /** Full sentence naming file, row, column, value and what was expected, in both languages. */
  message: { id: string; en: string };
}

/** The kind of file an import read (see `readProgramTable`). */
export type ProgramFormat = 'csv' | 'geojson' | 'hxl' | 'kemnaker-register' | 'knmp';

/** What an import returns: the usable loci and every problem found, in file order. */
export interface ProgramImport {
  file: string;
  format: ProgramFormat;
  /**
   * Which input column fed each program field (`field` as in `columns.ts`, `column` the header
   * as written; for HXL files `column` is "header (#tag)"), in field order: the page can show it.
   */
  columns: { field: string; column: string }[];
  /** Rows placed by place names, per method (every method present, 0 when none). */
  nameMethods: Record<NameMethod, number>;
  /** Data rows read (CSV records after the header, or GeoJSON features). */
  rowsRead: number;
  loci: ProgramLocus[];
  issues: ProgramIssue[];
  /** One result per input row, for the page's row-by-row table (absent for long lists; see `rowResults`). */
  rows?: ImportRowResult[];
}

/** What became of one input row: where it was placed and how, or that it was refused. */
export interface ImportRowResult {
  row: number;
  name: string;
  /** Region names from the province down to the level placed at; empty when refused. */
  place: string[];
  level?: Level;
  how: 'code' | 'coordinates' | 'refused' | NameMethod;
}
