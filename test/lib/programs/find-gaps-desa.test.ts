/**
 * The gap finder's desa rows on synthetic data (the synthetic registry of helpers.ts and synthetic
 * IDM values): ranked by their own IDM, filtered by status and by distance to the nearest program.
 */
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/lib/programs/coverage/coverage.ts';
import { findGaps } from '../../../src/lib/programs/gaps/find-gaps.ts';
import { prepareGapFlags, type GapHotspot } from '../../../src/lib/programs/gaps/gap-flags.ts';
import { desaNeed } from '../../../src/lib/programs/gaps/desa-need.ts';
import { indexLoci } from '../../../src/lib/programs/coverage/index-loci.ts';
import { indexNearest } from '../../../src/lib/programs/coverage/nearest-locus.ts';
import type { ProgramLocus } from '../../../src/lib/programs/types.ts';
import { syntheticLookup } from './helpers.ts';

const SRC = 'SYNTHETIC_IDM';
/** Synthetic hotspots: Kab. Kupang is no poverty hotspot, to show desa rows do not need one. */
const HOTSPOTS: GapHotspot[] = [{ kodeBps: '5303', poverty: false, farming: true, p0: 21.5, poor: 70000, year: 2025 }, { kodeBps: '5371', poverty: true, farming: null }];

/** A synthetic locus at Baumata's label point (coordinates), 10.9 km from Tetangga's. */
const atBaumata = (): ProgramLocus => ({ id: 'b', name: 'b', program: 'p', agency: 'a', intervention: 'land_reform', years: [], locatedBy: 'coordinates', lon: 123.65, lat: -10.25, provinsi: '53', kabupaten: '5303', kecamatan: '5303121', desa: '5303121006', level: 'desa' });

function desaGaps(options: Parameters<typeof findGaps>[3], loci: ProgramLocus[] = []) {
  const lookup = syntheticLookup();
  // Synthetic IDM: Baumata 0.55 Tertinggal, Tetangga 0.45 Sangat Tertinggal; Alak Satu is a kelurahan; Desa Tanpa Poligon has no row.
  const need = desaNeed(lookup, { '5303121006': [0.55, SRC], '5303121005': [0.45, SRC] }, { '5303121006': [4, SRC], '5303121005': [5, SRC] }, 2024, { id: 'sintetis', en: 'synthetic' });
  return findGaps(lookup, computeCoverage(lookup, indexLoci(loci, lookup)), prepareGapFlags(lookup, HOTSPOTS, need), { level: 'desa', require: 'any', ...options }, indexNearest(loci));
}

const names = (r: ReturnType<typeof desaGaps>) => r.rows.map((g) => g.name);

describe('desa rows of the gap finder (synthetic)', () => {
  it('rank the lowest IDM first, then desa without a score, then kelurahan, whatever their kabupaten\'s poverty', () => {
    expect(names(desaGaps({ idm: 'all' }))).toEqual(['Tetangga', 'Baumata', 'Desa Tanpa Poligon', 'Alak Satu']);
  });

  it('keep Tertinggal and Sangat Tertinggal by default, Sangat Tertinggal alone when asked', () => {
    expect(names(desaGaps({}))).toEqual(['Tetangga', 'Baumata']);
    expect(names(desaGaps({ idm: 'sangat' }))).toEqual(['Tetangga']);
  });

  it('say a kelurahan is not scored by IDM, in both languages, and give it no score', () => {
    const alak = desaGaps({ idm: 'all' }).rows.find((g) => g.name === 'Alak Satu')!;
    expect(alak.idm).toMatchObject({ score: null, status: null, kelurahan: true });
    expect(alak.reasons[0]).toEqual({ id: 'tidak dinilai IDM (kelurahan) (sintetis)', en: 'not scored by IDM (kelurahan) (synthetic)' });
  });

  it('keep only desa with no program within N km (none without a label point), measured to place loci', () => {
    const loci = [atBaumata()];
    // Baumata holds the locus (0 km); Tetangga is 10.9 km away.
    expect(names(desaGaps({ idm: 'all', maxLoci: 5, noProgramWithinKm: 5 }, loci))).toEqual(['Tetangga', 'Alak Satu']);
    expect(names(desaGaps({ idm: 'all', maxLoci: 5, noProgramWithinKm: 12 }, loci))).toEqual(['Alak Satu']);
    // No program anywhere: every desa with a label point qualifies.
    expect(names(desaGaps({ idm: 'all', noProgramWithinKm: 50 }))).toEqual(['Tetangga', 'Baumata', 'Alak Satu']);
  });

  it('combine status, coast and distance across the whole country, or within a kabupaten', () => {
    const national = desaGaps({ idm: 'sangat', require: 'coastal', noProgramWithinKm: 5 }, [atBaumata()]);
    expect(names(national)).toEqual(['Tetangga']);
    expect(national.rows[0].reasons.map((x) => x.en).slice(0, 2)).toEqual(['IDM 0.4500: Sangat Tertinggal (severely left behind) (synthetic)', 'coastal desa (its boundary touches the sea)']);
    expect(names(desaGaps({ idm: 'all', within: '5371' }))).toEqual(['Alak Satu']);
  });

  it('list every gap\'s row in rank order, beyond the rows returned', () => {
    const r = desaGaps({ idm: 'all', limit: 2 });
    expect(r.rows).toHaveLength(2);
    expect(r.total).toBe(4);
    const kode = syntheticLookup().levels.desa.kode;
    expect([...r.order].map((i) => kode[i])).toEqual(['5303121005', '5303121006', '5303121099', '5371010001']);
  });

  it('refuse to list desa without their IDM', () => {
    const lookup = syntheticLookup();
    expect(() => findGaps(lookup, computeCoverage(lookup, indexLoci([], lookup)), prepareGapFlags(lookup, HOTSPOTS), { level: 'desa' })).toThrow('invalid flags');
    expect(() => desaGaps({ idm: 'worst' as 'all' })).toThrow('invalid idm: worst');
  });
});
