import { LEVELS, type Level } from '../types.ts';
import type { Coverage } from './coverage.ts';
import type { GapFlags, GapHotspot } from './gap-flags.ts';
import type { RegionLookup } from './region-lookup.ts';

/** Defaults of {@link findGaps}; the README repeats them. */
export const GAP_DEFAULTS = {
  /** Level of the rows. Poverty and farming figures exist for kabupaten; finer levels inherit them. */
  level: 'kabupaten' as Level,
  /** Which hotspot kinds qualify besides poverty: coastal, farming, either, both, or any poverty hotspot. */
  require: 'coastal-or-farming' as 'coastal' | 'farming' | 'coastal-or-farming' | 'coastal-and-farming' | 'any',
  /** A region is a gap when it has at most this many program loci (0: no program at all). */
  maxLoci: 0,
  /** …and a convergence score at most this (5: no limit). */
  maxConvergence: 5,
  /** Count area-wide programs (kabupaten- or province-wide) as coverage. Off: they do not reach a given desa. */
  countAreaWide: false,
  /** Ranking: number of poor (default, as the government prioritised) or poverty rate P0. */
  sortBy: 'poor' as 'poor' | 'p0',
  /** Keep only regions inside this BPS code (a provinsi or kabupaten), '' for all of Indonesia. */
  within: '',
  /** Rows returned with reasons (the total is always counted). */
  limit: 500,
};

export type GapOptions = typeof GAP_DEFAULTS;

/** One row of the gap table. */
export interface GapRow {
  level: Level;
  kodeBps: string;
  kodeKemendagri: string;
  name: string;
  /** Name of the kabupaten (for kecamatan/desa) or provinsi (for kabupaten) the row lies in. */
  parentName: string;
  /** BPS code of the region whose poverty/farming figures apply (itself, or an ancestor). */
  flagsFrom: string;
  p0?: number;
  poor?: number;
  year?: number;
  coastal: boolean;
  farming: boolean | null;
  priority?: 'listed' | 'disputed';
  loci: number;
  convergence: number;
  areaWideLoci: number;
  /** Label point (degrees) to fly to; null without a polygon. */
  lon: number | null;
  lat: number | null;
  reasons: { id: string; en: string }[];
}

/** Total number of gaps and the first `limit` rows, ranked. */
export interface GapResult {
  total: number;
  rows: GapRow[];
}

/**
 * Hotspots that programs do not reach: poverty hotspot × (coastal and/or farming) × coverage at
 * or below the thresholds, ranked by number of poor (or P0), unknown values last, then by code.
 * Pure and allocation-light: one pass over the level's typed arrays, reasons only for returned rows.
 */
export function findGaps(lookup: RegionLookup, coverage: Coverage, flags: GapFlags, options: Partial<GapOptions> = {}): GapResult {
  const o = { ...GAP_DEFAULTS, ...options };
  const level = o.level, cols = lookup.levels[level], cov = coverage[level], from = flags.from[level], coastal = lookup.coastal[level];
  const hs = flags.hotspots;
  const keep: number[] = [];
  for (let r = 0; r < from.length; r++) {
    const f = from[r];
    if (f < 0 || !hs[f].poverty) continue;
    const count = cov.count[r] + (o.countAreaWide ? cov.areaWideCount[r] : 0);
    const types = cov.types[r] | (o.countAreaWide ? cov.areaWideTypes[r] : 0);
    if (count > o.maxLoci || convergence(types) > o.maxConvergence) continue;
    const isCoastal = coastalOf(hs[f], cols.kode[r], coastal[r]);
    const farming = hs[f].farming === true;
    if (o.require === 'coastal' && !isCoastal) continue;
    if (o.require === 'farming' && !farming) continue;
    if (o.require === 'coastal-or-farming' && !isCoastal && !farming) continue;
    if (o.require === 'coastal-and-farming' && !(isCoastal && farming)) continue;
    if (o.within && !cols.kode[r].startsWith(o.within)) continue;
    keep.push(r);
  }
  const key = (r: number) => (o.sortBy === 'poor' ? hs[from[r]].poor : hs[from[r]].p0) ?? -Infinity;
  const second = (r: number) => (o.sortBy === 'poor' ? hs[from[r]].p0 : hs[from[r]].poor) ?? -Infinity;
  keep.sort((a, b) => key(b) - key(a) || second(b) - second(a) || (cols.kode[a] < cols.kode[b] ? -1 : 1));
  return { total: keep.length, rows: keep.slice(0, o.limit).map((r) => gapRow(lookup, coverage, flags, level, r, o)) };
}

const convergence = (types: number) => {
  let n = 0;
  for (let b = 0; b < 5; b++) n += (types >> b) & 1;
  return n;
};

function coastalOf(h: GapHotspot, kode: string, registry: number): boolean {
  return h.kodeBps === kode && h.coastal !== undefined ? h.coastal : registry === 1;
}

function gapRow(lookup: RegionLookup, coverage: Coverage, flags: GapFlags, level: Level, r: number, o: GapOptions): GapRow {
  const cols = lookup.levels[level], cov = coverage[level], h = flags.hotspots[flags.from[level][r]];
  const li = LEVELS.indexOf(level);
  const parentRow = li > 0 ? lookup.parentIndex[level][r] : -1;
  // Kecamatan and desa rows name their kabupaten; kabupaten rows their provinsi.
  let pl = li - 1, pr = parentRow;
  while (pl > 1 && pr >= 0) { pr = lookup.parentIndex[LEVELS[pl]][pr]; pl--; }
  const parentName = pl >= 0 && pr >= 0 ? lookup.levels[LEVELS[pl]].name[pr] : '';
  const inherited = h.kodeBps !== cols.kode[r];
  const coastal = coastalOf(h, cols.kode[r], lookup.coastal[level][r]);
  const reasons: GapRow['reasons'] = [];
  const from = inherited ? nameOfCode(lookup, h.kodeBps) : '';
  for (const x of h.reasons ?? []) reasons.push(inherited ? { id: `${from}: ${x.id}`, en: `${from}: ${x.en}` } : x);
  if (coastal && !inherited && h.coastalReason) reasons.push(h.coastalReason);
  else if (coastal) reasons.push({ id: `${level} pesisir (batasnya menyentuh laut)`, en: `coastal ${level} (its boundary touches the sea)` });
  if (h.priority) reasons.push(h.priority === 'listed'
    ? { id: 'kabupaten prioritas kemiskinan ekstrem 2021', en: '2021 extreme-poverty priority kabupaten' }
    : { id: 'kabupaten prioritas 2021 (disengketakan antar sumber)', en: '2021 priority kabupaten (disputed between sources)' });
  const n = cov.count[r], aw = cov.areaWideCount[r];
  reasons.push(n === 0
    ? { id: 'tidak ada lokus program', en: 'no program locus' }
    : { id: `${n} lokus program, konvergensi ${cov.convergence[r]}`, en: `${n} program ${n === 1 ? 'locus' : 'loci'}, convergence ${cov.convergence[r]}` });
  const awEn = `${aw} area-wide program${aw === 1 ? '' : 's'} of a parent region`;
  if (aw > 0) reasons.push(o.countAreaWide
    ? { id: `${aw} program se-wilayah induk ikut dihitung`, en: `${awEn} counted` }
    : { id: `${aw} program se-wilayah induk (tidak dihitung sebagai cakupan)`, en: `${awEn} (not counted as coverage)` });
  return {
    level, kodeBps: cols.kode[r], kodeKemendagri: cols.kemendagri[r] ?? '', name: cols.name[r], parentName,
    flagsFrom: h.kodeBps,
    ...(h.p0 !== undefined ? { p0: h.p0 } : {}),
    ...(h.poor !== undefined ? { poor: h.poor } : {}),
    ...(h.year !== undefined ? { year: h.year } : {}),
    coastal, farming: h.farming,
    ...(h.priority ? { priority: h.priority } : {}),
    loci: n, convergence: cov.convergence[r], areaWideLoci: aw,
    lon: numOrNull(cols.lon[r]), lat: numOrNull(cols.lat[r]),
    reasons,
  };
}

const numOrNull = (v: number | null) => (v == null || Number.isNaN(v) ? null : v);

function nameOfCode(lookup: RegionLookup, kode: string): string {
  for (const l of LEVELS) {
    const r = lookup.byBps[l].get(kode);
    if (r !== undefined) return lookup.levels[l].name[r];
  }
  return kode;
}
