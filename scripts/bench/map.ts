/**
 * Map bench (issue 4): builds the site and a bare MapLibre page that draws the same national
 * TopoJSON, serves both from localhost, and measures in Debian Chromium:
 *  - time from navigation to the first presented frame that shows the choropleth: two animation
 *    frames after the page's `data-ready` marker, with the map canvas visible (the marker alone can
 *    be set before the frame is drawn: the clock stops at what the user sees). Median of 7 cold
 *    loads each, Lokus and bare loads alternating, the ratio's budget in MAP_BUDGETS; the marker's
 *    ratio is printed beside it;
 *  - JS / CSS / data bytes requested before that frame (raw and gzip-equivalent), the ratios, and
 *    the bytes until the network is idle beside them
 *    Lokus ÷ bare page;
 *  - drill-down, as a planner goes: Nusa Tenggara Timur, then Kabupaten Kupang, then Desa Baumata,
 *    each chosen in the search once the page is quiet; from the choice (Enter) to the region's view
 *    drawn (`data-region-ready`), median of 5 drill-downs, budget 1 s plus the camera animation;
 *  - the embed's first view (`?embed=1`, issue 9) in the same alternating runs: time and bytes
 *    against the full app and the bare page; an embed must not load more than the full app;
 *  - the desa view at z9.5 (issue 20): geometry bytes and move end → the first frame with the desa
 *    in view drawn (desa-view.ts, on a build with the map probe: `withProbeSite`).
 * Uses public/data (or LOKUS_DATA_DIR) when complete, otherwise the SYNTHETIC fixture (and says so).
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { FIT_MS } from '../../src/lib/view/fit-padding.ts';
import { benchDesaView } from './desa-view.ts';

const root = resolve(import.meta.dirname, '../..');
const cache = join(root, '.cache', 'bench-map');
type Kind = 'js' | 'css' | 'data' | 'other';
/** A file served, with the time its request arrived (epoch ms). */
type Served = { path: string; kind: Kind; raw: number; gzip: number; at: number };

/** First-view budgets against the bare MapLibre page in the same run (issue 8). */
export const MAP_BUDGETS = {
  /** Navigation → first presented frame with the choropleth, Lokus ÷ bare page (medians of RUNS cold loads each). */
  timeRatio: 1.15,
  /** A drill-down step, choice → region drawn, beyond the camera animation (ms). */
  drillMs: 1000,
  /** JS + CSS + data bytes (gzip) of the first view, Lokus ÷ bare page. */
  bytesRatio: 1.25,
  /** JS + CSS + data bytes (gzip) of the embed's first view, embed ÷ full app (issue 9: never more). */
  embedBytesRatio: 1.0,
};

type Budget = (label: string, value: number, max: number, fmt: (n: number) => string) => void;

export async function benchMap(print: (label: string, value: string) => void, budget: Budget = (l, v, m, f) => print(l, `${f(v)} (budget ${f(m)})`)): Promise<void> {
  const { dir: dataDir, real } = benchData();
  print('map: data', real ? dataDir : 'SYNTHETIC fixture (indicators.json missing)');
  const siteDir = join(cache, 'site');
  const bareDir = join(cache, 'bare');
  await build({ root, logLevel: 'error', build: { outDir: siteDir, emptyOutDir: true, copyPublicDir: false } });
  await buildBare(bareDir);

  const served: Served[] = [];
  const server = serve({ '/bare/': bareDir, '/data/': dataDir, '/': siteDir }, join(root, 'public'), served);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launch();
  try {
    // Loads alternate (Lokus, bare, Lokus, …) so that the machine's noise falls on both alike.
    const siteRuns: Load[] = [], bareRuns: Load[] = [], embedRuns: Load[] = [];
    for (let run = 0; run < RUNS; run++) {
      siteRuns.push(await oneLoad(browser, `${base}/`, served));
      bareRuns.push(await oneLoad(browser, `${base}/bare/`, served));
      embedRuns.push(await oneLoad(browser, `${base}/?embed=1`, served));
    }
    const site = median(siteRuns), bare = median(bareRuns);
    print(`map: navigation → first frame with the map (median of ${RUNS}, loads alternating)`, `${site.ms.toFixed(0)} ms (bare MapLibre ${bare.ms.toFixed(0)} ms)`);
    budget('map: first view time at the presented frame, Lokus ÷ bare MapLibre', site.ms / bare.ms, MAP_BUDGETS.timeRatio, (n) => n.toFixed(2));
    print('map: first view time at the data-ready marker, Lokus ÷ bare', `${(site.markerMs / bare.markerMs).toFixed(2)} (${site.markerMs.toFixed(0)} vs ${bare.markerMs.toFixed(0)} ms; marker → frame ${(site.ms - site.markerMs).toFixed(0)} vs ${(bare.ms - bare.markerMs).toFixed(0)} ms)`);
    for (const kind of ['js', 'css', 'data'] as const) {
      const s = site.bytes[kind];
      const b = bare.bytes[kind];
      const ratio = b.gzip > 0 ? (s.gzip / b.gzip).toFixed(2) : 'n/a';
      print(`map: first-view ${kind.toUpperCase()} bytes`, `${kb(s.raw)} raw / ${kb(s.gzip)} gzip (bare ${kb(b.raw)} / ${kb(b.gzip)}; gzip ratio ${ratio})`);
    }
    const total = (b: typeof site.bytes) => b.js.gzip + b.css.gzip + b.data.gzip;
    budget('map: first view bytes (JS + CSS + data, gzip, requested before the first frame), Lokus ÷ bare MapLibre', total(site.bytes) / total(bare.bytes), MAP_BUDGETS.bytesRatio, (n) => n.toFixed(2));
    print('map: bytes until the network is idle (gzip), Lokus ÷ bare', `${(total(site.idleBytes) / total(bare.idleBytes)).toFixed(2)} (${kb(total(site.idleBytes))} vs ${kb(total(bare.idleBytes))}: the first view plus what loads after its frame)`);
    const embed = median(embedRuns);
    print(`map: embed (?embed=1) navigation → data-ready (median of ${RUNS})`, `${embed.ms.toFixed(0)} ms (full app ${site.ms.toFixed(0)} ms, bare MapLibre ${bare.ms.toFixed(0)} ms; ÷ bare ${(embed.ms / bare.ms).toFixed(2)})`);
    print('map: embed first-view bytes (JS + CSS + data, gzip)', `${kb(total(embed.bytes))} (full app ${kb(total(site.bytes))}, bare ${kb(total(bare.bytes))}; data ${kb(embed.bytes.data.gzip)} vs ${kb(site.bytes.data.gzip)})`);
    budget('map: embed first view bytes, embed ÷ full app', total(embed.bytes) / total(site.bytes), MAP_BUDGETS.embedBytesRatio, (n) => n.toFixed(2));
    await benchDrillDown(browser, `${base}/`, budget);
    await withProbeSite((b, probeBase, probeServed) => benchDesaView(b, probeBase, probeServed, print, budget), browser);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Debian Chromium with software WebGL, as the browser tests run it. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'];
const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** The data the bench serves: public/data (or LOKUS_DATA_DIR) when complete, else the SYNTHETIC fixture. */
function benchData(): { dir: string; real: boolean } {
  const given = process.env.LOKUS_DATA_DIR ?? join(root, 'public/data');
  const real = existsSync(join(given, 'indicators.json'));
  return { dir: real ? given : join(root, 'test/fixtures/site/synthetic/data'), real };
}

/**
 * The production build with the test hooks built in (`window.lokusMapProbe`: how a bench sees
 * MapLibre's frames), served with the data on its own port; `fn` gets a browser (the given one or a
 * new one), the site's URL and the files served, with the time each request arrived. `probe` false:
 * the production build as shipped.
 */
export async function withProbeSite(fn: (browser: Browser, base: string, served: Served[]) => Promise<void>, given?: Browser, probe = true): Promise<void> {
  const dir = join(cache, probe ? 'probe-site' : 'site');
  await build({ root, logLevel: 'error', build: { outDir: dir, emptyOutDir: true, copyPublicDir: false }, ...(probe ? { define: { 'import.meta.env.VITE_LOKUS_TEST_HOOKS': JSON.stringify('1') } } : {}) });
  const served: Served[] = [];
  const server = serve({ '/data/': benchData().dir, '/': dir }, join(root, 'public'), served);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const browser = given ?? (await launch());
  try {
    await fn(browser, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, served);
  } finally {
    if (!given) await browser.close();
    server.close();
  }
}

// Cold loads per page; the median is compared (a shared machine is noisy).
const RUNS = 7;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

type Bytes = Record<Kind, { raw: number; gzip: number }>;
/**
 * `ms`: navigation → first presented frame with the map; `markerMs`: → the `data-ready` marker;
 * `bytes`: files requested up to that frame (the first view); `idleBytes`: until the network is idle
 * (with what loads after the first frame: neighbouring countries, program points).
 */
type Load = { ms: number; markerMs: number; bytes: Bytes; idleBytes: Bytes };

const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median times of the loads, with the bytes of the last one (the same files every time). */
function median(loads: Load[]): Load {
  const last = loads[loads.length - 1];
  return { ms: mid(loads.map((l) => l.ms)), markerMs: mid(loads.map((l) => l.markerMs)), bytes: last.bytes, idleBytes: last.idleBytes };
}

/** The camera's fit animation, allowed on top of a drill-down's budget. */
const CAMERA_MS = FIT_MS;

/**
 * Sets `window.readyAt` when `#map` gets `data-ready="true"`, then `window.frameAt` two animation
 * frames later (the first has then been presented), again until the map canvas is visible: the
 * frame the user sees.
 */
const FRAME_PROBE = `
(() => {
  const visible = () => {
    const canvas = document.querySelector('#map canvas');
    return canvas !== null && getComputedStyle(canvas).visibility === 'visible';
  };
  const waitFrame = () => requestAnimationFrame(() => requestAnimationFrame(() => (visible() ? (window.frameAt = performance.now()) : waitFrame())));
  new MutationObserver((_, obs) => {
    if (document.querySelector('#map[data-ready="true"]')) {
      window.readyAt = performance.now();
      obs.disconnect();
      waitFrame();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
})();
`;

/**
 * One cold load in a fresh browser context: time to the `data-ready` marker and to the frame after
 * it (the second animation frame: the first has then been presented) with the map canvas visible,
 * and the bytes served until the network is idle.
 */
async function oneLoad(browser: Browser, url: string, served: Served[]): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // A string, not a function: tsx compiles with esbuild's keepNames, which wraps named arrow functions
  // in a `__name(…)` helper that does not exist in the page (the script then threw and never ran).
  await page.addInitScript(FRAME_PROBE);
  served.length = 0;
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { frameAt?: number }).frameAt !== undefined, undefined, { timeout: 120_000 });
  const [markerMs, ms, frameEpoch] = await page.evaluate(() => {
    const w = window as unknown as { readyAt: number; frameAt: number };
    return [w.readyAt, w.frameAt, performance.timeOrigin + w.frameAt];
  });
  await page.waitForLoadState('networkidle');
  const empty = (): Bytes => ({ js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } });
  const bytes = empty(), idleBytes = empty();
  for (const s of served) {
    for (const b of s.at <= frameEpoch ? [bytes, idleBytes] : [idleBytes]) {
      b[s.kind].raw += s.raw;
      b[s.kind].gzip += s.gzip;
    }
  }
  await context.close();
  return { ms, markerMs, bytes, idleBytes };
}

/** A planner's drill-down: each step chosen in the search (query, and the text its first result must hold). */
const DRILL_STEPS = [
  { name: 'Nusa Tenggara Timur', query: 'Nusa Tenggara Timur' },
  { name: 'Kabupaten Kupang', query: 'Kabupaten Kupang' },
  { name: 'Desa Baumata', query: 'Baumata' },
];

/** The drill-down's figures: each step's median against 1 s plus the camera's flight. */
async function benchDrillDown(browser: Browser, url: string, budget: Budget): Promise<void> {
  for (const step of await drillDown(browser, url)) budget(`map: drill-down, choose ${step.name} → drawn (median of ${DRILL_RUNS}; ${step.runs.join(', ')} ms)`, step.ms, MAP_BUDGETS.drillMs + CAMERA_MS, (n) => `${n.toFixed(0)} ms`);
}

/** Drill-downs timed, each in a fresh page; each step's median is its figure (one drill-down alone swung by 500 ms between runs). */
const DRILL_RUNS = 5;

/** Each step's median over `DRILL_RUNS` drill-downs, with every run's time. */
async function drillDown(browser: Browser, url: string): Promise<{ name: string; ms: number; runs: number[] }[]> {
  const runs: number[][] = DRILL_STEPS.map(() => []);
  for (let r = 0; r < DRILL_RUNS; r++) (await drillOnce(browser, url)).forEach((ms, i) => runs[i].push(ms));
  return DRILL_STEPS.map((step, i) => ({ name: step.name, ms: mid([...runs[i]]), runs: runs[i] }));
}

/**
 * One drill-down in a fresh page. Each step: once the page is quiet (as when a planner reads the
 * view before choosing the next region: what loads after a view is drawn has loaded), type the
 * name, wait for the result, press Enter and time until the page marks a new region's view as
 * drawn (`data-region-ready` changes from the previous region's code).
 */
async function drillOnce(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Playwright's 'networkidle' fires once per document (a step is a history entry, not a new one):
  // requests in flight are counted here instead.
  let inFlight = 0;
  page.on('request', () => void inFlight++);
  page.on('requestfinished', () => void inFlight--);
  page.on('requestfailed', () => void inFlight--);
  const quiet = async () => {
    for (let since = Date.now(); Date.now() - since < 500; await new Promise((r) => setTimeout(r, 50))) if (inFlight > 0) since = Date.now();
  };
  await page.goto(url);
  await page.waitForSelector('#map[data-region-ready="national"]', { timeout: 120_000 });
  const out: number[] = [];
  for (const step of DRILL_STEPS) {
    await quiet();
    const before = await page.getAttribute('#map', 'data-region-ready');
    await page.fill('#search-input', step.query);
    await page.waitForFunction((q) => document.querySelector('#search-results [role="option"]')?.textContent?.includes(q.split(' ').pop() ?? q), step.query, { timeout: 60_000 });
    const t0 = Date.now();
    await page.press('#search-input', 'Enter');
    await page.waitForFunction((prev) => {
      const now = document.querySelector('#map')?.getAttribute('data-region-ready');
      return now !== null && now !== undefined && now !== '' && now !== prev;
    }, before, { timeout: 120_000, polling: 16 });
    out.push(Date.now() - t0);
  }
  await page.close();
  return out;
}

/** The bare page: MapLibre alone drawing the national kabupaten, same worker wiring, no UI. */
async function buildBare(dir: string): Promise<void> {
  const src = join(cache, 'bare-src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(src, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    join(src, 'main.js'),
    `import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
setWorkerUrl(workerUrl);
const el = document.getElementById('map');
const map = new Map({ container: el, bounds: [94.5, -11.2, 141.2, 6.3], style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#cfe3ee' } }] } });
const topo = fetch('../data/boundaries/national.topo.json').then((r) => r.json());
map.on('load', async () => {
  const t = await topo;
  map.addSource('k', { type: 'geojson', data: feature(t, t.objects.kabupaten) });
  map.addLayer({ id: 'k', type: 'fill', source: 'k', paint: { 'fill-color': '#6ece58', 'fill-outline-color': '#fff' } });
  map.once('idle', () => el.setAttribute('data-ready', 'true'));
});
`,
  );
  await build({ root: src, configFile: false, base: './', logLevel: 'error', build: { outDir: dir, emptyOutDir: true, target: 'es2022' } });
}

export function serve(mounts: Record<string, string>, publicDir: string, served: Served[]): Server {
  const gz = new Map<string, number>();
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/json' };
  return createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const mount = Object.keys(mounts).find((m) => path.startsWith(m) || `${path}/` === m)!;
    let rel = path.slice(mount.length) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = [join(mounts[mount], rel), join(publicDir, rel)].find((f) => !rel.includes('..') && existsSync(f) && statSync(f).isFile());
    if (!file) return void res.writeHead(404).end();
    const ext = extname(file);
    const kind: Kind = ext === '.js' || ext === '.mjs' ? 'js' : ext === '.css' ? 'css' : ext === '.json' || ext === '.geojson' ? 'data' : 'other';
    const raw = statSync(file).size;
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file)).length);
    served.push({ path, kind, raw, gzip: gz.get(file)!, at: Date.now() });
    res.writeHead(200, { 'content-type': types[ext] ?? 'application/octet-stream', 'content-length': raw });
    createReadStream(file).pipe(res);
  });
}

// `npx tsx scripts/bench/map.ts` runs it alone; with `--desa-view`, only the desa view (desa-view.ts);
// with `--drill-down`, only the drill-down (on the production build).
if (import.meta.url === `file://${process.argv[1]}`) {
  const print = (label: string, value: string) => console.log(`${label}: ${value}`);
  const budget: Budget = (l, v, m, f) => print(l, `${f(v)} (budget ${f(m)}${v <= m ? '' : ' — OVER'})`);
  if (process.argv.includes('--desa-view')) await withProbeSite((browser, base, served) => benchDesaView(browser, base, served, print, budget));
  else if (process.argv.includes('--drill-down')) await withProbeSite((browser, base) => benchDrillDown(browser, `${base}/`, budget), undefined, false);
  else await benchMap(print, budget);
}
