import { LEVELS, type Level } from '../../types.ts';
import type { InterventionType } from '../types.ts';

/** Which desa rows qualify by their own IDM 2024 status (desa rows only). */
export const IDM_FILTERS = ['need', 'sangat', 'all'] as const;
export type IdmFilter = (typeof IDM_FILTERS)[number];
/** Which hotspot kinds a row needs besides poverty (desa: besides IDM need), in the order the page offers them. */
export const GAP_REQUIRE = ['coastal-or-farming', 'coastal', 'farming', 'coastal-and-farming', 'any'] as const;
export type GapRequire = (typeof GAP_REQUIRE)[number];

/** Defaults of `findGaps`; the README and docs/programs.md repeat them. */
export const GAP_DEFAULTS = {
  /** Level of the rows. Kabupaten rows by their poverty figures; kecamatan rows inherit them; desa rows by their own IDM. */
  level: 'kabupaten' as Level,
  /** Which hotspot kinds qualify besides poverty (desa: besides IDM need): coastal, farming, either, both, or any. */
  require: 'coastal-or-farming' as GapRequire,
  /** A region is a gap when it has at most this many program loci (0: no program at all). */
  maxLoci: 0,
  /** …and a convergence score at most this (5: no limit). */
  maxConvergence: 5,
  /** Count area-wide programs (kecamatan-, kabupaten- or province-wide) as coverage of every region inside. Off: only programs located in the region count. */
  countAreaWide: true,
  /**
   * Ranking of kabupaten and kecamatan rows: number of poor (default, as the government prioritised)
   * or poverty rate P0. Kabupaten rows by their own figure; kecamatan rows (which have no figure of
   * their own) in their kabupaten's order, then farthest from any program locus first. Desa rows are
   * ranked by their own IDM score instead (lowest first), whatever this says.
   */
  sortBy: 'poor' as 'poor' | 'p0',
  /**
   * Desa rows: which IDM 2024 statuses qualify — `need` Tertinggal or Sangat Tertinggal, `sangat`
   * Sangat Tertinggal only, `all` every desa and kelurahan (kelurahan and desa without a score last).
   */
  idm: 'need' as IdmFilter,
  /** Keep only regions with no program passing the filters within this many km of their label point (0: off; a region without a label point is then left out). */
  noProgramWithinKm: 0,
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

/** Merge options over {@link GAP_DEFAULTS}; a bad option is a bug in the caller: `invalid <name>: <value>`. */
export function gapOptions(options: Partial<GapOptions> = {}): GapOptions {
  const o = { ...GAP_DEFAULTS, ...options };
  if (!LEVELS.includes(o.level)) throw new Error(`invalid level: ${o.level}`);
  if (!GAP_REQUIRE.includes(o.require)) throw new Error(`invalid require: ${o.require}`);
  if (o.sortBy !== 'poor' && o.sortBy !== 'p0') throw new Error(`invalid sortBy: ${o.sortBy}`);
  if (!IDM_FILTERS.includes(o.idm)) throw new Error(`invalid idm: ${o.idm}`);
  for (const k of ['maxLoci', 'maxConvergence', 'limit', 'noProgramWithinKm'] as const) if (!(o[k] >= 0)) throw new Error(`invalid ${k}: ${o[k]}`);
  return o;
}
