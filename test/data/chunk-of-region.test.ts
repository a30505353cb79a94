/**
 * The page names the boundary chunk of a kecamatan or desa through the region rows' parents
 * (`sourceOfRegion` with `parentsIn`), not through the key's digits: checked here for every
 * kecamatan and desa with a polygon in the real public/data (built by `npm run data`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { DATA_LAYOUT } from '../../src/lib/data-layout.ts';
import { parentsIn } from '../../src/lib/regions/parents-in.ts';
import { readRegionColumns } from '../../src/lib/regions/read-region-columns.ts';
import { buildRegionLookup } from '../../src/lib/regions/region-lookup.ts';
import { LEVELS } from '../../src/lib/types.ts';
import { sourceOfRegion } from '../../src/lib/view/drill.ts';

const pub = join(import.meta.dirname, '../../public/data');
const read = (rel: string): unknown => JSON.parse(readFileSync(join(pub, rel), 'utf8'));

describe('chunk of each region (real data)', () => {
  it('finds every kecamatan and desa in the chunk its parents name', () => {
    const lookup = buildRegionLookup(Object.fromEntries(LEVELS.map((l) => [l, readRegionColumns(l, read(DATA_LAYOUT.regions(l)))])));
    const parents = parentsIn(lookup);
    const ids = new Map<string, Set<string>>();
    const idsOf = (source: string) => {
      if (!ids.has(source)) {
        const [level, key] = source.split('-') as ['kecamatan' | 'desa', string];
        const topo = read(DATA_LAYOUT.chunk(level, key)) as Topology;
        const geometries = topo.objects[level]?.type === 'GeometryCollection' ? topo.objects[level].geometries : [];
        ids.set(source, new Set(geometries.map((g) => String(g.id))));
      }
      return ids.get(source)!;
    };
    const missing: string[] = [];
    let checked = 0;
    for (const level of ['kecamatan', 'desa'] as const) {
      const cols = lookup.levels[level];
      cols.kode.forEach((kode, i) => {
        if (cols.lon[i] === null) return;
        checked++;
        const source = sourceOfRegion(kode, parents);
        if (!source || !idsOf(source).has(kode)) missing.push(`${level} ${kode} (${cols.name[i]}): not in ${source ?? 'any chunk'}`);
      });
    }
    expect(checked).toBeGreaterThan(70_000);
    expect(missing.slice(0, 10)).toEqual([]);
  });
});
