import { DataError } from '../errors.ts';
import { LEVELS, type Level } from '../types.ts';
import { readDelimited } from '../table/read-delimited.ts';
import type { RegionRef } from '../table/region-matcher.ts';

/** A registry row as the indicator build and the hotspot analysis need it. */
export interface RegistryRegion extends RegionRef {
  coastal: boolean;
  coastlineKm: number;
}

const REQUIRED = ['level', 'kode_bps', 'kode_kemendagri', 'name', 'parent_kode_bps', 'coastal', 'coastline_km'];

/**
 * Parse `regions.csv` (the region registry) for the provinsi and kabupaten levels; kecamatan and
 * desa rows are skipped, since no indicator exists below kabupaten. Throws `DataError` naming the
 * file, row and column on a missing column, an unknown level or a coastal flag other than true/false.
 */
export function readRegions(text: string, file = 'regions.csv'): RegistryRegion[] {
  const { records } = readDelimited(text, file, ',');
  const header = records[0]?.cells ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new DataError(`${file}: missing column(s) ${missing.join(', ')}; header is "${header.join(',')}"`, { file, row: 1 });
  const col = Object.fromEntries(REQUIRED.map((c) => [c, header.indexOf(c)]));
  const out: RegistryRegion[] = [];
  for (const { line, cells } of records.slice(1)) {
    const get = (c: string) => cells[col[c]] ?? '';
    const level = get('level') as Level;
    if (!LEVELS.includes(level)) throw new DataError(`${file} row ${line}, column "level": "${level}" is not one of ${LEVELS.join('|')}`, { file, row: line, column: 'level', value: level });
    if (level !== 'provinsi' && level !== 'kabupaten') continue;
    const coastal = get('coastal');
    if (coastal !== 'true' && coastal !== 'false') throw new DataError(`${file} row ${line}, column "coastal": "${coastal}" is not true or false`, { file, row: line, column: 'coastal', value: coastal });
    out.push({
      level, kodeBps: get('kode_bps'), kodeKemendagri: get('kode_kemendagri'), name: get('name'), parentKodeBps: get('parent_kode_bps'),
      coastal: coastal === 'true', coastlineKm: Number(get('coastline_km')) || 0,
    });
  }
  return out;
}
