import { readFile, stat } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, extname, relative, resolve, sep } from 'node:path';
// Imports are found with es-module-lexer (the lexer Vite and Vitest use), not with regexes: it skips
// comments and strings, reads every form (`import … from`, `export … from`, side-effect imports,
// `import type`, dynamic `import('…')`) and reports a computed `import()` as such, where a regex
// misreads all of these. TypeScript 7's own JS API is only an unstable client of the native
// compiler (a separate process per program), too slow to run before every stage.
import { init, parse } from 'es-module-lexer';

/** Every source file a module runs and every package those files import. */
export interface ImportClosure {
  /** Repo-relative paths (with `/`), the entries included, sorted. */
  files: string[];
  /** Names of the npm packages imported (`topojson-client`, `@turf/area`), sorted; Node builtins left out. */
  packages: string[];
}

/** Files the lexer reads; other imported files (JSON) are hashed but import nothing. */
const MODULE_EXTENSIONS = new Set(['.ts', '.mts', '.js', '.mjs']);
/** Tried in order when a relative specifier names no file as written. */
const RESOLVE_SUFFIXES = ['', '.ts', '.mts', '.js', '.mjs', '/index.ts', '/index.js'];
const BUILTINS = new Set(builtinModules);

/**
 * The import closure of `entries` (repo-relative): follow every relative import, static or dynamic,
 * from file to file. A computed `import()` (not a string literal), an import that names no file or
 * one outside the repository throws an Error naming the file, as a stage whose code cannot be
 * listed cannot be trusted to be up to date.
 */
export async function importClosure(root: string, entries: string[]): Promise<ImportClosure> {
  await init;
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => resolve(root, e));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const rel = repoPath(root, file);
    if (files.has(rel)) continue;
    files.add(rel);
    if (!MODULE_EXTENSIONS.has(extname(file))) continue;
    for (const { spec, typeOnly } of await specifiers(file, rel)) {
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(await resolveFile(file, rel, spec));
      // `import type … from 'geojson'` names a package of types (@types/geojson) that never runs.
      else if (!typeOnly && !spec.startsWith('node:') && !BUILTINS.has(spec)) packages.add(packageName(spec));
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** The specifiers a module imports; `typeOnly` for `import type` and `export type` statements. */
async function specifiers(file: string, rel: string): Promise<{ spec: string; typeOnly: boolean }[]> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new Error(`${rel}: cannot read it (${e.code ?? e.message})`);
  });
  let imports: ReturnType<typeof parse>[0];
  try {
    // The lexer reads JavaScript: it skips `export type { … } from` and `export type * from` without
    // a word. Blank out `type` there (same length, so offsets still point into `text`).
    [imports] = parse(text.replace(/\bexport\s+type(?=\s*[{*])/g, (m) => `export${' '.repeat(m.length - 6)}`), rel);
  } catch (e) {
    throw new Error(`${rel}: cannot list its imports (${(e as Error).message}); stage code must be plain TypeScript (no JSX)`);
  }
  const out: { spec: string; typeOnly: boolean }[] = [];
  for (const i of imports) {
    if (i.d === -2) continue; // import.meta
    if (i.n === undefined) throw new Error(`${rel}:${lineOf(text, i.ss)}: a computed import (${text.slice(i.ss, i.se)}) cannot be followed; import the file by a string literal`);
    out.push({ spec: i.n.replace(/[?#].*$/, ''), typeOnly: /^(import|export)\s+type\s/.test(text.slice(i.ss, i.se)) });
  }
  return out;
}

async function resolveFile(from: string, fromRel: string, spec: string): Promise<string> {
  const base = resolve(dirname(from), spec);
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
  }
  throw new Error(`${fromRel}: import "${spec}" names no file`);
}

function repoPath(root: string, file: string): string {
  const rel = relative(root, file);
  if (rel.startsWith('..') || resolve(root, rel) !== file) throw new Error(`${file}: imported from outside the repository (${root})`);
  return rel.split(sep).join('/');
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function lineOf(text: string, at: number): number {
  return text.slice(0, at).split('\n').length;
}
