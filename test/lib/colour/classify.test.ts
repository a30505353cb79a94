import { describe, expect, it } from 'vitest';
import { classIndex, classify } from '../../../src/lib/colour/classify.ts';

const oneToTen = () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('classify', () => {
  it('returns no bounds for no values', () => {
    expect(classify([], 'quantile', 5)).toEqual({ method: 'quantile', bounds: [], counts: [] });
  });

  it('ignores NaN and Infinity (they are no data)', () => {
    const c = classify([1, NaN, 2, Infinity, 3], 'equal', 2);
    expect(c.counts.reduce((a, b) => a + b)).toBe(3);
  });

  it('splits equal intervals between min and max', () => {
    expect(classify([0, 10], 'equal', 5).bounds).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('puts the same number of values in each quantile class when possible', () => {
    expect(classify(oneToTen(), 'quantile', 5).counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('finds natural breaks between clearly separated groups (jenks via ckmeans)', () => {
    const c = classify([1, 1.1, 1.2, 10, 10.5, 11, 30, 31], 'jenks', 3);
    expect(c.bounds).toEqual([1, 10, 30, 31]);
    expect(c.counts).toEqual([3, 3, 2]);
  });

  it('gives fewer classes than asked when there are fewer distinct values', () => {
    expect(classify([4, 4, 7], 'quantile', 5).counts.length).toBeLessThanOrEqual(2);
  });

  it('gives one class for a single value', () => {
    expect(classify([8.47], 'jenks', 5)).toEqual({ method: 'jenks', bounds: [8.47, 8.47], counts: [1] });
  });

  it('counts every value exactly once', () => {
    const values = [3, 9, 27, 2.5, 8.1, 14, 14, 20];
    for (const m of ['quantile', 'jenks', 'equal'] as const) expect(classify(values, m, 4).counts.reduce((a, b) => a + b)).toBe(values.length);
  });

  it('rejects a class count outside 1..9 naming the value', () => {
    expect(() => classify([1, 2], 'quantile', 0)).toThrow(/invalid k: 0/);
  });
});

describe('classIndex', () => {
  it('puts the maximum in the last class', () => {
    expect(classIndex(10, [0, 5, 10])).toBe(1);
  });

  it('puts a value equal to an inner bound in the upper class', () => {
    expect(classIndex(5, [0, 5, 10])).toBe(1);
  });

  it('returns -1 for no data', () => {
    expect(classIndex(NaN, [0, 5, 10])).toBe(-1);
  });
});
