import { describe, expect, it } from 'vitest';
import { gapsCsvName } from '../../../src/lib/programs/gaps/gaps-csv-name.ts';

describe('gapsCsvName', () => {
  it('keeps the kabupaten and kecamatan names as they were', () => {
    expect(gapsCsvName({}, 'id')).toBe('lokus-celah-program.csv');
    expect(gapsCsvName({ level: 'kecamatan' }, 'en')).toBe('lokus-program-gaps.csv');
  });

  it('names a desa list after its status, coast, distance and area, in the page\'s language', () => {
    const national = { level: 'desa', idm: 'sangat', require: 'coastal', noProgramWithinKm: 10, within: '' } as const;
    expect(gapsCsvName(national, 'id')).toBe('lokus-celah-program-desa-sangat-tertinggal-pesisir-tanpa-program-10km-indonesia.csv');
    expect(gapsCsvName(national, 'en')).toBe('lokus-program-gaps-desa-sangat-tertinggal-coastal-no-program-10km-indonesia.csv');
    expect(gapsCsvName({ level: 'desa', require: 'any', within: '53.01.24' }, 'en')).toBe('lokus-program-gaps-desa-tertinggal-and-sangat-tertinggal-53-01-24.csv');
  });
});
