import { describe, expect, it } from 'vitest';
import { gapsDictionaryCsv, GAPS_CSV_COLUMNS } from '../../../src/lib/programs/gaps/gaps-dictionary.ts';
import { gapsToCsv } from '../../../src/lib/programs/gaps/gaps-to-csv.ts';

describe('gap CSV dictionary', () => {
  it('describes every column of the gap CSV, in its order', () => {
    const header = gapsToCsv([]).replace('\ufeff', '').split('\r\n')[0].split(',');
    expect(GAPS_CSV_COLUMNS.map(([c]) => c)).toEqual(header);
  });

  it('says the distance rule in both languages: 0 inside a covering area, otherwise to the nearest point locus', () => {
    const id = gapsDictionaryCsv('id'), en = gapsDictionaryCsv('en');
    expect(id).toMatch(/^\ufeffkolom,arti\r\n/);
    expect(id).toMatch(/nearest_locus_km,"jarak ke program terdekat jenis apa pun, km: 0 bila sebuah program .*mencakup seluruh wilayah baris.*lokus titik terdekat/);
    expect(en).toMatch(/nearest_locus_km,"distance to the nearest program of any type, km: 0 when a program .*covers the whole of the row's region.*nearest point locus.*never to the label point of a program's area/);
    expect(en).toContain('nearest_jobs_km,"distance to the nearest jobs program, km: the rule of nearest_locus_km"');
  });
});
