import { describe, expect, it } from 'vitest';
import { BIVARIATE_COLOURS, bivariateClasses } from '../../../src/lib/ui/bivariate.ts';

const values = (entries: [string, number][]) => new Map(entries);

describe('bivariateClasses', () => {
  it('puts high poverty with no program in class 6 and high poverty with many programs in class 8', () => {
    const v = values([['a', 1], ['b', 2], ['c', 3], ['d', 10], ['e', 20], ['f', 30]]);
    const loci: Record<string, number> = { e: 0, f: 5 };
    const { classes } = bivariateClasses(v, (k) => loci[k] ?? 0);
    expect(classes.get('e')).toBe(6);
    expect(classes.get('f')).toBe(8);
    expect(classes.get('a')).toBe(0);
  });

  it('counts 1–2 loci as the middle coverage class by default', () => {
    const { classes } = bivariateClasses(values([['a', 1], ['b', 2], ['c', 3]]), () => 2);
    expect([...classes.values()].map((c) => c % 3)).toEqual([1, 1, 1]);
  });

  it('flips the poverty axis when higher values are better (HDI)', () => {
    const { classes } = bivariateClasses(values([['low', 50], ['mid', 60], ['high', 70]]), () => 0, 'higher-is-better');
    expect(classes.get('low')).toBe(6);
    expect(classes.get('high')).toBe(0);
  });

  it('leaves regions without a finite value unclassed and handles an empty input', () => {
    expect(bivariateClasses(values([['x', NaN]]), () => 0).classes.size).toBe(0);
    expect(bivariateClasses(values([]), () => 0).classes.size).toBe(0);
  });

  it('has nine distinct colours', () => {
    expect(new Set(BIVARIATE_COLOURS).size).toBe(9);
  });
});
