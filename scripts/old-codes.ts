/**
 * Pipeline stage `old-codes`: ship data/boundaries/old-codes-gadm41.csv (the GADM-era BPS kecamatan
 * and desa keys with their Kemendagri codes) as one small JSON shard per kabupaten of the old code
 * (`old-codes/{first 4 digits}.json`, see `oldCodeShards`), so the page fetches only the shard an
 * old `?region=` link, a typed code or a program file needs. The CSV is read strictly
 * (`readOldCodes`: a bad row stops the build naming file, row, column and value). Logs the counts
 * and sizes. Standalone: `npx tsx scripts/old-codes.ts`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DATA_LAYOUT } from '../src/lib/data-layout.ts';
import { DataError } from '../src/lib/errors.ts';
import { oldCodeShards } from '../src/lib/regions/old-code-shards.ts';
import { readOldCodes } from '../src/lib/regions/read-old-codes.ts';
import { isMain, runCli } from './cli.ts';

/** The frozen list, relative to the repository root (the stage's declared input). */
export const OLD_CODES_CSV = 'data/boundaries/old-codes-gadm41.csv';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** Gzip size (level 9, as the bench measures) of a file body. */
const gzipSize = (body: string) => gzipSync(body, { level: 9 }).length;

/** Write public/data/old-codes/ from the CSV; returns the shards written (kabupaten → entry count). */
export async function buildOldCodes(opts: { root: string; outDir: string; log: (m: string) => void }): Promise<Map<string, number>> {
  const file = join(opts.root, OLD_CODES_CSV);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new DataError(`${OLD_CODES_CSV} is missing`, { file: OLD_CODES_CSV });
  });
  const rows = readOldCodes(text, OLD_CODES_CSV);
  const shards = oldCodeShards(rows);
  await rm(join(opts.outDir, DATA_LAYOUT.oldCodesFolder), { recursive: true, force: true });
  await mkdir(join(opts.outDir, DATA_LAYOUT.oldCodesFolder), { recursive: true });
  const counts = new Map<string, number>();
  const sizes: [string, number][] = [];
  for (const [kab, shard] of shards) {
    const body = JSON.stringify(shard);
    await writeFile(join(opts.outDir, DATA_LAYOUT.oldCodes(kab)), body);
    counts.set(kab, Object.keys(shard).length);
    sizes.push([kab, gzipSize(body)]);
  }
  await writeFile(join(opts.outDir, DATA_LAYOUT.oldCodesIndex), JSON.stringify([...shards.keys()]));
  const kec = rows.filter((r) => r.kodeBps.length === 7), desa = rows.filter((r) => r.kodeBps.length === 10);
  const unmatched = (list: typeof rows) => list.filter((r) => r.kodeKemendagri === '').length;
  sizes.sort((a, b) => b[1] - a[1]);
  const total = sizes.reduce((s, [, n]) => s + n, 0);
  opts.log(`  ${OLD_CODES_CSV}: ${kec.length} kecamatan (${unmatched(kec)} without a Kemendagri match), ${desa.length} desa (${unmatched(desa)} without a match)`);
  opts.log(`  ${DATA_LAYOUT.oldCodesFolder}: ${shards.size} shards, ${kb(total)} gzip in all, median ${kb(sizes[sizes.length >> 1]?.[1] ?? 0)}, largest ${DATA_LAYOUT.oldCodes(sizes[0]?.[0] ?? '')} ${kb(sizes[0]?.[1] ?? 0)}`);
  return counts;
}

if (isMain(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  runCli(() => buildOldCodes({ root, outDir: join(root, DATA_LAYOUT.builtFolder), log: console.log }).then(() => undefined));
}
