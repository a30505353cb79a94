import type { Map as MapLibreMap } from 'maplibre-gl';
import { bivariateFill, choroplethFill } from './layer-specs.ts';

/**
 * How kabupaten are coloured: by the indicator's classes (`values` with class `bounds` and
 * `colours`) or by a 3×3 bivariate class 0–8 per kabupaten. Either way only feature-state and
 * one paint property change; geometry is never re-sent.
 */
export type Fill =
  | { kind: 'classes'; values: ReadonlyMap<string, number>; bounds: readonly number[]; colours: readonly string[]; noData: string }
  | { kind: 'bivariate'; classes: ReadonlyMap<string, number>; colours: readonly string[]; noData: string };

/** Apply `fill` to the kabupaten source (its feature-state holds only the value or class). */
export function applyFill(map: MapLibreMap, fill: Fill): void {
  map.removeFeatureState({ source: 'kabupaten' });
  if (fill.kind === 'classes') {
    for (const [kode, v] of fill.values) if (Number.isFinite(v)) map.setFeatureState({ source: 'kabupaten', id: Number(kode) }, { v });
  } else {
    for (const [kode, c] of fill.classes) map.setFeatureState({ source: 'kabupaten', id: Number(kode) }, { bv: c });
  }
  map.setPaintProperty('kabupaten-fill', 'fill-color', fill.kind === 'classes' ? choroplethFill(fill.bounds, fill.colours, fill.noData) : bivariateFill(fill.colours, fill.noData));
}
