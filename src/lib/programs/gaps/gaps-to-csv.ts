import type { GapRow } from './find-gaps.ts';
import { toSafeCsv } from '../codec/safe-csv.ts';
import { INTERVENTION_TYPES } from '../types.ts';
import { idmStatusWords } from './desa-gap-fields.ts';

/** The gap table as a spreadsheet-safe CSV (see `toSafeCsv`); reasons in the chosen language, joined by " | ". */
export function gapsToCsv(rows: readonly GapRow[], lang: 'id' | 'en' = 'id'): string {
  const header = [
    'rank', 'level', 'kode_bps', 'kode_kemendagri', 'name', 'kecamatan', 'kabupaten', 'parent', 'flags_from',
    // A row's own figures (kabupaten rows) and its kabupaten's (kecamatan rows), never mixed; desa rows their own IDM.
    'p0_percent', 'poor_persons', 'kabupaten_p0_percent', 'kabupaten_poor_persons', 'year',
    'idm', 'idm_status', 'idm_status_name', 'idm_source',
    'coastal', 'farming', 'kabupaten_farming', 'priority', 'loci', 'convergence', 'area_wide_loci',
    // Types a register lists completely in the row's province (empty: no register, so no locus is no evidence).
    'types_with_register',
    'nearest_locus_km', ...INTERVENTION_TYPES.map((t) => `nearest_${t}_km`), 'coastline_km', 'area_km2',
    'lon', 'lat', 'reasons',
  ];
  return toSafeCsv(header, rows.map((g, i) => [
    i + 1, g.level, g.kodeBps, g.kodeKemendagri, g.name, g.kecamatanName, g.kabupatenName, g.parentName, g.flagsFrom,
    g.p0, g.poor, g.kabupatenP0, g.kabupatenPoor, g.year,
    g.idm?.score, g.idm?.status ?? undefined, g.idm ? idmStatusWords(g.idm)[lang] : '', g.idm ? g.idm.source[lang] : '',
    g.coastal, g.level === 'kabupaten' ? flag(g.farming) : '', g.kabupatenFarming === undefined ? '' : flag(g.kabupatenFarming), g.priority ?? '', g.loci, g.convergence, g.areaWideLoci,
    g.registeredTypes.join(' '),
    g.nearestKm, ...INTERVENTION_TYPES.map((t) => g.nearestKmByType[t]), g.coastlineKm, g.areaKm2,
    g.lon, g.lat, g.reasons.map((r) => r[lang]).join(' | '),
  ]));
}

/** A farming flag as the CSV writes it: true, false or unknown. */
const flag = (f: boolean | null) => (f === null ? 'unknown' : f);
