/**
 * Browser-test setup: build the site once into .cache/e2e-site, serve it on a free localhost port
 * with a tiny static server, and hand the URL to the tests (`inject('siteUrl')`).
 * Data: public/data (built by `npm run data`, which `npm test` runs first); the setup fails when its
 * indicators.json is missing. LOKUS_DATA_DIR=<dir> serves another complete data folder instead, and
 * LOKUS_E2E_DATA=synthetic the SYNTHETIC fixture in test/fixtures/site/synthetic/data (then
 * vite.config.ts leaves out the real-data-only test/e2e/programs.test.ts).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve-site.ts';
import { DATA_LAYOUT } from '../../src/lib/data-layout.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    dataKind: 'real' | 'synthetic';
  }
}

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, '.cache', 'e2e-site');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const real = process.env.LOKUS_E2E_DATA !== 'synthetic';
  const dataDir = real ? (process.env.LOKUS_DATA_DIR ?? join(root, DATA_LAYOUT.builtFolder)) : join(root, 'test/fixtures/site/synthetic/data');
  const marker = join(dataDir, DATA_LAYOUT.indicatorsJson);
  if (!existsSync(marker)) {
    throw new Error(`The browser tests need the built data, but ${relative(root, marker)} is missing. Build it with \`npm run data\` (about 2 minutes), then rerun; \`npm test\` builds it first (LOKUS_E2E_DATA=synthetic runs map.test.ts on the synthetic fixture instead).`);
  }
  // With the test hooks (`window.lokusMapProbe`, src/map/map-probe.ts), which the production build leaves out.
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, copyPublicDir: false }, define: { 'import.meta.env.VITE_LOKUS_TEST_HOOKS': JSON.stringify('1') } });
  const server = serve(outDir, dataDir, join(root, 'public'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  project.provide('siteUrl', `http://127.0.0.1:${port}/`);
  project.provide('dataKind', real ? 'real' : 'synthetic');
  return () => new Promise<void>((r) => server.close(() => r()));
}
