import type { LocusRef } from '../../../src/lib/programs/coverage/find-locus.ts';
import type { MapHit, MapView } from '../../../src/map/map-view-interface.ts';
import type { MapSnapshot } from '../../../src/map/map-snapshot.ts';

/** One call the page made on the map: the method's name and its arguments. */
export interface MapCall {
  method: keyof MapView;
  args: unknown[];
}

/** A MapView that draws nothing and records every call, for map behaviour tested in Node. */
export interface FakeMapView extends MapView {
  readonly calls: MapCall[];
  /** Arguments of each call to `method`, in order. */
  callsTo(method: keyof MapView): unknown[][];
  /** Forget the calls recorded so far. */
  clear(): void;
  /** What the user does on the map: a click, the end of a camera move, the reset button. */
  click(hits: MapHit[]): void;
  /** A click or Enter on a single program point. */
  pointClick(point: LocusRef): void;
  /** A click on a listed desa's gap circle. */
  gapPointClick(kode: string): void;
  moveEnd(view: [number, number, number], byUser: boolean): void;
  reset(): void;
  readonly destroyed: boolean;
}

/** A recording fake of the map (see `FakeMapView`); `whenIdle` and `reveal` resolve at once. */
export function createFakeMapView(): FakeMapView {
  const calls: MapCall[] = [];
  const listeners = { click: new Set<(hits: MapHit[]) => void>(), moveEnd: new Set<(view: [number, number, number], byUser: boolean) => void>(), reset: new Set<() => void>(), point: new Set<(p: LocusRef) => void>(), gapPoint: new Set<(kode: string) => void>(), hover: new Set<(hit: MapHit | null) => void>() };
  let view: [number, number, number] = [118, -2, 4];
  let destroyed = false;
  const record = (method: keyof MapView, args: unknown[]) => {
    if (destroyed) throw new Error(`${method} called on a destroyed map`);
    calls.push({ method, args });
  };
  const subscribe = <T>(set: Set<T>, cb: T) => {
    set.add(cb);
    return () => void set.delete(cb);
  };
  return {
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    clear: () => void calls.splice(0),
    click: (hits) => listeners.click.forEach((cb) => cb(hits)),
    pointClick: (p) => listeners.point.forEach((cb) => cb(p)),
    gapPointClick: (kode) => listeners.gapPoint.forEach((cb) => cb(kode)),
    moveEnd(v, byUser) {
      view = v;
      listeners.moveEnd.forEach((cb) => cb(v, byUser));
    },
    reset: () => listeners.reset.forEach((cb) => cb()),
    get destroyed() {
      return destroyed;
    },
    setNational: (...args) => record('setNational', args),
    setNeighbours: (...args) => record('setNeighbours', args),
    setFill: (...args) => record('setFill', args),
    addChunk: (...args) => record('addChunk', args),
    setDesaFill: (...args) => record('setDesaFill', args),
    setDesaIdm: (...args) => record('setDesaIdm', args),
    showChunks: (...args) => record('showChunks', args),
    setSelected: (...args) => record('setSelected', args),
    // Where a fit lands needs MapLibre's projection: the fake does not say (the page then waits for the move's end).
    fitBounds(...args) {
      record('fitBounds', args);
      return null;
    },
    jumpTo(...args) {
      record('jumpTo', args);
      view = args[0];
    },
    getView: () => view,
    setLabels: (...args) => record('setLabels', args),
    setPrograms: (...args) => record('setPrograms', args),
    setGapOutlines: (...args) => record('setGapOutlines', args),
    setProgramAreas: (...args) => record('setProgramAreas', args),
    onHover: (cb) => subscribe(listeners.hover, cb),
    onClick: (cb) => subscribe(listeners.click, cb),
    onPointClick: (cb) => subscribe(listeners.point, cb),
    onGapPointClick: (cb) => subscribe(listeners.gapPoint, cb),
    onMoveEnd: (cb) => subscribe(listeners.moveEnd, cb),
    onReset: (cb) => subscribe(listeners.reset, cb),
    setLocale: (...args) => record('setLocale', args),
    whenIdle: () => Promise.resolve(),
    reveal: () => Promise.resolve(),
    showContext: () => undefined,
    snapshot(...args): MapSnapshot {
      record('snapshot', args);
      throw new Error('the fake map draws nothing to copy');
    },
    framedSnapshot(...args): Promise<MapSnapshot> {
      record('framedSnapshot', args);
      return Promise.reject(new Error('the fake map draws nothing to copy'));
    },
    destroy() {
      record('destroy', []);
      destroyed = true;
    },
  };
}
