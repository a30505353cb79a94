import { describe, expect, it } from 'vitest';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';
import { classify, classIndex, countPerClass } from '../../../src/lib/colour/classify.ts';
import { nearestYear, pooledValues, regionsPerYear, yearsAtLevel } from '../../../src/lib/view/year-coverage.ts';
import { withUnit } from '../../../src/lib/format/with-unit.ts';
import { trendSegments } from '../../../src/lib/view/trend-segments.ts';

const bundle = {
  catalogue: [], sources: {}, national: {}, priority: {},
  values: { p0: { '2021': { '5301': [10, 's'], '5302': [20, 's'], '53': [15, 's'] }, '2025': { '5301': [10, 's'], '5302': [5, 's'], '5303': [30, 's'] } } },
} as unknown as IndicatorBundle;

describe('year coverage', () => {
  it('counts kabupaten per year (provinces not counted)', () => {
    expect([...regionsPerYear(bundle, 'p0', [2020, 2021, 2025])]).toEqual([[2020, 0], [2021, 2], [2025, 3]]);
  });

  it('counts provinces per year for the provinsi level, whose years are only those with a province value', () => {
    expect([...regionsPerYear(bundle, 'p0', [2021, 2025], 'provinsi')]).toEqual([[2021, 1], [2025, 0]]);
    expect(yearsAtLevel(bundle, 'p0', [2021, 2025], 'provinsi')).toEqual([2021]);
    expect(yearsAtLevel(bundle, 'p0', [2021, 2025], 'kabupaten')).toEqual([2021, 2025]);
    expect(pooledValues(bundle, 'p0', [2021, 2025], 'provinsi')).toEqual([15]);
  });

  it('offers a kabupaten map only the years with kabupaten figures (a province-only year such as P0 2015 is left out), all years while values are not loaded', () => {
    const withProvinceOnly = { ...bundle, values: { p0: { ...bundle.values.p0, '2015': { '53': [22.61, 's'] } } } } as unknown as IndicatorBundle;
    expect(yearsAtLevel(withProvinceOnly, 'p0', [2015, 2021, 2025], 'kabupaten')).toEqual([2021, 2025]);
    expect(yearsAtLevel(withProvinceOnly, 'p0', [2015, 2021, 2025], 'provinsi')).toEqual([2015, 2021]);
    expect(yearsAtLevel(withProvinceOnly, 'poor_thousands', [2015, 2021], 'kabupaten')).toEqual([2015, 2021]);
  });

  it('finds the nearest year, the later one on a tie', () => {
    expect(nearestYear([2018, 2020, 2024], 2021)).toBe(2020);
    expect(nearestYear([2018, 2020, 2022], 2021)).toBe(2022);
    expect(nearestYear([], 2021)).toBeUndefined();
  });
});

describe('pooled classes', () => {
  it('pools only the kabupaten of one province when given its code (classes for the region shown)', () => {
    const withOther = { ...bundle, values: { p0: { ...bundle.values.p0, '2025': { ...bundle.values.p0['2025'], '9101': [40, 's'] } } } } as unknown as IndicatorBundle;
    expect(pooledValues(withOther, 'p0', [2021, 2025], 'kabupaten', (k) => k.startsWith('53')).sort((a, b) => a - b)).toEqual([5, 10, 10, 20, 30]);
    expect(pooledValues(withOther, 'p0', [2025], 'kabupaten', (k) => k.startsWith('91'))).toEqual([40]);
  });

  it('pools the kabupaten values of every year, so an unchanged value keeps its class when the year changes', () => {
    const pooled = pooledValues(bundle, 'p0', [2021, 2025]);
    expect(pooled.sort((a, b) => a - b)).toEqual([5, 10, 10, 20, 30]);
    const c = classify(pooled, 'quantile', 3);
    // 5301 is 10 in both years: one bound set, one class.
    expect(classIndex(10, c.bounds)).toBe(classIndex(10, c.bounds));
    expect(countPerClass([10, 20], c.bounds).reduce((a, b) => a + b)).toBe(2);
    expect(countPerClass([NaN], c.bounds).reduce((a, b) => a + b)).toBe(0);
  });
});

describe('withUnit', () => {
  it('never doubles brackets', () => {
    expect(withUnit('Poverty rate (P0)', '%')).toBe('Poverty rate (P0), %');
    expect(withUnit('Jumlah penduduk miskin', 'ribu jiwa')).toBe('Jumlah penduduk miskin (ribu jiwa)');
    expect(withUnit('Food security priority group (FSVA)', '(1–6)')).toBe('Food security priority group (FSVA), 1–6');
    expect(withUnit('Label', '')).toBe('Label');
  });
});

describe('trendSegments', () => {
  it('breaks the line at a missing year and at a year absent from the series', () => {
    expect(trendSegments([[2018, 1], [2019, 2], [2020, undefined], [2021, 3], [2022, 4], [2024, 5]])).toEqual([[[2018, 1], [2019, 2]], [[2021, 3], [2022, 4]], [[2024, 5]]]);
    expect(trendSegments([[2019, undefined]])).toEqual([]);
  });
});
