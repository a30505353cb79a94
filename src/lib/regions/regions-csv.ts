import { DataError } from '../errors.ts';
import { DATA_LAYOUT } from '../data-layout.ts';
import { readDelimited } from '../table/read-delimited.ts';
import { writeCsv } from '../table/write-csv.ts';
import { LEVELS, type Level } from '../types.ts';
import type { Region } from './region.ts';

/** Columns of `public/data/regions.csv`, in order (documented in the README). */
export const REGION_COLUMNS = ['level', 'kode_bps', 'kode_kemendagri', 'name', 'parent_kode_bps', 'coastal', 'coastline_km', 'area_km2', 'lon', 'lat'] as const;
type Column = (typeof REGION_COLUMNS)[number];

/** Regions as the open-data CSV. Regions without a polygon have empty lon/lat. */
export function regionsToCsv(regions: readonly Region[]): string {
  return writeCsv([...REGION_COLUMNS], regions.map((r) => [r.level, r.kode, r.kemendagri, r.name, r.parent, r.coastal, r.coastlineKm, r.areaKm2, r.lon ?? '', r.lat ?? '']));
}

/**
 * Parse `regions.csv` (the region registry): the one reader of that file, used by the pipeline,
 * the indicator build and the tests. `levels` keeps only those levels (the indicator build needs
 * provinsi and kabupaten). Throws `DataError` naming file, row, column, value and what was
 * expected on a missing column, an unknown level, a coastal flag other than true/false, or a
 * number that is not one (lon/lat may be empty: no polygon).
 */
export function parseRegionsCsv(text: string, file: string = DATA_LAYOUT.regionsCsv, levels: readonly Level[] = LEVELS): Region[] {
  const { records } = readDelimited(text, file, ',');
  const header = records[0]?.cells ?? [];
  const missing = REGION_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new DataError(`${file}: missing column(s) ${missing.join(', ')}; header is "${header.join(',')}"`, { file, row: 1 });
  const idx = Object.fromEntries(REGION_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<Column, number>;
  const out: Region[] = [];
  for (const { line, cells } of records.slice(1)) {
    const get = (c: Column) => cells[idx[c]] ?? '';
    const bad = (c: Column, expected: string) => new DataError(`${file} row ${line}, column "${c}": "${get(c)}" ${expected}`, { file, row: line, column: c, value: get(c) });
    const level = get('level') as Level;
    if (!LEVELS.includes(level)) throw bad('level', `is not one of ${LEVELS.join('|')}`);
    if (!levels.includes(level)) continue;
    const coastal = get('coastal');
    if (coastal !== 'true' && coastal !== 'false') throw bad('coastal', 'is not true or false');
    const num = (c: Column, optional: boolean): number | null => {
      const s = get(c);
      if (s === '' && optional) return null;
      const v = Number(s);
      if (s === '' || !Number.isFinite(v)) throw bad(c, `is not a number${optional ? ' (or empty)' : ''}`);
      return v;
    };
    out.push({
      level, kode: get('kode_bps'), kemendagri: get('kode_kemendagri'), name: get('name'), parent: get('parent_kode_bps'), coastal: coastal === 'true',
      coastlineKm: num('coastline_km', false)!, areaKm2: num('area_km2', false)!, lon: num('lon', true), lat: num('lat', true),
    });
  }
  return out;
}
