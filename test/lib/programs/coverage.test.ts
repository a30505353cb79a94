import { describe, expect, it } from 'vitest';
import { computeCoverage, convergenceOf, coverageBuilder, coverageOf, typesOf } from '../../../src/lib/programs/coverage/coverage.ts';
import { filterLoci, filterLociRange } from '../../../src/lib/programs/coverage/filter-loci.ts';
import { emptyLociIndex, indexLoci, indexLociRange } from '../../../src/lib/programs/coverage/index-loci.ts';
import { lociFacets } from '../../../src/lib/programs/coverage/loci-facets.ts';
import { programsInRegion } from '../../../src/lib/programs/coverage/programs-in-region.ts';
import type { InterventionType, ProgramLocus } from '../../../src/lib/programs/types.ts';
import { syntheticLookup } from './helpers.ts';

const BAUMATA = { provinsi: '53', kabupaten: '5303', kecamatan: '5303121', desa: '5303121006' };

function locus(id: string, intervention: InterventionType, at: Partial<ProgramLocus>, extra: Partial<ProgramLocus> = {}): ProgramLocus {
  return { id, name: id, program: 'p', agency: 'a', intervention, years: [2024], locatedBy: 'region', lon: 0, lat: 0, ...at, ...extra };
}

/** Baumata's real pattern: two types at the desa, a kabupaten-wide BLK and two province-wide programs. */
function baumataLoci(): ProgramLocus[] {
  return [
    locus('d1', 'skills_training', { ...BAUMATA, level: 'desa' }),
    locus('d2', 'land_reform', { ...BAUMATA, level: 'desa' }),
    locus('d3', 'land_reform', { ...BAUMATA, level: 'desa' }),
    locus('k1', 'skills_training', { provinsi: '53', kabupaten: '5303', level: 'kabupaten' }),
    locus('p1', 'jobs', { provinsi: '53', level: 'provinsi' }),
    locus('p2', 'other', { provinsi: '53', level: 'provinsi' }),
  ];
}

const row = (level: 'provinsi' | 'kabupaten' | 'kecamatan' | 'desa', kode: string) => syntheticLookup().byBps[level].get(kode)!;

describe('computeCoverage', () => {
  it('gives Baumata convergence 2 from its own loci, not from area-wide ones', () => {
    const lookup = syntheticLookup();
    const c = computeCoverage(lookup, indexLoci(baumataLoci(), lookup));
    const r = row('desa', '5303121006');
    expect([c.desa.count[r], c.desa.convergence[r], typesOf(c.desa.types[r])]).toEqual([3, 2, ['skills_training', 'land_reform']]);
    expect([c.desa.areaWideCount[r], typesOf(c.desa.areaWideTypes[r])]).toEqual([3, ['jobs', 'skills_training', 'other']]);
  });

  it('counts a kabupaten-wide program for its kabupaten and as area-wide below', () => {
    const lookup = syntheticLookup();
    const c = computeCoverage(lookup, indexLoci(baumataLoci(), lookup));
    const k = row('kabupaten', '5303'), kec = row('kecamatan', '5303121'), tetangga = row('desa', '5303121005');
    expect([c.kabupaten.count[k], c.kabupaten.convergence[k], c.kabupaten.areaWideCount[k]]).toEqual([4, 2, 2]);
    expect([c.kecamatan.count[kec], c.kecamatan.areaWideCount[kec]]).toEqual([3, 3]);
    expect([c.desa.count[tetangga], c.desa.areaWideCount[tetangga]]).toEqual([0, 3]);
  });

  it('does not count other in the convergence score', () => {
    const lookup = syntheticLookup();
    const c = computeCoverage(lookup, indexLoci(baumataLoci(), lookup));
    expect([c.provinsi.count[0], c.provinsi.convergence[0]]).toEqual([6, 3]);
  });

  it('leaves out loci the filter drops', () => {
    const lookup = syntheticLookup();
    const loci = baumataLoci();
    const c = computeCoverage(lookup, indexLoci(loci, lookup), filterLoci(loci, { interventions: ['land_reform'] }));
    expect(c.desa.convergence[row('desa', '5303121006')]).toBe(1);
  });

  it('gives zeros for no loci', () => {
    const lookup = syntheticLookup();
    const c = computeCoverage(lookup, indexLoci([], lookup));
    expect([...c.desa.count, ...c.desa.areaWideCount]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('ignores codes missing from the registry', () => {
    const lookup = syntheticLookup();
    const c = computeCoverage(lookup, indexLoci([locus('x', 'jobs', { provinsi: '99', level: 'provinsi' })], lookup));
    expect(c.provinsi.count[0]).toBe(0);
  });
});

describe('convergenceOf', () => {
  it('counts five types at most', () => expect(convergenceOf(0b111111)).toBe(5));
});

describe('filterLoci', () => {
  it('filters by year, keeping undated loci by default', () => {
    const loci = [locus('a', 'jobs', {}, { years: [2019] }), locus('b', 'jobs', {}, { years: [] }), locus('c', 'jobs', {}, { years: [2022, 2023] })];
    expect([...filterLoci(loci, { years: { from: 2023, to: 2025 } })]).toEqual([0, 1, 1]);
    expect([...filterLoci(loci, { years: { from: 2023, to: 2025 }, includeUndated: false })]).toEqual([0, 0, 1]);
  });
  it('filters by agency', () => {
    const loci = [locus('a', 'jobs', {}, { agency: 'Kemnaker' }), locus('b', 'jobs', {}, { agency: 'ATR/BPN' })];
    expect([...filterLoci(loci, { agencies: ['ATR/BPN'] })]).toEqual([0, 1]);
  });
});

describe('programsInRegion', () => {
  it('lists a desa\'s own programs and the area-wide ones separately', () => {
    const lookup = syntheticLookup();
    const loci = baumataLoci();
    const r = programsInRegion(lookup, indexLoci(loci, lookup), loci, 'desa', '5303121006');
    expect([r.inside.map((p) => p.id), r.areaWide.map((p) => p.id)]).toEqual([['d1', 'd2', 'd3'], ['k1', 'p1', 'p2']]);
  });
  it('lists nothing area-wide for a kabupaten in another province', () => {
    const lookup = syntheticLookup();
    const loci = [locus('k1', 'jobs', { provinsi: '53', kabupaten: '5303', level: 'kabupaten' })];
    const r = programsInRegion(lookup, indexLoci(loci, lookup), loci, 'kabupaten', '5371');
    expect([r.inside, r.areaWide]).toEqual([[], []]);
  });
});

describe('coverageOf', () => {
  it('reads one region\'s coverage by code', () => {
    const lookup = syntheticLookup();
    const c = computeCoverage(lookup, indexLoci(baumataLoci(), lookup));
    expect(coverageOf(lookup, c, 'desa', '5303121006')).toEqual({ count: 3, convergence: 2, types: ['skills_training', 'land_reform'], areaWideCount: 3, areaWideTypes: ['jobs', 'skills_training', 'other'] });
    expect(coverageOf(lookup, c, 'desa', '9999999999')).toBeUndefined();
  });
});

describe('indexLoci', () => {
  it('resolves rows per level, the type and the level a region-located locus sits at', () => {
    const lookup = syntheticLookup();
    const loci = [...baumataLoci(), locus('c1', 'jobs', { ...BAUMATA, desa: '9999999999' }, { locatedBy: 'coordinates' })];
    const ix = indexLoci(loci, lookup);
    expect([...ix.regionLevel]).toEqual([3, 3, 3, 1, 0, 0, 4]);
    expect([...ix.type]).toEqual([1, 3, 3, 1, 0, 5, 0]);
    expect([...ix.row.desa]).toEqual([row('desa', BAUMATA.desa), row('desa', BAUMATA.desa), row('desa', BAUMATA.desa), -1, -1, -1, -1]);
    expect([...ix.row.kabupaten]).toEqual([0, 0, 0, 0, -1, -1, 0].map((r) => (r < 0 ? -1 : row('kabupaten', '5303'))));
  });
  it('gives the same index filled in slices', () => {
    const lookup = syntheticLookup();
    const loci = baumataLoci();
    const ix = emptyLociIndex(loci.length);
    for (const [from, to] of [[0, 2], [2, 5], [5, 6]]) indexLociRange(ix, loci, lookup, from, to);
    expect(ix).toEqual(indexLoci(loci, lookup));
  });
});

describe('lociFacets', () => {
  it('lists the agencies by name and the years ascending, once each', () => {
    const loci = [locus('a', 'jobs', {}, { agency: 'Kemnaker', years: [2024, 2022] }), locus('b', 'jobs', {}, { agency: 'Bappenas', years: [] }), locus('c', 'jobs', {}, { agency: 'Kemnaker', years: [2023, 2024] })];
    expect(lociFacets(loci)).toEqual({ agencies: ['Bappenas', 'Kemnaker'], years: [2022, 2023, 2024] });
  });
});

describe('coverage and filter in slices', () => {
  it('give what the one-piece functions give', () => {
    const lookup = syntheticLookup();
    const loci = baumataLoci();
    const ix = indexLoci(loci, lookup);
    const filter = { interventions: ['land_reform', 'jobs'] as InterventionType[] };
    const mask = new Uint8Array(loci.length).fill(1);
    const b = coverageBuilder(lookup, ix, mask);
    for (const [from, to] of [[0, 4], [4, 6]]) {
      filterLociRange(loci, filter, mask, from, to);
      b.add(from, to);
    }
    expect(mask).toEqual(filterLoci(loci, filter));
    expect(b.result()).toEqual(computeCoverage(lookup, ix, filterLoci(loci, filter)));
  });
});
