import { describe, expect, it } from 'vitest';
import { changeSides, rankRegions } from '../../../src/lib/rank/rank-regions.ts';

const values = (entries: [string, number][]) => new Map(entries);

describe('rankRegions', () => {
  it('puts the highest value first when higher is worse', () => {
    const r = rankRegions(['a', 'b', 'c'], values([['a', 10], ['b', 30], ['c', 20]]), 'higher-is-worse');
    expect(r.rows.map((x) => [x.kode, x.rank])).toEqual([['b', 1], ['c', 2], ['a', 3]]);
  });

  it('puts the lowest value first when higher is better', () => {
    const r = rankRegions(['a', 'b', 'c'], values([['a', 10], ['b', 30], ['c', 20]]), 'higher-is-better');
    expect(r.rows.map((x) => x.kode)).toEqual(['a', 'c', 'b']);
  });

  it('gives tied regions the same rank, marks them, and skips the next rank', () => {
    const r = rankRegions(['a', 'b', 'c', 'd'], values([['a', 30], ['b', 20], ['c', 30], ['d', 10]]), 'higher-is-worse');
    expect(r.rows.map((x) => [x.kode, x.rank, x.tied])).toEqual([['a', 1, true], ['c', 1, true], ['b', 3, false], ['d', 4, false]]);
  });

  it('judges ties at the shown decimals when asked', () => {
    const r = rankRegions(['a', 'b'], values([['a', 12.301], ['b', 12.304]]), 'higher-is-worse', 2);
    expect(r.rows.map((x) => [x.rank, x.tied])).toEqual([[1, true], [1, true]]);
    expect(rankRegions(['a', 'b'], values([['a', 12.301], ['b', 12.304]]), 'higher-is-worse').rows[0].tied).toBe(false);
  });

  it('orders tied regions by name', () => {
    const names: Record<string, string> = { x: 'Zeta', y: 'Alfa' };
    const r = rankRegions(['x', 'y'], values([['x', 5], ['y', 5]]), 'higher-is-worse', undefined, (k) => names[k]);
    expect(r.rows.map((x) => x.kode)).toEqual(['y', 'x']);
  });

  it('lists regions without a finite value as missing, in the given order, never as rows', () => {
    const r = rankRegions(['a', 'b', 'c', 'd'], values([['a', 1], ['c', NaN]]), 'higher-is-worse');
    expect(r.rows.map((x) => x.kode)).toEqual(['a']);
    expect(r.missing).toEqual(['b', 'c', 'd']);
  });

  it('ranks a code given twice once', () => {
    expect(rankRegions(['a', 'a'], values([['a', 1]]), 'higher-is-worse').rows).toHaveLength(1);
  });

  it('gives an empty ranking for no regions', () => {
    expect(rankRegions([], values([['a', 1]]), 'higher-is-worse')).toEqual({ rows: [], missing: [] });
  });
});

describe('changeSides', () => {
  const changes = values([['up', 2], ['up2', 0.5], ['flat', 0.001], ['down', -3]]);

  it('calls a rise worse when higher is worse, largest first on each side', () => {
    const s = changeSides(rankRegions(changes.keys(), changes, 'higher-is-worse'), 'higher-is-worse', 0.005);
    expect(s.worse.map((r) => r.kode)).toEqual(['up', 'up2']);
    expect(s.better.map((r) => r.kode)).toEqual(['down']);
  });

  it('calls a rise better when higher is better (a rising index)', () => {
    const s = changeSides(rankRegions(changes.keys(), changes, 'higher-is-better'), 'higher-is-better', 0.005);
    expect(s.worse.map((r) => r.kode)).toEqual(['down']);
    expect(s.better.map((r) => r.kode)).toEqual(['up', 'up2']);
  });
});
