/**
 * Desa view bench (issue 20, item 4): a 1280×800 page at z9.5 over Sumba Barat Daya with an IDM
 * figure shown, nothing selected. The page opens out at sea south of Sumba (no desa in view), then the
 * camera moves to `119.35,-9.45,9.5` the way back/forward moves it (a `popstate`: the camera jumps, so
 * the move ends at once), then on to western Flores. Each move is timed from the `popstate` to the
 * first presented frame with the desa of the view drawn in their IDM colours: two animation frames
 * after the first `render` in which MapLibre's rendered features (`queryRenderedFeatures`) hold every
 * desa the view shows once the map is at rest, each with its IDM status. The page's own marker
 * (`data-desa-drawn`, set once the map is idle) is printed beside it: the clock stops at what the user
 * sees, not at a marker. The bytes requested in between: desa geometry (budget 800 KB gzip) and the
 * IDM values that colour them (printed). Fresh page per run, median of RUNS.
 * The page is a production build with the test hooks (`window.lokusMapProbe`, src/map/map-probe.ts)
 * built in: the probe is how the bench sees MapLibre's frames.
 * `npx tsx scripts/bench/map.ts --desa-view` runs it alone.
 */
import type { Browser } from 'playwright-core';

/** Budgets of the desa view (issue 20): per 1280×800 view at z9.5. */
export const DESA_VIEW_BUDGETS = {
  /** Desa geometry requested for the view, gzip bytes. */
  geometryGzip: 800 * 1024,
  /** Move end → first presented frame with the desa in view in their colours (ms). */
  drawMs: 1000,
};

/** Out at sea south of Sumba (no kabupaten box in view), then Sumba Barat Daya, then on to western Flores (Manggarai). */
const FROM = '?indicator=idm_need_share&view=119.35,-11.6,9.5';
const TO = '?indicator=idm_need_share&view=119.35,-9.45,9.5';
const NEXT = '?indicator=idm_need_share&view=120.45,-8.6,9.5';
const RUNS = 5;

type Served = { path: string; gzip: number; at: number };
type Budget = (label: string, value: number, max: number, fmt: (n: number) => string) => void;
type Rendered = Record<string, { drawn: number; idm: number }>;
/** The page's map probe, as far as the bench uses it (src/map/map-probe.ts; scripts do not see its global type). */
type Probed = { lokusMapProbe: { rest(): string; desaRendered(): Rendered } };

// A string, not a function: tsx's keepNames would wrap functions in a helper the page lacks (see map.ts).
// Every `render` of the map is recorded with the desa it drew and the time two animation frames later.
const move = (to: string) => `
(() => {
  const w = window;
  const probe = w.lokusMapProbe;
  w.movedAt = undefined;
  w.desaAt = undefined;
  w.restDesa = undefined;
  w.renders = [];
  w.stopRenders?.();
  w.stopRenders = probe.onRender(() => {
    const at = performance.now();
    const entry = { at, desa: probe.desaRendered(), frameAt: undefined, cost: 0 };
    entry.cost = performance.now() - at;
    w.renders.push(entry);
    requestAnimationFrame(() => requestAnimationFrame(() => (entry.frameAt = performance.now())));
  });
  const was = document.querySelector('#map').getAttribute('data-desa-drawn');
  new MutationObserver(() => {
    const now = document.querySelector('#map').getAttribute('data-desa-drawn');
    if (w.movedAt !== undefined && w.desaAt === undefined && now && now !== was) w.desaAt = performance.now();
  }).observe(document.querySelector('#map'), { attributes: true, attributeFilter: ['data-desa-drawn'] });
  history.pushState(null, '', '${to}');
  w.movedAt = performance.now();
  w.movedEpoch = performance.timeOrigin + w.movedAt;
  dispatchEvent(new PopStateEvent('popstate'));
})();
`;

/**
 * `ms`: popstate → presented frame with the desa in view coloured; `markerMs`: → `data-desa-drawn`;
 * `frames`: frames the map rendered up to that one (each costs a compositor commit, 100–500 ms with
 * software WebGL on a loaded machine); `probeMs`: the bench's own probe in the renders up to that frame (within `ms`).
 */
type Run = { ms: number; markerMs: number; probeMs: number; frames: number; geometry: number; idm: number; chunks: number };

/** One timed move on an open page (`to`: its URL's query): the clock, the desa at rest, and the bytes requested meanwhile. */
export async function timed(page: import('playwright-core').Page, to: string, served: Served[]): Promise<Run> {
  served.length = 0;
  await page.evaluate(move(to));
  await page.waitForFunction(() => (window as unknown as { desaAt?: number }).desaAt !== undefined, undefined, { timeout: 120_000, polling: 16 });
  // The desa the view shows at rest (the marker's chunks), the reference each frame is held to.
  const keys = ((await page.getAttribute('#map', 'data-desa-drawn')) ?? '').split('|')[0].split(',').map((id) => `${id}-fill`);
  await page.waitForFunction(() => (window as unknown as Probed).lokusMapProbe.rest() !== '', undefined, { timeout: 120_000, polling: 50 });
  // Polled until the render that drew them has been presented (its two animation frames passed):
  // the map can come to rest right after that render, before its frame is on screen.
  const found = await page.waitForFunction((layers) => {
    type Entry = { at: number; desa: Record<string, { drawn: number; idm: number }>; frameAt?: number; cost: number };
    const w = window as unknown as { desaAt: number; movedAt: number; movedEpoch: number; renders: Entry[]; stopRenders: () => void; restDesa?: Rendered };
    // Read once, at rest (each read queries the rendered features).
    const rest = (w.restDesa ??= (window as unknown as Probed).lokusMapProbe.desaRendered());
    // Inline, no named function: tsx's keepNames would wrap it in a helper the page lacks.
    const first = w.renders.find((e) => layers.every((l) => rest[l] && e.desa[l] && e.desa[l].drawn === rest[l].drawn && e.desa[l].idm === rest[l].idm));
    if (!first && performance.now() - w.desaAt < 10_000) return false;
    if (first && first.frameAt === undefined) return false;
    w.stopRenders();
    if (!first || first.frameAt === undefined) return 'none';
    const upTo = w.renders.slice(0, w.renders.indexOf(first) + 1);
    return [first.frameAt - w.movedAt, w.desaAt - w.movedAt, upTo.reduce((a, e) => a + e.cost, 0), w.movedEpoch, upTo.length];
  }, keys, { timeout: 120_000, polling: 16 });
  const value = await found.jsonValue();
  const [ms, markerMs, probeMs, epoch, frames] = Array.isArray(value) ? value : [NaN, NaN, NaN, NaN, NaN];
  if (Number.isNaN(ms)) throw new Error(`desa view bench: no frame drew the desa of ${keys.join(', ')} as the map at rest does (${to})`);
  const until = Date.now();
  const after = served.filter((s) => s.at >= epoch - 5 && s.at <= until);
  const desa = after.filter((s) => s.path.includes('/boundaries/desa/'));
  const idm = after.filter((s) => s.path.endsWith('/indicators/values/idm_status.json'));
  return { ms, markerMs, probeMs, frames, geometry: desa.reduce((a, s) => a + s.gzip, 0), idm: idm.reduce((a, s) => a + s.gzip, 0), chunks: desa.length };
}

/** `base`: a site built with the test hooks (the map probe); `served`: what its server serves, with times. */
export async function benchDesaView(browser: Browser, base: string, served: Served[], print: (label: string, value: string) => void, budget: Budget): Promise<void> {
  const first: Run[] = [], next: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/${FROM}`);
    await page.waitForSelector('#map[data-region-ready="national"]', { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    first.push(await timed(page, TO, served));
    await page.waitForLoadState('networkidle');
    next.push(await timed(page, NEXT, served));
    await page.close();
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const list = (runs: Run[]) => runs.map((r) => r.ms.toFixed(0)).join(', ');
  const a = first[0], b = next[0];
  print('map: desa view (1280×800, z9.5, Sumba Barat Daya, IDM figure, nothing selected)', `${a.chunks} kabupaten chunks; with them the desa IDM status ${kb(a.idm)} gzip (once per page; the score follows after the drawing)`);
  budget('map: desa view geometry (gzip)', a.geometry, DESA_VIEW_BUDGETS.geometryGzip, kb);
  budget(`map: desa view, move end → first frame with the desa in IDM colours, first desa view of the page (median of ${RUNS}; ${list(first)} ms)`, mid(first.map((r) => r.ms)), DESA_VIEW_BUDGETS.drawMs, ms);
  print('map: desa view, move end → data-desa-drawn marker, first desa view', `${ms(mid(first.map((r) => r.markerMs)))} (median of ${RUNS}; ${first.map((r) => r.markerMs.toFixed(0)).join(', ')} ms); map frames up to the one with the desa: ${first.map((r) => r.frames).join(', ')}; the bench's probe took ${ms(mid(first.map((r) => r.probeMs)))} of the time to the frame`);
  budget(`map: desa view, next view (western Flores, ${b.chunks} new chunks, ${kb(b.geometry)} gzip; median of ${RUNS}; ${list(next)} ms)`, mid(next.map((r) => r.ms)), DESA_VIEW_BUDGETS.drawMs, ms);
  print('map: desa view, move end → data-desa-drawn marker, next view', `${ms(mid(next.map((r) => r.markerMs)))} (median of ${RUNS}; ${next.map((r) => r.markerMs.toFixed(0)).join(', ')} ms); map frames up to the one with the desa: ${next.map((r) => r.frames).join(', ')}; probe ${ms(mid(next.map((r) => r.probeMs)))}`);
}
