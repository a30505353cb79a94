import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitCamera } from '../../../src/map/fit-camera.ts';
import { FIT_MS } from '../../../src/lib/view/fit-padding.ts';
import type { BBox } from '../../../src/lib/view/bbox.ts';

/**
 * Just what `fitCamera` asks of a MapLibre map: a 800×600 container, a camera far from the box, the
 * flights it is told, and `moveend` as MapLibre fires it (at once for a flight another one interrupts).
 */
function stubMap(reducedMotion = false) {
  const flights: number[] = [];
  const size = { clientWidth: 800, clientHeight: 600 };
  let moving = false;
  let onEnd: (() => void)[] = [];
  const end = () => {
    moving = false;
    const fns = onEnd;
    onEnd = [];
    for (const fn of fns) fn();
  };
  const map = {
    getContainer: () => size,
    getCanvas: () => size,
    resize: () => undefined,
    isMoving: () => moving,
    cameraForBounds: () => ({ center: [123.75, -10], zoom: 9 }),
    // Far outside the padded area: a change of layout always fits again.
    project: () => ({ x: -1000, y: -1000 }),
    once: (_: 'moveend', fn: () => void) => void onEnd.push(fn),
    fitBounds: (_b: unknown, o: { duration: number }) => {
      if (moving) end();
      flights.push(o.duration);
      // MapLibre: a reader who prefers reduced motion gets a jump, its `moveend` fired inside the call.
      moving = o.duration > 0 && !reducedMotion;
    },
  };
  return { map: map as unknown as MapLibreMap, flights, end, startOther: () => void (moving = true) };
}

const box: BBox = [123, -10.5, 124.5, -9.5];
const padding = { top: 10, right: 10, bottom: 10, left: 10 };

describe('fitCamera', () => {
  afterEach(() => vi.useRealTimers());

  it('flies a new region in FIT_MS, and jumps when not animated', () => {
    const { map, flights, end } = stubMap();
    fitCamera(map, box, { animate: true, padding }, false);
    end();
    fitCamera(map, box, { animate: false, padding }, false);
    expect(flights).toEqual([FIT_MS, 0]);
  });

  it('re-aims a flight under way on a change of layout and lands when the first would have', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { map, flights, end } = stubMap();
    fitCamera(map, box, { animate: true, padding }, false);
    vi.advanceTimersByTime(250);
    fitCamera(map, box, { animate: true, padding, keepWithin: 40 }, false);
    vi.advanceTimersByTime(100);
    fitCamera(map, box, { animate: true, padding, keepWithin: 40 }, false);
    vi.advanceTimersByTime(FIT_MS);
    // Landed: the next change of layout flies a whole flight again.
    end();
    fitCamera(map, box, { animate: true, padding, keepWithin: 40 }, false);
    expect(flights).toEqual([FIT_MS, FIT_MS - 250, FIT_MS - 350, FIT_MS]);
  });

  it('gives a whole flight when the camera moves for another reason (a cluster zoom), not a jump', () => {
    const { map, flights, end, startOther } = stubMap();
    fitCamera(map, box, { animate: true, padding }, false);
    end();
    startOther();
    fitCamera(map, box, { animate: true, padding, keepWithin: 40 }, false);
    expect(flights).toEqual([FIT_MS, FIT_MS]);
  });

  it('gives a new region a whole flight even while the last one flies', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { map, flights } = stubMap();
    fitCamera(map, box, { animate: true, padding }, false);
    vi.advanceTimersByTime(400);
    fitCamera(map, box, { animate: true, padding }, false);
    expect(flights).toEqual([FIT_MS, FIT_MS]);
  });

  it('leaves the camera to a user who moves it, and says so', () => {
    const { map, flights, startOther } = stubMap();
    startOther();
    expect(fitCamera(map, box, { animate: true, padding, keepWithin: 40 }, true)).toBeNull();
    expect(flights).toEqual([]);
  });

  it('takes a jump for the reduced motion a reader asked for as landed: a change of layout after it is no re-aim', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { map, flights, startOther } = stubMap(true);
    fitCamera(map, box, { animate: true, padding }, false);
    vi.advanceTimersByTime(250);
    // A cluster zoom under way when the panel changes: a whole flight (asked for; MapLibre jumps), not the 350 ms left of a flight that never flew.
    startOther();
    fitCamera(map, box, { animate: true, padding, keepWithin: 40 }, false);
    expect(flights).toEqual([FIT_MS, FIT_MS]);
  });

  it('says where the camera will land when the flight starts', () => {
    const { map } = stubMap();
    expect(fitCamera(map, box, { animate: true, padding }, false)).toEqual([123.75, -10, 9]);
  });
});
