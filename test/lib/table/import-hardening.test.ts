import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegionsCsv } from '../../../src/lib/regions/regions-csv.ts';
import { decodeText } from '../../../src/lib/table/decode-text.ts';
import { importBpsTable } from '../../../src/lib/table/import-bps-table.ts';
import { formatJoinReport } from '../../../src/lib/table/join-report.ts';

const regions = () => parseRegionsCsv(readFileSync(new URL('../../fixtures/indicators/synthetic-regions.csv', import.meta.url), 'utf8'));
const load = (text: string) => importBpsTable(text, { regions: regions(), file: 'synthetic.csv' });

describe('table importer hardening', () => {
  it('keeps the values of a column named __proto__ (and constructor)', () => {
    const { rows, report } = load('Kabupaten/Kota,__proto__,constructor\nKab. Kupang,22.98,1\nKota Kupang,9.17,2\n');
    expect(report.columns).toEqual(['__proto__', 'constructor']);
    const kupang = rows.find((r) => r.kodeBps === '5303')!;
    expect(Object.getOwnPropertyDescriptor(kupang.values, '__proto__')?.value).toBe(22.98);
    expect(kupang.values.constructor).toBe(1);
  });

  it('reports "NaN" and "null" as cells that are not numbers, never as missing', () => {
    const { report } = load('Kabupaten/Kota,P0\nKab. Kupang,NaN\nKota Kupang,null\nKabupaten Bogor,7\nKota Bogor,6\nKabupaten Bandung,5\nKota Bandung,4\nKabupaten Aceh Selatan,12\n');
    expect(report.badCells.map((b) => b.value)).toEqual(['NaN', 'null']);
    expect(report.missingCells).toBe(0);
  });

  it('quotes a pathological line in a message of bounded length', () => {
    const huge = 'x'.repeat(5_000_000);
    const { report } = load(`Kabupaten/Kota,P0\nKab. Kupang,22.98\n${huge},1\nKota Kupang,${huge}\n`);
    const text = formatJoinReport(report).join('\n');
    expect(text.length).toBeLessThan(2_000);
    expect(text).toContain('(5000000 characters)');
  });

  it('decodes UTF-8, names Windows-1252 and UTF-16 input', () => {
    expect(decodeText(new TextEncoder().encode('Kab. Kupang'))).toEqual({ text: 'Kab. Kupang' });
    const latin = decodeText(Uint8Array.from([0x4b, 0x6f, 0x74, 0x61, 0x20, 0xe9]), 'x.csv');
    expect(latin.text).toBe('Kota é');
    expect(latin.note).toMatch(/x\.csv: not UTF-8 \(byte 6 is 0xe9\); read as Windows-1252/);
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00])).text).toBe('A');
  });
});
