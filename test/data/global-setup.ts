/**
 * Setup of the Vitest project `data`: its tests check the real outputs in public/data, so they
 * cannot run, and must not pass, without them. A missing file stops the run before any test, naming
 * the file and the command that builds it (`npm test` runs that command before Vitest).
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DATA_LAYOUT } from '../../src/lib/data-layout.ts';

const root = resolve(import.meta.dirname, '../..');

/** Files the data tests read, one per pipeline stage output they rely on (see scripts/data.ts). */
const needed = [
  DATA_LAYOUT.regionsCsv,
  DATA_LAYOUT.regions('desa'),
  DATA_LAYOUT.national,
  DATA_LAYOUT.chunk('kecamatan', '53'),
  DATA_LAYOUT.chunk('desa', '5303'),
  DATA_LAYOUT.indicatorsJson,
  DATA_LAYOUT.programs,
  DATA_LAYOUT.searchCore,
];

export default function setup(): void {
  const dir = join(root, DATA_LAYOUT.builtFolder);
  const missing = existsSync(dir) ? needed.map((f) => join(dir, f)).filter((f) => !existsSync(f)).map((f) => relative(root, f)) : [DATA_LAYOUT.builtFolder];
  if (missing.length === 0) return;
  const list = missing.length === 1 ? missing[0] : `${missing[0]} (and ${missing.length - 1} more: ${missing.slice(1).join(', ')})`;
  throw new Error(`The data tests need the built data, but ${list} is missing. Build it with \`npm run data\` (about 2 minutes), then rerun; \`npm test\` builds it first.`);
}
