/**
 * Browser-test setup: build the site once into .cache/e2e-site (site-build.ts; unless `npm test` has
 * just built it), serve it on a free localhost port
 * with a tiny static server, and hand the URL to the tests (`inject('siteUrl')`).
 * Data: public/data (built by `npm run data`, which `npm test` runs first); the setup fails when its
 * indicators.json is missing. LOKUS_DATA_DIR=<dir> serves another complete data folder instead, and
 * LOKUS_E2E_DATA=synthetic the SYNTHETIC fixture in test/fixtures/site/synthetic/data (then
 * vite.config.ts leaves out the real-data-only test/e2e/programs.test.ts).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve-site.ts';
import { DATA_LAYOUT } from '../../src/lib/data-layout.ts';
import { buildE2eSite, E2E_SITE_DIR } from './site-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    dataKind: 'real' | 'synthetic';
  }
}

const root = resolve(import.meta.dirname, '../..');
const outDir = E2E_SITE_DIR;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const real = process.env.LOKUS_E2E_DATA !== 'synthetic';
  const dataDir = real ? (process.env.LOKUS_DATA_DIR ?? join(root, DATA_LAYOUT.builtFolder)) : join(root, 'test/fixtures/site/synthetic/data');
  const marker = join(dataDir, DATA_LAYOUT.indicatorsJson);
  if (!existsSync(marker)) {
    throw new Error(`The browser tests need the built data, but ${relative(root, marker)} is missing. Build it with \`npm run data\` (about 2 minutes), then rerun; \`npm test\` builds it first (LOKUS_E2E_DATA=synthetic runs map.test.ts on the synthetic fixture instead).`);
  }
  // Built by `npm test` while the data was built (site-build.ts), or here.
  if (process.env.LOKUS_E2E_SITE_BUILT !== '1' || !existsSync(join(outDir, 'index.html'))) await buildE2eSite();
  const server = serve(outDir, dataDir, join(root, 'public'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  project.provide('siteUrl', `http://127.0.0.1:${port}/`);
  project.provide('dataKind', real ? 'real' : 'synthetic');
  return () => new Promise<void>((r) => server.close(() => r()));
}
