import { describe, expect, it } from 'vitest';
import { projectPoints } from '../../../src/lib/view/cluster-points.ts';
import { unprojectMercator } from '../../../src/lib/view/unproject-mercator.ts';

describe('unprojectMercator', () => {
  it('inverts projectPoints (Kupang, Sabang, Merauke)', () => {
    const places = [[123.6, -10.17], [95.32, 5.89], [140.4, -8.49]];
    const xy = projectPoints(places.map(([lon, lat]) => ({ lon, lat, intervention: 'jobs', byRegion: false })) as never);
    places.forEach(([lon, lat], i) => {
      const [x, y] = unprojectMercator(xy[2 * i], xy[2 * i + 1]);
      expect(x).toBeCloseTo(lon, 9);
      expect(y).toBeCloseTo(lat, 9);
    });
  });
});
