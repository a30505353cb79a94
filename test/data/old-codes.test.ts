/**
 * The shipped alias shards (public/data/old-codes/, built by `npm run data` from
 * data/boundaries/old-codes-gadm41.csv) hold every row of the list, each in the shard of its first
 * 4 digits, and send every old code somewhere the page can open: the old code is still a key
 * (GADM data, today), or `resolveOldCode` leads to a region of the rows, by key (Kemendagri keys,
 * after the BIG switch) or by Kemendagri code. Checked on the real data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_LAYOUT } from '../../src/lib/data-layout.ts';
import { resolveOldCode } from '../../src/lib/regions/old-code-alias.ts';
import { readOldCodeShard } from '../../src/lib/regions/read-old-code-shard.ts';
import { readOldCodes } from '../../src/lib/regions/read-old-codes.ts';
import { readRegionColumns } from '../../src/lib/regions/read-region-columns.ts';
import { buildRegionLookup, findKemendagri } from '../../src/lib/regions/region-lookup.ts';
import { regionOf } from '../../src/lib/regions/region-views.ts';
import { LEVELS } from '../../src/lib/types.ts';

const root = join(import.meta.dirname, '../..');
const pub = join(root, DATA_LAYOUT.builtFolder);
const read = (rel: string): unknown => JSON.parse(readFileSync(join(pub, rel), 'utf8'));

describe('old-code alias shards (real data)', () => {
  const rows = readOldCodes(readFileSync(join(root, 'data/boundaries/old-codes-gadm41.csv'), 'utf8'), 'old-codes-gadm41.csv');
  const kabs = read(DATA_LAYOUT.oldCodesIndex) as string[];
  const shards = new Map(kabs.map((kab) => [kab, readOldCodeShard(read(DATA_LAYOUT.oldCodes(kab)), kab, DATA_LAYOUT.oldCodes(kab))]));

  it('hold every row of the list once, in the shard of its first 4 digits', () => {
    expect(rows.length).toBeGreaterThan(84_000);
    expect([...shards.values()].reduce((n, s) => n + s.size, 0)).toBe(rows.length);
    for (const r of rows) expect(shards.get(r.kodeBps.slice(0, 4))?.get(r.kodeBps), r.kodeBps).toBe(r.kodeKemendagri);
  });

  it('send every old code to a region the page can open', () => {
    const lookup = buildRegionLookup(Object.fromEntries(LEVELS.map((l) => [l, readRegionColumns(l, read(DATA_LAYOUT.regions(l)))])));
    const lost: string[] = [];
    for (const r of rows) {
      if (regionOf(lookup, r.kodeBps)) continue;
      const target = resolveOldCode(r.kodeBps, shards.get(r.kodeBps.slice(0, 4)) ?? new Map(), (k) => !!(regionOf(lookup, k) ?? findKemendagri(lookup, k)));
      if (!target || !(regionOf(lookup, target.code) ?? findKemendagri(lookup, target.code))) lost.push(`${r.kodeBps} → ${target?.code}`);
    }
    // 3399999999 "Hutan" has no kecamatan of its prefix nor a Kemendagri code: the one known exception, should it stop being a key.
    expect(lost.filter((l) => !l.startsWith('3399999999 '))).toEqual([]);
  });
});
