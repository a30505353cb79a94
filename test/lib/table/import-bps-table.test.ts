import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { parseRegionsCsv } from '../../../src/lib/regions/regions-csv.ts';
import { importBpsTable } from '../../../src/lib/table/import-bps-table.ts';
import { formatJoinReport } from '../../../src/lib/table/join-report.ts';

const dir = new URL('../../fixtures/indicators/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const regions = () => parseRegionsCsv(fixture('synthetic-regions.csv'));
const load = (name: string, opts = {}) => importBpsTable(fixture(name), { regions: regions(), file: name, ...opts });
const byBps = (rows: { kodeBps: string; values: Record<string, number | null> }[], col: string) =>
  Object.fromEntries(rows.map((r) => [r.kodeBps, r.values[col]]));

describe('importBpsTable', () => {
  it('reads the Kaggle shape: semicolons, decimal commas, a stray decimal point, BOM, province column', () => {
    const { rows, report } = load('synthetic-kaggle-semicolon.csv');
    const p0 = report.columns[0];
    expect(p0).toMatch(/^Persentase Penduduk Miskin \(P0\)/);
    expect(byBps(rows, p0)).toEqual({ '1101': 18.98, '3201': 8.13, '3204': 7.15, '3271': 7.24, '3273': 4.37, '5303': 22.98, '5371': 9.17 });
    expect(report.matched).toBe(7);
    expect(report.keyedBy).toBe('name');
  });

  it('reads bare "Kupang" as the kabupaten when the same table lists "Kota Kupang" (BPS convention)', () => {
    const { rows, report } = load('synthetic-kaggle-semicolon.csv');
    expect(rows.find((r) => r.name === 'Kupang')?.kodeBps).toBe('5303');
    expect(report.resolvedByConvention).toBe(3);
    expect(report.ambiguous).toEqual([]);
  });

  it('finds the table under title rows and joins a merged title with its year sub-header', () => {
    const { report } = load('synthetic-bps-export.csv');
    expect(report.columns).toEqual(['Persentase Penduduk Miskin (Persen) 2024', 'Persentase Penduduk Miskin (Persen) 2025']);
  });

  it('keeps ALL-CAPS province rows as provinsi rows and skips the INDONESIA row', () => {
    const { rows, report } = load('synthetic-bps-export.csv');
    expect(rows.filter((r) => r.level === 'provinsi').map((r) => [r.kodeBps, r.values['Persentase Penduduk Miskin (Persen) 2025']])).toEqual([['53', 18.6], ['75', 13.8]]);
    expect(report.provinceRows).toBe(2);
    expect(report.nationalRows).toBe(1);
  });

  it('tells the Gorontalo province row from Kabupaten Gorontalo by case', () => {
    const { rows } = load('synthetic-bps-export.csv');
    expect(rows.find((r) => r.name === 'Gorontalo')).toMatchObject({ level: 'kabupaten', kodeBps: '7502' });
  });

  it('reads "…" as missing, not as a bad cell', () => {
    const { rows, report } = load('synthetic-bps-export.csv');
    expect(rows.find((r) => r.kodeBps === '5371')?.values['Persentase Penduduk Miskin (Persen) 2025']).toBeNull();
    expect(report.badCells).toEqual([]);
  });

  it('joins Kemendagri codes with dots', () => {
    const { rows, report } = load('synthetic-kemendagri-dotted.csv');
    expect(report.keyedBy).toBe('kemendagri');
    expect(rows.map((r) => r.kodeBps)).toEqual(['5303', '5371', '5304', '1101']);
  });

  it('joins 4-digit BPS codes from a tab-separated file without names', () => {
    const { rows, report } = load('synthetic-bps-codes.tsv');
    expect(report.keyedBy).toBe('bps');
    expect(byBps(rows, 'p0_2025')).toEqual({ '5303': 19.5, '1101': 17.4, '9401': 10.2, '5371': 8.1 });
  });

  it('reads 4-digit codes as Kemendagri codes when that is what agrees with the names', () => {
    const { rows, report } = load('synthetic-kemendagri-undotted.csv');
    expect(report.keyedBy).toBe('kemendagri');
    expect(rows.map((r) => r.kodeBps)).toEqual(['5303', '5371', '1101', '9401']);
    expect(report.conflicts).toEqual([]);
  });

  it('honours an explicit code system', () => {
    const { rows } = load('synthetic-bps-codes.tsv', { codeSystem: 'bps' });
    expect(rows[0].kodeKemendagri).toBe('53.01');
  });

  it('reports a bare name shared by a kabupaten and a kota as ambiguous when the table gives no hint', () => {
    const { report } = load('synthetic-names-only.csv');
    expect(report.ambiguous).toEqual([{ line: 2, name: 'Bandung', candidates: ['Kabupaten Bandung', 'Kota Bandung'] }]);
  });

  it('uses the Kab./Kota prefix to tell Kabupaten Bogor from Kota Bogor', () => {
    const { rows } = load('synthetic-names-only.csv');
    expect(rows.filter((r) => /Bogor/.test(r.name)).map((r) => [r.name, r.kodeBps])).toEqual([['Kab. Bogor', '3201'], ['Kota Bogor', '3271']]);
  });

  it('maps old names through the alias list (Toba Samosir, "Kota Baru", Padangsidimpuan)', () => {
    const { rows } = load('synthetic-names-only.csv');
    const got = Object.fromEntries(rows.map((r) => [r.name, r.kodeBps]));
    expect(got).toMatchObject({ 'Toba Samosir': '1206', 'Kota Baru': '6302', 'Kota Padangsidimpuan': '1277' });
  });

  it('reads thousands separators in a count column', () => {
    const { rows } = load('synthetic-names-only.csv');
    expect(rows.find((r) => r.kodeBps === '3201')?.values['Jumlah Penduduk Miskin (jiwa)']).toBe(491240);
  });

  it('fails with a clear message when no row matches', async () => {
    await expect(async () => load('synthetic-zero-match.csv')).rejects.toThrow(DataError);
    await expect(async () => load('synthetic-zero-match.csv')).rejects.toThrow(/none of the 3 rows matched a kabupaten\/kota by name; first rows: "Kuching" \(row 2\)/);
  });

  it('says so when no row matches because every name is ambiguous', async () => {
    await expect(async () => importBpsTable('nama;p0\nKupang;20\n', { regions: regions() })).rejects.toThrow(/1 names are ambiguous, e.g. "Kupang" \(Kabupaten Kupang \/ Kota Kupang\): write "Kab\." or "Kota"/);
  });

  it('fails on a file with no data rows', async () => {
    await expect(async () => importBpsTable('Judul tabel\n\n', { regions: regions(), file: 'kosong.csv' })).rejects.toThrow(/kosong\.csv: no data rows/);
  });

  it('reports a partial join on both sides instead of dropping rows silently', () => {
    const { report } = load('synthetic-partial.csv');
    expect(report.sourceRows).toBe(5);
    expect(report.matched).toBe(4);
    expect(report.unmatchedSource).toEqual([{ line: 3, key: 'Kabupaten Atlantis' }]);
    expect(report.targets).toBe(16);
    expect(report.unmatchedTargetCount).toBe(12);
    expect(report.unmatchedTargets[0]).toBe('Kabupaten Bandung');
  });

  it('drops a percentage above 100 and reports it', () => {
    const { rows, report } = load('synthetic-partial.csv');
    expect(report.outOfRange).toEqual([{ line: 4, column: 'P0 (Persen)', value: 145.2, range: [0, 100] }]);
    expect(rows.find((r) => r.kodeBps === '5371')?.values['P0 (Persen)']).toBeNull();
  });

  it('reports a non-numeric cell with its row and column', () => {
    const { report } = load('synthetic-partial.csv');
    expect(report.badCells).toEqual([{ line: 5, column: 'P0 (Persen)', value: 'abc' }]);
  });

  it('formats the report with counts and samples', () => {
    const lines = formatJoinReport(load('synthetic-partial.csv').report);
    expect(lines[0]).toBe('synthetic-partial.csv: 4/16 kabupaten/kota matched, 4/5 rows used (by name; 0 province rows, 0 national rows)');
    expect(lines.join('\n')).toMatch(/rows not matched \(1\): "Kabupaten Atlantis" \(row 3\)/);
  });

  it('keeps the first of two rows for one region and reports the second', () => {
    const { rows, report } = importBpsTable('nama,p0\nKab. Kupang,20\nKabupaten Kupang,21\n', { regions: regions() });
    expect(rows).toHaveLength(1);
    expect(report.duplicates).toEqual([{ line: 3, key: 'Kabupaten Kupang', region: 'Kabupaten Kupang' }]);
  });

  it('reads a headerless table with codes in the first column', () => {
    const { rows } = importBpsTable('53.01;22,98\n53.71;9,17\n', { regions: regions() });
    expect(rows.map((r) => [r.kodeBps, r.values['kolom 2']])).toEqual([['5303', 22.98], ['5371', 9.17]]);
  });

  it('uses the province column to tell Kabupaten Banjar (Kalimantan Selatan) from Kota Banjar (Jawa Barat)', () => {
    const r = (level: 'provinsi' | 'kabupaten', kode: string, kemendagri: string, name: string, parent = '') => ({ level, kode, kemendagri, name, parent });
    const banjar = [r('provinsi', '32', '32', 'Jawa Barat'), r('provinsi', '63', '63', 'Kalimantan Selatan'), r('kabupaten', '3279', '32.79', 'Kota Banjar', '32'), r('kabupaten', '6303', '63.03', 'Kabupaten Banjar', '63')];
    const { rows } = importBpsTable('provinsi;wilayah;p0\nKALIMANTAN SELATAN;Banjar;2,1\nJAWA BARAT;Banjar;7,1\n', { regions: banjar });
    expect(rows.map((x) => x.kodeBps)).toEqual(['6303', '3279']);
  });
});
