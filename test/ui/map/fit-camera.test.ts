import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitCamera } from '../../../src/map/fit-camera.ts';
import { FIT_MS } from '../../../src/lib/view/fit-padding.ts';
import type { BBox } from '../../../src/lib/view/bbox.ts';

/** Just what `fitCamera` asks of a MapLibre map: a 800×600 container, a camera far from the box, and the flights it is told. */
function stubMap(moving: () => boolean) {
  const flights: number[] = [];
  const size = { clientWidth: 800, clientHeight: 600 };
  const map = {
    getContainer: () => size,
    getCanvas: () => size,
    resize: () => undefined,
    isMoving: moving,
    cameraForBounds: () => ({ center: [123.75, -10], zoom: 9 }),
    // Far outside the padded area: a change of layout always fits again.
    project: () => ({ x: -1000, y: -1000 }),
    fitBounds: (_b: unknown, o: { duration: number }) => void flights.push(o.duration),
  };
  return { map: map as unknown as MapLibreMap, flights };
}

const box: BBox = [123, -10.5, 124.5, -9.5];
const padding = { top: 10, right: 10, bottom: 10, left: 10 };

describe('fitCamera', () => {
  afterEach(() => vi.useRealTimers());

  it('flies a new region in FIT_MS, and jumps when not animated', () => {
    const { map, flights } = stubMap(() => false);
    fitCamera(map, box, { animate: true, padding }, false);
    fitCamera(map, box, { animate: false, padding }, false);
    expect(flights).toEqual([FIT_MS, 0]);
  });

  it('re-aims a flight under way on a change of layout and lands when the first would have', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    let moving = false;
    const { map, flights } = stubMap(() => moving);
    fitCamera(map, box, { animate: true, padding }, false);
    moving = true;
    vi.advanceTimersByTime(250);
    fitCamera(map, box, { animate: true, padding, keepWithin: 40 }, false);
    vi.advanceTimersByTime(FIT_MS);
    // Landed and at rest: the next change of layout flies a whole flight again.
    moving = false;
    fitCamera(map, box, { animate: true, padding, keepWithin: 40 }, false);
    expect(flights).toEqual([FIT_MS, FIT_MS - 250, FIT_MS]);
  });

  it('gives a new region a whole flight even while the last one flies', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { map, flights } = stubMap(() => true);
    fitCamera(map, box, { animate: true, padding }, false);
    vi.advanceTimersByTime(400);
    fitCamera(map, box, { animate: true, padding }, false);
    expect(flights).toEqual([FIT_MS, FIT_MS]);
  });

  it('leaves the camera to a user who moves it, and says so', () => {
    const { map, flights } = stubMap(() => true);
    expect(fitCamera(map, box, { animate: true, padding, keepWithin: 40 }, true)).toBeNull();
    expect(flights).toEqual([]);
  });

  it('says where the camera will land when the flight starts', () => {
    const { map } = stubMap(() => false);
    expect(fitCamera(map, box, { animate: true, padding }, false)).toEqual([123.75, -10, 9]);
  });
});
