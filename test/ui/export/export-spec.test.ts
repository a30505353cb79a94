import { sourceIn } from '../../../src/lib/indicators/source-in.ts';
import { describe, expect, it } from 'vitest';
import { id } from '../../../src/i18n/id.ts';
import { en } from '../../../src/i18n/en.ts';
import type { IndicatorBundle, IndicatorDef } from '../../../src/lib/indicators/types.ts';
import type { RegionColumns } from '../../../src/lib/regions/region-columns.ts';
import { buildRegionLookup } from '../../../src/lib/regions/region-lookup.ts';
import { regionOf } from '../../../src/lib/regions/region-views.ts';
import { BIVARIATE_COLOURS } from '../../../src/lib/colour/bivariate.ts';
import { classify } from '../../../src/lib/colour/classify.ts';
import { NO_DATA_COLOUR, sequentialPalette } from '../../../src/lib/colour/palette.ts';
import type { UrlState } from '../../../src/lib/view/url-state.ts';
import { embedDefaults } from '../../../src/lib/embed/embed-options.ts';
import type { NationalBoundaries } from '../../../src/load/data-source.ts';
import { exportSpec } from '../../../src/ui/export/export-spec.ts';
import { initialState, type PageState } from '../../../src/ui/store/page-state.ts';
import { reducer } from '../../../src/ui/store/reducer.ts';
import type { Derived } from '../../../src/ui/store/use-derived.ts';

// SYNTHETIC: two kabupaten of one province with made-up values, to check wording and structure only.
const def: IndicatorDef = { id: 'p0', label: { id: 'Persentase penduduk miskin (P0)', en: 'Poverty rate (P0)' }, unit: { id: '%', en: '%' }, definition: { id: '', en: '' }, publisher: 'BPS', direction: 'higher-is-worse', decimals: 2 };
const cols = (kode: string[], parent: string[], name: string[]): RegionColumns => ({
  kode, parent, name, kemendagri: kode.map(() => ''), coastal: kode.map(() => 1), coastlineKm: kode.map(() => 10), areaKm2: kode.map(() => 1), lon: kode.map(() => 124), lat: kode.map(() => -10),
});
const values = { '5303': [20.5, 'src'], '5371': [8.25, 'src'] } as Record<string, [number, string]>;
const bundle = { catalogue: [def], sources: { src: { id: 'src', title: 'BPS, Susenas Maret 2025 (nasional, via proyek STIS, GitHub)', titleEn: 'BPS, Susenas March 2025 (national, via a STIS student project)', publisher: 'BPS' } }, values: { p0: { '2025': values } }, national: { p0: { '2025': [8.47, 'src'] } }, priority: {} } as unknown as IndicatorBundle;

function view(patch: Partial<UrlState>, scope = ''): { state: PageState; derived: Derived } {
  const url: UrlState = { indicator: 'p0', year: 2025, region: '', lang: 'id', classes: 'quantile', view: null, embed: false, embedOptions: embedDefaults, mode: 'choropleth', level: 'kabupaten', ...patch };
  const regions = buildRegionLookup({ provinsi: cols(['53'], [''], ['Nusa Tenggara Timur']), kabupaten: cols(['5303', '5371'], ['53', '53'], ['Kabupaten Kupang', 'Kota Kupang']) });
  const base = { bundle, national: {} as NationalBoundaries, years: new Map([['p0', [2025]]]), defaultYears: new Map([['p0', 2025]]), kabupatenCodes: ['5303', '5371', '5372'] };
  const state = reducer(initialState(url.lang, url), { type: 'firstViewLoaded', base, regions, url, notices: [] });
  const kabValues = new Map(Object.entries(values).map(([k, [v]]) => [k, v]));
  const classes = classify([...kabValues.values()], 'quantile', 5);
  const derived: Derived = { def, values: kabValues, fillLevel: 'kabupaten', fillValues: kabValues, fillCodes: base.kabupatenCodes, scope, classCodes: base.kabupatenCodes.filter((k) => k.startsWith(scope)), classValues: kabValues, classes, colours: sequentialPalette(classes.counts.length), hotspotYear: 2025, sources: [sourceIn(bundle.sources.src, url.lang)], selected: url.region ? regionOf(regions, url.region) : undefined, change: undefined, pooled: false, mapYears: [2025], yearCoverage: new Map([[2025, 3]]), sourceYears: new Map([['src', [2025]]]) };
  return { state, derived };
}

const spec = (patch: Partial<UrlState>) => exportSpec({ ...view(patch), t: (patch.lang === 'en' ? en : id), now: new Date('2026-11-30T03:00:00Z'), appUrl: 'https://example.org/lokus/' })!;

describe('exportSpec', () => {
  it('titles a province view with indicator, year and region, and names the file after it', () => {
    const s = spec({ region: '53' });
    expect(s.title).toBe('Persentase penduduk miskin 2025, Nusa Tenggara Timur');
    expect(s.fileName).toBe('lokus-p0-2025-nusa-tenggara-timur.png');
    expect(s.breadcrumb).toEqual(['Indonesia', 'Nusa Tenggara Timur']);
    expect(s.url).toBe('https://example.org/lokus/?region=53');
    expect(s.date).toBe('30 November 2026');
  });
  it('uses the legend’s classes, colours and counts, with the no-data row last', () => {
    const { derived } = view({});
    const s = spec({});
    expect(s.legend.kind).toBe('classes');
    if (s.legend.kind !== 'classes') return;
    expect(s.legend.rows.slice(0, -1).map((r) => r.colour)).toEqual(derived.colours);
    // 5372 is drawn but has no value.
    expect(s.legend.rows.at(-1)).toEqual({ colour: NO_DATA_COLOUR, label: 'Tidak ada data', count: '1 wilayah', hatched: true });
    expect(s.legend.title).toBe('Persentase penduduk miskin (P0), %, 2025');
    expect(s.legend.note).toBeUndefined();
  });
  it('says when the classes and counts are over the region shown (scope=region)', () => {
    const s = exportSpec({ ...view({ region: '53', scope: 'region' }, '53'), t: id, now: new Date('2026-11-30T03:00:00Z'), appUrl: 'https://example.org/lokus/' })!;
    expect(s.legend.kind === 'classes' && s.legend.note).toBe('Kelas dan jumlah dihitung atas 3 kabupaten/kota di Nusa Tenggara Timur; wilayah lain memakai kelas yang sama.');
    expect(s.url).toBe('https://example.org/lokus/?region=53&scope=region');
  });
  it('adds the coastal key under a kabupaten and summarises its value and rank', () => {
    const s = spec({ region: '5303' });
    expect(s.legend.kind === 'classes' && s.legend.noteRows?.map((r) => r.label)).toEqual(['Pesisir', 'Bukan pesisir']);
    expect(s.summary).toEqual(['Kabupaten Kupang (Kabupaten/Kota): Persentase penduduk miskin (P0) 2025 20,50%, peringkat 1 dari 2 (peringkat 1 = kondisi terburuk)', 'Nasional: 8,47% (BPS, Susenas Maret 2025 (nasional, via proyek STIS, GitHub))']);
  });
  it('writes English at the national view, never with embed=1 in the URL', () => {
    const s = spec({ lang: 'en', embed: true });
    expect(s.title).toBe('Poverty rate 2025, Indonesia');
    expect(s.fileName).toBe('lokus-p0-2025-indonesia.png');
    expect(s.url).toBe('https://example.org/lokus/?lang=en');
    expect(s.description).toBe('Map of poverty rate by regency/city in Indonesia, March 2025 (BPS). Highest: Kupang 20.50%. Lowest: Kota Kupang 8.25%. No data: 1 of 3.');
    // Entirely English, the year said once (the title names it).
    expect(s.source).toBe('Source: BPS, Susenas March 2025 (national, via a STIS student project) · Boundaries: BIG (RBI 2023)');
  });
  it('titles the national provinsi view "by province" and describes provinces', () => {
    const v = view({ lang: 'en', level: 'provinsi' });
    const provinces = new Map([['53', 19.48]]);
    const derived: Derived = { ...v.derived, fillLevel: 'provinsi', fillValues: provinces, fillCodes: ['53'] };
    const s = exportSpec({ ...v, derived, t: en, now: new Date('2026-11-30T03:00:00Z'), appUrl: 'https://example.org/lokus/' })!;
    expect(s.title).toBe('Poverty rate 2025, Indonesia, by province');
    expect(s.description).toMatch(/^Map of poverty rate by province in Indonesia/);
  });

  it('gives the 3×3 key in bivariate mode', () => {
    const s = spec({ mode: 'bivariate' });
    expect(s.legend).toMatchObject({ kind: 'bivariate', colours: BIVARIATE_COLOURS, rowLabels: ['lebih baik', 'sedang', 'lebih buruk'] });
    expect(s.fileName).toBe('lokus-p0-2025-bivariate-indonesia.png');
  });
});

describe('image requests in the store', () => {
  it('keeps one request at a time and clears it when saved or failed (the failure shown as a problem)', () => {
    const { state } = view({});
    const asked = reducer(state, { type: 'requestImage', scale: 2 });
    expect(asked.imageRequest).toEqual({ scale: 2 });
    expect(reducer(asked, { type: 'requestImage', scale: 1 }).imageRequest).toEqual({ scale: 2 });
    expect(reducer(asked, { type: 'imageSaved' }).imageRequest).toBeNull();
    const failed = reducer(asked, { type: 'imageFailed', problem: { kind: 'bug', detail: 'Error: no canvas' } });
    expect([failed.imageRequest, failed.problems]).toEqual([null, [{ kind: 'bug', detail: 'Error: no canvas' }]]);
  });
});
