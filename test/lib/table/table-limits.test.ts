/**
 * The limits a dropped BPS table is checked against before it is parsed (issue 21), on SYNTHETIC
 * workbooks and CSVs built here at run time (test/fixtures/tables/synthetic-xlsx.ts): a 0.86 MB
 * workbook whose sheet unpacks to 250 MB, one whose zip directory under-declares its sizes, sheets
 * and CSVs with too many rows, a damaged zip, and a small table that still imports.
 */
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import { DataError } from '../../../src/lib/errors.ts';
import { readDroppedTable } from '../../../src/lib/indicators/read-dropped-table.ts';
import { parseRegionsCsv } from '../../../src/lib/regions/regions-csv.ts';
import { checkTextLimits } from '../../../src/lib/table/check-text-limits.ts';
import { checkXlsxLimits } from '../../../src/lib/table/check-xlsx-limits.ts';
import { tableLimits } from '../../../src/lib/table/table-limits.ts';
import { type TableRefusal, TableRefusedError } from '../../../src/lib/table/table-refusal.ts';
import { toProblem } from '../../../src/load/load-error.ts';
import { syntheticXlsx, syntheticXlsxBomb } from '../../fixtures/tables/synthetic-xlsx.ts';

const regions = () => parseRegionsCsv(readFileSync(new URL('../../fixtures/indicators/synthetic-regions.csv', import.meta.url), 'utf8'));

/** The refusal `fn` throws (it must throw a `TableRefusedError`). */
async function refusal(fn: () => unknown): Promise<TableRefusal> {
  const e = await Promise.resolve().then(fn).then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(TableRefusedError);
  return (e as TableRefusedError).refusal;
}

/** `zip` with the uncompressed size of `part` in its central directory set to `size` (a lying directory). */
function underDeclared(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 46; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(out.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (name === part) { view.setUint32(i + 24, size, true); return out; }
  }
  throw new Error(`${part} not in the zip`);
}

describe('limits on a dropped .xlsx, checked before parsing', () => {
  it('refuses a 0.86 MB workbook whose sheet unpacks to 250 MB from its zip directory, in well under a second', async () => {
    const bomb = syntheticXlsxBomb(250);
    expect(bomb.length).toBeLessThan(1_000_000);
    const started = performance.now();
    const r = await refusal(() => checkXlsxLimits(bomb, 'synthetic-bomb.xlsx'));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(r).toMatchObject({ kind: 'unpacked-size', file: 'synthetic-bomb.xlsx', limit: 50_000_000 });
    expect(r.kind === 'unpacked-size' && r.measured).toBeGreaterThan(250_000_000);
    // The whole importer refuses it the same way (exceljs never sees it).
    const whole = await refusal(() => readDroppedTable(bomb, 'synthetic-bomb.xlsx', regions(), 2024, new Set()));
    expect(whole.kind).toBe('unpacked-size');
  }, 60_000);

  it('refuses a workbook whose zip directory under-declares the sheet, once the inflated bytes pass the limit', async () => {
    const lying = underDeclared(syntheticXlsxBomb(60), 'xl/worksheets/sheet1.xml', 1_000);
    const r = await refusal(() => checkXlsxLimits(lying, 'synthetic-lying.xlsx', { ...tableLimits, maxRows: 1e9 }));
    expect(r).toMatchObject({ kind: 'unpacked-size', limit: 50_000_000, atLeast: true });
    expect(r.kind === 'unpacked-size' && r.measured).toBeGreaterThan(50_000_000);
  }, 60_000);

  it('refuses a sheet with more rows than the limit, naming the sheet part and the count so far', async () => {
    const rows = [['Kabupaten/Kota', 'P0 2024'], ...Array.from({ length: 60 }, (_, i) => [`Kab. Sintetis ${i}`, i])];
    const r = await refusal(() => checkXlsxLimits(syntheticXlsx(rows), 'synthetic-rows.xlsx', { ...tableLimits, maxRows: 50 }));
    expect(r).toMatchObject({ kind: 'rows', file: 'synthetic-rows.xlsx', sheet: 'xl/worksheets/sheet1.xml', limit: 50, measured: 61 });
  });

  it('counts a sheet by its highest row number when rows are sparse (a lone row 1,048,576)', async () => {
    const sparse = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1"><c><v>1</v></c></row><row r="1048576"><c><v>2</v></c></row></sheetData></worksheet>') });
    const r = await refusal(() => checkXlsxLimits(sparse, 'synthetic-sparse.xlsx'));
    expect(r).toMatchObject({ kind: 'rows', measured: 1_048_576, limit: 50_000 });
  });

  it('passes a small workbook and says what it measured', () => {
    const m = checkXlsxLimits(syntheticXlsx([['Kabupaten/Kota', 'P0 2024'], ['Kab. Kupang', 20.1]]), 'synthetic-small.xlsx');
    expect(m.rows).toBe(2);
    expect(m.unpackedBytes).toBe(m.declaredBytes);
  });

  it('refuses a damaged zip and a zip that is not a workbook as an unreadable workbook, exceljs\' words kept as detail only', async () => {
    const good = syntheticXlsx([['Kabupaten/Kota', 'P0 2024'], ['Kab. Kupang', 20.1]]);
    const cut = await refusal(() => readDroppedTable(good.subarray(0, 200), 'synthetic-cut.xlsx', regions(), 2024, new Set()));
    expect(cut.kind).toBe('unreadable-workbook');
    const parts = unzipSync(good);
    parts['xl/workbook.xml'] = strToU8('<<<>>>');
    const notBook = await refusal(() => readDroppedTable(zipSync(parts), 'synthetic-zip.xlsx', regions(), 2024, new Set()));
    expect(notBook.kind).toBe('unreadable-workbook');
    const detail = notBook.kind === 'unreadable-workbook' ? notBook.detail : '';
    expect(id.statsImportRefused(notBook)).toMatch(/^synthetic-zip\.xlsx tidak dapat dibaca sebagai buku kerja Excel/);
    expect(id.statsImportRefused(notBook)).not.toContain(detail);
    expect(en.statsImportRefused(notBook)).toContain(`Technical detail: ${detail}`);
  });

  it('refuses a zip without a sheet in Bahasa Indonesia too', async () => {
    const e = await readDroppedTable(zipSync({ 'readme.txt': strToU8('not a workbook') }), 'synthetic-zip.xlsx', regions(), 2024, new Set()).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DataError);
    expect(toProblem(e, 'synthetic-zip.xlsx')).toMatchObject({ kind: 'invalid', detail: expect.stringMatching(/^the workbook has no sheets/), detailId: expect.stringMatching(/^buku kerja ini tidak punya lembar/) });
  });

  it('still imports a small table as an indicator', async () => {
    const rows = [['Kabupaten/Kota', 'Persentase Penduduk Miskin 2024'], ['Kab. Kupang', 20.1], ['Kota Kupang', 8.5]];
    const table = await readDroppedTable(syntheticXlsx(rows), 'synthetic-small.xlsx', regions(), 2024, new Set());
    expect(table.years).toEqual([2024]);
    expect(table.report.targetsMatched).toBe(2);
  });
});

describe('limits on a dropped CSV, checked before decoding', () => {
  it('refuses a file over the size limit', async () => {
    const r = await refusal(() => checkTextLimits(new Uint8Array(2_001), 'synthetic-big.csv', { ...tableLimits, maxTextBytes: 2_000 }));
    expect(r).toEqual({ kind: 'text-size', file: 'synthetic-big.csv', limit: 2_000, measured: 2_001 });
  });

  it('refuses a file with more lines than the row limit (with or without a final line break)', async () => {
    const csv = (n: number, end: string) => strToU8(['Kabupaten/Kota,P0', ...Array.from({ length: n }, (_, i) => `Kab. ${i},1`)].join('\n') + end);
    expect((await refusal(() => checkTextLimits(csv(10, '\n'), 'a.csv', { ...tableLimits, maxRows: 10 }))).kind === 'rows').toBe(true);
    expect(await refusal(() => checkTextLimits(csv(10, ''), 'b.csv', { ...tableLimits, maxRows: 10 }))).toMatchObject({ kind: 'rows', measured: 11, limit: 10 });
    expect(checkTextLimits(csv(9, ''), 'c.csv', { ...tableLimits, maxRows: 10 })).toBe(10);
  });
});

describe('a dropped CSV through the whole reader', () => {
  it('is refused over the row limit before it is decoded, and imported under it', async () => {
    const csv = strToU8('Kabupaten/Kota,Persentase Penduduk Miskin 2024\nKab. Kupang,20.1\nKota Kupang,8.5\n');
    const r = await refusal(() => readDroppedTable(csv, 'synthetic.csv', regions(), 2024, new Set(), { ...tableLimits, maxRows: 2 }));
    expect(r).toEqual({ kind: 'rows', file: 'synthetic.csv', limit: 2, measured: 3 });
    const table = await readDroppedTable(csv, 'synthetic.csv', regions(), 2024, new Set());
    expect(table.report.targetsMatched).toBe(2);
  });
});

describe('a refusal in the page', () => {
  const r: TableRefusal = { kind: 'unpacked-size', file: 'synthetic-bomb.xlsx', limit: 50_000_000, measured: 249_312_000 };

  it('is a page problem that keeps its refusal, so the page says it in its language', () => {
    expect(toProblem(new TableRefusedError(r), 'synthetic-bomb.xlsx')).toMatchObject({ kind: 'invalid', file: 'synthetic-bomb.xlsx', refusal: r });
  });

  it('names the file, the limit and the measured size in Bahasa Indonesia and in English', () => {
    expect(id.statsImportRefused(r)).toBe('synthetic-bomb.xlsx ditolak: isi buku kerjanya 249,3 MB setelah dibuka, melebihi batas 50,0 MB. Tabel BPS kabupaten/kota biasanya beberapa ratus baris dan kurang dari 1 MB. Simpan hanya lembar tabelnya, atau simpan sebagai CSV.');
    expect(en.statsImportRefused(r)).toMatch(/^synthetic-bomb\.xlsx refused: the workbook unpacks to 249\.3 MB, over the limit of 50\.0 MB\./);
    expect(id.statsImportRefused({ kind: 'rows', file: 'x.csv', limit: 50_000, measured: 60_001 })).toMatch(/berisi 60\.001 baris, melebihi batas 50\.000 baris/);
  });
});
