import { describe, expect, it } from 'vitest';
import { buildOldCodeAliases, resolveOldCode } from '../../../src/lib/regions/old-code-alias.ts';

// Synthetic crosswalk rows, shaped like the GADM-era crosswalk (Baumata's real pair included).
const aliases = buildOldCodeAliases([
  { kodeBps: '5303121', kodeKemendagri: '53.01.24' },
  { kodeBps: '5303121006', kodeKemendagri: '53.01.24.2002' },
  { kodeBps: '5303121099', kodeKemendagri: '' },
  { kodeBps: '9901010', kodeKemendagri: '' },
  { kodeBps: '53.01', kodeKemendagri: '53.01' },
]);

describe('old ?region= codes', () => {
  it('opens the same place: an old BPS desa code resolves to its Kemendagri code', () => {
    expect(resolveOldCode('5303121006', aliases)).toEqual({ code: '53.01.24.2002', how: 'alias' });
    expect(resolveOldCode('5303121', aliases)).toEqual({ code: '53.01.24', how: 'alias' });
  });

  it('sends a code that had no Kemendagri match to its kecamatan, else its kabupaten, and says so', () => {
    expect(resolveOldCode('5303121099', aliases)).toEqual({ code: '53.01.24', how: 'parent' });
    expect(resolveOldCode('9901010', aliases)).toEqual({ code: '9901', how: 'parent' });
    expect(resolveOldCode('9901010001', aliases)).toEqual({ code: '9901', how: 'parent' });
  });

  it('leaves anything that is not an old kecamatan or desa code alone', () => {
    expect(aliases.size).toBe(2);
    expect(resolveOldCode('5303', aliases)).toBeUndefined();
    expect(resolveOldCode('53.01.24.2002', aliases)).toBeUndefined();
  });
});

describe('resolveOldCode with a fetched shard (old codes without a match listed as empty)', () => {
  it('sends a desa whose kecamatan is listed without a match to its kabupaten', () => {
    const shard = new Map([['5303121', ''], ['5303121006', '']]);
    expect(resolveOldCode('5303121006', shard)).toEqual({ code: '5303', how: 'parent' });
    expect(resolveOldCode('5303121', shard)).toEqual({ code: '5303', how: 'parent' });
  });
});
