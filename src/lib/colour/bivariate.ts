import { scaleQuantile } from 'd3-scale';
import type { Direction } from '../indicators/types.ts';

/**
 * 3×3 bivariate palette, poverty (rows, low → high) × program coverage (columns, none → most):
 * Joshua Stevens' pink–teal scheme, readable with the common colour-vision deficiencies.
 * High poverty with no program is the saturated magenta (index 6).
 */
export const BIVARIATE_COLOURS = ['#e8e8e8', '#ace4e4', '#5ac8c8', '#dfb0d6', '#a5add3', '#5698b9', '#be64ac', '#8c62aa', '#3b4994'] as const;

/** Defaults of {@link bivariateClasses}. */
export const BIVARIATE_DEFAULTS = {
  /** Upper bounds (inclusive) of the coverage classes in program loci: 0 = none, 1–2 = some, 3+ = more. */
  coverageBreaks: [0, 2] as [number, number],
};

/** Result: class 0–8 per region (poverty class × 3 + coverage class), and the poverty tertile bounds. */
export interface BivariateClasses {
  classes: Map<string, number>;
  /** Poverty tertile breaks. In "worse" order, values below the first break are low, below the second middle, the rest high. */
  povertyBreaks: [number, number];
  coverageBreaks: [number, number];
}

/**
 * Classify regions by poverty (tertiles of `values`; `direction: 'higher-is-better'` flips them so
 * the top row is always "worse") and by program coverage (`loci(kode)`, a count). Regions without
 * a value get no class (no data). Pure; O(n log n).
 * The 3×3 colours are Joshua Stevens' published scheme, typed as published: d3-scale-chromatic
 * has no bivariate schemes.
 */
export function bivariateClasses(
  values: ReadonlyMap<string, number>,
  loci: (kode: string) => number,
  direction: Direction = 'higher-is-worse',
  coverageBreaks: [number, number] = BIVARIATE_DEFAULTS.coverageBreaks,
): BivariateClasses {
  const sign = direction === 'higher-is-better' ? -1 : 1;
  const worse = [...values.values()].filter(Number.isFinite).map((v) => v * sign);
  // Tertiles as in the legend's quantile classes (d3, R-7); a value equal to a break goes up.
  const poverty = scaleQuantile<number>().domain(worse).range([0, 1, 2]);
  const [t1, t2] = worse.length ? poverty.quantiles() : [NaN, NaN];
  const classes = new Map<string, number>();
  for (const [kode, v] of values) {
    if (!Number.isFinite(v)) continue;
    const n = loci(kode);
    const cov = n <= coverageBreaks[0] ? 0 : n <= coverageBreaks[1] ? 1 : 2;
    classes.set(kode, poverty(v * sign) * 3 + cov);
  }
  return { classes, povertyBreaks: [t1 * sign, t2 * sign], coverageBreaks };
}
