import { LEVELS, type Level } from '../../types.ts';
import { nearestKm, type NearestLoci } from '../coverage/nearest-locus.ts';
import type { InterventionType } from '../types.ts';
import type { Coverage } from '../coverage/coverage.ts';
import type { GapFlags } from './gap-flags.ts';
import { coastalOf, gapRow } from './gap-row.ts';
import { ancestorRows, type RegionLookup } from '../../regions/region-lookup.ts';
import { levelOf } from '../../regions/level-of.ts';
import { ancestorAt, type ParentLookup } from '../../regions/ancestry.ts';
import { parentsIn } from '../../regions/parents-in.ts';

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
  /** Count area-wide programs (kecamatan-, kabupaten- or province-wide) as coverage of every region inside. Off: only programs located in the region count. */
  countAreaWide: true,
  /**
   * Ranking: number of poor (default, as the government prioritised) or poverty rate P0. Kabupaten
   * rows by their own figure; kecamatan and desa rows (which have no figure of their own) in their
   * kabupaten's order, then farthest from any program locus first (no locus at all: first).
   */
  sortBy: 'poor' as 'poor' | 'p0',
  /** Keep only regions inside this region key (a provinsi, kabupaten or kecamatan; through the rows' parents), '' for all of Indonesia. */
  within: '',
  /** Rows returned with reasons (the total is always counted). */
  limit: 500,
  /**
   * Per intervention type, the provinces (BPS codes) where a register lists that type completely
   * (`ProgramsMetadata.registerCoverage` of the shipped data); null: not known (an imported list only).
   * Outside them no locus of a type is "no data", not "no program".
   */
  registers: null as Partial<Record<InterventionType, string[]>> | null,
  /** Keep only regions where a register covers at least one intervention type. */
  onlyRegistered: false,
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
  /** The row's own P0 and number of poor: kabupaten rows only (no finer figures exist). */
  p0?: number;
  poor?: number;
  /** The kabupaten's P0 and number of poor, for kecamatan and desa rows: named as the kabupaten's, never the row's own. */
  kabupatenP0?: number;
  kabupatenPoor?: number;
  year?: number;
  /** Kabupaten/kota the row lies in (its own name for kabupaten rows). */
  kabupatenName: string;
  /** Kecamatan a desa row lies in ('' for other levels). */
  kecamatanName: string;
  /**
   * Distance (km) from the row's label point to the nearest program passing the filters, any type:
   * 0 when a program covers the whole row (an area-wide program of a region it lies in, or one for
   * the row as a whole); otherwise to the nearest place locus (coordinates or a desa), never to an
   * area's label point. null: no such locus, or no label point.
   */
  nearestKm: number | null;
  /** The same per intervention type (types without a locus left out). */
  nearestKmByType: Partial<Record<InterventionType, number>>;
  /** Coastline length (km) and area (km²) of the row's own region. */
  coastlineKm: number;
  areaKm2: number;
  coastal: boolean;
  farming: boolean | null;
  priority?: 'listed' | 'disputed';
  loci: number;
  convergence: number;
  areaWideLoci: number;
  /** Intervention types a register lists completely in the row's province ([]: no register covers it: no locus is no evidence). */
  registeredTypes: InterventionType[];
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
export function findGaps(lookup: RegionLookup, coverage: Coverage, flags: GapFlags, options: Partial<GapOptions> = {}, nearest?: NearestLoci): GapResult {
  const o = gapOptions(options);
  const level = o.level, cols = lookup.levels[level], cov = coverage[level], from = flags.from[level], coastal = lookup.coastal[level];
  const hs = flags.hotspots;
  const parents = parentsIn(lookup);
  const withinLevel = o.within ? levelOf(o.within) : undefined;
  const inside = (r: number) => !withinLevel || lookup.levels[withinLevel].kode[ancestorRows(lookup, level, r)[withinLevel]] === o.within;
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
    if (o.within && !inside(r)) continue;
    if (o.onlyRegistered && registeredTypes(o.registers, cols.kode[r], parents).length === 0) continue;
    keep.push(r);
  }
  const key = (r: number) => (o.sortBy === 'poor' ? hs[from[r]].poor : hs[from[r]].p0) ?? -Infinity;
  const second = (r: number) => (o.sortBy === 'poor' ? hs[from[r]].p0 : hs[from[r]].poor) ?? -Infinity;
  if (level === 'kabupaten') keep.sort((a, b) => key(b) - key(a) || second(b) - second(a) || (cols.kode[a] < cols.kode[b] ? -1 : 1));
  else {
    // Finer rows share their kabupaten's figures: within that order, farthest from any locus first.
    const far = new Float64Array(cols.kode.length);
    for (const r of keep) far[r] = farness(nearest, cols.lon[r], cols.lat[r]);
    keep.sort((a, b) => key(b) - key(a) || second(b) - second(a) || (from[a] !== from[b] ? from[a] - from[b] : 0) || far[b] - far[a] || (cols.kode[a] < cols.kode[b] ? -1 : 1));
  }
  return { total: keep.length, rows: keep.slice(0, o.limit).map((r) => gapRow(lookup, coverage, flags, level, r, o, nearest)) };
}

/** Merge options over {@link GAP_DEFAULTS}; a bad option is a bug in the caller: `invalid <name>: <value>`. */
export function gapOptions(options: Partial<GapOptions> = {}): GapOptions {
  const o = { ...GAP_DEFAULTS, ...options };
  if (!LEVELS.includes(o.level)) throw new Error(`invalid level: ${o.level}`);
  if (!['coastal', 'farming', 'coastal-or-farming', 'coastal-and-farming', 'any'].includes(o.require)) throw new Error(`invalid require: ${o.require}`);
  if (o.sortBy !== 'poor' && o.sortBy !== 'p0') throw new Error(`invalid sortBy: ${o.sortBy}`);
  for (const k of ['maxLoci', 'maxConvergence', 'limit'] as const) if (!(o[k] >= 0)) throw new Error(`invalid ${k}: ${o[k]}`);
  return o;
}

/** Sort key of a row's distance to the nearest locus: no locus at all (or no index) ranks first, no label point last. */
function farness(nearest: NearestLoci | undefined, lon: number | null, lat: number | null): number {
  if (lon == null || lat == null || Number.isNaN(lon)) return -1;
  if (!nearest) return 0;
  // The distance shown (haversine to the nearest found), so the order matches the column.
  return nearestKm(nearest, lon, lat) ?? Infinity;
}

/** Types a register lists completely in the province of region `kode` (found through `parents`). */
export function registeredTypes(registers: GapOptions['registers'], kode: string, parents: ParentLookup): InterventionType[] {
  if (!registers) return [];
  const prov = ancestorAt(kode, 'provinsi', parents);
  return (Object.keys(registers) as InterventionType[]).filter((t) => registers[t]?.includes(prov));
}

const convergence = (types: number) => {
  let n = 0;
  for (let b = 0; b < 5; b++) n += (types >> b) & 1;
  return n;
};
