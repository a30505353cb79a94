import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bigJoinReport } from '../src/lib/boundary/big-join-report.ts';
import { joinBig } from '../src/lib/boundary/join-big.ts';
import { isMain, runCli } from './cli.ts';
import { BIG_CITATION, BIG_DIR, loadBigDesa, loadBigRecode } from './sources/big.ts';
import { loadKemendagri } from './sources/kemendagri.ts';

/**
 * Join BIG's RBI 2023 desa polygons to Kemendagri's list and write the join report
 * (`JOIN.md`, `join.csv`) next to the copy. Run: `npx tsx scripts/big-join.ts`.
 */
export async function writeBigJoin(root: string): Promise<string> {
  const dir = join(root, BIG_DIR);
  const [{ features }, kd, recode] = await Promise.all([loadBigDesa(dir), loadKemendagri(), loadBigRecode(dir)]);
  const result = joinBig(features, kd, recode);
  const { markdown, csv } = bigJoinReport(result, BIG_CITATION);
  await writeFile(join(dir, 'JOIN.md'), markdown);
  await writeFile(join(dir, 'join.csv'), csv);
  return `BIG ↔ Kemendagri: ${JSON.stringify(result.counts)}; ${result.withoutPolygon.length} listed desa without polygon; ${result.kecamatanWithoutPolygon.length} kecamatan without polygon`;
}

if (isMain(import.meta.url)) runCli(async () => console.log(await writeBigJoin(process.cwd())));
