/**
 * Setup of the Vitest project `data`: its tests check the real outputs in public/data, so they
 * cannot run, and must not pass, without them. A missing file stops the run before any test, naming
 * the file and the command that builds it (`npm test` runs that command before Vitest).
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Files the data tests read, one per pipeline stage output they rely on (see scripts/data.ts). */
const needed = [
  'regions.csv',
  'regions/desa.json',
  'boundaries/national.topo.json',
  'boundaries/kecamatan/53.topo.json',
  'boundaries/desa/5303.topo.json',
  'indicators.json',
  'programs.geojson',
  'search/core.json',
];

export default function setup(): void {
  const dir = join(root, 'public/data');
  const missing = existsSync(dir) ? needed.map((f) => join(dir, f)).filter((f) => !existsSync(f)).map((f) => relative(root, f)) : ['public/data'];
  if (missing.length === 0) return;
  const list = missing.length === 1 ? missing[0] : `${missing[0]} (and ${missing.length - 1} more: ${missing.slice(1).join(', ')})`;
  throw new Error(`The data tests need the built data, but ${list} is missing. Build it with \`npm run data\` (about 2 minutes), then rerun; \`npm test\` builds it first.`);
}
