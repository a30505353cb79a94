import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/lib/programs/coverage/coverage.ts';
import { findGaps, registeredTypes } from '../../../src/lib/programs/gaps/find-gaps.ts';
import { NO_TABLE } from '../../../src/lib/regions/ancestry.ts';
import { prepareGapFlags, type GapHotspot } from '../../../src/lib/programs/gaps/gap-flags.ts';
import { gapsToCsv } from '../../../src/lib/programs/gaps/gaps-to-csv.ts';
import { indexLoci } from '../../../src/lib/programs/coverage/index-loci.ts';
import { indexNearest } from '../../../src/lib/programs/coverage/nearest-locus.ts';
import type { ProgramLocus } from '../../../src/lib/programs/types.ts';
import { desaNeed } from '../../../src/lib/programs/gaps/desa-need.ts';
import type { RegionLookup } from '../../../src/lib/regions/region-lookup.ts';
import { syntheticLookup } from './helpers.ts';

function hotspots(): GapHotspot[] {
  return [
    { kodeBps: '5303', poverty: true, farming: true, p0: 21.5, poor: 70000, year: 2025, reasons: [{ id: 'P0 21,5% > nasional 8,47%', en: 'P0 21.5% > national 8.47%' }], coastalReason: { id: 'Pesisir: garis pantai 454 km', en: 'Coastal: 454 km of coastline' }, priority: 'listed', farmingReason: { id: 'pertanian', en: 'farming' } },
    { kodeBps: '5371', poverty: true, farming: null, p0: 8.9, poor: 40000, year: 2025 },
    { kodeBps: '5301', poverty: true, farming: false, p0: 27.2, poor: 38000, year: 2025 },
  ];
}

function baumataLocus(): ProgramLocus {
  return { id: 'b', name: 'b', program: 'p', agency: 'a', intervention: 'land_reform', years: [], locatedBy: 'region', lon: 0, lat: 0, provinsi: '53', kabupaten: '5303', kecamatan: '5303121', desa: '5303121006', level: 'desa' };
}

/** Synthetic IDM 2024 of the synthetic desa: Baumata Tertinggal, Tetangga Sangat Tertinggal; Alak Satu is a kelurahan (53.71.01.1001), Desa Tanpa Poligon has no row. */
function syntheticNeed(lookup: RegionLookup) {
  const src = 'SYNTHETIC_IDM';
  return desaNeed(lookup, { '5303121006': [0.55, src], '5303121005': [0.45, src] }, { '5303121006': [4, src], '5303121005': [5, src] }, 2024, { id: 'sintetis IDM 2024', en: 'synthetic IDM 2024' });
}

function flagsOf(lookup: RegionLookup) {
  return prepareGapFlags(lookup, hotspots(), syntheticNeed(lookup));
}

function gaps(loci: ProgramLocus[], options: Parameters<typeof findGaps>[3] = {}) {
  const lookup = syntheticLookup();
  return findGaps(lookup, computeCoverage(lookup, indexLoci(loci, lookup)), flagsOf(lookup), options);
}

describe('findGaps', () => {
  it('lists uncovered coastal or farming poverty hotspots, most poor first', () => {
    const r = gaps([]);
    expect(r.rows.map((g) => g.kodeBps)).toEqual(['5303', '5371', '5301']);
    expect(r.total).toBe(3);
  });

  it('sorts by rate when asked', () => expect(gaps([], { sortBy: 'p0' }).rows.map((g) => g.kodeBps)).toEqual(['5301', '5303', '5371']));

  it('drops a covered kabupaten', () => expect(gaps([baumataLocus()]).rows.map((g) => g.kodeBps)).toEqual(['5371', '5301']));

  it('keeps a covered kabupaten when the threshold allows one locus', () => expect(gaps([baumataLocus()], { maxLoci: 1 }).total).toBe(3));

  it('requires farming when asked, treating unknown as not farming', () => expect(gaps([], { require: 'farming' }).rows.map((g) => g.kodeBps)).toEqual(['5303']));

  it('gives reasons in both languages, passed through from the hotspot analysis', () => {
    const [g] = gaps([]).rows;
    expect(g.reasons.map((r) => r.en)).toEqual(['P0 21.5% > national 8.47%', 'Coastal: 454 km of coastline', '2021 extreme-poverty priority kabupaten', 'no program locus, but no program register covers this region: no locus is no evidence of no program']);
    expect(g).toMatchObject({ name: 'Kabupaten Kupang', parentName: 'Nusa Tenggara Timur', coastal: true, farming: true, poor: 70000 });
  });

  it('counts an area-wide program as coverage of every desa inside, at distance 0, and never measures to its label point', () => {
    const kabWide: ProgramLocus = { ...baumataLocus(), id: 'k', kecamatan: undefined, desa: undefined, level: 'kabupaten', intervention: 'jobs' };
    // Tetangga lies in Kab. Kupang, which the kabupaten-wide program covers: no gap by default.
    expect(gaps([baumataLocus(), kabWide], { level: 'desa', require: 'coastal', idm: 'all' }).rows.map((g) => g.name)).toEqual(['Alak Satu']);
    const lookup = syntheticLookup();
    const loci = [kabWide];
    const r = findGaps(lookup, computeCoverage(lookup, indexLoci(loci, lookup)), flagsOf(lookup), { level: 'desa', require: 'any', maxLoci: 5, idm: 'all' }, indexNearest(loci));
    const tetangga = r.rows.find((g) => g.name === 'Tetangga')!;
    expect(tetangga.nearestKm).toBe(0);
    expect(tetangga.nearestKmByType).toEqual({ jobs: 0 });
    // Outside the kabupaten (Kota Kupang) the program's label point is no place: no distance at all.
    const alak = r.rows.find((g) => g.name === 'Alak Satu')!;
    expect(alak.nearestKm).toBeNull();
    expect(alak.nearestKmByType).toEqual({});
  });

  it('lists desa by their own IDM, saying so, and area-wide programs apart when asked not to count them', () => {
    const kabWide: ProgramLocus = { ...baumataLocus(), id: 'k', kecamatan: undefined, desa: undefined, level: 'kabupaten' };
    const r = gaps([baumataLocus(), kabWide], { level: 'desa', require: 'coastal', countAreaWide: false, idm: 'all' });
    expect(r.rows.map((g) => g.name)).toEqual(['Tetangga', 'Alak Satu']);
    expect(r.rows[0]).toMatchObject({ flagsFrom: '5303', parentName: 'Kabupaten Kupang', loci: 0, areaWideLoci: 1, idm: { score: 0.45, status: 5, kelurahan: false, year: 2024 } });
    expect(r.rows[0].reasons.map((x) => x.en)).toEqual([
      'IDM 0.4500: Sangat Tertinggal (severely left behind) (synthetic IDM 2024)',
      'Farming kabupaten (a figure of Kabupaten Kupang, not of this desa): farming',
      'coastal desa (its boundary touches the sea)',
      '2021 extreme-poverty priority kabupaten',
      'no program locus, but no program register covers this region: no locus is no evidence of no program',
      '1 area-wide program of a parent region (not counted as coverage)',
    ]);
    expect(r.rows[1].reasons[0]).toEqual({ id: 'tidak dinilai IDM (kelurahan) (sintetis IDM 2024)', en: 'not scored by IDM (kelurahan) (synthetic IDM 2024)' });
    // The kabupaten's farming flag is carried only as the kabupaten's, in the table and in the CSV.
    expect([r.rows[0].farming, r.rows[0].kabupatenFarming]).toEqual([null, true]);
    const [head, first] = gapsToCsv(r.rows, 'en').replace('\ufeff', '').split('\r\n').map((l) => l.split(','));
    expect([first[head.indexOf('farming')], first[head.indexOf('kabupaten_farming')]]).toEqual(['', 'true']);
  });

  it('gives desa rows their own IDM and never their kabupaten\'s poverty figures, and measures their distance to the nearest locus', () => {
    const lookup = syntheticLookup();
    const loci = [{ ...baumataLocus(), locatedBy: 'coordinates' as const, lon: 123.65, lat: -10.25 }];
    const ix = indexLoci(loci, lookup);
    const r = findGaps(lookup, computeCoverage(lookup, ix), flagsOf(lookup), { level: 'desa', require: 'any', idm: 'all' }, indexNearest(loci));
    const tetangga = r.rows.find((g) => g.name === 'Tetangga')!;
    for (const k of ['poor', 'p0', 'kabupatenPoor', 'kabupatenP0', 'year']) expect(tetangga).not.toHaveProperty(k);
    expect(tetangga).toMatchObject({ kecamatanName: 'Taebenu', kabupatenName: 'Kabupaten Kupang', idm: { score: 0.45, status: 5 } });
    // 0.1° of longitude at 10.25° S: 10.9 km.
    expect(tetangga.nearestKm).toBeCloseTo(10.9, 0);
    expect(tetangga.nearestKmByType).toEqual({ land_reform: tetangga.nearestKm });
    const csv = gapsToCsv(r.rows);
    const [header, first] = csv.replace(/^\ufeff/, '').split(/\r?\n/).map((l) => l.split(','));
    expect(first[header.indexOf('kabupaten_poor_persons')]).toBe('');
    expect(first[header.indexOf('idm')]).toBe('0.45');
    expect(first[header.indexOf('idm_status')]).toBe('5');
    expect(first[header.indexOf('idm_status_name')]).toBe('Sangat Tertinggal');
    expect(first[header.indexOf('idm_source')]).toBe('sintetis IDM 2024');
    expect(first[header.indexOf('nearest_locus_km')]).toBe(String(tetangga.nearestKm));
  });

  it('counts area-wide programs as coverage when asked', () => {
    const kabWide: ProgramLocus = { ...baumataLocus(), id: 'k', kecamatan: undefined, desa: undefined, level: 'kabupaten' };
    expect(gaps([kabWide], { level: 'desa', require: 'coastal', countAreaWide: true, idm: 'all' }).rows.map((g) => g.name)).toEqual(['Alak Satu']);
  });

  it('restricts to a region', () => expect(gaps([], { within: '5371' }).rows.map((g) => g.kodeBps)).toEqual(['5371']));

  it('throws on a bad option, naming it', () => {
    expect(() => gaps([], { sortBy: 'rate' as 'p0' })).toThrow('invalid sortBy: rate');
    expect(() => gaps([], { level: 'pulau' as 'desa' })).toThrow('invalid level: pulau');
  });

  it('is empty without hotspots', () => {
    const lookup = syntheticLookup();
    expect(findGaps(lookup, computeCoverage(lookup, indexLoci([], lookup)), prepareGapFlags(lookup, []))).toEqual({ total: 0, rows: [], order: new Int32Array(0) });
  });

  it('exports the table as CSV with a BOM and no live formulas', () => {
    const rows = gaps([]).rows;
    rows[0].name = '=HYPERLINK("http://x","y")';
    const csv = gapsToCsv(rows, 'en');
    expect(csv.startsWith('\ufeffrank,level,kode_bps')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv.split('\r\n')[1]).toMatch(/^1,kabupaten,5303,53\.01,/);
  });

  it('says what "no program" means where a register covers a type, and can keep only such regions', () => {
    // Synthetic: a register lists skills training completely in province 53 only.
    const registers = { skills_training: ['53'] };
    const r = gaps([], { level: 'kabupaten', require: 'any', registers });
    expect(r.rows.length).toBeGreaterThan(0);
    for (const g of r.rows) {
      const inNtt = g.kodeBps.startsWith('53');
      expect(g.registeredTypes).toEqual(inNtt ? ['skills_training'] : []);
      expect(g.reasons.at(-1)!.en).toBe(inNtt ? 'no program of the types with data here (skills training)' : 'no program locus, but no program register covers this region: no locus is no evidence of no program');
    }
    const only = gaps([], { level: 'kabupaten', require: 'any', registers, onlyRegistered: true });
    expect(only.rows.every((g) => g.kodeBps.startsWith('53'))).toBe(true);
    expect(only.total).toBe(r.rows.filter((g) => g.kodeBps.startsWith('53')).length);
    expect(registeredTypes(registers, '5303121006', NO_TABLE)).toEqual(['skills_training']);
    expect(registeredTypes(null, '5303', NO_TABLE)).toEqual([]);
  });
});
