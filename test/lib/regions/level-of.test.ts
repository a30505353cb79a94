import { describe, expect, it } from 'vitest';
import { ancestry, NO_TABLE, parentOf } from '../../../src/lib/regions/ancestry.ts';
import { isKodeKemendagri, levelOf, levelOfKemendagri } from '../../../src/lib/regions/level-of.ts';

describe('levelOf', () => {
  it('reads the level from the number of digits', () => {
    expect(['53', '5303', '5303121', '5303121006'].map(levelOf)).toEqual(['provinsi', 'kabupaten', 'kecamatan', 'desa']);
  });

  it('reads dotted Kemendagri kecamatan and desa keys', () => {
    expect(['53.01.24', '53.01.24.2002'].map(levelOf)).toEqual(['kecamatan', 'desa']);
  });

  it('rejects other lengths, dotted provinsi and kabupaten codes and malformed dotted codes', () => {
    expect(['530', '53', '53.01', '', '53.01.2', '53.01.24.200', '53.1.24', '5301.24'].map(levelOf)).toEqual([undefined, 'provinsi', undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('ancestry', () => {
  it('lists the codes from provinsi down to the region', () => {
    expect(ancestry('5303121006', NO_TABLE)).toEqual(['53', '5303', '5303121', '5303121006']);
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
  it('gives the code one level up', () => expect(['5303121006', '5303121', '5303', '53'].map((k) => parentOf(k, NO_TABLE))).toEqual(['5303121', '5303', '53', '']));
  it('gives nothing for a malformed code', () => expect(parentOf('530312', NO_TABLE)).toBe(''));
});

describe('levelOfKemendagri', () => {
  it('reads dotted and undotted codes', () => {
    expect(['53', '53.01', '53.01.24', '53.01.24.2002'].map(levelOfKemendagri)).toEqual(['provinsi', 'kabupaten', 'kecamatan', 'desa']);
    expect(['53', '5301', '530124', '5301242002'].map(levelOfKemendagri)).toEqual(['provinsi', 'kabupaten', 'kecamatan', 'desa']);
  });
  it('rejects a BPS-length kecamatan code and malformed dotted codes', () => expect([levelOfKemendagri('5303121'), levelOfKemendagri('53.1')]).toEqual([undefined, undefined]));
});
