import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { buildBundle } from '../../../src/lib/indicators/build-bundle.ts';
import { CATALOGUE, indicatorDef } from '../../../src/lib/indicators/catalogue.ts';
import { coverage } from '../../../src/lib/indicators/coverage.ts';
import type { Region } from '../../../src/lib/regions/region.ts';
import { compareFigures, type StatRecord } from '../../../src/lib/indicators/stat-record.ts';

function regions(): Region[] {
  const r = (level: 'provinsi' | 'kabupaten', kode: string, kemendagri: string, name: string, parent = ''): Region =>
    ({ level, kode, kemendagri, name, parent, coastal: true, coastlineKm: 1, areaKm2: 1, lon: null, lat: null });
  return [
    r('provinsi', '53', '53', 'Nusa Tenggara Timur'), r('provinsi', '95', '93', 'Papua Selatan'),
    r('kabupaten', '5303', '53.01', 'Kabupaten Kupang', '53'), r('kabupaten', '9401', '93.01', 'Kabupaten Merauke', '95'),
    r('kabupaten', '9999', '', 'Kabupaten Tanpa Kode', '95'),
  ];
}
const rec = (kodeKemendagri: string, level: StatRecord['level'], indicator: string, year: number, value: number, line = 2): StatRecord =>
  ({ kodeKemendagri, level, indicator, year, value, source: 'S', file: 't.csv', line });
const sources = { S: { id: 'S', title: 'BPS', publisher: 'BPS' } };
const build = (records: StatRecord[]) => buildBundle({ regions: regions(), records, priority: [], sources });

describe('buildBundle', () => {
  it('keys values by BPS code, joined through the Kemendagri code', () => {
    const { bundle } = build([rec('53.01', 'kabupaten', 'p0', 2025, 19.5), rec('93.01', 'kabupaten', 'p0', 2025, 10.2)]);
    expect(bundle.values.p0['2025']).toEqual({ '5303': [19.5, 'S'], '9401': [10.2, 'S'] });
  });
  it('joins a province through its Kemendagri code (Papua Selatan: Kemendagri 93, BPS 95)', () => {
    const { bundle } = build([rec('93', 'provinsi', 'extreme_poverty', 2023, 5)]);
    expect(bundle.values.extreme_poverty['2023']).toEqual({ '95': [5, 'S'] });
  });
  it('puts national values in national, not in values', () => {
    const { bundle } = build([rec('ID', 'national', 'p0', 2025, 8.47)]);
    expect(bundle.national).toEqual({ p0: { '2025': [8.47, 'S'] } });
    expect(bundle.values).toEqual({});
  });
  it('lists a figure whose code is not in the registry instead of dropping it silently', () => {
    const { unjoined } = build([rec('99.99', 'kabupaten', 'p0', 2025, 1)]);
    expect(unjoined).toEqual([{ file: 't.csv', line: 2, code: '99.99', reason: 'no kabupaten with Kemendagri code 99.99 in the registry' }]);
  });
  it('refuses two values for one region, indicator and year, naming both rows', async () => {
    await expect(async () => build([rec('53.01', 'kabupaten', 'p0', 2025, 19.5, 2), rec('53.01', 'kabupaten', 'p0', 2025, 19.6, 9)]))
      .rejects.toThrow(/t\.csv row 9: a second p0 2025 value for Kabupaten Kupang \(19\.6\); the first is t\.csv row 2 \(19\.5\)/);
  });
  it('keeps the BPS table (precedence 0) over a compiled copy whatever the order, and lists the disagreement', () => {
    const table = { ...rec('53.01', 'kabupaten', 'p0', 2023, 6.31, 5), file: 'bps.xlsx', precedence: 0 };
    const news = rec('53.01', 'kabupaten', 'p0', 2023, 6.32, 9);
    for (const records of [[table, news], [news, table]]) {
      const { bundle, conflicts } = build(records);
      expect(bundle.values.p0['2023']).toEqual({ '5303': [6.31, 'S'] });
      expect(conflicts).toEqual([{
        indicator: 'p0', year: 2023, level: 'kabupaten', kodeBps: '5303', kodeKemendagri: '53.01', name: 'Kabupaten Kupang',
        kept: { value: 6.31, source: 'S', file: 'bps.xlsx', line: 5 }, other: { value: 6.32, source: 'S', file: 't.csv', line: 9 }, kind: 'differs',
      }]);
    }
  });
  it('lists equal figures of two sources too, as "same"', () => {
    const { conflicts } = build([{ ...rec('53.01', 'kabupaten', 'p0', 2021, 20.1), precedence: 0 }, rec('53.01', 'kabupaten', 'p0', 2021, 20.1, 3)]);
    expect(conflicts.map((c) => c.kind)).toEqual(['same']);
  });
  it('tells rounding from disagreement', () => expect([compareFigures(48.53, 48.5), compareFigures(48.53, 48.6), compareFigures(6.31, 6.32), compareFigures(7, 7)]).toEqual(['rounding', 'differs', 'differs', 'same']));
  it('refuses an indicator missing from the catalogue', async () => {
    await expect(async () => build([rec('53.01', 'kabupaten', 'p00', 2025, 1)])).rejects.toThrow(DataError);
  });
  it('refuses a source id missing from the register', async () => {
    await expect(async () => buildBundle({ regions: regions(), records: [{ ...rec('53.01', 'kabupaten', 'p0', 2025, 1), source: 'X' }], priority: [], sources })).rejects.toThrow(/source "X" is not in sources\.csv/);
  });
  it('writes long rows with the catalogue unit', () => {
    const { rows } = build([rec('53.01', 'kabupaten', 'poor_thousands', 2025, 70.1)]);
    expect(rows).toEqual([{ kodeBps: '5303', kodeKemendagri: '53.01', level: 'kabupaten', indicator: 'poor_thousands', year: 2025, value: 70.1, unit: 'thousand people', source: 'S' }]);
  });
  it('flags priority kabupaten by BPS code', () => {
    const { bundle } = buildBundle({ regions: regions(), records: [], priority: [{ kodeKemendagri: '53.01', name: 'Kabupaten Kupang', year: 2021, status: 'listed', source: 'S', line: 2 }], sources });
    expect(bundle.priority).toEqual({ '5303': [{ year: 2021, status: 'listed', source: 'S' }] });
  });
});

describe('coverage', () => {
  it('lists every kabupaten without a value, with the reason', () => {
    const { bundle } = build([rec('53.01', 'kabupaten', 'p0', 2025, 19.5)]);
    const c = coverage(bundle, regions(), 'p0', 2025);
    expect([c.joined, c.total]).toEqual([1, 3]);
    expect(c.missing.map((m) => m.reason)).toEqual([
      'no p0 2025 row for Kemendagri code 93.01 in the source tables',
      'no Kemendagri code in the registry (crosswalk unmatched), so no figure can be joined',
    ]);
  });
});

describe('catalogue', () => {
  it('has unique ids', () => expect(new Set(CATALOGUE.map((d) => d.id)).size).toBe(CATALOGUE.length));
  it('labels every indicator in both languages', () => expect(CATALOGUE.every((d) => d.label.id && d.label.en && d.definition.id && d.definition.en)).toBe(true));
  it('throws for an unknown id', () => expect(() => indicatorDef('nope')).toThrow('unknown indicator "nope"'));
});
