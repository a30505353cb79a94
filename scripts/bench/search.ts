/**
 * Bench for region search: the index files in public/data/search (raw and gzip; what one query
 * loads) and the matcher's latency over realistic queries, typos included, with every desa loaded
 * (all ~84,000 names: the worst case; the page scans only the shards a query reads).
 * Needs public/data/search from `npm run data`; prints "skipped" without it.
 * Standalone: `npx tsx scripts/bench/search.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findRegions } from '../../src/lib/search/find-regions.ts';
import { SearchData } from '../../src/lib/search/search-data.ts';
import { shardsForQuery } from '../../src/lib/search/shards-for-query.ts';

/** What people type: names, typos, abbreviations, name + parent, kind prefixes, codes, partial input. */
export const BENCH_QUERIES = [
  'b', 'ba', 'bau', 'Baum', 'Baumata', 'Baumatta', 'Bawmata', 'Baumta', 'NTT', 'Jabar', 'Kaltara', 'Papua Tengah',
  'Sukamaju Garut', 'Kupang Taebenu', 'Kota Kupang', 'Kab Kupang', 'Kota Baru', 'Sidomulyo', 'Sidomuljo', 'Bandng',
  'Timor Tengah Selatan', 'Tanjung Karang Pusat', 'Pasar Minggu Jakarta', 'Cibinong Bogor', 'Desa Sukamaju Kaler',
  'Sukamajukaler', 'Waingapu Sumba Timur', '5303121006', '53.01.24.2002', '3205',
];

type Print = (label: string, value: string) => void;
type Budget = (label: string, value: number, max: number, fmt: (n: number) => string) => void;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Print search index sizes and query latency; `budget` marks figures over their limit. */
export async function benchSearch(print: Print, budget: Budget): Promise<void> {
  const dataDir = join(fileURLToPath(import.meta.url), '../../../public/data');
  const dir = join(dataDir, 'search');
  if (!existsSync(join(dir, 'core.json'))) {
    print('search', 'skipped (run npm run data first)');
    return;
  }
  const size = new Map<string, { raw: number; gz: number }>();
  const read = (rel: string) => {
    const body = readFileSync(join(dataDir, rel));
    size.set(rel, { raw: body.length, gz: gzipSync(body, { level: 9 }).length });
    return JSON.parse(body.toString('utf8')) as unknown;
  };
  const data = new SearchData(read('search/core.json') as ConstructorParameters<typeof SearchData>[0]);
  const core = size.get('search/core.json')!;
  print('search: core.json (first keystroke)', `${kb(core.raw)} raw / ${kb(core.gz)} gzip`);
  for (const kind of ['desa', 'codes']) {
    const files = readdirSync(join(dir, kind)).map((f) => `search/${kind}/${f}`);
    for (const f of files) data.addDesa(read(f) as Parameters<SearchData['addDesa']>[0]);
    const sized = files.map((f) => ({ f, ...size.get(f)! })).sort((a, b) => b.gz - a.gz);
    const total = sized.reduce((s, x) => ({ raw: s.raw + x.raw, gz: s.gz + x.gz }), { raw: 0, gz: 0 });
    print(`search: ${kind}/ ${files.length} shards, all`, `${kb(total.raw)} raw / ${kb(total.gz)} gzip`);
    print(`search: ${kind}/ largest (${sized[0].f.split('/').pop()})`, `${kb(sized[0].raw)} raw / ${kb(sized[0].gz)} gzip`);
  }
  print('search: names loaded for the latency runs', `${data.level.length}`);

  // Bytes one query makes the page fetch: the core plus the shards it reads.
  const loads = BENCH_QUERIES.map((q) => ({ q, gz: core.gz + shardsForQuery(data, q).paths.reduce((s, p) => s + size.get(p)!.gz, 0) })).sort((a, b) => b.gz - a.gz);
  budget(`search: most one query loads, gzip ("${loads[0].q}")`, loads[0].gz, 150 * 1024, kb);

  // Per query: the median of 5 runs (one GC pause or a busy machine should not decide it).
  for (let i = 0; i < 3; i++) for (const q of BENCH_QUERIES) findRegions(data, q);
  const perQuery = BENCH_QUERIES.map((q) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      findRegions(data, q);
      runs.push(performance.now() - t);
    }
    return { q, ms: runs.sort((a, b) => a - b)[2] };
  }).sort((a, b) => a.ms - b.ms);
  const slowest = perQuery[perQuery.length - 1];
  print(`search: latency, ${BENCH_QUERIES.length} queries (median of 5 runs each), all names loaded, median`, ms(perQuery[Math.floor(perQuery.length / 2)].ms));
  budget(`search: latency, slowest query ("${slowest.q}")`, slowest.ms, 50, ms);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let over = 0;
  await benchSearch(
    (label, value) => console.log(`${label.padEnd(72)} ${value}`),
    (label, value, max, fmt) => {
      if (value > max) over++;
      console.log(`${label.padEnd(72)} ${fmt(value)} (budget ${fmt(max)}${value > max ? ' — OVER' : ''})`);
    },
  );
  process.exit(over ? 1 : 0);
}
