import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import type { IndicatorValues } from '../../../src/lib/indicators/split-bundle.ts';
import { valuesFromFile, valuesToFile, VALUES_FORMAT } from '../../../src/lib/indicators/values-file.ts';

// SYNTHETIC figures: the codes are real BPS codes, the values and source ids are made up.
const values: IndicatorValues = {
  '2021': { '53': [20.1, 'SYN_PROV'], '5303': [23.03, 'SYN_KAB'], '5371': [9.1, 'SYN_KAB'] },
  '2025': { '5303': [20.32, 'SYN_KAB_2025'], '5371': [0, 'SYN_KAB'] },
};

describe('indicator values file', () => {
  it('writes codes once, a value list per year and sources as runs, and reads back exactly what was written', () => {
    const file = valuesToFile(values);
    expect(file).toEqual({
      format: VALUES_FORMAT,
      codes: ['53', '5303', '5371'],
      sources: ['SYN_KAB', 'SYN_KAB_2025', 'SYN_PROV'],
      years: {
        '2021': { values: [20.1, 23.03, 9.1], sources: [[2, 1], [0, 2]] },
        '2025': { values: [null, 20.32, 0], sources: [[-1, 1], [1, 1], [0, 1]] },
      },
    });
    expect(valuesFromFile(JSON.parse(JSON.stringify(file)), 'p0.json')).toEqual(values);
  });

  it('reads dotted Kemendagri kecamatan and desa keys beside BPS codes (IDM: 53.01.24, 53.01.24.2002)', () => {
    const values = { '2024': { '5303': [0.3, 'IDM'], '53.01.24': [0.2, 'IDM'], '53.01.24.2002': [3, 'IDM'] } } as const;
    const copy = JSON.parse(JSON.stringify(values));
    expect(valuesFromFile(valuesToFile(copy), 'idm_status.json')).toEqual(copy);
    const f = valuesToFile(copy);
    f.codes[1] = '53.01';
    expect(() => valuesFromFile(f, 'idm_status.json')).toThrow('"codes" is not a list of region codes');
  });

  it('reads an empty indicator', () => expect(valuesFromFile(valuesToFile({}), 'x.json')).toEqual({}));

  const damaged = (patch: (f: ReturnType<typeof valuesToFile>) => unknown) => () => valuesFromFile(patch(JSON.parse(JSON.stringify(valuesToFile(values)))), 'indicators/values/p0.json');
  it.each([
    ['the old year-keyed form', () => values, 'expected an object with format'],
    ['a value that is text', (f: ReturnType<typeof valuesToFile>) => ((f.years['2021'].values[1] as unknown) = '23,03', f), '2021, region 5303: "23,03" is not a number'],
    ['a value without a source', (f: ReturnType<typeof valuesToFile>) => ((f.years['2025'].values[0] = 4), f), '2025, region 53: 4 has no source'],
    ['a value missing where a source says there is one', (f: ReturnType<typeof valuesToFile>) => ((f.years['2021'].values[0] = null), f), '2021, region 53: null is not a number'],
    ['too few values', (f: ReturnType<typeof valuesToFile>) => (f.years['2021'].values.pop(), f), '2021: 2 values for 3 region codes'],
    ['runs that do not cover the codes', (f: ReturnType<typeof valuesToFile>) => ((f.years['2021'].sources = [[0, 1]]), f), '2021: source runs cover 1 of 3 region codes'],
    ['a source index out of range', (f: ReturnType<typeof valuesToFile>) => ((f.years['2021'].sources[0] = [7, 1]), f), '2021: source run [7,1] is not [source index, count]'],
    ['a code that is not a region code', (f: ReturnType<typeof valuesToFile>) => ((f.codes[0] = '__proto__'), f), '"codes" is not a list of region codes'],
    ['a year that is not a year', (f: ReturnType<typeof valuesToFile>) => ({ ...f, years: { soon: f.years['2021'] } }), '"soon" is not a year with values and sources'],
  ])('names what is wrong in %s', (_, patch, message) => {
    expect(damaged(patch as (f: ReturnType<typeof valuesToFile>) => unknown)).toThrow(DataError);
    expect(damaged(patch as (f: ReturnType<typeof valuesToFile>) => unknown)).toThrow(`indicators/values/p0.json: ${message}`);
  });
});
