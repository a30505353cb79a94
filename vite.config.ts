import type { Plugin } from 'vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { DATA_LAYOUT } from './src/lib/data-layout.ts';

/**
 * The first view's data files, requested from index.html as `<link rel=preload>` so they download
 * while the JavaScript is still loading (the page's fetches then reuse them). Paths are relative
 * to the data folder; the base is the build's `VITE_LOKUS_DATA_BASE` (default `./data/`). `p0` is
 * the page's default indicator (`appDefaults.indicator`).
 */
const FIRST_VIEW_FILES = [DATA_LAYOUT.national, DATA_LAYOUT.indicatorIndex, DATA_LAYOUT.indicatorValues('p0'), DATA_LAYOUT.regions('kabupaten'), DATA_LAYOUT.regions('provinsi')];

function preloadFirstView(): Plugin {
  const base = process.env.VITE_LOKUS_DATA_BASE ?? DATA_LAYOUT.baseUrl;
  const href = (f: string) => `${base.endsWith('/') ? base : `${base}/`}${f}`;
  return {
    name: 'lokus-preload-first-view',
    transformIndexHtml: () => FIRST_VIEW_FILES.map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: href(f) }, injectTo: 'head' as const })),
  };
}

/** LOKUS_E2E_DATA=synthetic: browser tests on the synthetic fixture, without the real-data-only file. */
const syntheticE2e = process.env.LOKUS_E2E_DATA === 'synthetic';

/**
 * One config for the site (Vite) and the tests (Vitest).
 * - `unit`: src/lib and scripts tests on synthetic fixtures in Node; needs no built data.
 * - `data`: checks on the real data in public/data (`npm run data`); fails when it is missing.
 * - `e2e`: Playwright + Debian Chromium against the production build serving public/data.
 */
export default defineConfig({
  base: './',
  plugins: [preloadFirstView()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  preview: { port: 4173, strictPort: false },
  test: {
    // Two files at a time on a 2-core machine (Vitest's default is one worker fewer than the cores:
    // one). A browser test's page load keeps such a machine about 85 % busy (renderer, software GPU,
    // browser), and the other file's waits and the data tests fill the rest: 147 s instead of 171 s
    // for four browser test files. Every project the same (Vitest runs them in one group).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/lib/**/*.test.ts', 'test/load/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/ui/**/*.test.ts', 'test/scripts/**/*.test.ts'],
          environment: 'node',
          // The files share their workers' module cache (no fresh import graph per file): 14 s instead
          // of 47 s for 140 files on a 2-core machine, whose time went to importing, not testing. No
          // test relies on a fresh module (none mocks modules or leaves globals behind).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'data',
          include: ['test/data/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000, // reading GADM takes ~4 s on a 2-core machine
          globalSetup: ['test/data/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: syntheticE2e ? ['test/e2e/map.test.ts', 'test/e2e/old-links.test.ts'] : ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 240_000,
          // `expect.poll` waits up to 30 s, not 1 s: panels, program records and the gap analysis load
          // on first use, and a loaded 2-core machine has taken longer than a second for them.
          expect: { poll: { timeout: 30_000 } },
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
