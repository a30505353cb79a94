/**
 * SYNTHETIC region table mixing both key shapes, as the switch to BIG boundaries will: BPS codes
 * for provinsi and kabupaten (and for one old-style kecamatan and desa), dotted Kemendagri codes
 * for a kecamatan and a desa. The trap it sets: the dotted desa 53.01.24.2002 lies in kabupaten
 * BPS 5303 (Kemendagri 53.01), while BPS 5301 is another kabupaten, which holds a BPS desa whose
 * code has the same digits (5301242002). Names borrow real places (Kupang, Taebenu, Baumata) so
 * the tests read like the issue; the BPS-shaped "Desa Sintetis" and its kecamatan are made up.
 */
import type { Level } from '../../../src/lib/types.ts';
import { regionsToColumns, type RegionColumns } from '../../../src/lib/regions/region-columns.ts';
import { buildRegionLookup, type RegionLookup } from '../../../src/lib/regions/region-lookup.ts';
import type { Region } from '../../../src/lib/regions/region.ts';

type Row = [kode: string, kemendagri: string, name: string, parent: string];

const rows: Record<Level, Row[]> = {
  provinsi: [['53', '53', 'Nusa Tenggara Timur', '']],
  kabupaten: [
    ['5303', '53.01', 'Kabupaten Kupang', '53'],
    ['5301', '53.12', 'Kabupaten Sumba Barat', '53'],
  ],
  kecamatan: [
    ['53.01.24', '53.01.24', 'Taebenu', '5303'],
    ['5301242', '', 'Kecamatan Sintetis', '5301'],
  ],
  desa: [
    ['53.01.24.2002', '53.01.24.2002', 'Baumata', '53.01.24'],
    ['5301242002', '', 'Desa Sintetis', '5301242'],
  ],
};

const region = (level: Level, [kode, kemendagri, name, parent]: Row): Region => ({ level, kode, kemendagri, name, parent, coastal: false, coastlineKm: 0, areaKm2: 1, lon: 123.7, lat: -10.2 });

/** The synthetic table's columns, per level (as `regions/{level}.json` holds them). */
export function syntheticDottedColumns(): Record<Level, RegionColumns> {
  return {
    provinsi: regionsToColumns(rows.provinsi.map((r) => region('provinsi', r))),
    kabupaten: regionsToColumns(rows.kabupaten.map((r) => region('kabupaten', r))),
    kecamatan: regionsToColumns(rows.kecamatan.map((r) => region('kecamatan', r))),
    desa: regionsToColumns(rows.desa.map((r) => region('desa', r))),
  };
}

/** The synthetic table as a lookup; `levels` limits what is loaded (the page loads levels one by one). */
export function syntheticDottedLookup(levels: readonly Level[] = ['provinsi', 'kabupaten', 'kecamatan', 'desa']): RegionLookup {
  const cols = syntheticDottedColumns();
  return buildRegionLookup(Object.fromEntries(levels.map((l) => [l, cols[l]])));
}
