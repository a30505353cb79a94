import { LEVELS, type Level } from '../../types.ts';
import type { Coverage } from '../coverage/coverage.ts';
import { registeredTypes, type GapOptions, type GapRow } from './find-gaps.ts';
import { INTERVENTION_LABELS } from '../intervention.ts';
import type { GapFlags, GapHotspot } from './gap-flags.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import { parentsIn } from '../../regions/parents-in.ts';
import type { NearestLoci } from '../coverage/nearest-locus.ts';
import { regionNearest } from '../coverage/region-nearest.ts';
import { INTERVENTION_TYPES } from '../types.ts';

/** Coastal flag of a row: the hotspot's override for its own region, else the registry's. */
export function coastalOf(h: GapHotspot, kode: string, registry: number): boolean {
  return h.kodeBps === kode && h.coastal !== undefined ? h.coastal : registry === 1;
}

/** One gap-table row with its reasons (called only for the rows returned). */
export function gapRow(lookup: RegionLookup, coverage: Coverage, flags: GapFlags, level: Level, r: number, o: GapOptions, nearest?: NearestLoci): GapRow {
  const cols = lookup.levels[level], cov = coverage[level], h = flags.hotspots[flags.from[level][r]];
  const li = LEVELS.indexOf(level);
  const parentRow = li > 0 ? lookup.parentIndex[level][r] : -1;
  // Kecamatan and desa rows name their kabupaten; kabupaten rows their provinsi.
  let pl = li - 1, pr = parentRow;
  while (pl > 1 && pr >= 0) { pr = lookup.parentIndex[LEVELS[pl]][pr]; pl--; }
  const parentName = pl >= 0 && pr >= 0 ? lookup.levels[LEVELS[pl]].name[pr] : '';
  const inherited = h.kodeBps !== cols.kode[r];
  // The kabupaten and (for desa) kecamatan the row lies in, named in the row.
  const up = (l: Level) => {
    let lv = li, row = r;
    while (lv > LEVELS.indexOf(l) && row >= 0) { row = lookup.parentIndex[LEVELS[lv]][row]; lv--; }
    return row >= 0 ? lookup.levels[l].name[row] : '';
  };
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
  const from = inherited ? nameOfCode(lookup, h.kodeBps) : '';
  for (const x of h.reasons ?? []) reasons.push(inherited ? { id: `${from}: ${x.id}`, en: `${from}: ${x.en}` } : x);
  if (coastal && !inherited && h.coastalReason) reasons.push(h.coastalReason);
  else if (coastal) reasons.push({ id: `${level} pesisir (batasnya menyentuh laut)`, en: `coastal ${level} (its boundary touches the sea)` });
  if (h.priority) reasons.push(h.priority === 'listed'
    ? { id: 'kabupaten prioritas kemiskinan ekstrem 2021', en: '2021 extreme-poverty priority kabupaten' }
    : { id: 'kabupaten prioritas 2021 (disengketakan antar sumber)', en: '2021 priority kabupaten (disputed between sources)' });
  const n = cov.count[r], aw = cov.areaWideCount[r];
  const registered = registeredTypes(o.registers, cols.kode[r], parentsIn(lookup));
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
    flagsFrom: h.kodeBps,
    // A finer row's figures are its kabupaten's: only in the columns named so.
    ...(h.p0 !== undefined ? (level === 'kabupaten' ? { p0: h.p0 } : { kabupatenP0: h.p0 }) : {}),
    ...(h.poor !== undefined ? (level === 'kabupaten' ? { poor: h.poor } : { kabupatenPoor: h.poor }) : {}),
    kabupatenName: level === 'kabupaten' ? cols.name[r] : up('kabupaten'),
    kecamatanName: level === 'desa' ? up('kecamatan') : '',
    nearestKm: near === null ? null : round1(near),
    nearestKmByType: byType,
    coastlineKm: cols.coastlineKm[r] ?? 0,
    areaKm2: cols.areaKm2[r] ?? 0,
    ...(h.year !== undefined ? { year: h.year } : {}),
    coastal, farming: h.farming,
    ...(h.priority ? { priority: h.priority } : {}),
    loci: n, convergence: cov.convergence[r], areaWideLoci: aw,
    registeredTypes: registered,
    lon, lat,
    reasons,
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
