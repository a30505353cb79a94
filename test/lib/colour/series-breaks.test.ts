import { describe, expect, it } from 'vitest';
import { breakPairs, seriesBreaks, seriesOf } from '../../../src/lib/colour/series-breaks.ts';

const sources = { bps: { publisher: 'BPS' }, ntt: { publisher: 'BPS Provinsi Nusa Tenggara Timur' }, pmk: { publisher: 'Kemenko PMK' } };

describe('seriesBreaks', () => {
  it('counts BPS\'s regional offices as BPS', () => {
    expect(seriesOf({ publisher: 'BPS Provinsi Riau' })).toBe('BPS');
    expect(seriesOf({ publisher: 'BPSJ' })).toBe('BPSJ');
  });
  it('finds regions whose two years come from different publishers (TTS: BPS 2022, Kemenko PMK 2023 estimate)', () => {
    const before = { '5302': [13.01, 'ntt'], '5303': [5.98, 'bps'], '5304': [4.44, 'bps'] } as const;
    const after = { '5302': [6.4, 'pmk'], '5303': [2.09, 'pmk'], '5304': [0.66, 'bps'], '5305': [1, 'pmk'] } as const;
    const b = seriesBreaks(before, after, sources);
    expect([...b.values()]).toEqual([{ kode: '5302', before: 'BPS', after: 'Kemenko PMK' }, { kode: '5303', before: 'BPS', after: 'Kemenko PMK' }]);
    expect(breakPairs(b)).toEqual([{ before: 'BPS', after: 'Kemenko PMK', count: 2 }]);
  });
  it('finds none where both years come from one publisher, and only among kept regions', () => {
    expect(seriesBreaks({ '53': [20, 'bps'] }, { '53': [19, 'ntt'] }, sources).size).toBe(0);
    expect(seriesBreaks({ '5302': [1, 'bps'] }, { '5302': [2, 'pmk'] }, sources, (k) => k.length === 2).size).toBe(0);
  });
});
