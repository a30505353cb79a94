import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/lib/indicators/catalogue.ts';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';
import { hotspotOptions } from '../../../src/lib/hotspot/defaults.ts';
import { coastalFlag, farmingFlag, poorCountHotspot, povertyHotspot } from '../../../src/lib/hotspot/flags.ts';
import { findHotspots, hotspotFlags } from '../../../src/lib/hotspot/hotspot-flags.ts';
import { threshold, topQuintile } from '../../../src/lib/hotspot/threshold.ts';

/** A bundle with P0 for five kabupaten in 2025, a national rate, poor counts and one farming figure. */
function smallBundle(): IndicatorBundle {
  const p0: Record<string, [number, string]> = { '5303': [24.13, 'S'], '5371': [8.47, 'S'], '3273': [3.9, 'S'], '5316': [30.4, 'S'], '1101': [17.4, 'S'] };
  return {
    catalogue: [...CATALOGUE],
    sources: { S: { id: 'S', title: 'BPS, Susenas Maret 2025', publisher: 'BPS' }, N: { id: 'N', title: 'BPS headline', publisher: 'BPS' }, W: { id: 'W', title: 'Susenas 2019 via WFP', publisher: 'BPS via WFP' } },
    values: {
      p0: { '2025': p0 },
      poor_thousands: { '2025': { '5303': [79.1, 'S'], '5371': [41.2, 'S'], '3273': [100.5, 'S'], '5316': [22.0, 'S'], '1101': [16.0, 'S'] } },
      households_in_agriculture_percent: { '2019': { '5303': [62.5, 'W'], '5371': [4.1, 'W'] } },
    },
    national: { p0: { '2025': [8.47, 'N'] } },
    priority: { '5316': [{ year: 2021, status: 'listed', source: 'N' }] },
  };
}

describe('topQuintile', () => {
  it('is the lowest of the ceil(n/5) highest values', () => expect(topQuintile([1, 2, 3, 4, 5, 6])).toBe(5));
  it('is the maximum for five or fewer values', () => expect(topQuintile([3, 9, 1])).toBe(9));
  it('is undefined for no values', () => expect(topQuintile([])).toBeUndefined());
});

describe('threshold', () => {
  it('uses the published national rate by default', () => expect(threshold(smallBundle(), 'p0', 2025, 'national')).toMatchObject({ value: 8.47, source: 'N' }));
  it('has no national threshold in a year without a published rate', () => expect(threshold(smallBundle(), 'p0', 2024, 'national')).toBeUndefined());
  it('takes a user value as is', () => expect(threshold(smallBundle(), 'p0', 2025, 12)?.value).toBe(12));
});

describe('povertyHotspot', () => {
  it('flags P0 above the national rate, with the reason in both languages', () => {
    const f = povertyHotspot(smallBundle(), '5303', 2025);
    expect(f).toMatchObject({ flag: 'yes', value: 24.13, threshold: 8.47, source: 'S' });
    expect(f.reason).toEqual({ id: 'P0 24,13% > nasional 8,47% (BPS 2025)', en: 'P0 24.13% > national 8.47% (BPS 2025)' });
  });
  it('does not flag a P0 equal to the national rate', () => {
    const f = povertyHotspot(smallBundle(), '5371', 2025);
    expect(f.flag).toBe('no');
    expect(f.reason.id).toBe('P0 8,47% ≤ nasional 8,47% (BPS 2025)');
  });
  it('is unknown for a region without P0 that year', () => expect(povertyHotspot(smallBundle(), '9999', 2025)).toMatchObject({ flag: 'unknown', reason: { id: 'Tidak ada data P0 2025' } }));
  it('is unknown when no national rate is published for the year', () => {
    const b = smallBundle();
    b.values.p0['2024'] = { '5303': [20, 'S'] };
    expect(povertyHotspot(b, '5303', 2024).flag).toBe('unknown');
  });
  it('with the quintile option flags the top fifth (here the single highest of five)', () => {
    const flags = ['5316', '5303'].map((k) => povertyHotspot(smallBundle(), k, 2025, { p0: 'quintile' }).flag);
    expect(flags).toEqual(['yes', 'no']);
  });
  it('with a user value compares against it', () => expect(povertyHotspot(smallBundle(), '1101', 2025, { p0: 20 }).reason.en).toBe('P0 17.40% < user threshold 20.00% (BPS 2025)'));
});

describe('poorCountHotspot', () => {
  it('flags the top fifth of poor counts by default', () => {
    expect(poorCountHotspot(smallBundle(), '3273', 2025)).toMatchObject({ flag: 'yes', threshold: 100.5 });
    expect(poorCountHotspot(smallBundle(), '5303', 2025).flag).toBe('no');
  });
  it('writes the count with its unit', () => expect(poorCountHotspot(smallBundle(), '3273', 2025).reason.id).toBe('Penduduk miskin 100,50 ribu jiwa ≥ batas 20% teratas 100,50 ribu jiwa dari 5 kab/kota (BPS 2025)'));
});

describe('farmingFlag', () => {
  it('flags more than half of households with farm income, citing the 2019 figure for a later year', () => {
    const f = farmingFlag(smallBundle(), '5303', 2025);
    expect(f.flag).toBe('yes');
    expect(f.reason.id).toBe('Rumah tangga berpendapatan pertanian 62,50% > 50% (BPS via WFP 2019)');
  });
  it('says no below the threshold', () => expect(farmingFlag(smallBundle(), '5371', 2025).flag).toBe('no'));
  it('says unknown, never no, without a farming figure', () => expect(farmingFlag(smallBundle(), '3273', 2025)).toMatchObject({ flag: 'unknown', reason: { en: 'No farming data' } }));
  it('takes a user threshold', () => expect(farmingFlag(smallBundle(), '5303', 2025, { farmingPercent: 70 }).flag).toBe('no'));
});

describe('coastalFlag', () => {
  it('reads the registry flag and coastline length', () => expect(coastalFlag({ kode: '5371', coastal: true, coastlineKm: 31.6 }).reason.id).toBe('Pesisir: garis pantai 32 km (registri wilayah)'));
  it('says no for a landlocked region', () => expect(coastalFlag({ kode: '3309', coastal: false }).flag).toBe('no'));
});

describe('hotspotFlags and findHotspots', () => {
  const regions = () => [
    { kode: '5303', coastal: true }, { kode: '5371', coastal: true }, { kode: '3273', coastal: false }, { kode: '5316', coastal: true },
  ];
  it('collects all flags and the priority entries of a region', () => {
    const f = hotspotFlags(smallBundle(), { kode: '5316', coastal: true }, 2025);
    expect([f.poverty.flag, f.poorCount.flag, f.coastal.flag, f.farming.flag]).toEqual(['yes', 'no', 'yes', 'unknown']);
    expect(f.priority).toEqual([{ year: 2021, status: 'listed', source: 'N' }]);
  });
  it('finds coastal poverty hotspots', () => expect(findHotspots(smallBundle(), regions(), 2025, { poverty: 'yes', coastal: 'yes' }).map((f) => f.kodeBps)).toEqual(['5303', '5316']));
  it('does not count unknown farming as a farming hotspot', () => expect(findHotspots(smallBundle(), regions(), 2025, { farming: 'yes' }).map((f) => f.kodeBps)).toEqual(['5303']));
});

describe('hotspotOptions', () => {
  it('fills defaults', () => expect(hotspotOptions()).toMatchObject({ p0: 'national', poor: 'quintile', farmingPercent: 50 }));
  it('rejects a negative threshold', () => expect(() => hotspotOptions({ p0: -1 })).toThrow('invalid p0: -1'));
  it('rejects a farming share above 100', () => expect(() => hotspotOptions({ farmingPercent: 150 })).toThrow('invalid farmingPercent: 150'));
});
