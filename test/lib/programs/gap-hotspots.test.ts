import { describe, expect, it } from 'vitest';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';
import { gapHotspotsFromBundle } from '../../../src/lib/programs/gaps/gap-hotspots.ts';

/** Synthetic bundle: two kabupaten, invented values, national P0 8.47 (2025). */
function bundle(): IndicatorBundle {
  const def = (id: string, unit: string) => ({ id, label: { id, en: id }, unit: { id: unit, en: unit }, definition: { id: '', en: '' }, publisher: 'BPS', direction: 'higher-is-worse' as const, decimals: 2 });
  return {
    catalogue: [def('p0', '%'), def('poor_thousands', 'ribu jiwa'), def('households_in_agriculture_percent', '%')],
    sources: { S: { id: 'S', title: 'synthetic', publisher: 'BPS' } },
    values: {
      p0: { 2025: { '5303': [21.5, 'S'], '5371': [7.1, 'S'] } },
      poor_thousands: { 2025: { '5303': [70.2, 'S'], '5371': [30, 'S'] } },
      households_in_agriculture_percent: { 2019: { '5303': [72, 'S'] } },
    },
    national: { p0: { 2025: [8.47, 'S'] } },
    priority: { '5303': [{ year: 2021, status: 'listed', source: 'S' }] },
  };
}

describe('gapHotspotsFromBundle', () => {
  it('turns hotspot flags into gap-finder input, with the analysis\'s reasons', () => {
    const [kupang, kota] = gapHotspotsFromBundle(bundle(), [{ kode: '5303', coastal: true, coastlineKm: 454 }, { kode: '5371', coastal: true }], 2025);
    expect(kupang).toMatchObject({ kodeBps: '5303', poverty: true, farming: true, p0: 21.5, poor: 70200, year: 2025, priority: 'listed' });
    expect(kupang.reasons!.map((r) => r.en)).toEqual([expect.stringMatching(/^P0 21\.50% > /), expect.stringMatching(/^Poor people/), expect.stringMatching(/^Households with farm income 72%/)]);
    expect(kupang.coastalReason?.en).toMatch(/^Coastal: 454 km/);
    expect(kota).toMatchObject({ poverty: false, farming: null });
  });
});
