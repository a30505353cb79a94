/**
 * Bench for indicators: wall time of the indicator build (reading data/stats, joining to the
 * registry, writing both files), the size of what the map loads (`indicators.json`, raw and gzip),
 * and the browser-side hotspot pass over all kabupaten/kota. Needs `public/data/regions.csv` from
 * `npm run data`; prints "skipped" without it. Standalone: `npx tsx scripts/bench/indicators.ts`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findHotspots } from '../../src/lib/hotspot/hotspot-flags.ts';
import { parseRegionsCsv } from '../../src/lib/regions/regions-csv.ts';
import type { IndicatorBundle } from '../../src/lib/indicators/types.ts';
import { buildIndicators } from '../indicators.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Print indicator build time, bundle size (raw, gzip) and hotspot-pass time as label/value pairs. */
export async function benchIndicators(print: (label: string, value: string) => void): Promise<void> {
  const regionsCsv = join(ROOT, 'public/data/regions.csv');
  if (!existsSync(regionsCsv)) {
    print('indicators', 'skipped (public/data/regions.csv not built; run npm run data)');
    return;
  }
  const out = await mkdtemp(join(tmpdir(), 'lokus-bench-indicators-'));
  try {
    const t0 = performance.now();
    await buildIndicators({ regionsCsv, outDir: out, log: () => {} });
    print('indicators build', `${(performance.now() - t0).toFixed(0)} ms`);
    const json = await readFile(join(out, 'indicators.json'));
    print('indicators.json (map loads)', `${kb(json.length)} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip`);
    const csv = await stat(join(out, 'indicators.csv'));
    print('indicators.csv (download)', kb(csv.size));
    const bundle = JSON.parse(json.toString('utf8')) as IndicatorBundle;
    const kabupaten = parseRegionsCsv(await readFile(regionsCsv, 'utf8')).filter((r) => r.level === 'kabupaten');
    // Cold (first call, includes JIT warm-up) and median of five warm runs on a fresh bundle copy each.
    const times: number[] = [];
    let hot = 0;
    for (let i = 0; i < 6; i++) {
      const copy = { ...bundle };
      const t1 = performance.now();
      hot = findHotspots(copy, kabupaten, 2025, { poverty: 'yes' }, { p0: 'quintile' }).length;
      times.push(performance.now() - t1);
    }
    const warm = times.slice(1).sort((a, b) => a - b)[2];
    print(`hotspot pass, ${kabupaten.length} kab/kota, 2025, quintile`, `${times[0].toFixed(1)} ms cold, ${warm.toFixed(1)} ms warm (${hot} P0 hotspots)`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchIndicators((label, value) => console.log(`${label.padEnd(46)} ${value}`));
}
