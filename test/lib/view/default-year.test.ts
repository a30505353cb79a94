import { describe, expect, it } from 'vitest';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';
import { indicatorYears } from '../../../src/lib/view/default-year.ts';

const bundle = (values: IndicatorBundle['values']): IndicatorBundle => ({ catalogue: [], sources: {}, values, national: {}, priority: {} });

describe('indicatorYears', () => {
  it('picks the latest year with full kabupaten coverage, not a later partial year', () => {
    const b = bundle({ p0: { '2021': { '5303': [1, 's'], '5371': [2, 's'] }, '2024': { '5303': [1, 's'] } } });
    expect(indicatorYears(b, 'p0', 2)).toEqual({ years: [2021, 2024], defaultYear: 2021 });
  });

  it('falls back to the latest year when no year has kabupaten values', () => {
    const b = bundle({ x: { '2019': { '53': [1, 's'] }, '2022': { '53': [2, 's'] } } });
    expect(indicatorYears(b, 'x', 514).defaultYear).toBe(2022);
  });

  it('has no years for an unknown indicator', () => {
    expect(indicatorYears(bundle({}), 'nope', 514)).toEqual({ years: [], defaultYear: undefined });
  });
});
