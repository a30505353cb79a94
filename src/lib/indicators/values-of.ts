import { levelOf } from '../regions/level-of.ts';
import type { Level } from '../types.ts';
import type { IndicatorBundle } from './types.ts';

/** Values of an indicator and year, kode → value, for every region with a finite value, or only those of `level`. */
export function valuesOf(bundle: IndicatorBundle, indicator: string, year: number, level?: Level): Map<string, number> {
  const m = new Map<string, number>();
  for (const [kode, [v]] of Object.entries(bundle.values[indicator]?.[String(year)] ?? {})) if (Number.isFinite(v) && (!level || levelOf(kode) === level)) m.set(kode, v);
  return m;
}
