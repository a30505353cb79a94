import type { GapRow } from './find-gaps.ts';
import { toSafeCsv } from './safe-csv.ts';

/** The gap table as a spreadsheet-safe CSV (see `toSafeCsv`); reasons in the chosen language, joined by " | ". */
export function gapsToCsv(rows: readonly GapRow[], lang: 'id' | 'en' = 'id'): string {
  const header = ['rank', 'level', 'kode_bps', 'kode_kemendagri', 'name', 'parent', 'flags_from', 'p0_percent', 'poor_persons', 'year', 'coastal', 'farming', 'priority', 'loci', 'convergence', 'area_wide_loci', 'lon', 'lat', 'reasons'];
  return toSafeCsv(header, rows.map((g, i) => [
    i + 1, g.level, g.kodeBps, g.kodeKemendagri, g.name, g.parentName, g.flagsFrom, g.p0, g.poor, g.year,
    g.coastal, g.farming === null ? 'unknown' : g.farming, g.priority ?? '', g.loci, g.convergence, g.areaWideLoci,
    g.lon, g.lat, g.reasons.map((r) => r[lang]).join(' | '),
  ]));
}
