import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A pipeline stage: named inputs (files or folders) hashed to decide whether to rerun. */
export interface Stage {
  name: string;
  /** Files and folders (relative to the repo root) whose content decides whether the stage reruns. */
  inputs: string[];
  /** Files under `inputs` that are not hashed (a report the stage itself writes there). */
  exclude?: string[];
  /** Files (relative to the output folder) that must exist for the stage to count as built. */
  outputs: string[];
  run: () => Promise<void>;
}

async function hashPath(h: ReturnType<typeof createHash>, root: string, rel: string, exclude: ReadonlySet<string>): Promise<void> {
  if (exclude.has(rel)) return;
  const p = join(root, rel);
  if (!existsSync(p)) return void h.update(`missing:${rel}`);
  const entries = await readdir(p, { withFileTypes: true }).catch(() => null);
  if (!entries) return void h.update(rel).update(await readFile(p));
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) await hashPath(h, root, join(rel, e.name), exclude);
}

/** Hash of a stage's inputs. */
export async function stageHash(root: string, inputs: string[], exclude: readonly string[] = []): Promise<string> {
  const h = createHash('sha256');
  const skip = new Set(exclude.map((e) => join(e)));
  for (const rel of inputs) await hashPath(h, root, rel, skip);
  return h.digest('hex').slice(0, 16);
}

/**
 * Run stages in order, skipping those whose inputs hash matches the stamp in
 * `<outDir>/.stamps.json` and whose outputs exist. `force` reruns everything.
 */
export async function runStages(root: string, outDir: string, stages: Stage[], log: (m: string) => void, force = false): Promise<void> {
  const stampFile = join(outDir, '.stamps.json');
  const stamps: Record<string, string> = existsSync(stampFile) ? JSON.parse(await readFile(stampFile, 'utf8')) : {};
  let upstreamChanged = false;
  for (const stage of stages) {
    const hash = await stageHash(root, stage.inputs, stage.exclude);
    const built = stage.outputs.every((o) => existsSync(join(outDir, o)));
    if (!force && !upstreamChanged && built && stamps[stage.name] === hash) {
      log(`▸ ${stage.name}: up to date (inputs ${hash})`);
      continue;
    }
    const t = Date.now();
    log(`▸ ${stage.name}: building…`);
    await stage.run();
    stamps[stage.name] = hash;
    upstreamChanged = true;
    await writeFile(stampFile, JSON.stringify(stamps, null, 2));
    log(`▸ ${stage.name}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}
