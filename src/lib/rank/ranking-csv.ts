import { toSafeCsv, type CsvCell } from '../programs/codec/safe-csv.ts';
import type { Ranking } from './rank-regions.ts';

/** Columns of a ranking download (their Indonesian names; the page passes its language's): one row per region, worst first, then the regions without a value. */
export const RANKING_CSV_COLUMNS = ['peringkat', 'seri', 'kode_bps', 'nama', 'indikator', 'tahun', 'nilai', 'satuan', 'sumber'] as const;

/** What a ranking download says about its figures (the same on every row). */
export interface RankingCsvMeta {
  indicator: string;
  /** `2025`, or `2019-2025` for a change. */
  years: string;
  /** Unit of `nilai` (`%`, or `poin`/`%` of change). */
  unit: string;
  /** Source line(s) of the figures, publisher and year. */
  source: string;
}

/**
 * A ranking as a spreadsheet-safe CSV: `peringkat` (1 = worst), `seri` 1 on tied rows, code, name,
 * value; the regions without a value follow with empty rank and value (so nothing is dropped).
 * `columns`: the nine column names in the page's language (`RANKING_CSV_COLUMNS` by default).
 */
export function rankingCsv(ranking: Ranking, nameOf: (kode: string) => string, meta: RankingCsvMeta, columns: readonly string[] = RANKING_CSV_COLUMNS): string {
  const row = (rank: CsvCell, tied: CsvCell, kode: string, value: CsvCell): CsvCell[] => [rank, tied, kode, nameOf(kode), meta.indicator, meta.years, value, meta.unit, meta.source];
  const rows = [...ranking.rows.map((r) => row(r.rank, r.tied ? 1 : 0, r.kode, r.value)), ...ranking.missing.map((k) => row('', '', k, ''))];
  return toSafeCsv(columns, rows);
}

/** File name of a ranking download, ASCII only: `lokus-peringkat-p0-2025-kabupaten-indonesia.csv`. */
export function rankingCsvName(parts: { indicator: string; years: string; level: string; region: string; lang: 'id' | 'en' }): string {
  const safe = (s: string) => s.replace(/[^a-z0-9_-]/gi, '_');
  return `lokus-${parts.lang === 'id' ? 'peringkat' : 'ranking'}-${safe(parts.indicator)}-${safe(parts.years)}-${safe(parts.level)}-${safe(parts.region || 'indonesia')}.csv`;
}
