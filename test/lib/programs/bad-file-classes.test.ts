/**
 * Classes of damaged or hostile program files (Lokus issue 11, item 10): each is read the same by
 * the page and the pipeline (`importPrograms`), and none changes or drops data without a word.
 * Every fixture is synthetic and built here.
 */
import { describe, expect, it } from 'vitest';
import { importPrograms } from '../../../src/lib/programs/ingest/import-programs.ts';
import { showValue } from '../../../src/lib/programs/ingest/show-value.ts';
import { syntheticLookup } from './helpers.ts';

const header = 'id,name,program,ministry,intervention_type,admin_code,lat,lon,year';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('a row with more cells than the header', () => {
  it('is an error naming the row, the extra cells and the header width, with the decimal-comma hint (never used shifted)', () => {
    const text = `${header}\nA,a,p,m,jobs,,-10,1969,123.65,2024\nB,b,p,m,jobs,53.01.24.2002,,,2024\n`;
    const r = importPrograms(text, 'synthetic-extra.csv', syntheticLookup());
    expect(r.loci.map((l) => l.id)).toEqual(['B']);
    const e = r.issues.find((i) => i.code === 'extra-cells')!;
    expect(e).toMatchObject({ severity: 'error', row: 2 });
    expect(e.message.en).toMatch(/^synthetic-extra\.csv row 2: 10 cells but the header has 9 columns; extra: "2024"/);
    expect(e.message.en).toMatch(/decimal comma/);
    expect(e.message.id).toMatch(/koma desimal/);
    // Its shifted values are not checked one by one: the one error says what happened.
    expect(r.issues.filter((i) => i.row === 2)).toEqual([e]);
  });
  it('fails the strict (pipeline) import, counting the row once', () => {
    const text = `${header}\nA,a,p,m,jobs,,-10,1969,123.65,2024\n`;
    expect(() => importPrograms(text, 'synthetic-extra.csv', syntheticLookup(), { mode: 'strict' })).toThrow(/1 of 1 rows have errors/);
  });
  it('empty trailing cells are not extra data', () => {
    const r = importPrograms(`${header}\nB,b,p,m,jobs,53.01.24.2002,,,2024,,\n`, 'synthetic-trailing.csv', syntheticLookup());
    expect(r.loci).toHaveLength(1);
    expect(r.issues).toEqual([]);
  });
});

describe('text that is not UTF-8', () => {
  const row = 'B,D\u00e9sa,p,m,jobs,53.01.24.2002,,,2024';
  it('decodes Windows-1252 and says so (a warning in the report), in page and pipeline alike', () => {
    const bytes = Uint8Array.from([...utf8(`${header}\n`), ...[...row].map((c) => c.charCodeAt(0)), 10]);
    const r = importPrograms(bytes, 'synthetic-cp1252.csv', syntheticLookup(), { mode: 'strict' });
    expect(r.loci[0].name).toBe('D\u00e9sa');
    const w = r.issues.find((i) => i.code === 'encoding')!;
    expect(w.severity).toBe('warning');
    expect(w.message.en).toMatch(/synthetic-cp1252\.csv: not UTF-8 \(byte \d+ is 0xe9\); read as Windows-1252/);
    expect(w.message.id).toMatch(/dibaca sebagai Windows-1252/);
  });
  it('decodes UTF-16 with and without a byte-order mark instead of calling it a spreadsheet', () => {
    const text = `${header}\n${row}\n`;
    const le = [...text].flatMap((c) => [c.charCodeAt(0), 0]);
    const be = [...text].flatMap((c) => [0, c.charCodeAt(0)]);
    for (const [bytes, kind] of [[[0xff, 0xfe, ...le], /UTF-16 \(little-endian, from its byte-order mark\)/], [le, /UTF-16 \(little-endian, no byte-order mark/], [be, /UTF-16 \(big-endian, no byte-order mark/]] as const) {
      const r = importPrograms(Uint8Array.from(bytes), 'synthetic-utf16.csv', syntheticLookup());
      expect(r.loci[0].name).toBe('D\u00e9sa');
      expect(r.issues.find((i) => i.code === 'encoding')!.message.en).toMatch(kind);
    }
  });
  it('reads plain UTF-8 bytes without a note', () => {
    const r = importPrograms(utf8(`\ufeff${header}\n${row}\n`), 'synthetic-utf8.csv', syntheticLookup());
    expect(r.loci[0].name).toBe('D\u00e9sa');
    expect(r.issues).toEqual([]);
  });
});

describe('invisible characters in ids, names and codes', () => {
  it('strips zero-width and bidi controls, NFC-normalises, so look-alike ids are duplicates; warns with escapes', () => {
    const text = `${header}\nA1,b,p,m,jobs,53.01.24.2002,,,2024\nA\u200b1,b,p,m,jobs,53.01.24.2002,,,2024\nC,De\u0301sa\u202e,p,m,jobs,53.01\u200d.24.2002,,,2024\n`;
    const r = importPrograms(text, 'synthetic-invisible.csv', syntheticLookup());
    expect(r.loci.map((l) => l.id)).toEqual(['A1', 'C']);
    expect(r.loci[1].name).toBe('D\u00e9sa');
    expect(r.issues.find((i) => i.code === 'duplicate-id')).toMatchObject({ row: 3, severity: 'error' });
    const inv = r.issues.filter((i) => i.code === 'invisible-chars');
    expect(inv.map((i) => [i.row, i.column])).toEqual([[3, 'id'], [4, 'name'], [4, 'admin_code']]);
    expect(inv[0].message.en).toMatch(/"A\\u200b1".*invisible/);
    expect(inv[1].message.en).toMatch(/\\u202e/);
    expect(inv.every((i) => i.severity === 'warning' && !/[\u200b-\u200d\u202a-\u202e]/.test(i.message.en + i.message.id))).toBe(true);
  });
  it('quotes values with escapes and a bounded length in every message', () => {
    expect(showValue('a\u200bb\u202ec')).toBe('"a\\u200bb\\u202ec"');
    expect(showValue('x'.repeat(200)).length).toBeLessThanOrEqual(84);
    expect(showValue('tab\there\n')).toBe('"tab\\there\\n"');
    const r = importPrograms(`${header}\nA,b,p,m,jo\u2066bs${'z'.repeat(300)},53.01.24.2002,,,2024\n`, 'synthetic-long.csv', syntheticLookup());
    const e = r.issues.find((i) => i.code === 'unknown-intervention')!;
    expect(e.message.en.length).toBeLessThan(400);
    expect(e.message.en).toMatch(/…/);
  });
  it('reads a header with invisible characters and shows them escaped when a column is missing', () => {
    const r = importPrograms(`\u200bid,name,program,ministry,intervention_type,admin_code\nA,b,p,m,jobs,53.01.24.2002\n`, 'synthetic-head.csv', syntheticLookup());
    expect(r.loci).toHaveLength(1);
    expect(() => importPrograms(`i\u200bd\u200b\u200bx,name\nA,b\n`, 'synthetic-head2.csv', syntheticLookup())).toThrow(/Found "i\\u200bd\\u200b\\u200bx"/);
  });
});

describe('a 4-digit code valid in both BPS and Kemendagri', () => {
  // Synthetic registry: BPS 5301 is Kabupaten Sumba Barat, Kemendagri 53.01 is Kabupaten Kupang.
  it('is read by one rule (BPS first) in page and pipeline, with a warning naming both readings', () => {
    const text = `${header}\nA,a,p,m,jobs,5301,,,2024\n`;
    for (const mode of ['tolerant', 'strict'] as const) {
      const r = importPrograms(text, 'synthetic-5301.csv', syntheticLookup(), { mode });
      expect(r.loci[0].kabupaten).toBe('5301');
      const w = r.issues.find((i) => i.code === 'code-two-schemes')!;
      expect(w).toMatchObject({ severity: 'warning', row: 2, value: '5301' });
      expect(w.message.en).toMatch(/BPS 5301 Kabupaten Sumba Barat.*Kemendagri 53\.01 Kabupaten Kupang/);
      expect(w.message.id).toMatch(/dibaca sebagai BPS/);
    }
  });
  it('a file whose codes are written the Kemendagri way (dotted) reads its undotted codes as Kemendagri, still warning', () => {
    const text = `${header}\nA,a,p,m,jobs,53.71,,,2024\nB,b,p,m,jobs,5301,,,2024\n`;
    const r = importPrograms(text, 'synthetic-mixed.csv', syntheticLookup());
    expect(r.loci.map((l) => l.kabupaten)).toEqual(['5371', '5303']);
    expect(r.issues.find((i) => i.code === 'code-two-schemes')!.message.en).toMatch(/read as Kemendagri 53\.01 Kabupaten Kupang.*BPS 5301 Kabupaten Sumba Barat/);
  });
  it('no warning when the header names the scheme or only one reading is a region', () => {
    const named = importPrograms('id,name,program,ministry,intervention_type,kode_bps\nA,a,p,m,jobs,5301\n', 'synthetic-bps.csv', syntheticLookup());
    expect(named.issues).toEqual([]);
    const one = importPrograms(`${header}\nA,a,p,m,jobs,5371,,,2024\n`, 'synthetic-one.csv', syntheticLookup());
    expect(one.issues).toEqual([]);
  });
});

describe('JSON that is not a FeatureCollection', () => {
  const cases: [string, RegExp][] = [
    ['{"type":"Feature","geometry":{"type":"Point","coordinates":[123.65,-10.25]},"properties":{}}', /a single GeoJSON Feature, not a GeoJSON FeatureCollection; expected .* around it/],
    ['{"type":"Point","coordinates":[123.65,-10.25]}', /a GeoJSON Point geometry, not a GeoJSON FeatureCollection/],
    ['{"data":[{"id":"A"}],"meta":1}', /a JSON object with keys "data", "meta", not a GeoJSON FeatureCollection/],
    ['"id,name"', /a JSON string, not a GeoJSON FeatureCollection/],
    ['42', /a JSON number, not a GeoJSON FeatureCollection/],
    ['null', /a JSON null, not a GeoJSON FeatureCollection/],
    ['[{"id":"A"}]', /a JSON array, not a GeoJSON FeatureCollection/],
  ];
  it.each(cases)('%s gets a message about its JSON shape', (text, message) => {
    expect(() => importPrograms(text, 'synthetic.json', syntheticLookup())).toThrow(message);
  });
});

describe('counts in messages count rows', () => {
  it('a row with many errors is one row in the strict summary', () => {
    const text = `${header}\nA,,,,,,,,x\nB,,,,,,,,y\nC,c,p,m,jobs,53.01.24.2002,,,2024\n`;
    expect(() => importPrograms(text, 'synthetic-counts.csv', syntheticLookup(), { mode: 'strict' })).toThrow(/^synthetic-counts\.csv: 2 of 3 rows have errors \(\d+ errors\)/);
  });
});
