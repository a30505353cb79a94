import { scaleQuantile } from 'd3-scale';
import type { Direction, IndicatorDef } from '../indicators/types.ts';
import type { Classes } from '../colour/classify.ts';
import { divergingPalette, type ChangeSide } from '../colour/diverging-palette.ts';

/** How a change is measured: percentage points (or index points) for rates and indices, per cent for counts. */
export type ChangeKind = 'points' | 'percent';

/** Counts (people, households) change in per cent; everything else (rates, indices, ratios) in points of its own unit. */
export function changeKind(def: Pick<IndicatorDef, 'unit'>): ChangeKind {
  return /jiwa|orang|rumah tangga/i.test(def.unit.id) || /people|persons|households/i.test(def.unit.en) ? 'percent' : 'points';
}

/**
 * Change from `before` to `after`: `after − before` in points, or `(after − before) / before × 100`
 * in per cent (undefined when `before` is 0). Rounded to 10 decimals so 20.32 − 23.03 is −2.71,
 * not −2.7100000000000009. Undefined when either value is not finite.
 */
export function changeValue(kind: ChangeKind, before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || !Number.isFinite(before) || !Number.isFinite(after)) return undefined;
  if (kind === 'percent' && before === 0) return undefined;
  const d = kind === 'points' ? after - before : ((after - before) / before) * 100;
  return Math.round(d * 1e10) / 1e10;
}

/** Changes of every region that has a value in both maps (kode → change). */
export function changesOf(kind: ChangeKind, before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [kode, v1] of after) {
    const d = changeValue(kind, before.get(kode), v1);
    if (d !== undefined) m.set(kode, d);
  }
  return m;
}

/** Classes of change: `Classes` plus one colour and one side (better / same / worse) per class. */
export interface ChangeClasses extends Classes {
  colours: string[];
  sides: ChangeSide[];
}

/**
 * Classes for a change map, centred on zero: a neutral class for changes smaller than `tolerance`
 * (default half of the last shown digit, so "0,00" is never coloured as a change), then three
 * classes on each side whose bounds are the terciles of the absolute changes, mirrored, so equal
 * falls and rises get equally strong colours. Classes that would be empty of width are left out
 * with their colour. Colours from `divergingPalette(direction)`.
 */
export function changeClasses(changes: readonly number[], direction: Direction = 'higher-is-worse', tolerance = 0.005): ChangeClasses {
  const finite = changes.filter(Number.isFinite);
  const { colours: palette, sides: paletteSides } = divergingPalette(direction);
  if (!finite.length) return { method: 'quantile', bounds: [], counts: [], colours: [], sides: [] };
  const abs = finite.map(Math.abs).filter((v) => v >= tolerance).sort((a, b) => a - b);
  const max = abs[abs.length - 1] ?? tolerance;
  const [q1, q2] = abs.length ? scaleQuantile<number>().domain(abs).range([0, 1, 2]).quantiles() : [tolerance, tolerance];
  const t1 = Math.max(q1, tolerance), t2 = Math.max(q2, t1), m = Math.max(max, t2);
  const points = [-m, -t2, -t1, -tolerance, tolerance, t1, t2, m];
  const bounds = [points[0]], colours: string[] = [], sides: ChangeSide[] = [];
  for (let i = 0; i < 7; i++) {
    if (points[i + 1] <= bounds[bounds.length - 1]) continue;
    bounds.push(points[i + 1]);
    colours.push(palette[i]);
    sides.push(paletteSides[i]);
  }
  const counts = new Array<number>(colours.length).fill(0);
  for (const v of finite) counts[changeClassIndex(v, bounds)]++;
  return { method: 'quantile', bounds, counts, colours, sides };
}

/** Class of a change (a value on an inner bound goes to the upper class, as MapLibre's `step`). */
export function changeClassIndex(value: number, bounds: readonly number[]): number {
  let i = 0;
  while (i < bounds.length - 2 && value >= bounds[i + 1]) i++;
  return i;
}
