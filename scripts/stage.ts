import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { importClosure } from './import-closure.ts';

/**
 * A pipeline stage. Whether it reruns is decided by the hash of its code, found from its imports
 * (never listed by hand, so it cannot miss a file), and of the data it declares.
 */
export interface Stage {
  name: string;
  /**
   * The module that does the stage's work (repo-relative, e.g. `scripts/indicators.ts`): it and
   * every file it imports, transitively, are hashed, with the `package.json` of every npm package
   * they import (its version).
   */
  entry: string;
  /** Data files and folders (repo-relative) the stage reads besides its code; folders are hashed whole. */
  inputs: string[];
  /** Files under `inputs` that are not hashed (a report the stage itself writes there). */
  exclude?: string[];
  /** Files (relative to the output folder) that must exist for the stage to count as built. */
  outputs: string[];
  run: () => Promise<void>;
}

/** Reads a file by absolute path; undefined when it does not exist. Tests pass their own. */
export type ReadInput = (path: string) => Promise<Uint8Array | undefined>;

const readInput: ReadInput = (path) => readFile(path).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));

/**
 * Every file whose content decides whether `stage` reruns, repo-relative with `/`, sorted: its
 * import closure, the manifests of the packages it imports and the files of its `inputs`.
 */
export async function stageFiles(root: string, stage: Pick<Stage, 'entry' | 'inputs' | 'exclude'>): Promise<string[]> {
  const { files, packages } = await importClosure(root, [stage.entry]);
  const skip = new Set((stage.exclude ?? []).map(slashed));
  const out = new Set([...files, ...packages.map((p) => `node_modules/${p}/package.json`)]);
  for (const input of stage.inputs) for (const f of await filesUnder(root, slashed(input))) if (!skip.has(f)) out.add(f);
  return [...out].sort();
}

/** The files of a folder, recursively; a file is itself; a missing path is kept (hashed as missing). */
async function filesUnder(root: string, rel: string): Promise<string[]> {
  const entries = await readdir(join(root, rel), { withFileTypes: true }).catch(() => null);
  if (!entries) return [rel];
  const nested = await Promise.all(entries.map((e) => filesUnder(root, `${rel}/${e.name}`)));
  return nested.flat();
}

const slashed = (p: string) => p.split(sep).join('/').replace(/\/+$/, '');

/** Hash of the files (repo-relative): each path with its bytes, or marked missing. */
export async function stageHash(root: string, files: readonly string[], read: ReadInput = readInput): Promise<string> {
  const h = createHash('sha256');
  const bodies = await Promise.all(files.map((f) => read(join(root, f))));
  files.forEach((f, i) => {
    const body = bodies[i];
    if (body === undefined) h.update(`${f}\0missing\0`);
    else h.update(`${f}\0${body.length}\0`).update(body);
  });
  return h.digest('hex').slice(0, 16);
}

/**
 * Run stages in order, skipping those whose inputs hash matches the stamp in
 * `<outDir>/.stamps.json` and whose outputs exist. `force` reruns everything. A stage after one
 * that reran reruns too (it may read what the earlier one wrote). A stage's stamp is removed before
 * it runs and written when it is done, so a stage that failed or was interrupted halfway reruns.
 */
export async function runStages(root: string, outDir: string, stages: Stage[], log: (m: string) => void, force = false): Promise<void> {
  const stampFile = join(outDir, '.stamps.json');
  const stamps: Record<string, string> = existsSync(stampFile) ? JSON.parse(await readFile(stampFile, 'utf8')) : {};
  let upstreamChanged = false;
  for (const stage of stages) {
    const files = await stageFiles(root, stage);
    const hash = await stageHash(root, files);
    const built = stage.outputs.every((o) => existsSync(join(outDir, o)));
    if (!force && !upstreamChanged && built && stamps[stage.name] === hash) {
      log(`▸ ${stage.name}: up to date (${files.length} inputs, hash ${hash})`);
      continue;
    }
    const t = Date.now();
    log(`▸ ${stage.name}: building…`);
    delete stamps[stage.name];
    await writeFile(stampFile, JSON.stringify(stamps, null, 2));
    await stage.run();
    stamps[stage.name] = hash;
    upstreamChanged = true;
    await writeFile(stampFile, JSON.stringify(stamps, null, 2));
    log(`▸ ${stage.name}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}
