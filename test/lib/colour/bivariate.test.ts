import { describe, expect, it } from 'vitest';
import { BIVARIATE_COLOURS, bivariateClasses } from '../../../src/lib/colour/bivariate.ts';
import { classify } from '../../../src/lib/colour/classify.ts';

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

describe('bivariate poverty tertiles', () => {
  const eleven = values(Array.from({ length: 11 }, (_, i): [string, number] => [`k${i}`, i + 1]));
  const rows = (c: Map<string, number>) => [0, 1, 2].map((p) => [...c.values()].filter((x) => Math.floor(x / 3) === p).length);

  it('are the legend quantile classes with k = 3 (same quantile definition)', () => {
    const { classes } = bivariateClasses(eleven, () => 0);
    expect(rows(classes)).toEqual(classify([...eleven.values()], 'quantile', 3).counts);
    expect(rows(classes)).toEqual([4, 3, 4]);
  });

  it('mirror when higher is better', () => {
    const worse = bivariateClasses(eleven, () => 0).classes;
    const better = bivariateClasses(eleven, () => 0, 'higher-is-better').classes;
    for (const [k, c] of worse) expect(better.get(k)).toBe(6 - c);
  });
});
