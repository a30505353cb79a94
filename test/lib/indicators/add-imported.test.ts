import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addImported } from '../../../src/lib/indicators/add-imported.ts';
import { CATALOGUE } from '../../../src/lib/indicators/catalogue.ts';
import { parseRegionsCsv } from '../../../src/lib/regions/regions-csv.ts';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';
import { importBpsTable } from '../../../src/lib/table/import-bps-table.ts';

const dir = new URL('../../fixtures/indicators/', import.meta.url);
const imported = () => importBpsTable(readFileSync(new URL('synthetic-kemendagri-dotted.csv', dir), 'utf8'), {
  regions: parseRegionsCsv(readFileSync(new URL('synthetic-regions.csv', dir), 'utf8')), file: 'mine.csv',
});
const emptyBundle = (): IndicatorBundle => ({ catalogue: [...CATALOGUE], sources: {}, values: {}, national: {}, priority: {} });
const spec = () => ({
  def: { ...CATALOGUE[0], id: 'user_p0', label: { id: 'P0 (berkas saya)', en: 'P0 (my file)' } },
  year: 2026, column: 'p0_persen', source: { id: 'USER', title: 'mine.csv', publisher: 'pengguna' },
});

describe('addImported', () => {
  it('adds a dropped table as a new indicator keyed by BPS code', () => {
    const b = addImported(emptyBundle(), imported(), spec());
    expect(b.values.user_p0['2026']).toEqual({ '5303': [22.98, 'USER'], '5371': [9.17, 'USER'], '5304': [26.5, 'USER'], '1101': [18.98, 'USER'] });
    expect(b.catalogue.at(-1)?.id).toBe('user_p0');
  });
  it('leaves the input bundle unchanged', () => {
    const b = emptyBundle();
    addImported(b, imported(), spec());
    expect(b.values).toEqual({});
  });
  it('refuses an id that is already in the catalogue', async () => {
    await expect(async () => addImported(emptyBundle(), imported(), { ...spec(), def: CATALOGUE[0] })).rejects.toThrow(/indicator "p0" already exists/);
  });
  it('names the value columns when the column is wrong', async () => {
    await expect(async () => addImported(emptyBundle(), imported(), { ...spec(), column: 'p0' })).rejects.toThrow(/mine\.csv: no value column "p0"; value columns are "p0_persen"/);
  });
});
