import { LEVELS, type Level } from '../../types.ts';
import type { Coverage } from '../coverage/coverage.ts';
import type { GapOptions } from './gap-options.ts';
import { registeredTypes } from './registered-types.ts';
import { INTERVENTION_LABELS } from '../intervention.ts';
import type { GapFlags, GapHotspot } from './gap-flags.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import type { ParentLookup } from '../../regions/ancestry.ts';
import type { NearestLoci } from '../coverage/nearest-locus.ts';
import { regionNearest } from '../coverage/region-nearest.ts';
import { INTERVENTION_TYPES, type InterventionType } from '../types.ts';
import { desaGapFields, type GapIdm } from './desa-gap-fields.ts';

/** One row of the gap table. */
export interface GapRow {
  level: Level;
  kodeBps: string;
  kodeKemendagri: string;
  name: string;
  /** Name of the kabupaten (for kecamatan/desa) or provinsi (for kabupaten) the row lies in. */
  parentName: string;
  /** BPS code of the region whose poverty/farming figures apply (itself, or an ancestor); '' when none (a desa of a kabupaten without figures). */
  flagsFrom: string;
  /** The row's own P0 and number of poor: kabupaten rows only (no finer figures exist). */
  p0?: number;
  poor?: number;
  /** The kabupaten's P0 and number of poor, for kecamatan rows: named as the kabupaten's, never the row's own. Desa rows carry their own IDM instead. */
  kabupatenP0?: number;
  kabupatenPoor?: number;
  /** Year of the poverty figures (kabupaten and kecamatan rows). */
  year?: number;
  /** Desa rows: the desa's own IDM score and status (Kemendes PDTT). */
  idm?: GapIdm;
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
  /** The row's own farming flag: kabupaten rows only (null: no figure; kecamatan and desa have none of their own). */
  farming: boolean | null;
  /** Kecamatan and desa rows: their kabupaten's farming flag, named as the kabupaten's, never the row's own (null: no figure). */
  kabupatenFarming?: boolean | null;
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

/** Total number of gaps, the first `limit` rows, and every gap's region row in rank order (for the map). */
export interface GapResult {
  total: number;
  rows: GapRow[];
  /** Row index (in the lookup's level) of every gap, ranked; `rows` are the first `limit` of them. */
  order: Int32Array;
}

/** Coastal flag of a row: the hotspot's override for its own region, else the registry's. */
export function coastalOf(h: GapHotspot | undefined, kode: string, registry: number): boolean {
  return h && h.kodeBps === kode && h.coastal !== undefined ? h.coastal : registry === 1;
}

/** One gap-table row with its reasons (called only for the rows returned); `parents` is the lookup's (`parentsIn`), made once by the caller. */
export function gapRow(lookup: RegionLookup, coverage: Coverage, flags: GapFlags, level: Level, r: number, o: GapOptions, parents: ParentLookup, nearest?: NearestLoci): GapRow {
  const cols = lookup.levels[level], cov = coverage[level], f = flags.from[level][r];
  const h: GapHotspot | undefined = f >= 0 ? flags.hotspots[f] : undefined;
  const li = LEVELS.indexOf(level);
  // The region of `l` the row lies in (itself at its own level), or -1.
  const upRow = (l: Level) => {
    let lv = li, row = r;
    while (lv > LEVELS.indexOf(l) && row >= 0) { row = lookup.parentIndex[LEVELS[lv]][row]; lv--; }
    return row;
  };
  const nameAt = (l: Level) => { const row = upRow(l); return row >= 0 ? lookup.levels[l].name[row] : ''; };
  // Kecamatan and desa rows name their kabupaten; kabupaten rows their provinsi.
  const parentName = li === 0 ? '' : nameAt(li === 1 ? 'provinsi' : 'kabupaten');
  const kabupatenName = level === 'kabupaten' ? cols.name[r] : nameAt('kabupaten');
  const lon = numOrNull(cols.lon[r]), lat = numOrNull(cols.lat[r]);
  // A program covering the whole row is at distance 0 (when area-wide programs count); otherwise the nearest place locus.
  const { km: near, byType: kmByType } = regionNearest(coverage, level, r, lon, lat, nearest, o.countAreaWide);
  const byType: GapRow['nearestKmByType'] = {};
  for (const t of INTERVENTION_TYPES) {
    const d = kmByType[t];
    if (d) byType[t] = round1(d.km);
  }
  const coastal = coastalOf(h, cols.kode[r], lookup.coastal[level][r]);
  const reasons: GapRow['reasons'] = [];
  const desa = level === 'desa' && flags.need ? desaGapFields(flags.need, r, h, kabupatenName) : undefined;
  const inherited = !!h && h.kodeBps !== cols.kode[r];
  if (desa) reasons.push(...desa.reasons);
  else if (h) {
    const from = inherited ? nameOfCode(lookup, h.kodeBps) : '';
    for (const x of h.reasons ?? []) reasons.push(inherited ? { id: `${from}: ${x.id}`, en: `${from}: ${x.en}` } : x);
  }
  if (coastal && !inherited && h?.coastalReason) reasons.push(h.coastalReason);
  else if (coastal) reasons.push({ id: `${level} pesisir (batasnya menyentuh laut)`, en: `coastal ${level} (its boundary touches the sea)` });
  if (h?.priority) reasons.push(h.priority === 'listed'
    ? { id: 'kabupaten prioritas kemiskinan ekstrem 2021', en: '2021 extreme-poverty priority kabupaten' }
    : { id: 'kabupaten prioritas 2021 (disengketakan antar sumber)', en: '2021 priority kabupaten (disputed between sources)' });
  const n = cov.count[r], aw = cov.areaWideCount[r];
  const registered = registeredTypes(o.registers, cols.kode[r], parents);
  const typeNames = (lang: 'id' | 'en') => registered.map((t) => INTERVENTION_LABELS[t][lang].toLowerCase()).join(', ');
  // What "no program" means here depends on what the data covers: a register's types, or only examples.
  reasons.push(n > 0
    ? { id: `${n} lokus program, konvergensi ${cov.convergence[r]}`, en: `${n} program ${n === 1 ? 'locus' : 'loci'}, convergence ${cov.convergence[r]}` }
    : registered.length > 0
      ? { id: `tidak ada program dari jenis yang datanya ada di sini (${typeNames('id')})`, en: `no program of the types with data here (${typeNames('en')})` }
      : { id: 'tidak ada lokus program, tetapi tidak ada register program untuk wilayah ini: ketiadaan lokus bukan bukti ketiadaan program', en: 'no program locus, but no program register covers this region: no locus is no evidence of no program' });
  const awEn = `${aw} area-wide program${aw === 1 ? '' : 's'} of a parent region`;
  if (aw > 0) reasons.push(o.countAreaWide
    ? { id: `${aw} program se-wilayah induk ikut dihitung`, en: `${awEn} counted` }
    : { id: `${aw} program se-wilayah induk (tidak dihitung sebagai cakupan)`, en: `${awEn} (not counted as coverage)` });
  return {
    level, kodeBps: cols.kode[r], kodeKemendagri: cols.kemendagri[r] ?? '', name: cols.name[r], parentName,
    flagsFrom: h?.kodeBps ?? '',
    // Poverty figures: a kabupaten row's own; a kecamatan row's kabupaten's, only in the fields named so; desa rows their IDM.
    ...(h && !desa ? povertyOf(h, level) : {}),
    ...(desa ? { idm: desa.idm } : {}),
    kabupatenName,
    kecamatanName: level === 'desa' ? nameAt('kecamatan') : '',
    nearestKm: near === null ? null : round1(near),
    nearestKmByType: byType,
    coastlineKm: cols.coastlineKm[r] ?? 0,
    areaKm2: cols.areaKm2[r] ?? 0,
    coastal,
    // Farming is a kabupaten figure: a finer row carries it only as its kabupaten's.
    farming: level === 'kabupaten' && h ? h.farming : null,
    ...(level === 'kabupaten' ? {} : { kabupatenFarming: h ? h.farming : null }),
    ...(h?.priority ? { priority: h.priority } : {}),
    loci: n, convergence: cov.convergence[r], areaWideLoci: aw,
    registeredTypes: registered,
    lon, lat,
    reasons,
  };
}

function povertyOf(h: GapHotspot, level: Level): Pick<GapRow, 'p0' | 'poor' | 'kabupatenP0' | 'kabupatenPoor' | 'year'> {
  const own = level === 'kabupaten';
  return {
    ...(h.p0 !== undefined ? (own ? { p0: h.p0 } : { kabupatenP0: h.p0 }) : {}),
    ...(h.poor !== undefined ? (own ? { poor: h.poor } : { kabupatenPoor: h.poor }) : {}),
    ...(h.year !== undefined ? { year: h.year } : {}),
  };
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const numOrNull = (v: number | null) => (v == null || Number.isNaN(v) ? null : v);

function nameOfCode(lookup: RegionLookup, kode: string): string {
  for (const l of LEVELS) {
    const r = lookup.byBps[l].get(kode);
    if (r !== undefined) return lookup.levels[l].name[r];
  }
  return kode;
}
