import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { formatProvinceReport, readProvincePoverty } from '../../../src/lib/indicators/read-province-poverty.ts';
import type { Region } from '../../../src/lib/regions/region.ts';

// Hand-made tables in the layout of BPS's "Jumlah dan Persentase Penduduk Miskin Menurut Provinsi" (values invented).
const HEADER = 'Provinsi,Garis Kemiskinan - Maret (Rp),Garis Kemiskinan - September (Rp),Jumlah Penduduk Miskin - Maret (ribu) (Ribu),Jumlah Penduduk Miskin - September (ribu) (Ribu),Persentase Penduduk Miskin - Maret,Persentase Penduduk Miskin - September';

function province(kode: string, kemendagri: string, name: string): Region {
  return { level: 'provinsi', kode, kemendagri, name, parent: '', coastal: true, coastlineKm: 1, areaKm2: 1, lon: 0, lat: 0 };
}

function registry(): Region[] {
  return [province('34', '34', 'Daerah Istimewa Yogyakarta'), province('53', '53', 'Nusa Tenggara Timur'), province('94', '91', 'Papua'), province('95', '93', 'Papua Selatan'), province('96', '94', 'Papua Tengah'), province('97', '95', 'Papua Pegunungan')];
}

const read = (rows: string[], year = 2025) => readProvincePoverty(['\ufeff' + HEADER, ...rows].join('\n'), { file: 't.csv', year, source: 'S', regions: registry() });

describe('readProvincePoverty', () => {
  it('reads March P0 and March poor by province name (DI Yogyakarta = Daerah Istimewa Yogyakarta), never September', () => {
    const { records, report } = read(['DI Yogyakarta,1,2,400.5,390.1,10.23,10.08', 'Nusa Tenggara Timur,1,2,1088.78,1031.69,18.6,17.5', 'Indonesia,1,2,3,4,8.47,8.25']);
    expect(records.map((r) => [r.kodeKemendagri, r.indicator, r.value, r.level, r.precedence])).toEqual([
      ['34', 'p0', 10.23, 'provinsi', -1], ['34', 'poor_thousands', 400.5, 'provinsi', -1],
      ['53', 'p0', 18.6, 'provinsi', -1], ['53', 'poor_thousands', 1088.78, 'provinsi', -1],
    ]);
    expect([report.matchedRows, report.rows, report.matchedProvinces, report.provinces]).toEqual([2, 2, 2, 6]);
    expect(report.provincesWithoutRow).toEqual(['Papua', 'Papua Pegunungan', 'Papua Selatan', 'Papua Tengah']);
    expect(report.national).toEqual({ line: 4, raw: '8.47' });
  });

  it('reads "..." as a missing figure, reported, never 0', () => {
    const { records, report } = read(['Nusa Tenggara Timur,1,...,...,...,18.6,...', 'Indonesia,1,2,3,4,8.47,8.25']);
    expect(records.map((r) => [r.indicator, r.value])).toEqual([['p0', 18.6]]);
    expect(report.missing).toEqual([{ line: 2, name: 'Nusa Tenggara Timur', column: 'Jumlah Penduduk Miskin - Maret (ribu) (Ribu)' }]);
  });

  it('leaves out an old-boundary Papua row while the new provinces have no figure of their own, and says why', () => {
    const { records, report } = read(['Papua,1,2,922.12,...,26.56,...', 'Papua Selatan,...,...,...,...,...,...', 'Papua Tengah,...,...,...,...,...,...', 'Papua Pegunungan,...,...,...,...,...,...', 'Indonesia,1,2,3,4,9.54,...'], 2022);
    expect(records).toEqual([]);
    expect(report.oldBoundaries.map((b) => [b.name, b.value])).toEqual([['Papua', 26.56], ['Papua', 922.12]]);
    expect(formatProvinceReport(report).join('\n')).toMatch(/row 2 Papua, "Persentase Penduduk Miskin - Maret" 26.56 left out: pre-2022 boundaries: Papua Selatan, Papua Tengah, Papua Pegunungan have no figure/);
  });

  it('keeps Papua once the three new provinces have figures (today\'s boundaries)', () => {
    const { records } = read(['Papua,1,2,171.38,160.25,19.16,17.82', 'Papua Selatan,1,2,105.53,1,19.71,1', 'Papua Tengah,1,2,302.31,1,28.9,1', 'Papua Pegunungan,1,2,337.32,1,30.03,27.21', 'Indonesia,1,2,3,4,8.47,8.25']);
    expect(records.filter((r) => r.indicator === 'p0').map((r) => [r.kodeKemendagri, r.value])).toEqual([['91', 19.16], ['93', 19.71], ['94', 28.9], ['95', 30.03]]);
  });

  it('keeps the notes under the table and refuses anything else after the Indonesia row', () => {
    const ok = read(['Nusa Tenggara Timur,1,2,3,4,19.96,...', 'Indonesia,1,2,3,4,9.36,...', ',,,,,,', 'Keterangan,,,,,,', 'September 2023 tidak dilakukan penghitungan kemiskinan,,,,,,'], 2023);
    expect(ok.report.notes).toEqual(['September 2023 tidak dilakukan penghitungan kemiskinan']);
    expect(() => read(['Indonesia,1,2,3,4,9.36,...', 'Papua,1,2,3,4,5,6'])).toThrow(/t\.csv row 3: "Papua,1,2,3,4,5,6" after the "Indonesia" row/);
  });

  it('refuses an unknown province name, naming file, row and value', () => {
    expect(() => read(['Nusa Tenggara Timor,1,2,3,4,19.96,...', 'Indonesia,1,2,3,4,9.36,...'])).toThrow(/t\.csv row 2, column "Provinsi": "Nusa Tenggara Timor" is not a province of the registry/);
  });

  it('refuses a repeated province, a decimal comma, a P0 over 100 and a missing column', () => {
    expect(() => read(['Nusa Tenggara Timur,1,2,3,4,19.96,...', 'NUSA TENGGARA TIMUR,1,2,3,4,19.96,...', 'Indonesia,1,2,3,4,9.36,...'])).toThrow(/row 3: "NUSA TENGGARA TIMUR" repeats Nusa Tenggara Timur \(row 2\)/);
    expect(() => read(['Nusa Tenggara Timur,1,2,3,4,"19,96",...', 'Indonesia,1,2,3,4,9.36,...'])).toThrow(/row 2 \(Nusa Tenggara Timur\), column "Persentase Penduduk Miskin - Maret": "19,96" is not a number/);
    expect(() => read(['Nusa Tenggara Timur,1,2,3,4,199.6,...', 'Indonesia,1,2,3,4,9.36,...'])).toThrow(DataError);
    expect(() => readProvincePoverty('Provinsi,Persentase Penduduk Miskin - September\nIndonesia,8.25\n', { file: 't.csv', year: 2025, source: 'S', regions: registry() })).toThrow(/t\.csv row 1: no column "Persentase Penduduk Miskin - Maret"/);
  });

  it('refuses a table without its Indonesia row (cut short)', () => {
    expect(() => read(['Nusa Tenggara Timur,1,2,3,4,19.96,...'])).toThrow(/no "Indonesia" row/);
  });
});
