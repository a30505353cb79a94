/** The built site served from localhost, for the browser tests and the bench. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { DATA_LAYOUT } from '../src/lib/data-layout.ts';

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

/** The data folder's path on the site (`/data/`: the page reads `./data/` next to index.html). */
const dataUrl = DATA_LAYOUT.baseUrl.slice(1);

/** Static files: /data/* from `dataDir`, other public files from `publicDir`, the rest from the build. */
export function serve(siteDir: string, dataDir: string, publicDir: string): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path === '/' ? '/index.html' : path);
    if (rel.includes('..')) return void res.writeHead(400).end();
    const candidates = rel.startsWith(dataUrl) ? [join(dataDir, rel.slice(dataUrl.length))] : [join(siteDir, rel), join(publicDir, rel)];
    const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
}
