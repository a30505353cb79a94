import { describe, expect, it } from 'vitest';
import { ancestry, isKodeKemendagri, levelOf, levelOfKemendagri, parentOf } from '../../../src/lib/regions/level-of.ts';

describe('levelOf', () => {
  it('reads the level from the number of digits', () => {
    expect(['53', '5303', '5303121', '5303121006'].map(levelOf)).toEqual(['provinsi', 'kabupaten', 'kecamatan', 'desa']);
  });

  it('rejects other lengths and dotted codes', () => {
    expect([levelOf('530'), levelOf('53.01'), levelOf('')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('ancestry', () => {
  it('lists the codes from provinsi down to the region', () => {
    expect(ancestry('5303121006')).toEqual(['53', '5303', '5303121', '5303121006']);
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

describe('parentOf', () => {
  it('gives the code one level up', () => expect(['5303121006', '5303121', '5303', '53'].map(parentOf)).toEqual(['5303121', '5303', '53', '']));
  it('gives nothing for a malformed code', () => expect(parentOf('530312')).toBe(''));
});

describe('levelOfKemendagri', () => {
  it('reads dotted and undotted codes', () => {
    expect(['53', '53.01', '53.01.24', '53.01.24.2002'].map(levelOfKemendagri)).toEqual(['provinsi', 'kabupaten', 'kecamatan', 'desa']);
    expect(['53', '5301', '530124', '5301242002'].map(levelOfKemendagri)).toEqual(['provinsi', 'kabupaten', 'kecamatan', 'desa']);
  });
  it('rejects a BPS-length kecamatan code and malformed dotted codes', () => expect([levelOfKemendagri('5303121'), levelOfKemendagri('53.1')]).toEqual([undefined, undefined]));
});
