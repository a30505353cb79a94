/**
 * Desa view bench (issue 20, item 4): a 1280×800 page at z9.5 over Sumba Barat Daya with an IDM
 * figure shown, nothing selected. The page opens out at sea south of Sumba (no desa in view), then the
 * camera moves to `119.35,-9.45,9.5` the way back/forward moves it (a `popstate`: the camera jumps, so
 * the move ends at once); measured from that moment to `data-desa-drawn` (the desa chunks in view
 * drawn in their IDM colours, the map idle), and the bytes requested in between: desa geometry
 * (budget 800 KB gzip) and the IDM values that colour them (printed). Fresh page per run, median.
 */
import type { Browser } from 'playwright-core';

/** Budgets of the desa view (issue 20): per 1280×800 view at z9.5. */
export const DESA_VIEW_BUDGETS = {
  /** Desa geometry requested for the view, gzip bytes. */
  geometryGzip: 800 * 1024,
  /** Move end → desa drawn in their colours (ms). */
  drawMs: 1000,
};

/** Out at sea south of Sumba (no kabupaten box in view), then Sumba Barat Daya, then on to western Flores (Manggarai). */
const FROM = '?indicator=idm_need_share&view=119.35,-11.6,9.5';
const TO = '?indicator=idm_need_share&view=119.35,-9.45,9.5';
const NEXT = '?indicator=idm_need_share&view=120.45,-8.6,9.5';
const RUNS = 3;

type Served = { path: string; gzip: number; at: number };
type Budget = (label: string, value: number, max: number, fmt: (n: number) => string) => void;

// A string, not a function: tsx's keepNames would wrap functions in a helper the page lacks (see map.ts).
const move = (to: string) => `
(() => {
  const w = window;
  w.movedAt = undefined;
  w.desaAt = undefined;
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

type Run = { ms: number; geometry: number; idm: number; chunks: number };

export async function benchDesaView(browser: Browser, base: string, served: Served[], print: (label: string, value: string) => void, budget: Budget): Promise<void> {
  const first: Run[] = [], next: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/${FROM}`);
    await page.waitForSelector('#map[data-region-ready="national"]', { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    // Each move: the camera jumps (back/forward), the clock runs until the desa in view are drawn.
    const timed = async (to: string): Promise<Run> => {
      served.length = 0;
      await page.evaluate(move(to));
      await page.waitForFunction(() => (window as unknown as { desaAt?: number }).desaAt !== undefined, undefined, { timeout: 120_000, polling: 16 });
      const [ms, epoch] = await page.evaluate(() => {
        const w = window as unknown as { desaAt: number; movedAt: number; movedEpoch: number };
        return [w.desaAt - w.movedAt, w.movedEpoch];
      });
      const until = Date.now();
      const after = served.filter((s) => s.at >= epoch - 5 && s.at <= until);
      const desa = after.filter((s) => s.path.includes('/boundaries/desa/'));
      const idm = after.filter((s) => s.path.endsWith('/indicators/values/idm_status.json'));
      return { ms, geometry: desa.reduce((a, s) => a + s.gzip, 0), idm: idm.reduce((a, s) => a + s.gzip, 0), chunks: desa.length };
    };
    first.push(await timed(TO));
    await page.waitForLoadState('networkidle');
    next.push(await timed(NEXT));
    await page.close();
  }
  const med = (runs: Run[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const a = med(first), b = med(next);
  print('map: desa view (1280×800, z9.5, Sumba Barat Daya, IDM figure, nothing selected)', `${a.chunks} kabupaten chunks; with them the desa IDM status ${kb(a.idm)} gzip (once per page; the score follows after the drawing)`);
  budget('map: desa view geometry (gzip)', a.geometry, DESA_VIEW_BUDGETS.geometryGzip, kb);
  budget(`map: desa view, move end → desa drawn in IDM colours, first desa view of the page (median of ${RUNS}; ${first.map((r) => r.ms.toFixed(0)).join(', ')} ms)`, a.ms, DESA_VIEW_BUDGETS.drawMs, (n) => `${n.toFixed(0)} ms`);
  budget(`map: desa view, next view (western Flores, ${b.chunks} new chunks, ${kb(b.geometry)} gzip; median of ${RUNS}; ${next.map((r) => r.ms.toFixed(0)).join(', ')} ms)`, b.ms, DESA_VIEW_BUDGETS.drawMs, (n) => `${n.toFixed(0)} ms`);
}
