import { nearestKm, type NearestLoci } from '../coverage/nearest-locus.ts';
import type { Coverage } from '../coverage/coverage.ts';
import type { GapFlags } from './gap-flags.ts';
import { coastalOf, gapRow, type GapResult } from './gap-row.ts';
import { gapOptions, type GapOptions, type IdmFilter } from './gap-options.ts';
import { registeredTypes } from './registered-types.ts';
import type { DesaNeed } from './desa-need.ts';
import { ancestorRows, type RegionLookup } from '../../regions/region-lookup.ts';
import { levelOf } from '../../regions/level-of.ts';
import { parentsIn } from '../../regions/parents-in.ts';

export { GAP_DEFAULTS, IDM_FILTERS, type GapOptions } from './gap-options.ts';
export { registeredTypes } from './registered-types.ts';
export type { GapResult, GapRow } from './gap-row.ts';

/**
 * Places that programs do not reach, ranked. Kabupaten and kecamatan rows: poverty hotspot (the
 * kabupaten's figures) × (coastal and/or farming) × coverage at or below the thresholds, by number of
 * poor (or P0), unknown values last, then code. Desa rows: by their own IDM 2024 (`flags.need`,
 * required): status as `idm` asks, × coastal/farming × coverage, lowest IDM score first (desa without
 * a score, then kelurahan, last), then farthest from any program, then code. `noProgramWithinKm`
 * keeps only rows with no program that near. Pure and allocation-light: one pass over the level's
 * typed arrays, reasons only for returned rows.
 */
export function findGaps(lookup: RegionLookup, coverage: Coverage, flags: GapFlags, options: Partial<GapOptions> = {}, nearest?: NearestLoci): GapResult {
  const o = gapOptions(options);
  const level = o.level, cols = lookup.levels[level], cov = coverage[level], from = flags.from[level], coastal = lookup.coastal[level];
  const hs = flags.hotspots;
  const need = level === 'desa' ? flags.need : undefined;
  if (level === 'desa' && !need) throw new Error('invalid flags: desa rows are ranked by their own IDM; give prepareGapFlags the desa need (desaNeed)');
  const parents = parentsIn(lookup);
  const withinLevel = o.within ? levelOf(o.within) : undefined;
  const inside = (r: number) => !withinLevel || lookup.levels[withinLevel].kode[ancestorRows(lookup, level, r)[withinLevel]] === o.within;
  const whole = cov.wholeTypes;
  // Distance to the nearest program (0 inside an area-wide one when counted; −1 without a label point), for the filter and the ranking.
  const far = level === 'kabupaten' && o.noProgramWithinKm === 0 ? undefined : new Float64Array(cols.kode.length);
  const keep: number[] = [];
  for (let r = 0; r < from.length; r++) {
    const f = from[r], h = f >= 0 ? hs[f] : undefined;
    if (need ? !qualifies(need, r, o.idm) : !h?.poverty) continue;
    const count = cov.count[r] + (o.countAreaWide ? cov.areaWideCount[r] : 0);
    const types = cov.types[r] | (o.countAreaWide ? cov.areaWideTypes[r] : 0);
    if (count > o.maxLoci || convergence(types) > o.maxConvergence) continue;
    const isCoastal = coastalOf(h, cols.kode[r], coastal[r]);
    const farming = h?.farming === true;
    if (o.require === 'coastal' && !isCoastal) continue;
    if (o.require === 'farming' && !farming) continue;
    if (o.require === 'coastal-or-farming' && !isCoastal && !farming) continue;
    if (o.require === 'coastal-and-farming' && !(isCoastal && farming)) continue;
    if (o.within && !inside(r)) continue;
    if (o.onlyRegistered && registeredTypes(o.registers, cols.kode[r], parents).length === 0) continue;
    if (far) {
      far[r] = o.countAreaWide && whole[r] ? 0 : farness(nearest, cols.lon[r], cols.lat[r]);
      if (o.noProgramWithinKm > 0 && !(far[r] > o.noProgramWithinKm)) continue;
    }
    keep.push(r);
  }
  const byCode = (a: number, b: number) => (cols.kode[a] < cols.kode[b] ? -1 : 1);
  if (need && far) {
    // The IDM score, then desa without a score (2), then kelurahan (3): one key per row, read by the comparator.
    const key = new Float64Array(cols.kode.length);
    for (const r of keep) key[r] = need.kelurahan[r] ? 3 : Number.isNaN(need.score[r]) ? 2 : need.score[r];
    keep.sort((a, b) => key[a] - key[b] || far[b] - far[a] || byCode(a, b));
  } else {
    const key = (r: number) => (o.sortBy === 'poor' ? hs[from[r]].poor : hs[from[r]].p0) ?? -Infinity;
    const second = (r: number) => (o.sortBy === 'poor' ? hs[from[r]].p0 : hs[from[r]].poor) ?? -Infinity;
    // Kecamatan rows share their kabupaten's figures: within that order, farthest from any locus first.
    if (level === 'kabupaten') keep.sort((a, b) => key(b) - key(a) || second(b) - second(a) || byCode(a, b));
    else if (far) keep.sort((a, b) => key(b) - key(a) || second(b) - second(a) || from[a] - from[b] || far[b] - far[a] || byCode(a, b));
  }
  return {
    total: keep.length,
    rows: keep.slice(0, o.limit).map((r) => gapRow(lookup, coverage, flags, level, r, o, parents, nearest)),
    order: Int32Array.from(keep),
  };
}

/** Whether desa row `r` qualifies by its IDM status under filter `idm`. */
function qualifies(need: DesaNeed, r: number, idm: IdmFilter): boolean {
  const s = need.status[r];
  return idm === 'all' || s === 5 || (idm === 'need' && s === 4);
}

/** Sort key of a row's distance to the nearest locus: no locus at all (or no index) ranks first, no label point last. */
function farness(nearest: NearestLoci | undefined, lon: number | null, lat: number | null): number {
  if (lon == null || lat == null || Number.isNaN(lon)) return -1;
  if (!nearest) return Infinity;
  // The distance shown (haversine to the nearest found), so the order matches the column.
  return nearestKm(nearest, lon, lat) ?? Infinity;
}

const convergence = (types: number) => {
  let n = 0;
  for (let b = 0; b < 5; b++) n += (types >> b) & 1;
  return n;
};
