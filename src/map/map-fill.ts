import { featureIdOf } from '../lib/regions/feature-id.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { bivariateFill, choroplethFill, drilledAsLand } from './layer-specs.ts';
import type { FillLevel } from '../lib/view/year-coverage.ts';

/**
 * How kabupaten are coloured: by the indicator's classes (`values` with class `bounds` and
 * `colours`) or by a 3×3 bivariate class 0–8 per kabupaten. Either way only feature-state and
 * one paint property change; geometry is never re-sent.
 */
export type Fill =
  | { kind: 'classes'; values: ReadonlyMap<string, number>; bounds: readonly number[]; colours: readonly string[]; noData: string; level?: FillLevel }
  | { kind: 'bivariate'; classes: ReadonlyMap<string, number>; colours: readonly string[]; noData: string };

/** The national source a fill colours: `kabupaten`, or `provinsi` for a provinsi-level fill. */
export function fillSource(fill: Fill): FillLevel {
  return fill.kind === 'classes' ? (fill.level ?? 'kabupaten') : 'kabupaten';
}

/**
 * Apply `fill` to its national source (whose feature-state holds the value or class, and on the
 * kabupaten source `drilled`: the kabupaten in `drilled` keep it, see `drilledAsLand`).
 */
export function applyFill(map: MapLibreMap, fill: Fill, drilled: Iterable<string> = []): void {
  const source = fillSource(fill);
  map.removeFeatureState({ source });
  if (source === 'kabupaten') for (const kode of drilled) map.setFeatureState({ source, id: featureIdOf(kode) }, { drilled: true });
  if (fill.kind === 'classes') {
    for (const [kode, v] of fill.values) if (Number.isFinite(v)) map.setFeatureState({ source, id: featureIdOf(kode) }, { v });
  } else {
    for (const [kode, c] of fill.classes) map.setFeatureState({ source, id: featureIdOf(kode) }, { bv: c });
  }
  const colour = fill.kind === 'classes' ? choroplethFill(fill.bounds, fill.colours, fill.noData) : bivariateFill(fill.colours, fill.noData);
  map.setPaintProperty(`${source}-fill`, 'fill-color', source === 'kabupaten' ? drilledAsLand(colour) : colour);
}

/**
 * The colour each kabupaten gets from `fill` (what the paint expressions compute on the GPU),
 * for layers that colour other features by their kabupaten (the neighbours drawn from a chunk).
 */
export function fillColours(fill: Fill): Map<string, string> {
  const out = new Map<string, string>();
  if (fill.kind === 'bivariate') {
    for (const [kode, c] of fill.classes) out.set(kode, fill.colours[c] ?? fill.noData);
    return out;
  }
  for (const [kode, v] of fill.values) {
    if (!Number.isFinite(v) || fill.bounds.length < 2) continue;
    // As `choroplethFill`'s step: the last class whose lower bound (from the second on) is ≤ v.
    let i = 0;
    while (i + 1 < fill.colours.length && v >= fill.bounds[i + 1]) i++;
    out.set(kode, fill.colours[i]);
  }
  return out;
}
