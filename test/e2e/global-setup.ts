/**
 * Browser-test setup: build the site once into .cache/e2e-site, serve it on a free localhost port
 * with a tiny static server, and hand the URL to the tests (`inject('siteUrl')`).
 * Data: public/data (built by `npm run data`, which `npm test` runs first); the setup fails when its
 * indicators.json is missing. LOKUS_DATA_DIR=<dir> serves another complete data folder instead, and
 * LOKUS_E2E_DATA=synthetic the SYNTHETIC fixture in test/fixtures/site/synthetic/data (then
 * vite.config.ts leaves out the real-data-only test/e2e/programs.test.ts).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    dataKind: 'real' | 'synthetic';
  }
}

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, '.cache', 'e2e-site');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const real = process.env.LOKUS_E2E_DATA !== 'synthetic';
  const dataDir = real ? (process.env.LOKUS_DATA_DIR ?? join(root, 'public/data')) : join(root, 'test/fixtures/site/synthetic/data');
  const marker = join(dataDir, 'indicators.json');
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

/** Static files: /data/* from `dataDir`, other public files from `publicDir`, the rest from the build. */
export function serve(siteDir: string, dataDir: string, publicDir: string): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path === '/' ? '/index.html' : path);
    if (rel.includes('..')) return void res.writeHead(400).end();
    const candidates = rel.startsWith('/data/') ? [join(dataDir, rel.slice(6))] : [join(siteDir, rel), join(publicDir, rel)];
    const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
}
