import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importedRecords } from '../../../src/lib/indicators/imported-records.ts';
import { parseRegionsCsv } from '../../../src/lib/regions/regions-csv.ts';
import { importBpsTable } from '../../../src/lib/table/import-bps-table.ts';

const dir = new URL('../../fixtures/indicators/', import.meta.url);
const imported = () => importBpsTable(readFileSync(new URL('synthetic-bps-export.csv', dir), 'utf8'), {
  regions: parseRegionsCsv(readFileSync(new URL('synthetic-regions.csv', dir), 'utf8')), file: 'synthetic-bps-export.csv',
});
const spec = { file: 'synthetic-bps-export.csv', indicator: 'p0', year: 2025, source: 'S' };

describe('importedRecords', () => {
  it('picks the value column by a unique part of its header and keeps province rows as provinsi figures', () => {
    const recs = importedRecords(imported(), { ...spec, column: '2025' });
    expect(recs.filter((r) => r.level === 'provinsi').map((r) => [r.kodeKemendagri, r.value])).toEqual([['53', 18.6], ['75', 13.8]]);
    expect(recs.find((r) => r.kodeKemendagri === '53.01')?.value).toBe(19.5);
  });
  it('gives no figure for a missing mark', () => {
    expect(importedRecords(imported(), { ...spec, column: '2025' }).some((r) => r.kodeKemendagri === '53.71')).toBe(false);
  });
  it('refuses a column name that matches more than one column', async () => {
    await expect(async () => importedRecords(imported(), { ...spec, column: 'Persentase' })).rejects.toThrow(/2 value columns match "Persentase"/);
  });
});
