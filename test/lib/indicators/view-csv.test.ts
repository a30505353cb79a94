import { describe, expect, it } from 'vitest';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';
import type { Region } from '../../../src/lib/regions/region.ts';
import { dataDictionaryCsv, viewCsv, viewCsvName } from '../../../src/lib/indicators/view-csv.ts';

const region = (kode: string, name: string): Region => ({ level: kode.length === 2 ? 'provinsi' : 'kabupaten', kode, kemendagri: kode.length === 2 ? kode : `${kode.slice(0, 2)}.${kode.slice(2)}`, name, parent: kode.length === 2 ? '' : kode.slice(0, 2), coastal: false, coastlineKm: 0, areaKm2: 1, lon: null, lat: null });
const bundle = {
  catalogue: [{ id: 'p0', label: { id: 'P0', en: 'P0' }, unit: { id: '%', en: '%' }, definition: { id: 'd', en: 'd' }, publisher: 'BPS', direction: 'higher-is-worse', decimals: 2 }],
  sources: { S: { id: 'S', title: '=HYPERLINK("x")', publisher: 'BPS', url: 'https://bps.go.id' } },
  values: { p0: { '2019': { '5303': [23.03, 'S'] }, '2025': { '5303': [20.32, 'S'] } } },
  national: {}, priority: {},
} as unknown as IndicatorBundle;

describe('viewCsv', () => {
  it('has one row per region and year, gaps as empty values, formula-safe text', () => {
    const csv = viewCsv(bundle, 'p0', [region('53', 'Nusa Tenggara Timur'), region('5303', 'Kabupaten Kupang')], [2019, 2020, 2025], 'id');
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('kode_bps,kode_kemendagri,nama,level,indikator,tahun,nilai,satuan,sumber_id,sumber');
    expect(lines.length).toBe(1 + 2 * 3);
    expect(lines).toContain('5303,53.03,Kabupaten Kupang,kabupaten,p0,2019,23.03,%,S,"\'=HYPERLINK(""x"") — https://bps.go.id"');
    expect(lines).toContain('5303,53.03,Kabupaten Kupang,kabupaten,p0,2020,,%,,');
  });

  it('names the file after indicator and region', () => {
    expect(viewCsvName('p0', '53')).toBe('lokus-p0-53.csv');
    expect(viewCsvName('p0', '')).toBe('lokus-p0-indonesia.csv');
  });

  it('writes a data dictionary: columns, indicators, sources', () => {
    const d = dataDictionaryCsv(bundle, 'en');
    expect(d).toContain('column,kode_bps');
    expect(d).toContain('indicator,p0,P0,%,d,BPS,higher-is-worse');
    expect(d).toContain('source,S,"\'=HYPERLINK');
    expect(d.split('\r\n')[0]).toBe('\ufeffkind,id,description,unit_or_publisher,definition_or_url,publisher_or_licence,direction_or_note,source_via,source_publisher_url');
  });

  it('names publisher table and copy in the source column of the view CSV', () => {
    const b = { ...bundle, sources: { S: { id: 'S', title: 'BPS, tabel 621 (via GitHub)', publisher: 'BPS', via: 'GitHub', url: 'https://github.com/o/r', publisherUrl: 'https://www.bps.go.id/t' } } } as IndicatorBundle;
    const csv = viewCsv(b, 'p0', [region('5303', 'Kabupaten Kupang')], [2019], 'en');
    expect(csv).toContain('"BPS, tabel 621 (via GitHub) — https://www.bps.go.id/t — via https://github.com/o/r"');
    const d = dataDictionaryCsv(b, 'en');
    expect(d).toContain('source,S,"BPS, tabel 621 (via GitHub)",BPS,https://github.com/o/r,,,GitHub,https://www.bps.go.id/t');
  });

  it('in English: the column names given, source titles and copies from the English register', () => {
    const b = { ...bundle, sources: { S: { id: 'S', title: 'BPS, Susenas Maret 2025 (via proyek STIS, GitHub)', titleEn: 'BPS, Susenas March 2025 (via a STIS student project, GitHub)', publisher: 'BPS', via: 'proyek STIS', viaEn: 'a STIS student project', url: 'https://github.com/o/r' } } } as IndicatorBundle;
    const columns = ['kode_bps', 'kode_kemendagri', 'name', 'level', 'indicator', 'year', 'value', 'unit', 'source_id', 'source'];
    const lines = viewCsv(b, 'p0', [region('5303', 'Kabupaten Kupang')], [2019], 'en', columns).replace('\ufeff', '').trim().split('\r\n');
    expect(lines).toEqual([columns.join(','), '5303,53.03,Kabupaten Kupang,kabupaten,p0,2019,23.03,%,S,"BPS, Susenas March 2025 (via a STIS student project, GitHub) — via https://github.com/o/r"']);
    expect(dataDictionaryCsv(b, 'en')).toContain('source,S,"BPS, Susenas March 2025 (via a STIS student project, GitHub)",BPS,https://github.com/o/r,,,a STIS student project,');
    expect(dataDictionaryCsv(b, 'id')).toContain('source,S,"BPS, Susenas Maret 2025 (via proyek STIS, GitHub)",BPS,https://github.com/o/r,,,proyek STIS,');
  });
});
