import type { Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, inject, it } from 'vitest';
import type {} from '../../src/map/map-view.ts';
import { bboxOf, INDONESIA_BBOX, type BBox } from '../../src/lib/view/bbox.ts';
import { shot, waitForCameraRest, watchPages } from './browser.ts';

const site = inject('siteUrl');
// With motion: the camera's flights, and what a change of layout does to one under way, are what this file checks.
const pages = watchPages({ motion: true });
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
// Each test opens pages, waits for the camera to settle, and reloads: longer than the file default on a busy 2-core machine.
const slow = 240_000;
/** Polls that wait for a camera move or a re-render (seconds on a loaded machine, not the default 1 s). */
const patient = { timeout: 20_000 };

/** Wait until the view of `region` is drawn (longer than browser.ts' 60 s: these tests run beside others). */
const waitForRegion = (page: Page, region: string) => page.waitForSelector(`#map[data-region-ready="${region}"]`, { timeout: 150_000 });

/** Open the site at `query` (the region waits are done by each test). */
async function openMap(query: string, viewport: { width: number; height: number }) {
  const w = await pages.open(viewport);
  await w.page.goto(site + query);
  return w;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Bounding box of region `kode` in a TopoJSON file of the site (`boundaries/national.topo.json`, object `kabupaten`). */
async function regionBBox(file: string, object: string, kode: string): Promise<BBox> {
  const topo = (await (await fetch(`${site}data/${file}`)).json()) as Topology;
  const fc = feature(topo, topo.objects[object] as GeometryCollection);
  const b = bboxOf(fc.features.filter((f) => String(f.id) === kode).map((f) => f.geometry));
  if (!b) throw new Error(`${file}: no region ${kode} in object ${object}`);
  return b;
}

/** Where `bbox` is drawn, in page pixels (through the map's test probe). */
function drawnBox(page: Page, bbox: BBox): Promise<Box> {
  return page.evaluate((b) => {
    const probe = window.lokusMapProbe!;
    const map = document.getElementById('map')!.getBoundingClientRect();
    const nw = probe.project([b[0], b[3]]);
    const se = probe.project([b[2], b[1]]);
    return { left: map.left + nw.x, top: map.top + nw.y, right: map.left + se.x, bottom: map.top + se.y };
  }, bbox);
}

/** Page rectangles of the map and of what covers it: legend, bottom sheet (phones), map controls. */
function layout(page: Page): Promise<{ map: Box; covers: Record<string, Box> }> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const covers: Record<string, Box> = {};
    for (const sel of ['.legend', '.side', '.maplibregl-ctrl-top-right', '.maplibregl-ctrl-top-left', '.maplibregl-ctrl-bottom-right']) {
      const el = document.querySelector(sel);
      if (el) covers[sel] = box(el);
    }
    return { map: box(document.getElementById('map')!), covers };
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const round = (b: Box) => ({ left: Math.round(b.left), top: Math.round(b.top), right: Math.round(b.right), bottom: Math.round(b.bottom) });

/** Wait until the camera stops: the drawn box is the same twice 400 ms apart. */
async function settled(page: Page, bbox: BBox): Promise<Box> {
  let last = JSON.stringify(round(await drawnBox(page, bbox)));
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(400);
    const now = JSON.stringify(round(await drawnBox(page, bbox)));
    if (now === last) return JSON.parse(now) as Box;
    last = now;
  }
  throw new Error('the camera did not settle');
}

/** The drawn box lies inside the map and clear of every overlay on it (the side panel beside the map on desktop does not overlap it). */
async function expectClear(page: Page, box: Box, what: string): Promise<void> {
  const { map, covers } = await layout(page);
  expect(box.left, `${what}: left edge inside the map`).toBeGreaterThanOrEqual(map.left);
  expect(box.right, `${what}: right edge inside the map`).toBeLessThanOrEqual(map.right);
  expect(box.top, `${what}: top edge inside the map`).toBeGreaterThanOrEqual(map.top);
  expect(box.bottom, `${what}: bottom edge inside the map`).toBeLessThanOrEqual(map.bottom);
  for (const [sel, cover] of Object.entries(covers)) expect(overlaps(box, cover), `${what} clear of ${sel} ${JSON.stringify(round(cover))}, drawn at ${JSON.stringify(box)}`).toBe(false);
}

describe('the camera fits what is selected into the part of the map nothing covers', () => {
  for (const [name, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
    it(`first view at ${viewport.width}×${viewport.height}: Indonesia fills ≥ 85 % of the free width, clear of legend, sheet and controls, the same on reload`, async () => {
      const { page } = await openMap('', viewport);
      await waitForRegion(page, 'national');
      const box = await settled(page, INDONESIA_BBOX);
      const { map } = await layout(page);
      // The free width is the whole map's: the panel is beside it (desktop) or under it (phone), the legend below Indonesia.
      expect((box.right - box.left) / (map.right - map.left)).toBeGreaterThanOrEqual(0.85);
      await expectClear(page, box, 'Indonesia');
      await shot(page, `first-view-${name}`);
      const zoom = await page.evaluate(() => window.lokusMapProbe!.zoom());
      await page.reload();
      await waitForRegion(page, 'national');
      expect(await settled(page, INDONESIA_BBOX)).toEqual(box);
      expect(await page.evaluate(() => window.lokusMapProbe!.zoom())).toBeCloseTo(zoom, 5);
    }, slow);
  }

  it('opening the gap tab (the map narrows) refits Sumba Barat clear of the legend; a camera the user moved is kept', async () => {
    const sumbaBarat = await regionBBox('boundaries/national.topo.json', 'kabupaten', '5301');
    const { page } = await openMap('?region=5301', desktop);
    await waitForRegion(page, '5301');
    await expectClear(page, await settled(page, sumbaBarat), 'Sumba Barat');
    const before = (await layout(page)).map;
    await page.click('#tab-gaps');
    await expect.poll(async () => (await layout(page)).map.right, patient).toBeLessThan(before.right - 100);
    // NTT-wide programs cover Sumba Barat; rows of its own come back when they are not counted.
    await page.uncheck('#gap-area-wide');
    await expect.poll(() => page.locator('.gap-table tr.gap-row').count(), patient).toBeGreaterThan(0);
    const box = await settled(page, sumbaBarat);
    await expectClear(page, box, 'Sumba Barat with the gap tab open');
    await shot(page, 'gap-tab-sumba-barat');
    // Folding and unfolding the legend keeps it clear too.
    await page.click('.legend-programs summary');
    await expectClear(page, await settled(page, sumbaBarat), 'Sumba Barat with the legend key unfolded');

    // The user's camera (zoomed out with the button, so it is in the URL) is theirs: changing tabs does not move it.
    await page.click('.maplibregl-ctrl-zoom-out');
    await expect.poll(() => new URL(page.url()).searchParams.get('view'), patient).not.toBeNull();
    const zoom = await page.evaluate(() => window.lokusMapProbe!.zoom());
    const view = new URL(page.url()).searchParams.get('view');
    await page.click('#tab-region');
    await expect.poll(async () => (await layout(page)).map.right, patient).toBeGreaterThan(before.right - 1);
    await waitForCameraRest(page);
    expect(await page.evaluate(() => window.lokusMapProbe!.zoom())).toBeCloseTo(zoom, 5);
    expect(new URL(page.url()).searchParams.get('view')).toBe(view);
  }, slow);

  it('on a phone the selected kabupaten is clear of the bottom sheet and the legend bar, folded or unfolded', async () => {
    const kupang = await regionBBox('boundaries/national.topo.json', 'kabupaten', '5303');
    const { page } = await openMap('?region=5303', phone);
    await waitForRegion(page, '5303');
    await expectClear(page, await settled(page, kupang), 'Kabupaten Kupang');
    await shot(page, 'phone-kupang');
    await page.click('.legend-toggle');
    await expect.poll(() => page.locator('.legend-toggle').getAttribute('aria-expanded'), patient).toBe('true');
    await expectClear(page, await settled(page, kupang), 'Kabupaten Kupang with the legend unfolded');
    await shot(page, 'phone-kupang-legend-open');
  }, slow);

  it('keeps a zoom of one wheel step when a setting changes the legend (the indicator\'s ⓘ, the year)', async () => {
    const { page } = await openMap('', desktop);
    // Once the program points are counted in the legend (its row is there from the start, so the legend does not grow).
    await expect.poll(() => page.locator('.legend-program-count').getAttribute('aria-busy'), patient).toBe('false');
    await settled(page, [95, -11, 141, 6]);
    // One wheel event: MapLibre eases the zoom without an input event on its start and end.
    await page.mouse.move(600, 520);
    await page.mouse.move(610, 530);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => new URL(page.url()).searchParams.get('view'), patient).not.toBeNull();
    // The camera stays where the wheel left it (the URL's zoom), also when the legend grows as the program points arrive.
    const urlZoom = () => Number(new URL(page.url()).searchParams.get('view')!.split(',')[2]);
    await expect.poll(() => page.locator('#map').getAttribute('data-program-points'), patient).toMatch(/^[1-9]\d*$/);
    await waitForCameraRest(page);
    const zoom = await page.evaluate(() => window.lokusMapProbe!.zoom());
    expect(zoom).toBeGreaterThan(3.9);
    expect(zoom).toBeCloseTo(urlZoom(), 1);
    await page.click('.legend-about-toggle');
    await page.selectOption('#year-select', '2024');
    await expect.poll(() => new URL(page.url()).searchParams.get('year'), patient).toBe('2024');
    await waitForCameraRest(page);
    expect(await page.evaluate(() => window.lokusMapProbe!.zoom())).toBeCloseTo(zoom, 5);
  }, slow);

  it('on a small phone the unfolded legend leaves the map controls and a third of the map free', async () => {
    const { page } = await openMap('', { width: 360, height: 640 });
    await page.click('.legend-toggle');
    await expect.poll(() => page.locator('.legend-toggle').getAttribute('aria-expanded'), patient).toBe('true');
    const { map, covers } = await layout(page);
    const legend = covers['.legend'], controls = covers['.maplibregl-ctrl-top-right'];
    expect(overlaps(legend, controls), `legend ${JSON.stringify(round(legend))} clear of the controls ${JSON.stringify(round(controls))}`).toBe(false);
    // The map shown above the bottom sheet, and how much of it the legend takes.
    const visible = covers['.side'].top - map.top;
    expect((legend.bottom - legend.top) / visible).toBeLessThanOrEqual(0.7);
    await shot(page, 'phone-small-legend-open');
  }, slow);

  it('a desa chunk that fails leaves map and panel on the same kecamatan, with a retry that loads it', async () => {
    const taebenu = await regionBBox('boundaries/kecamatan/53.topo.json', 'kecamatan', '53.01.24');
    const w = await pages.open(desktop);
    const { page } = w;
    // The aborted request is the one expected console error (dropped as it comes, so a failure below reports only itself).
    page.on('console', () => {
      for (let i = w.errors.length - 1; i >= 0; i--) if (/Failed to load resource: net::ERR_FAILED/.test(w.errors[i])) w.errors.splice(i, 1);
    });
    await page.route('**/data/boundaries/desa/5303.topo.json', (r) => r.abort());
    await page.goto(`${site}?region=53.01.24`);
    await waitForRegion(page, '53.01.24');
    expect(await page.locator('#panel-title').textContent()).toBe('Taebenu');
    // The map is on Taebenu too (its kecamatan outline from the kecamatan chunk), and says what is missing.
    await expectClear(page, await settled(page, taebenu), 'Taebenu without its desa');
    expect(await page.locator('.map-problem').textContent()).toMatch(/Batas desa\/kelurahan tidak dapat dimuat/);
    expect(await page.locator('.error-message').first().getAttribute('data-file')).toBe('boundaries/desa/5303.topo.json');
    expect(await page.locator('.region-label', { hasText: /^Baumata$/ }).count()).toBe(0);
    await shot(page, 'chunk-failed');

    await page.unroute('**/data/boundaries/desa/5303.topo.json');
    await page.click('.map-problem button');
    await waitForRegion(page, '53.01.24');
    await page.locator('.region-label', { hasText: /^Baumata$/ }).waitFor({ state: 'attached', timeout: 60_000 });
    expect(await page.locator('.map-problem').count()).toBe(0);
    expect(await page.locator('.error').count()).toBe(0);
    await expectClear(page, await settled(page, taebenu), 'Taebenu with its desa');
    await shot(page, 'chunk-retried');
  }, slow);
});
