import { describe, expect, it } from 'vitest';
import { RegionTable, type RegionColumns } from '../../../src/lib/ui/region-table.ts';

const columns = (rows: [kode: string, kemendagri: string, name: string, parent: string, coastal: 0 | 1][]): RegionColumns => ({
  kode: rows.map((r) => r[0]),
  kemendagri: rows.map((r) => r[1]),
  name: rows.map((r) => r[2]),
  parent: rows.map((r) => r[3]),
  coastal: rows.map((r) => r[4]),
  coastlineKm: rows.map(() => 0),
  areaKm2: rows.map(() => 1),
  lon: rows.map(() => 124),
  lat: rows.map(() => null),
});

describe('RegionTable', () => {
  it('finds a region by BPS code and by Kemendagri code', () => {
    const t = new RegionTable();
    t.add('kabupaten', columns([['5303', '53.01', 'Kabupaten Kupang', '53', 1]]));
    expect(t.get('5303')?.name).toBe('Kabupaten Kupang');
    expect(t.fromKemendagri('53.01')).toBe('5303');
  });

  it('lists children of a parent and the provinces for the root', () => {
    const t = new RegionTable();
    t.add('provinsi', columns([['53', '53', 'Nusa Tenggara Timur', '', 1]]));
    t.add('kabupaten', columns([['5303', '53.01', 'Kabupaten Kupang', '53', 1], ['5371', '53.71', 'Kota Kupang', '53', 1]]));
    expect(t.childrenOf('53')).toEqual(['5303', '5371']);
    expect(t.childrenOf('')).toEqual(['53']);
  });

  it('keeps a null label point (region without polygon)', () => {
    const t = new RegionTable();
    t.add('kabupaten', columns([['5303', '53.01', 'Kabupaten Kupang', '53', 1]]));
    expect(t.get('5303')?.lat).toBeNull();
  });

  it('rejects columns of different lengths naming the column', () => {
    const c = columns([['5303', '53.01', 'Kabupaten Kupang', '53', 1]]);
    c.name = [];
    expect(() => new RegionTable().add('kabupaten', c)).toThrow(/regions\/kabupaten\.json: column "name" has 0 rows, "kode" has 1/);
  });
});
