import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { droppedTable, withDroppedTable, withoutDroppedTable } from '../../../src/lib/indicators/dropped-table.ts';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';
import { parseRegionsCsv } from '../../../src/lib/regions/regions-csv.ts';
import { importBpsTable } from '../../../src/lib/table/import-bps-table.ts';

const regions = () => parseRegionsCsv(readFileSync(new URL('../../fixtures/indicators/synthetic-regions.csv', import.meta.url), 'utf8'));
const load = (text: string) => importBpsTable(text, { regions: regions(), file: 'synthetic.csv' });
const empty = { catalogue: [], sources: {}, values: {}, national: {}, priority: {} } as unknown as IndicatorBundle;

describe('droppedTable', () => {
  it('gives one year per column whose header holds a year, province rows included', () => {
    const t = droppedTable(load('Kabupaten/Kota,Persentase Tahun 2023,Persentase Tahun 2024\nNUSA TENGGARA TIMUR,19.96,19.48\nKab. Kupang,21.78,21.37\nKota Kupang,8.6,8.3\n'), 'P0 NTT.csv', 2025, new Set(), 1);
    expect(t.id).toBe('user-p0-ntt');
    expect(t.years).toEqual([2023, 2024]);
    expect(t.values['2024']['5303']).toEqual([21.37, 'USER_user-p0-ntt']);
    expect(t.values['2023']['53']?.[0]).toBe(19.96);
    expect(t.def.unit.id).toBe('%');
  });

  it('uses the first value column for the fallback year when no header has a year, and says so', () => {
    const t = droppedTable(load('Kabupaten/Kota,Nilai,Lain\nKab. Kupang,5,1\nKota Kupang,6,2\n'), 'nilai.xlsx', 2021, new Set(['user-nilai']), 1);
    expect(t.id).toBe('user-nilai-2');
    expect(t.years).toEqual([2021]);
    expect(t.notes[0]).toBe('no year in the column headers: "Nilai" used for 2021; other columns left out: "Lain"');
    expect(t.def.unit.id).toBe('');
  });

  it('is added to and removed from a bundle without changing it', () => {
    const t = droppedTable(load('Kabupaten/Kota,2024\nKab. Kupang,5\nKota Kupang,6\n'), 'x.csv', 2024, new Set(), 1);
    const b = withDroppedTable(empty, t);
    expect(b.catalogue.map((d) => d.id)).toEqual(['user-x']);
    expect(empty.catalogue).toEqual([]);
    expect(withoutDroppedTable(b, 'user-x')).toEqual(empty);
  });
});
