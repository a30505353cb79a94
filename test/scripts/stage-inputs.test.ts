/**
 * The pipeline's stages never call stale output up to date: each stage hashes every file it
 * imports (checked against the TypeScript compiler's own list of the entry's program), and a
 * change to any of them changes the stage's hash and reruns it (on a temp copy of the code).
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, stages } from '../../scripts/data.ts';
import { runStages, stageFiles, stageHash, type ReadInput, type Stage } from '../../scripts/stage.ts';

const STAGES = stages(() => undefined);

/**
 * Repo files (outside node_modules) in the TypeScript program of `entry`, as `tsc --listFilesOnly`
 * lists them: an independent reading of the import graph (the compiler's own resolver), type-only
 * imports included.
 */
async function compilerFiles(entry: string): Promise<string[]> {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const flags = ['--ignoreConfig', '--listFilesOnly', '--noEmit', '--allowImportingTsExtensions', '--resolveJsonModule', '--module', 'esnext', '--moduleResolution', 'bundler', '--target', 'es2022', '--types', 'node'];
  const { stdout } = await promisify(execFile)(process.execPath, [tsc, ...flags, entry], { cwd: root, maxBuffer: 16 << 20 });
  return stdout
    .split('\n')
    .filter((f) => f.startsWith(root + sep) && !f.includes(`${sep}node_modules${sep}`))
    .map((f) => relative(root, f).split(sep).join('/'));
}

describe('stage inputs', () => {
  // The compiler runs for every stage at once (about 2 s each).
  const imports = new Map<string, Promise<string[]>>();
  beforeAll(() => {
    for (const s of STAGES) imports.set(s.name, compilerFiles(s.entry));
  });

  it.each(STAGES.map((s) => [s.name, s] as const))('%s hashes every file its entry imports', async (_, stage) => {
    const [hashed, imported] = await Promise.all([stageFiles(root, stage), imports.get(stage.name)!]);
    expect(imported).toContain(stage.entry);
    expect(imported.length).toBeGreaterThan(3);
    expect(imported.filter((f) => !hashed.includes(f))).toEqual([]);
  }, 60_000);

  it('hashes the version of each package a stage imports and the data it declares', async () => {
    const byName = new Map(await Promise.all(STAGES.map(async (s) => [s.name, await stageFiles(root, s)] as const)));
    expect(byName.get('boundaries')).toEqual(expect.arrayContaining(['node_modules/topojson-server/package.json', 'node_modules/mapshaper/package.json', 'data/boundaries/big-rbi-2023/desa/53.json.gz', 'data/crosswalk/crosswalk_kabupaten.csv', 'data/crosswalk/crosswalk_provinsi.csv']));
    expect(byName.get('indicators')).toEqual(expect.arrayContaining(['src/lib/errors.ts', 'src/lib/view/default-year.ts', 'data/stats/sources.csv']));
    expect(byName.get('indicators')).not.toContain('data/stats/CONFLICTS.md');
    expect(byName.get('programs')).toEqual(expect.arrayContaining(['data/programs/program_loci.csv', 'data/programs/knmp_2025.csv']));
    expect(byName.get('programs')).toContain('data/boundaries/old-codes-gadm41.csv');
    expect(byName.get('old-codes')).toEqual(expect.arrayContaining(['data/boundaries/old-codes-gadm41.csv', 'src/lib/regions/read-old-codes.ts', 'src/lib/regions/old-code-shards.ts']));
  });

  it.each(STAGES.map((s) => [s.name, s] as const))('%s: a change to any file it hashes changes its hash', async (_, stage) => {
    const files = await stageFiles(root, stage);
    const bodies = new Map(await Promise.all(files.map(async (f) => [join(root, f), await readFile(join(root, f)).catch(() => undefined)] as const)));
    const reading = (changed?: string): ReadInput => async (path) => {
      const body = bodies.get(path);
      if (path !== changed) return body;
      return body ? Buffer.concat([body, Buffer.from('\n// changed\n')]) : Buffer.from('created\n');
    };
    const base = await stageHash(root, files, reading());
    const unchanged = [];
    for (const f of files) if ((await stageHash(root, files, reading(join(root, f)))) === base) unchanged.push(f);
    expect(unchanged).toEqual([]);
  }, 60_000);
});

describe('runStages', () => {
  /**
   * The stages' code copied to a temp repository, with stub runs that record which stage ran and
   * write its outputs (or throw, for the stages named in `fail`).
   */
  function tempPipeline() {
    const tmp = mkdtempSync(join(tmpdir(), 'lokus-stages-'));
    const out = join(tmp, 'public/data');
    for (const dir of ['scripts', 'src/lib']) cpSync(join(root, dir), join(tmp, dir), { recursive: true });
    const ran: string[] = [];
    const fail = new Set<string>();
    const stubs: Stage[] = STAGES.map((s) => ({
      ...s,
      run: async () => {
        ran.push(s.name);
        if (fail.has(s.name)) throw new Error(`${s.name} failed`);
        for (const o of s.outputs) {
          mkdirSync(dirname(join(out, o)), { recursive: true });
          writeFileSync(join(out, o), '{}');
        }
      },
    }));
    mkdirSync(out, { recursive: true });
    const run = async () => {
      ran.length = 0;
      const log: string[] = [];
      await runStages(tmp, out, stubs, (m) => log.push(m));
      return { ran: [...ran], log };
    };
    return { tmp, run, fail };
  }

  it('reruns a stage when a file it imports changes, and only from that stage on', async () => {
    const { tmp, run } = tempPipeline();
    expect((await run()).ran).toEqual(['boundaries', 'indicators', 'programs', 'search', 'old-codes']);
    const again = await run();
    expect(again.ran).toEqual([]);
    expect(again.log.every((l) => / up to date \(\d+ inputs, hash [0-9a-f]{16}\)$/.test(l))).toBe(true);

    // The reproduction: the indicators stage imports default-year.ts through split-bundle.ts.
    appendFileSync(join(tmp, 'src/lib/view/default-year.ts'), '\n// a comment\n');
    expect((await run()).ran).toEqual(['indicators', 'programs', 'search', 'old-codes']);
    expect((await run()).ran).toEqual([]);

    // errors.ts is imported by every stage.
    appendFileSync(join(tmp, 'src/lib/errors.ts'), '\n// a comment\n');
    expect((await run()).ran).toEqual(['boundaries', 'indicators', 'programs', 'search', 'old-codes']);

    // A file no stage imports changes nothing.
    writeFileSync(join(tmp, 'src/lib/unused-by-stages.ts'), 'export {};\n');
    expect((await run()).ran).toEqual([]);
  }, 60_000);

  it('reruns a stage that failed halfway, though its inputs are back as they were', async () => {
    const { tmp, run, fail } = tempPipeline();
    await run();
    const file = join(tmp, 'src/lib/view/default-year.ts');
    const before = readFileSync(file, 'utf8');
    appendFileSync(file, '\n// a comment\n');
    fail.add('indicators');
    await expect(run()).rejects.toThrow('indicators failed');
    fail.clear();
    writeFileSync(file, before);
    expect((await run()).ran).toEqual(['indicators', 'programs', 'search', 'old-codes']);
  }, 60_000);

  it('reruns the search stage, and only the old-codes stage after it, when only its code changes', async () => {
    const { tmp, run } = tempPipeline();
    await run();
    const file = join(tmp, 'src/lib/search/build-search-index.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n// a comment\n`);
    expect((await run()).ran).toEqual(['search', 'old-codes']);
  }, 60_000);

  it('reruns the programs stage and those after it when the old-code list or its reader changes (the importer reads it too), and old-codes alone for its own code', async () => {
    const { tmp, run } = tempPipeline();
    mkdirSync(join(tmp, 'data/boundaries'), { recursive: true });
    writeFileSync(join(tmp, 'data/boundaries/old-codes-gadm41.csv'), 'level,kode_bps,kode_kemendagri\n');
    await run();
    appendFileSync(join(tmp, 'data/boundaries/old-codes-gadm41.csv'), 'kecamatan,5303121,53.01.24\n');
    expect((await run()).ran).toEqual(['programs', 'search', 'old-codes']);
    appendFileSync(join(tmp, 'src/lib/regions/read-old-codes.ts'), '\n// a comment\n');
    expect((await run()).ran).toEqual(['programs', 'search', 'old-codes']);
    appendFileSync(join(tmp, 'src/lib/regions/old-code-shards.ts'), '\n// a comment\n');
    expect((await run()).ran).toEqual(['old-codes']);
  }, 60_000);
});
