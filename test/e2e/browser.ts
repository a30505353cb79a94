import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/**
 * Where screenshots and downloaded files are kept: only when asked (`LOKUS_SHOTS=1`, or a folder),
 * and after a failed test (its open pages, always). A screenshot costs a frame of software
 * rendering; nobody compares the ones of passing tests in CI.
 */
const SHOTS_DIR = !process.env.LOKUS_SHOTS ? null : process.env.LOKUS_SHOTS === '1' ? 'test-results/e2e' : process.env.LOKUS_SHOTS;
const FAILED_DIR = 'test-results/e2e/failed';

/** Screenshot of a page or an element, as `<name>.png` in the shots folder, when asked. */
export async function shot(target: Page | Locator, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  if (!SHOTS_DIR) return;
  // A picture of the map at rest, not mid-flight.
  const page = 'goto' in target ? target : target.page();
  if (await page.evaluate(() => window.lokusMapProbe !== undefined)) await waitForCameraRest(page);
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await ('goto' in target ? target.screenshot({ path, ...opts }) : target.screenshot({ path }));
}

/** A file the test produced (an exported image, a print PDF), kept in the shots folder when asked. */
export function keepFile(name: string, bytes: Uint8Array): void {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  writeFileSync(join(SHOTS_DIR, name), bytes);
}

/**
 * Debian's Chromium, headless, software WebGL (SwiftShader) so MapLibre renders without a GPU.
 * Every host but this machine resolves to nothing (`--host-resolver-rules`): a request outside
 * localhost fails in the browser itself. Intercepting every request with `page.route` did the same
 * but sent each one through Node and back, about 1.3 s of a 5.5 s page load here.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
}

/**
 * Documents this test file loaded (pages, reloads, frames): each page load costs seconds of
 * software rendering, most of a browser test's time. `LOKUS_COUNT_LOADS=1` prints it per file.
 */
let navigations = 0;
let fileName = '';

/** A page's size in CSS px; `touch`: a phone's touch screen (taps, no hover; Playwright's `hasTouch` and `isMobile`). */
export interface Viewport {
  width: number;
  height: number;
  touch?: boolean;
}

/** A page plus what it did: console errors, page errors and every request URL. */
export interface WatchedPage {
  page: Page;
  errors: string[];
  requests: string[];
}

/**
 * Open a page that records errors and requests; requests outside localhost fail (see `launchBrowser`)
 * and are recorded. `hasTouch`: a touch screen without the mobile viewport (`touch` in `viewport`: a
 * phone, both). The page prefers reduced motion, as a reader who turned animations off does: the map
 * then jumps where it would fly (MapLibre's own rule for camera moves that are not essential), and a
 * test waits for no flight of software-rendered frames. `motion`: the animated page, for tests of
 * what happens during a flight.
 */
export async function openPage(browser: Browser, viewport: Viewport = { width: 1280, height: 800 }, hasTouch = false, motion = false): Promise<WatchedPage> {
  const { touch, ...size } = viewport;
  const page = await browser.newPage({ viewport: size, reducedMotion: motion ? 'no-preference' : 'reduce', ...(touch ? { hasTouch: true, isMobile: true } : hasTouch ? { hasTouch: true } : {}) });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    requests.push(r.url());
    if (r.isNavigationRequest()) navigations++;
  });
  return { page, errors, requests };
}

/** True for requests that stay on this machine (the test server, data: and blob: URLs). */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost';
}

/** Wait until the first choropleth is drawn. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 60_000 });
}

/** Wait until the view of `region` (BPS code, or 'national') is drawn. */
export async function waitForRegion(page: Page, region: string): Promise<void> {
  await page.waitForSelector(`#map[data-region-ready="${region}"]`, { timeout: 60_000 });
}

/** Click the map at the middle of the region label that reads exactly `name` (a drill-down by the map, not the search). */
export async function clickRegionLabel(page: Page, name: string): Promise<void> {
  const label = page.locator('.region-label', { hasText: new RegExp(`^${name}$`) });
  await label.waitFor({ state: 'attached' });
  const box = await label.boundingBox();
  expect(box, `label ${name} has no box`).not.toBeNull();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
}

/**
 * Open `query` inside the open page the way a link followed with back/forward does (a history
 * entry, then `popstate`): no reload, so the page keeps its map, data and compiled shaders. A page
 * load costs a browser test seconds of software rendering; a test that only needs another view
 * (not a fresh page) goes there this way. Waits until `region` is drawn when given, and until the
 * page speaks the link's language (`lang=en`, else Bahasa Indonesia).
 */
export async function goInPage(page: Page, query: string, region?: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q || location.pathname);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  if (region) await waitForRegion(page, region);
  // The page in the link's language: a region already drawn answers at once, and another
  // language's words load on first use, a moment later (tests read them right after).
  const lang = new URLSearchParams(query).get('lang') === 'en' ? 'en' : 'id';
  await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('.app')?.getAttribute('lang') === l, lang, { timeout: 30_000 });
}

/**
 * Press the language switch and wait until the page shows the other language: its words load on
 * first use (English is not in the first view's bundle), so the switch happens a moment after the click.
 */
export async function switchLang(page: Page): Promise<void> {
  const before = await page.locator('.app').getAttribute('lang');
  await page.click('.lang-toggle');
  await page.waitForFunction((b) => document.querySelector('.app')?.getAttribute('lang') !== b && document.documentElement.lang !== b, before, { timeout: 30_000 });
}

/**
 * Wait until the camera rests: not moving, tiles drawn, and the same camera on two reads in a row
 * (a flight the page starts after a region is drawn is then waited for, not read halfway). Returns
 * that camera ("lng,lat,zoom").
 */
export async function waitForCameraRest(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => window.lokusMapProbe?.rest() ?? '');
      const same = now !== '' && now === last;
      last = now;
      return same;
    }, { timeout: 30_000, interval: 150 })
    .toBe(true);
  return last;
}

/**
 * The hooks every browser test file shares: one Chromium per file; pages that prefer reduced
 * motion unless the file asks for `motion` (see `openPage`); after each test, every page
 * the test opened with `open` is closed and checked: no page or console error, no request
 * outside localhost. Pages from `visit` stay open for the file's next test (checked and cleared
 * after each; closed after a failed test, so that the next one starts afresh).
 */
export function watchPages({ motion = false }: { motion?: boolean } = {}): {
  open: (viewport?: Viewport, hasTouch?: boolean) => Promise<WatchedPage>;
  /** Open the site at `query` in a new page and wait for the first choropleth. */
  openMap: (query?: string, viewport?: Viewport) => Promise<WatchedPage>;
  /**
   * The site at `query` with `region` drawn (a BPS code, or 'national'), in the file's one page for
   * this viewport: loaded on first use, then reached in the page as back/forward does (`goInPage`).
   * For tests whose state is all in the URL; a test that needs a fresh page (a first load, stored
   * data, requests counted from the start) uses `openMap`. Saves a page load (seconds of software
   * rendering) per test.
   */
  visit: (query: string, region: string, viewport?: Viewport) => Promise<WatchedPage>;
} {
  let browser: Browser;
  let opened: WatchedPage[] = [];
  const kept = new Map<string, WatchedPage>();
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    if (process.env.LOKUS_COUNT_LOADS) console.error(`${fileName}: ${navigations} documents loaded (pages, reloads and frames)`);
    await browser?.close();
  });
  afterEach(async ({ task }) => {
    fileName = task.file.name;
    const pages = opened;
    opened = [];
    const failed = task.result?.state === 'fail';
    if (failed) {
      mkdirSync(FAILED_DIR, { recursive: true });
      const base = task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
      for (const [i, w] of [...pages, ...kept.values()].entries()) if (!w.page.isClosed()) await w.page.screenshot({ path: join(FAILED_DIR, `${base}-${i}.png`) }).catch(() => undefined);
    }
    for (const w of pages) if (!w.page.isClosed()) await w.page.close();
    const checked = [...pages];
    for (const [key, w] of kept) {
      checked.push({ ...w, errors: w.errors.splice(0), requests: w.requests.splice(0) });
      if (failed || w.page.isClosed()) {
        kept.delete(key);
        if (!w.page.isClosed()) await w.page.close();
      }
    }
    for (const { errors, requests } of checked) {
      expect(errors, 'page or console errors').toEqual([]);
      expect(requests.filter((u) => !isLocal(u)), 'requests outside localhost').toEqual([]);
    }
  });
  const open = async (viewport?: Viewport, hasTouch?: boolean) => {
    const w = await openPage(browser, viewport, hasTouch, motion);
    opened.push(w);
    return w;
  };
  const openMap = async (query = '', viewport?: Viewport) => {
    const w = await open(viewport);
    await w.page.goto(inject('siteUrl') + query);
    await waitForMap(w.page);
    return w;
  };
  return {
    open,
    openMap,
    async visit(query, region, viewport = { width: 1280, height: 800 }) {
      const key = `${viewport.width}x${viewport.height}${viewport.touch ? ' touch' : ''}`;
      const w = kept.get(key);
      if (w && !w.page.isClosed()) {
        await goInPage(w.page, query, region);
        return w;
      }
      const fresh = await openPage(browser, viewport, false, motion);
      kept.set(key, fresh);
      await fresh.page.goto(inject('siteUrl') + query);
      await waitForRegion(fresh.page, region);
      return fresh;
    },
  };
}
