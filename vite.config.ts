import { defineConfig } from 'vitest/config';

/**
 * One config for the site (Vite) and the tests (Vitest).
 * - `unit`: pure src/lib and pipeline tests in Node, no network, no browser.
 * - `e2e`: Playwright + Debian Chromium against `vite preview` of the production build.
 */
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  preview: { port: 4173, strictPort: false },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/lib/**/*.test.ts', 'test/load/**/*.test.ts', 'test/ui/**/*.test.ts', 'test/pipeline/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
