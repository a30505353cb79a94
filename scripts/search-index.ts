/**
 * Pipeline stage `search`: the region search index in public/data/search/, built from
 * regions/{level}.json (written by the boundaries stage). Layout (see src/lib/search/types.ts):
 * - `core.json`: provinsi, kabupaten, kecamatan (names, codes, parent indexes) and the shard lists;
 *   the page loads it when search is first used;
 * - `desa/{letter}.json`: desa whose name key starts with that letter ('0' for digits);
 *   a name query loads the shard of its first letter (and of each word that may start a desa
 *   name in a "name + parent" query);
 * - `codes/{kabupaten}.json`: desa by BPS kabupaten (and Kemendagri kabupaten) code, for code queries.
 * - `desa-no-polygon.json`: Kemendagri desa without a polygon (from `boundary-join.csv`), which are
 *   also in the desa and code shards, flagged: the page opens their kecamatan.
 * Logs every part's gzip size. Standalone: `npx tsx scripts/search-index.ts`.
 */
import { readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DATA_LAYOUT } from '../src/lib/data-layout.ts';
import { DataError } from '../src/lib/errors.ts';
import { buildSearchIndex, type RegionNames } from '../src/lib/search/build-search-index.ts';
import { noPolygonFromJoin } from '../src/lib/regions/no-polygon-from-join.ts';
import { readDesaNoPolygon } from '../src/lib/regions/desa-no-polygon.ts';
import type { Level } from '../src/lib/types.ts';
import { isMain, runCli } from './cli.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Gzip size (level 9, as the bench measures) of a file body. */
export const gzipSize = (body: string) => gzipSync(body, { level: 9 }).length;

/** Write public/data/search/ from public/data/regions/; returns the gzip size of each file written, by path. */
export async function buildSearchIndexFiles(opts: { outDir: string; log: (m: string) => void }): Promise<Map<string, number>> {
  const read = async (level: Level): Promise<RegionNames> => {
    const rel = DATA_LAYOUT.regions(level);
    const file = join(opts.outDir, rel);
    const json = JSON.parse(await readFile(file, 'utf8').catch(() => { throw new DataError(`${file} is missing: run the boundaries stage first`, { file }); })) as RegionNames;
    for (const col of ['kode', 'kemendagri', 'name', 'parent'] as const) {
      if (!Array.isArray(json[col]) || json[col].length !== json.kode.length) throw new DataError(`${rel}: column "${col}" missing or of the wrong length`, { file, column: col });
    }
    return json;
  };
  // Kemendagri desa without a polygon: findable, opened at their kecamatan (boundary-join.csv of the boundaries stage).
  const joinFile = join(opts.outDir, DATA_LAYOUT.boundaryJoinCsv);
  const joined = await readFile(joinFile, 'utf8').catch(() => { throw new DataError(`${joinFile} is missing: run the boundaries stage first`, { file: joinFile }); });
  const noPolygon = readDesaNoPolygon(noPolygonFromJoin(joined, DATA_LAYOUT.boundaryJoinCsv), DATA_LAYOUT.boundaryJoinCsv);
  const index = buildSearchIndex({ provinsi: await read('provinsi'), kabupaten: await read('kabupaten'), kecamatan: await read('kecamatan'), desa: await read('desa') }, noPolygon);
  await rm(join(opts.outDir, DATA_LAYOUT.searchFolder), { recursive: true, force: true });
  const sizes = new Map<string, number>();
  const write = async (rel: string, value: unknown) => {
    const body = JSON.stringify(value);
    await mkdir(dirname(join(opts.outDir, rel)), { recursive: true });
    await writeFile(join(opts.outDir, rel), body);
    sizes.set(rel, gzipSize(body));
  };
  await write(DATA_LAYOUT.searchCore, index.core);
  await write(DATA_LAYOUT.searchNoPolygon, noPolygon);
  const desaFiles = [...index.desa].map(([letter, shard]) => [DATA_LAYOUT.searchDesa(letter), shard] as const);
  const codeFiles = [...index.codes].map(([kab, shard]) => [DATA_LAYOUT.searchCodes(kab), shard] as const);
  for (const [rel, shard] of [...desaFiles, ...codeFiles]) await write(rel, shard);

  const part = (files: (readonly [string, unknown])[]) => files.map(([f]): [string, number] => [f, sizes.get(f) ?? 0]).sort((a, b) => b[1] - a[1]);
  const sum = (list: [string, number][]) => list.reduce((s, [, n]) => s + n, 0);
  const desa = part(desaFiles), codes = part(codeFiles);
  const core = sizes.get(DATA_LAYOUT.searchCore) ?? 0;
  opts.log(`  ${DATA_LAYOUT.searchCore}: ${index.core.provinsi.kode.length} provinsi, ${index.core.kabupaten.kode.length} kabupaten, ${index.core.kecamatan.kode.length} kecamatan, ${kb(core)} gzip`);
  opts.log(`  search/desa: ${desa.length} name shards, ${kb(sum(desa))} gzip in all, largest ${desa[0][0]} ${kb(desa[0][1])}, then ${desa[1][0]} ${kb(desa[1][1])}`);
  opts.log(`  search/codes: ${codes.length} code shards, ${kb(sum(codes))} gzip in all, largest ${codes[0][0]} ${kb(codes[0][1])}`);
  opts.log(`  search: a one-word name query loads at most ${kb(core + desa[0][1])} gzip (core + ${desa[0][0]}); two words at most ${kb(core + desa[0][1] + desa[1][1])}`);
  opts.log(`  ${DATA_LAYOUT.searchNoPolygon}: ${noPolygon.kode.length} Kemendagri desa without a polygon (in the desa and code shards too, opened at their kecamatan), ${kb(sizes.get(DATA_LAYOUT.searchNoPolygon) ?? 0)} gzip`);
  if (index.strayKemendagri) opts.log(`  search: ${index.strayKemendagri} desa have a Kemendagri code outside every kabupaten's code (findable by name and BPS code only)`);
  return sizes;
}

if (isMain(import.meta.url)) {
  // The folder `npm run data` writes (not imported from data.ts, whose imports are every stage's code).
  const outDir = join(dirname(fileURLToPath(import.meta.url)), '../public/data');
  runCli(() => buildSearchIndexFiles({ outDir, log: console.log }));
}
