/**
 * Limits on a dropped table, checked before it is parsed (issue 21: a 0.85 MB workbook whose sheet
 * unpacks to 249 MB froze the page for 17 s). Sizes in bytes; MB here means 1,000,000 bytes, as
 * the page says it. The README and docs/data.md repeat these in a table.
 */
export interface TableLimits {
  /** Largest total of an .xlsx's unpacked parts (as its zip's central directory says, then as inflated). */
  maxUnpackedBytes: number;
  /** Largest CSV/TSV file, in bytes as dropped. */
  maxTextBytes: number;
  /** Most rows of a sheet (its highest row number or its count of rows) or lines of a CSV. */
  maxRows: number;
}

/** The limits the page uses. */
export const tableLimits: TableLimits = {
  // 50 MB: BPS's own exports unpack to well under 1 MB (514 kabupaten/kota × a few years); exceljs
  // holds a workbook at roughly 10× its unpacked size in memory, so 50 MB stays under ~1 GB.
  maxUnpackedBytes: 50_000_000,
  // 50 MB: the same bound for a text table (the whole file is decoded as one string).
  maxTextBytes: 50_000_000,
  // 50,000 rows: a BPS table has one row per region (38 provinsi + 514 kabupaten/kota), long tables
  // one per region and year (≈ 10,000 for 20 years); desa tables (≈ 84,000) are not read here.
  maxRows: 50_000,
};
