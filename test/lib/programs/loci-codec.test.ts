import { describe, expect, it } from 'vitest';
import { columnarLoci, decodeLoci, encodedBuffers, encodeLoci } from '../../../src/lib/programs/codec/loci-codec.ts';
import { EncodedLocus } from '../../../src/lib/programs/codec/encoded-locus.ts';
import type { ProgramLocus } from '../../../src/lib/programs/types.ts';

const full: ProgramLocus = {
  id: 'K1', name: 'Desa Uji', program: 'PKH', agency: 'Kementerian Sosial', agencyAsGiven: 'Kemensos', intervention: 'social_assistance', years: [2022, 2024], beneficiaries: 0,
  locatedBy: 'coordinates', lon: 123.65, lat: -10.25, provinsi: '53', kabupaten: '5303', kecamatan: '5303121', desa: '5303121006', level: 'desa', nameMatch: 'exact',
  offshoreKm: 1.5, sameAs: ['X1', 'X2'], source: 'sumber', note: 'catatan', dataset: 'synthetic-mine.csv',
};
const bare: ProgramLocus = { id: 'K2', name: '', program: 'PKH', agency: 'Kementerian Sosial', intervention: 'other', years: [], locatedBy: 'region', lon: 120, lat: -8, provinsi: '53', level: 'provinsi' };

describe('encodeLoci / decodeLoci', () => {
  it('gives back every field of every locus, absent fields absent', () => {
    const loci = [full, bare, { ...full, id: 'K3', sameAs: undefined, beneficiaries: undefined, years: [2020] }];
    const back = decodeLoci(structuredClone(encodeLoci(loci)));
    expect(JSON.parse(JSON.stringify(back))).toEqual(loci);
    expect(Object.keys(JSON.parse(JSON.stringify(back[1]))).sort()).toEqual(Object.keys(bare).sort());
    expect(back[0].beneficiaries).toBe(0);
    expect(back[1].desa).toBeUndefined();
    for (const f of ['id', 'name', 'agency', 'intervention', 'locatedBy', 'lon', 'lat', 'provinsi', 'level', 'note', 'sameAs', 'years'] as const) expect(back.map((p) => p[f])).toEqual(loci.map((p) => p[f]));
  });
  it('keeps each distinct string once, and its typed arrays can be transferred', () => {
    const e = encodeLoci([full, { ...full, id: 'K9' }]);
    expect(e.strings.filter((s) => s === 'Kementerian Sosial')).toHaveLength(1);
    // Strings of one locus only (here the ids) are not in the table but end to end in one string.
    expect(e.strings).not.toContain('K1');
    expect(e.packed).toBe('K1K9');
    const copy = structuredClone(e, { transfer: encodedBuffers(e) });
    expect(e.refs.length).toBe(0);
    expect(decodeLoci(copy).map((p) => p.id)).toEqual(['K1', 'K9']);
  });
  it('keeps each distinct list of years once, shared and frozen by the decoded loci', () => {
    const e = encodeLoci([full, { ...full, id: 'K9' }, bare]);
    expect(e.yearSets).toEqual([[2022, 2024], []]);
    const [a, b, c] = decodeLoci(e);
    expect(a.years).toBe(b.years);
    expect(Object.isFrozen(a.years)).toBe(true);
    expect(c.years).toEqual([]);
  });
  it('encodes no loci', () => expect(decodeLoci(encodeLoci([]))).toEqual([]));
});

describe('columnarLoci', () => {
  it('gives the same loci as views of one class (the shipped list in the shape of imported loci)', () => {
    const loci = [full, bare];
    const views = columnarLoci(loci);
    expect(views.every((p) => p instanceof EncodedLocus)).toBe(true);
    expect(JSON.parse(JSON.stringify(views))).toEqual(loci);
    expect(views.map((p) => [p.id, p.desa, p.lon, p.years])).toEqual(loci.map((p) => [p.id, p.desa, p.lon, p.years]));
  });
});
