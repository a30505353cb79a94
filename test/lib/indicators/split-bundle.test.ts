import { describe, expect, it } from 'vitest';
import { splitBundle } from '../../../src/lib/indicators/split-bundle.ts';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';

const def = (id: string) => ({ id, label: { id, en: id }, unit: { id: '%', en: '%' } });
const bundle = (): IndicatorBundle =>
  ({
    catalogue: [def('p0'), def('ipm'), def('empty')],
    sources: { s: { id: 's', title: 'SYNTHETIC', publisher: 'test', licence: 'SYNTHETIC licence', note: 'SYNTHETIC note' } },
    values: {
      p0: { '2021': { '5303': [23.03, 's'], '5371': [9.1, 's'] }, '2025': { '5303': [20.32, 's'] } },
      ipm: { '2024': { '5303': [64.1, 's'] } },
    },
    national: {},
    priority: {},
  }) as unknown as IndicatorBundle;

describe('splitBundle', () => {
  it('keeps everything but the values in the index, with each indicator’s years and default year', () => {
    const { index } = splitBundle(bundle(), 2);
    expect(index.catalogue.map((d) => d.id)).toEqual(['p0', 'ipm', 'empty']);
    expect(index.years).toEqual({ p0: { years: [2021, 2025], defaultYear: 2021 }, ipm: { years: [2024], defaultYear: 2024 } });
    expect('values' in index).toBe(false);
  });

  it('leaves licence and note out of the index\'s sources (the data dictionary reads them from the full register)', () => {
    const { index, sources } = splitBundle(bundle(), 2);
    expect(index.sources).toEqual({ s: { id: 's', title: 'SYNTHETIC', publisher: 'test' } });
    expect(sources.s).toMatchObject({ licence: 'SYNTHETIC licence', note: 'SYNTHETIC note' });
  });

  it('gives each indicator its values as they were', () => {
    const { values } = splitBundle(bundle(), 2);
    expect(values.p0).toEqual(bundle().values.p0);
    expect(Object.keys(values)).toEqual(['p0', 'ipm']);
  });

});
