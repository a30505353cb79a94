import { describe, expect, it } from 'vitest';
import { decodeBig, dottedCode, signedRingArea } from '../../../src/lib/boundary/decode-big.ts';
import { DataError } from '../../../src/lib/errors.ts';

// Synthetic files in BIG's RBI copy format (not real data): q = 10 units per degree from
// bbox [100, -10]. A 1°×1° square counter-clockwise from (101, -9), and a clockwise hole.
const square = [10, 10, 10, 0, 0, 10, -10, 0, 0, -10];
const hole = [13, 13, 0, 4, 4, 0, 0, -4, -4, 0];
const file = (f: unknown[], over: Record<string, unknown> = {}) => ({ lvl: 'desa', bbox: [100, -10], q: 10, f, ...over });
const feature = (k: string, g: number[][] = [square], nm = 'Desa Sintetis') => ({ k, nm, g });

function errorOf(run: () => unknown): DataError {
  try {
    run();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('decodeBig (synthetic fixtures)', () => {
  it('decodes delta-encoded rings into lon/lat and dots the Kemendagri code', () => {
    const [f] = decodeBig(file([feature('9901012001')]), 'synthetic.json', 'desa', '99');
    expect(f.code).toBe('99.01.01.2001');
    expect(f.name).toBe('Desa Sintetis');
    expect(f.geometry.coordinates).toEqual([[[[101, -9], [102, -9], [102, -8], [101, -8], [101, -9]]]]);
    expect(signedRingArea(f.geometry.coordinates[0][0])).toBeGreaterThan(0);
  });

  it('puts a clockwise ring as a hole into the exterior ring around it, and keeps several parts', () => {
    const island = [30, 30, 5, 0, 0, 5, -5, 0, 0, -5];
    const [f] = decodeBig(file([feature('9901012001', [square, island, hole])]), 'synthetic.json', 'desa');
    expect(f.geometry.coordinates.length).toBe(2);
    expect(f.geometry.coordinates[0].length).toBe(2);
    expect(f.geometry.coordinates[0][1][0]).toEqual([101.3, -8.7]);
    expect(f.geometry.coordinates[1].length).toBe(1);
  });

  it('stops on a ring that does not close, naming file, feature and value', () => {
    const open = [10, 10, 10, 0, 0, 10, -10, 0, 0, -9];
    const e = errorOf(() => decodeBig(file([feature('9901012001'), feature('9901012002', [open], 'Terbuka')]), 'synthetic-open.json', 'desa'));
    expect(e.message).toContain('synthetic-open.json feature 1 (9901012002 Terbuka) ring 0: ring does not close');
    expect(e.details).toMatchObject({ file: 'synthetic-open.json', row: 1, column: 'g' });
  });

  it('stops on a code that is not Kemendagri-shaped for the level or not in the file\'s province', () => {
    expect(errorOf(() => decodeBig(file([feature('99.01.01.2001')]), 'synthetic.json', 'desa')).message).toContain('code "k" is "99.01.01.2001", expected a Kemendagri desa code of 10 digits');
    expect(errorOf(() => decodeBig(file([feature('990101')]), 'synthetic.json', 'desa')).details).toMatchObject({ row: 0, column: 'k', value: '990101' });
    expect(errorOf(() => decodeBig(file([feature('9801012001')]), 'synthetic.json', 'desa', '99')).message).toContain("does not start with the file's province 99");
  });

  it('stops on a duplicate code', () => {
    const e = errorOf(() => decodeBig(file([feature('9901012001'), feature('9901012001')]), 'synthetic-dup.json', 'desa'));
    expect(e.message).toBe('synthetic-dup.json feature 1: duplicate code 9901012001 (also feature 0)');
  });

  it('stops on a wrong header, a ring of non-integers or too few points, a ring without area, a stray hole', () => {
    expect(errorOf(() => decodeBig(file([], { lvl: 'kab' }), 'synthetic.json', 'desa')).message).toContain('"lvl" is "kab", expected "desa"');
    expect(errorOf(() => decodeBig(file([], { q: 0 }), 'synthetic.json', 'desa')).message).toContain('"q" is 0');
    expect(errorOf(() => decodeBig(file([feature('9901012001', [[10, 10, 0.5, 0, 0, 1, -0.5, -1]])]), 'synthetic.json', 'desa')).message).toContain('expected a flat list of integer pairs');
    expect(errorOf(() => decodeBig(file([feature('9901012001', [[10, 10, 1, 0, -1, 0]])]), 'synthetic.json', 'desa')).message).toContain('3 point(s), a ring needs at least 4');
    expect(errorOf(() => decodeBig(file([feature('9901012001', [[10, 10, 1, 0, 1, 0, -2, 0]])]), 'synthetic.json', 'desa')).message).toContain('ring has no area');
    expect(errorOf(() => decodeBig(file([feature('9901012001', [square, [50, 50, 0, 4, 4, 0, 0, -4, -4, 0]])]), 'synthetic.json', 'desa')).message).toContain('ring 1: a hole (clockwise ring) that lies in no exterior ring');
  });

  it('dots codes of every level', () => {
    expect(['53', '5371', '537105', '5371051008'].map(dottedCode)).toEqual(['53', '53.71', '53.71.05', '53.71.05.1008']);
  });
});
