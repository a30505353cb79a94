import { describe, expect, it } from 'vitest';
import { EncodedLocus, LOCUS_NUMBERS, LOCUS_STRINGS, type DecodedColumns } from '../../../src/lib/programs/codec/encoded-locus.ts';

// Two loci in columns: K1 with a desa, beneficiaries and sameAs; K2 with neither, its id packed.
const S = LOCUS_STRINGS.length, N = LOCUS_NUMBERS.length;
const strings = ['K1', 'K2', 'Uji', 'PKH', 'Kemensos', 'social_assistance', 'region', '5303121006', 'desa'];
const refs = new Int32Array(2 * S).fill(-1);
const set = (k: number, f: (typeof LOCUS_STRINGS)[number], s: string) => (refs[k * S + LOCUS_STRINGS.indexOf(f)] = strings.indexOf(s));
for (const k of [0, 1]) {
  set(k, 'id', k ? 'K2' : 'K1');
  set(k, 'name', 'Uji');
  set(k, 'program', 'PKH');
  set(k, 'agency', 'Kemensos');
  set(k, 'intervention', 'social_assistance');
  set(k, 'locatedBy', 'region');
}
set(0, 'desa', '5303121006');
// K2's id is a piece of `packed` (used by one locus only).
refs[S + LOCUS_STRINGS.indexOf('id')] = -2;
set(0, 'level', 'desa');
const numbers = new Float64Array([123.6, -10.2, 0, 0, 120, -8, 0, 0]);
const c: DecodedColumns = { strings, packed: 'K2', packedAt: new Int32Array([0, 2]), refs, numbers, hasNumber: new Uint8Array([0b111, 0b11]), yearSets: [[2024]], yearsRef: new Int32Array(2), sameAs: new Map([[0, ['X1']]]) };
const [a, b] = [new EncodedLocus(c, 0), new EncodedLocus(c, 1)];

describe('EncodedLocus', () => {
  it('reads its fields from the columns, absent ones undefined', () => {
    expect([a.id, a.name, a.agency, a.intervention, a.locatedBy, a.desa, a.level, a.lon, a.lat, a.beneficiaries, a.sameAs, a.years]).toEqual(['K1', 'Uji', 'Kemensos', 'social_assistance', 'region', '5303121006', 'desa', 123.6, -10.2, 0, ['X1'], [2024]]);
    expect([b.id, b.desa, b.level, b.beneficiaries, b.offshoreKm, b.sameAs, b.lon]).toEqual(['K2', undefined, undefined, undefined, undefined, undefined, 120]);
    expect(N).toBe(4);
  });
  it('has no own properties, and toJSON gives the plain locus with only its present fields', () => {
    expect(Object.keys(a)).toEqual([]);
    expect(JSON.parse(JSON.stringify(b))).toEqual({ id: 'K2', name: 'Uji', program: 'PKH', agency: 'Kemensos', intervention: 'social_assistance', locatedBy: 'region', lon: 120, lat: -8, years: [2024] });
    expect(a.toJSON()).toMatchObject({ desa: '5303121006', level: 'desa', beneficiaries: 0, sameAs: ['X1'] });
  });
});
