import { describe, expect, it } from 'vitest';
import { ancestryOfKodeBps, isKodeKemendagri, levelOfKodeBps } from '../../../src/lib/ui/region-code.ts';

describe('levelOfKodeBps', () => {
  it('reads the level from the number of digits', () => {
    expect(['53', '5303', '5303121', '5303121006'].map(levelOfKodeBps)).toEqual(['provinsi', 'kabupaten', 'kecamatan', 'desa']);
  });

  it('rejects other lengths and dotted codes', () => {
    expect([levelOfKodeBps('530'), levelOfKodeBps('53.01'), levelOfKodeBps('')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('ancestryOfKodeBps', () => {
  it('lists the codes from provinsi down to the region', () => {
    expect(ancestryOfKodeBps('5303121006')).toEqual(['53', '5303', '5303121', '5303121006']);
  });
});

describe('isKodeKemendagri', () => {
  it('accepts dotted codes at each level', () => {
    expect(['53', '53.01', '53.01.24', '53.01.24.2002'].every(isKodeKemendagri)).toBe(true);
  });

  it('rejects malformed codes', () => {
    expect(['53.1', '5301', '53.01.24.20'].some(isKodeKemendagri)).toBe(false);
  });
});
