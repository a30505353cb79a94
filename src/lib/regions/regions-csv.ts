import { DataError } from '../errors.ts';
import { readDelimited } from '../table/read-delimited.ts';
import { writeCsv } from '../table/write-csv.ts';
import { LEVELS, type Level, type Region } from '../types.ts';

/** Columns of `public/data/regions.csv`, in order (documented in the README). */
export const REGION_COLUMNS = ['level', 'kode_bps', 'kode_kemendagri', 'name', 'parent_kode_bps', 'coastal', 'coastline_km', 'area_km2', 'lon', 'lat'] as const;

/** Regions as the open-data CSV. Regions without a polygon have empty lon/lat. */
export function regionsToCsv(regions: Region[]): string {
  return writeCsv([...REGION_COLUMNS], regions.map((r) => [r.level, r.kodeBps, r.kodeKemendagri, r.name, r.parentKodeBps, r.coastal, r.coastlineKm, r.areaKm2, r.lon, r.lat]));
}

/** Column-oriented form the browser loads (`public/data/regions/{level}.json`). */
export interface RegionColumns {
  kode: string[];
  kemendagri: string[];
  name: string[];
  parent: string[];
  coastal: (0 | 1)[];
  coastlineKm: number[];
  areaKm2: number[];
  lon: (number | null)[];
  lat: (number | null)[];
}

export function regionsToColumns(regions: Region[]): RegionColumns {
  const num = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    kode: regions.map((r) => r.kodeBps),
    kemendagri: regions.map((r) => r.kodeKemendagri),
    name: regions.map((r) => r.name),
    parent: regions.map((r) => r.parentKodeBps),
    coastal: regions.map((r) => (r.coastal ? 1 : 0)),
    coastlineKm: regions.map((r) => r.coastlineKm),
    areaKm2: regions.map((r) => r.areaKm2),
    lon: regions.map((r) => num(r.lon)),
    lat: regions.map((r) => num(r.lat)),
  };
}

/** Rebuild regions from the column form, for one level. */
export function columnsToRegions(level: Level, c: RegionColumns): Region[] {
  return c.kode.map((kodeBps, i) => ({
    level, kodeBps, kodeKemendagri: c.kemendagri[i], name: c.name[i], parentKodeBps: c.parent[i], coastal: c.coastal[i] === 1,
    coastlineKm: c.coastlineKm[i], areaKm2: c.areaKm2[i], lon: c.lon[i] ?? NaN, lat: c.lat[i] ?? NaN, hasGeometry: c.lon[i] !== null,
  }));
}

/** Parse `regions.csv` text back into regions; throws `DataError` naming the row and column on bad input. */
export function parseRegionsCsv(text: string, file = 'regions.csv'): Region[] {
  const { records } = readDelimited(text, file, ',');
  const header = records[0]?.cells ?? [];
  const idx = REGION_COLUMNS.map((c) => header.indexOf(c));
  const missing = REGION_COLUMNS.filter((_, i) => idx[i] < 0);
  if (missing.length) throw new DataError(`${file}: missing column(s) ${missing.join(', ')}`, { file, row: 1 });
  return records.slice(1).map(({ line, cells }) => {
    const get = (c: (typeof REGION_COLUMNS)[number]) => cells[idx[REGION_COLUMNS.indexOf(c)]] ?? '';
    const level = get('level') as Level;
    if (!LEVELS.includes(level)) throw new DataError(`${file} row ${line}, column "level": "${level}" is not one of ${LEVELS.join('|')}`, { file, row: line, column: 'level', value: level });
    const n = (c: (typeof REGION_COLUMNS)[number]) => (get(c) === '' ? NaN : Number(get(c)));
    return { level, kodeBps: get('kode_bps'), kodeKemendagri: get('kode_kemendagri'), name: get('name'), parentKodeBps: get('parent_kode_bps'), coastal: get('coastal') === 'true', coastlineKm: n('coastline_km'), areaKm2: n('area_km2'), lon: n('lon'), lat: n('lat'), hasGeometry: get('lon') !== '' };
  });
}
