import { describe, expect, it } from 'vitest';
import { oldCodeCheck } from '../../../src/lib/regions/old-code-check.ts';
import { syntheticDottedLookup } from './synthetic-dotted.ts';

// The SYNTHETIC table mixes both shapes: dotted Taebenu/Baumata in 5303, BPS-keyed 5301242 / 5301242002 in 5301.
describe('oldCodeCheck', () => {
  it('has nothing to do for provinces, kabupaten and dotted codes', () => {
    for (const code of ['53', '5303', '53.01.24', '53.01.24.2002', '']) expect(oldCodeCheck(code, syntheticDottedLookup(['provinsi', 'kabupaten']))).toBe('none');
  });

  it('asks for the kecamatan rows first', () => {
    expect(oldCodeCheck('5303121', syntheticDottedLookup(['provinsi', 'kabupaten']))).toBe('load-kecamatan');
    expect(oldCodeCheck('5303121006', syntheticDottedLookup(['provinsi', 'kabupaten']))).toBe('load-kecamatan');
  });

  it('tells a kecamatan key from an old kecamatan code', () => {
    const lookup = syntheticDottedLookup(['provinsi', 'kabupaten', 'kecamatan']);
    expect(oldCodeCheck('5301242', lookup)).toBe('key');
    expect(oldCodeCheck('5303121', lookup)).toBe('old');
  });

  it('reads a desa under a kecamatan key as a key until the desa rows are in, and asks for them otherwise', () => {
    const lookup = syntheticDottedLookup(['provinsi', 'kabupaten', 'kecamatan']);
    expect(oldCodeCheck('5301242002', lookup)).toBe('key');
    expect(oldCodeCheck('5303121006', lookup)).toBe('load-desa');
  });

  it('decides a desa by the desa rows once they are in', () => {
    const lookup = syntheticDottedLookup();
    expect(oldCodeCheck('5301242002', lookup)).toBe('key');
    expect(oldCodeCheck('5301242099', lookup)).toBe('old');
    expect(oldCodeCheck('5303121006', lookup)).toBe('old');
  });
});
