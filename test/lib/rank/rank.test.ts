import { describe, expect, it } from 'vitest';
import { rankRegion } from '../../../src/lib/rank/rank.ts';

const values = () => new Map([['a', 10], ['b', 30], ['c', 20], ['d', 30]]);

describe('rankRegion', () => {
  it('ranks the highest value first when higher is worse', () => {
    expect(rankRegion(values(), 'c', 'higher-is-worse')).toEqual({ rank: 3, of: 4 });
  });

  it('ranks the lowest value first when higher is better', () => {
    expect(rankRegion(values(), 'a', 'higher-is-better')).toEqual({ rank: 1, of: 4 });
  });

  it('gives ties the same rank', () => {
    expect(rankRegion(values(), 'b', 'higher-is-worse')?.rank).toBe(1);
    expect(rankRegion(values(), 'd', 'higher-is-worse')?.rank).toBe(1);
  });

  it('is undefined for a region without a value', () => {
    expect(rankRegion(values(), 'zz', 'higher-is-worse')).toBeUndefined();
  });
});
