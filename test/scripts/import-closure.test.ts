/** scripts/import-closure.ts on small module trees written to a temp dir. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importClosure } from '../../scripts/import-closure.ts';

/** A temp repository holding `files` (path → text). */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lokus-closure-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('importClosure', () => {
  it('follows every form of import, transitively, and lists the packages imported', async () => {
    const root = repo({
      'scripts/entry.ts': [
        "import { a } from '../src/lib/a.ts';",
        "import type { T } from '../src/lib/types.ts';",
        "export { b } from '../src/lib/b.ts';",
        "export * from '../src/lib/star.ts';",
        "import '../src/lib/side-effect.ts';",
        "import { readFile } from 'node:fs/promises';",
        "import path from 'path';",
        "import { feature } from 'topojson-client';",
        "import area from '@turf/area/dist/index.js';",
        "import type { Feature } from 'geojson';",
        "export type { Topology } from 'topojson-specification';",
        "const x = <never>a; // a cast that looks like JSX, then: import { fake } from './commented.ts'",
        '/* import "./also-commented.ts" */',
        "const s = \"import './in-a-string.ts'\";",
        'if (import.meta.url) void import(\'./lazy.ts\');',
        'export const t: T = x;',
      ].join('\n'),
      'src/lib/a.ts': "import { c } from './deep/c.ts';\nexport const a = c;",
      'src/lib/deep/c.ts': "import data from '../table.json' with { type: 'json' };\nexport const c = data;",
      'src/lib/table.json': '{"import": "./not-followed.ts"}',
      'src/lib/types.ts': 'export type T = number;',
      'src/lib/b.ts': 'export const b = 1;',
      'src/lib/star.ts': 'export const star = 1;',
      'src/lib/side-effect.ts': '',
      'scripts/lazy.ts': "export const lazy = () => import('../src/lib/late.ts');",
      'src/lib/late.ts': 'export {};',
      'src/lib/unused.ts': 'export {};',
    });
    expect(await importClosure(root, ['scripts/entry.ts'])).toEqual({
      files: ['scripts/entry.ts', 'scripts/lazy.ts', 'src/lib/a.ts', 'src/lib/b.ts', 'src/lib/deep/c.ts', 'src/lib/late.ts', 'src/lib/side-effect.ts', 'src/lib/star.ts', 'src/lib/table.json', 'src/lib/types.ts'],
      packages: ['@turf/area', 'topojson-client'],
    });
  });

  it('follows type-only re-exports of files (export type { … } from, export type * from), which the lexer alone skips', async () => {
    const root = repo({
      'scripts/entry.ts': "export type { Region } from '../src/lib/region.ts';\nexport type * from '../src/lib/all.ts';\nexport type { Topology } from 'topojson-specification';",
      'src/lib/region.ts': 'export interface Region { kode: string }',
      'src/lib/all.ts': 'export type A = 1;',
    });
    expect(await importClosure(root, ['scripts/entry.ts'])).toEqual({ files: ['scripts/entry.ts', 'src/lib/all.ts', 'src/lib/region.ts'], packages: [] });
  });

  it('survives import cycles', async () => {
    const root = repo({ 'a.ts': "import './b.ts';", 'b.ts': "import './a.ts';" });
    expect((await importClosure(root, ['a.ts'])).files).toEqual(['a.ts', 'b.ts']);
  });

  it('refuses a computed import(), naming the file and line', async () => {
    const root = repo({ 'a.ts': "const name = 'b';\nawait import('./' + name + '.ts');" });
    await expect(importClosure(root, ['a.ts'])).rejects.toThrow(/^a\.ts:2: a computed import .* cannot be followed/);
  });

  it('refuses an import that names no file', async () => {
    const root = repo({ 'a.ts': "import './gone.ts';" });
    await expect(importClosure(root, ['a.ts'])).rejects.toThrow('a.ts: import "./gone.ts" names no file');
  });

  it('refuses an import from outside the repository', async () => {
    const root = repo({ 'repo/a.ts': "import '../outside.ts';", 'outside.ts': '' });
    await expect(importClosure(join(root, 'repo'), ['a.ts'])).rejects.toThrow(/imported from outside the repository/);
  });

  it('refuses a missing entry, naming it', async () => {
    await expect(importClosure(repo({}), ['scripts/none.ts'])).rejects.toThrow('scripts/none.ts: cannot read it (ENOENT)');
  });
});
