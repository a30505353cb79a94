/**
 * The .xlsx reader and the importer on SYNTHETIC workbooks built in the test with exceljs (tiny,
 * made-up figures): BPS-style layout, merged headers, formulas, dates, text numbers with decimal
 * commas, missing marks, footnotes, and damaged or empty files.
 */
import * as ExcelJSNs from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { parseRegionsCsv } from '../../../src/lib/regions/regions-csv.ts';
import { importBpsTable } from '../../../src/lib/table/import-bps-table.ts';
import { formatJoinReport } from '../../../src/lib/table/join-report.ts';
import { columnLetter, readXlsx } from '../../../src/lib/table/read-xlsx.ts';

const ExcelJS = (ExcelJSNs as unknown as { default?: typeof ExcelJSNs }).default ?? ExcelJSNs;
const regions = () => parseRegionsCsv(readFileSync(new URL('../../fixtures/indicators/synthetic-regions.csv', import.meta.url), 'utf8'));

type Cells = Record<string, ExcelJSNs.CellValue>;
/** A workbook from cell maps, one per sheet, with merged ranges. */
async function workbook(sheets: { name: string; cells: Cells; merges?: string[] }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [ref, v] of Object.entries(s.cells)) ws.getCell(ref).value = v;
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A BPS "unduh tabel" export: title, two-row header under merged cells, province and kabupaten rows, footnote. */
const bpsLike = () => workbook([{
  name: 'Tabel',
  cells: {
    A1: 'Persentase Penduduk Miskin Menurut Kabupaten/Kota (Persen)',
    A3: 'Kabupaten/Kota', B3: 'Persentase Penduduk Miskin (Persen)', B4: 2024, C4: 2025,
    A5: 'INDONESIA', B5: 9.03, C5: 8.47,
    A6: 'NUSA TENGGARA TIMUR', B6: 19.02, C6: 18.6,
    A7: 'Kupang', B7: 20.1, C7: { formula: 'B7-0.6', result: 19.5, date1904: false },
    A8: 'Sumba Tengah', B8: 31.2, C8: new Date(Date.UTC(2025, 2, 18)),
    A9: 'Sabu Raijua', B9: '29,00', C9: '-',
    A10: 'Kota Kupang', B10: '8,70', C10: '…',
    A11: 'Timor Tengah Selatan', B11: 25.9, C11: { richText: [{ text: '25,' }, { text: '10' }] },
    A13: 'Sumber: BPS, Survei Sosial Ekonomi Nasional (Susenas) Maret',
  },
  merges: ['A1:C1', 'A3:A4', 'B3:C3', 'A13:C13'],
}]);

describe('readXlsx', () => {
  it('reads a sheet into rows of text cells with their sheet row numbers, numbers without float noise', async () => {
    const t = await readXlsx(await workbook([{ name: 'S', cells: { A1: 'Nama Wilayah', B1: 'P0 2024', A2: 'Kupang', B2: 18.989999999999998 } }]), 'p0.xlsx');
    expect(t).toMatchObject({ file: 'p0.xlsx', sheet: 'S', sheets: ['S'] });
    expect(t.records).toEqual([{ line: 1, cells: ['Nama Wilayah', 'P0 2024'] }, { line: 2, cells: ['Kupang', '18.99'], numbers: [undefined, 18.99] }]);
  });

  it('keeps a merged range\'s value in its first cell and says which ranges were merged', async () => {
    const t = await readXlsx(await bpsLike(), 'bps.xlsx');
    expect(t.records.find((r) => r.line === 3)?.cells).toEqual(['Kabupaten/Kota', 'Persentase Penduduk Miskin (Persen)']);
    expect(t.records.find((r) => r.line === 4)?.cells).toEqual(['', '2024', '2025']);
    expect(t.notes.join('\n')).toMatch(/4 merged range\(s\) .*A3:A4.*each value kept in its first cell/);
  });

  it('uses a formula\'s saved result and notes it; reads a date as an ISO date and notes the cell', async () => {
    const t = await readXlsx(await bpsLike(), 'bps.xlsx');
    expect(t.records.find((r) => r.line === 7)?.cells[2]).toBe('19.5');
    expect(t.records.find((r) => r.line === 8)?.cells[2]).toBe('2025-03-18');
    expect(t.notes.join('\n')).toMatch(/1 formula cell\(s\) read as their saved values: C7/);
    expect(t.notes.join('\n')).toMatch(/1 cell\(s\) formatted as dates.*C8 \(2025-03-18\)/);
  });

  it('stops on a formula without a saved value, naming file, sheet, cell and formula', async () => {
    const bytes = await workbook([{ name: 'P0', cells: { A1: 'Kabupaten', B1: '2024', A2: 'Kupang', B2: { formula: 'C2*2', date1904: false } } }]);
    await expect(readXlsx(bytes, 'p0.xlsx')).rejects.toThrow(/p0\.xlsx, sheet "P0", cell B2: a formula \(=C2\*2\) without a saved value; expected a value/);
  });

  it('names the file and says what was expected for a damaged zip, an old .xls, a text file and an empty file', async () => {
    const good = await bpsLike();
    const truncated = good.slice(0, Math.floor(good.length / 2));
    await expect(readXlsx(truncated, 'rusak.xlsx')).rejects.toThrow(/rusak\.xlsx: the workbook cannot be read, the file is damaged or not an \.xlsx workbook .*expected an Excel 2007\+ workbook/);
    await expect(readXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6]), 'kecil.xlsx')).rejects.toThrow(DataError);
    await expect(readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'lama.xls')).rejects.toThrow(/lama\.xls: .*Excel 97–2003 \(\.xls\).*save as \.xlsx or CSV/);
    await expect(readXlsx(new TextEncoder().encode('Kabupaten;P0\nKupang;18,98'), 'p0.xlsx')).rejects.toThrow(/p0\.xlsx: not an \.xlsx workbook .*starts with "Kabu"/);
    await expect(readXlsx(new Uint8Array(0), 'nol.xlsx')).rejects.toThrow(/nol\.xlsx: the file is empty/);
  });

  it('rejects a workbook without a filled cell, and an unknown sheet name listing the sheets', async () => {
    await expect(readXlsx(await workbook([{ name: 'Kosong', cells: {} }]), 'kosong.xlsx')).rejects.toThrow(/kosong\.xlsx: the workbook is empty \(sheet "Kosong" has no filled cell\); expected a table of kabupaten\/kota/);
    await expect(readXlsx(await bpsLike(), 'bps.xlsx', { sheet: 'Data' })).rejects.toThrow(/bps\.xlsx: no sheet named "Data"; the sheets are "Tabel"/);
  });

  it('reads the first sheet with data and names the sheets it did not read', async () => {
    const t = await readXlsx(await workbook([{ name: 'Sampul', cells: {} }, { name: 'Data', cells: { A1: 'Kabupaten', B1: '2024', A2: 'Kupang', B2: 20.1 } }, { name: 'Catatan', cells: { A1: 'x' } }]), 'b.xlsx');
    expect(t.sheet).toBe('Data');
    expect(t.notes.join('\n')).toMatch(/read sheet "Data" \(the first with data\); other sheets not read: "Sampul", "Catatan"/);
  });

  it('writes column letters as Excel does', () => expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']));
});

describe('importBpsTable on a workbook', () => {
  const load = async () => importBpsTable(await readXlsx(await bpsLike(), 'bps.xlsx'), { regions: regions() });
  const col = (y: number) => `Persentase Penduduk Miskin (Persen) ${y}`;

  it('joins a merged two-row header into one column name per year and names the sheet in the report', async () => {
    const { report } = await load();
    expect(report.columns).toEqual([col(2024), col(2025)]);
    expect(report.file).toBe('bps.xlsx, sheet "Tabel"');
    expect(formatJoinReport(report)[0]).toMatch(/^bps\.xlsx, sheet "Tabel": 5\/16 kabupaten\/kota matched, 5\/5 rows used \(by name; 1 province rows, 1 national rows\)/);
  });

  it('reads stored numbers as they are, text numbers with decimal commas, rich text, and the formula\'s saved value', async () => {
    const { rows } = await load();
    const v = (name: string, y: number) => rows.find((r) => r.name === name)?.values[col(y)];
    expect([v('Kupang', 2024), v('Kupang', 2025), v('Sabu Raijua', 2024), v('Kota Kupang', 2024), v('Timor Tengah Selatan', 2025)]).toEqual([20.1, 19.5, 29, 8.7, 25.1]);
    expect(rows.find((r) => r.level === 'provinsi')).toMatchObject({ kodeBps: '53', values: { [col(2024)]: 19.02, [col(2025)]: 18.6 } });
  });

  it('reports a date in a value column as not a number, with its row, column and cell', async () => {
    const { report } = await load();
    expect(report.badCells).toEqual([{ line: 8, column: col(2025), value: '2025-03-18', cell: 'C8' }]);
    expect(formatJoinReport(report).join('\n')).toMatch(/row 8, column "Persentase Penduduk Miskin \(Persen\) 2025" \(cell C8\): "2025-03-18" is not a number/);
  });

  it('counts "-" and "…" as no figure, and reports the footnote row it skipped', async () => {
    const { report } = await load();
    expect(report.missingCells).toBe(2);
    expect(report.skipped).toEqual([{ line: 13, text: 'Sumber: BPS, Survei Sosial Ekonomi Nasional (Susenas) Maret', reason: 'a note or footer (one filled cell)' }]);
    const log = formatJoinReport(report).join('\n');
    expect(log).toMatch(/2 value cells are "-" \/ "…" \(no figure\)/);
    expect(log).toMatch(/row 13 skipped, a note or footer \(one filled cell\): "Sumber: BPS/);
    expect(log).toMatch(/merged range/);
  });

  it('reads 12.345 stored as a number as twelve, not as 12345 (no decimal-mark guess for stored numbers)', async () => {
    const bytes = await workbook([{ name: 'S', cells: { A1: 'Kabupaten/Kota', B1: 'Jumlah Penduduk Miskin 2024', A2: 'Kupang', B2: 12.345, A3: 'Kota Kupang', B3: '1.234', A4: 'Sabu Raijua', B4: '12,5' } }]);
    const { rows } = importBpsTable(await readXlsx(bytes, 'miskin.xlsx'), { regions: regions() });
    expect(rows.map((r) => r.values['Jumlah Penduduk Miskin 2024'])).toEqual([12.345, 1234, 12.5]);
  });
});

describe('importBpsTable: old and new province blocks (the 2022 Papua split)', () => {
  // Old PAPUA (kabupaten now in Papua and Papua Selatan) for 2021, then the new provinces for 2024.
  const registry = () => parseRegionsCsv([
    readFileSync(new URL('../../fixtures/indicators/synthetic-regions.csv', import.meta.url), 'utf8').trimEnd(),
    'provinsi,94,91,Papua,,true,1500,80000,138.5,-2.5',
    'kabupaten,9403,91.03,Kabupaten Jayapura,94,true,200,15000,140.0,-2.6',
  ].join('\n'));
  const csv = [
    'Nama Wilayah,P0 2021,P0 2024',
    'PAPUA,26.86,17.26',
    'Merauke,10.16,-',
    'Jayapura,12.13,11.60',
    'PAPUA SELATAN,-,17.44',
    'Merauke,-,10.19',
  ].join('\n');

  it('drops a province value whose kabupaten rows belong to several of today\'s provinces, and says why', () => {
    const { rows, report } = importBpsTable(csv, { regions: registry(), file: 'p0.csv' });
    expect(rows.filter((r) => r.level === 'provinsi').map((r) => [r.kodeBps, r.values])).toEqual([
      ['94', { 'P0 2021': null, 'P0 2024': 17.26 }],
      ['95', { 'P0 2021': null, 'P0 2024': 17.44 }],
    ]);
    expect(report.provinceValuesDropped).toEqual([{ line: 2, name: 'PAPUA', columns: ['P0 2021'], reason: "its kabupaten/kota rows belong to 2 of today's provinces (Papua, Papua Selatan): a figure for older boundaries" }]);
  });

  it('merges a kabupaten repeated under its old and new province when their years do not overlap', () => {
    const { rows, report } = importBpsTable(csv, { regions: registry(), file: 'p0.csv' });
    expect(rows.find((r) => r.kodeBps === '9401')?.values).toEqual({ 'P0 2021': 10.16, 'P0 2024': 10.19 });
    expect(report.mergedRows).toEqual([{ line: 6, firstLine: 3, region: 'Kabupaten Merauke', columns: ['P0 2024'] }]);
    expect(report.duplicates).toEqual([]);
  });

  it('still reports a repeated kabupaten whose years overlap as a duplicate', () => {
    const { report } = importBpsTable(`${csv}\nMerauke,10.5,-`, { regions: registry(), file: 'p0.csv' });
    expect(report.duplicates).toEqual([{ line: 7, key: 'Merauke', region: 'Kabupaten Merauke' }]);
  });
});
