/**
 * The site the browser tests load: a production build with the test hooks
 * (`window.lokusMapProbe`, src/map/map-probe.ts, which the production build leaves out), in
 * .cache/e2e-site. The build needs no data, so `npm test` runs it (`tsx test/e2e/site-build.ts`)
 * while the data is built, on the core the data build leaves free, and tells the browser tests'
 * setup so (`LOKUS_E2E_SITE_BUILT=1`); a plain `vitest` run builds it in the setup.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { isMain } from '../../scripts/cli.ts';

const root = resolve(import.meta.dirname, '../..');

/** Where the site is built. */
export const E2E_SITE_DIR = join(root, '.cache', 'e2e-site');

/** Build the site into `E2E_SITE_DIR`. */
export async function buildE2eSite(): Promise<void> {
  await build({ root, logLevel: 'warn', build: { outDir: E2E_SITE_DIR, emptyOutDir: true, copyPublicDir: false }, define: { 'import.meta.env.VITE_LOKUS_TEST_HOOKS': JSON.stringify('1') } });
}

if (isMain(import.meta.url)) await buildE2eSite();
