import { describe, expect, it } from 'vitest';
import { schemeRdBu } from 'd3-scale-chromatic';
import { changeClasses, changeClassIndex, changeKind, changesOf, changeValue } from '../../../src/lib/view/change.ts';
import { divergingPalette, NEUTRAL_COLOUR } from '../../../src/lib/colour/diverging-palette.ts';

const unit = (id: string, en: string) => ({ unit: { id, en } });

describe('changeKind and changeValue', () => {
  it('measures rates and indices in points and counts in per cent', () => {
    expect(changeKind(unit('%', '%'))).toBe('points');
    expect(changeKind(unit('indeks', 'index'))).toBe('points');
    expect(changeKind(unit('ribu jiwa', 'thousand people'))).toBe('percent');
  });

  it('gives Kabupaten Kupang 2019 → 2025 as −2.71 points, without float noise', () => {
    expect(changeValue('points', 23.03, 20.32)).toBe(-2.71);
    expect(changeValue('percent', 200, 150)).toBe(-25);
  });

  it('gives no change where a year is missing or a count starts at zero', () => {
    expect(changeValue('points', undefined, 20)).toBeUndefined();
    expect(changeValue('points', NaN, 20)).toBeUndefined();
    expect(changeValue('percent', 0, 5)).toBeUndefined();
    expect([...changesOf('points', new Map([['a', 1], ['b', 2]]), new Map([['a', 3], ['c', 1]]))]).toEqual([['a', 2]]);
  });
});

describe('changeClasses', () => {
  it('is centred on zero: falls one side, rises the other, a neutral class for no change', () => {
    const c = changeClasses([-3, -2, -1, 0, 0.001, 1, 2, 3, -0.5, 0.5]);
    expect(c.bounds.length).toBe(c.colours.length + 1);
    const side = (v: number) => c.sides[changeClassIndex(v, c.bounds)];
    expect(side(-2.71)).toBe('better');
    expect(side(0)).toBe('same');
    expect(side(0.004)).toBe('same');
    expect(side(1)).toBe('worse');
    expect(c.colours[changeClassIndex(0, c.bounds)]).toBe(NEUTRAL_COLOUR);
    // Mirrored bounds: equal falls and rises are equally strong.
    expect(c.bounds.map((b) => Math.abs(b))).toEqual([...c.bounds].reverse().map((b) => Math.abs(b)));
    expect(c.counts.reduce((a, b) => a + b)).toBe(10);
  });

  it('puts rises on the better side when higher is better', () => {
    const c = changeClasses([-1, 1, 2], 'higher-is-better');
    expect(c.sides[changeClassIndex(2, c.bounds)]).toBe('better');
    expect(c.sides[changeClassIndex(-1, c.bounds)]).toBe('worse');
  });

  it('leaves out classes of no width and handles no change at all and no values', () => {
    const flat = changeClasses([0, 0, 0]);
    expect(flat.colours).toEqual([NEUTRAL_COLOUR]);
    expect(flat.counts).toEqual([3]);
    expect(changeClasses([]).bounds).toEqual([]);
    const one = changeClasses([-2]);
    expect(one.bounds.every((b, i) => i === 0 || b > one.bounds[i - 1])).toBe(true);
    expect(one.sides[changeClassIndex(-2, one.bounds)]).toBe('better');
  });
});

describe('divergingPalette', () => {
  it('is ColorBrewer RdBu 7, blue on the better side', () => {
    expect(divergingPalette('higher-is-better').colours).toEqual([...schemeRdBu[7]]);
    expect(divergingPalette('higher-is-worse').colours).toEqual([...schemeRdBu[7]].reverse());
    expect(divergingPalette('higher-is-worse').sides).toEqual(['better', 'better', 'better', 'same', 'worse', 'worse', 'worse']);
  });
});
