import { describe, expect, it } from 'vitest';
import { changeName } from '../../../src/lib/format/change-name.ts';

describe('changeName', () => {
  it('names a change by the measure\'s abbreviation', () => {
    expect(changeName('Persentase penduduk miskin (P0)')).toBe('P0');
    expect(changeName('Human Development Index (HDI)')).toBe('HDI');
  });
  it('uses the label, lower-cased, when it has no abbreviation or brackets that name a source', () => {
    expect(changeName('Jumlah penduduk miskin')).toBe('jumlah penduduk miskin');
    expect(changeName('Prioritas ketahanan pangan (FSVA)')).toBe('prioritas ketahanan pangan (FSVA)');
  });
});
