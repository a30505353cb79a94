import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPngText } from '../../src/lib/png/png-text.ts';
import { waitForCameraRest, waitForRegion, watchPages, keepFile, shot } from './browser.ts';

const pages = watchPages();

/** Click "Unduh gambar" at `scale` and return the saved file's name and bytes. */
async function download(page: Page, scale: 1 | 2): Promise<{ name: string; bytes: Uint8Array }> {
  await page.selectOption('.image-download select', String(scale));
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('.image-download button')]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

interface Decoded {
  width: number;
  height: number;
  /** Pixels of exactly each asked colour ('#rrggbb'). */
  counts: Record<string, number>;
  /** Distinct colours in the map's box (24 px in from the edges of the 1× image, scaled). */
  mapColours: number;
  /** Share of the map box that is one colour (the most frequent). */
  mapTopShare: number;
}

/** Decode `bytes` in the page (createImageBitmap + canvas) and count colours. */
function decode(page: Page, bytes: Uint8Array, colours: string[], scale: number): Promise<Decoded> {
  return page.evaluate(
    async ({ b64, colours, scale }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const { data } = ctx.getImageData(0, 0, bmp.width, bmp.height);
      // Colours as 0xrrggbb integers: one pass over up to 3.8 M pixels stays fast on a loaded machine.
      const wanted = new Map(colours.map((k) => [parseInt(k.slice(1), 16), k]));
      const counts: Record<string, number> = Object.fromEntries(colours.map((k) => [k, 0]));
      const inMap = new Map<number, number>();
      let mapPixels = 0;
      // The map box of the layout: x 24…860, y 95…727 at 1×; sampled well inside it.
      const [x0, x1, y0, y1] = [60, 820, 140, 680].map((v) => v * scale);
      for (let y = 0; y < bmp.height; y++)
        for (let x = 0; x < bmp.width; x++) {
          const i = (y * bmp.width + x) * 4;
          const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
          const hit = wanted.get(rgb);
          if (hit) counts[hit]++;
          if (x > x0 && x < x1 && y > y0 && y < y1) {
            inMap.set(rgb, (inMap.get(rgb) ?? 0) + 1);
            mapPixels++;
          }
        }
      return { width: bmp.width, height: bmp.height, counts, mapColours: inMap.size, mapTopShare: Math.max(...inMap.values()) / mapPixels };
    },
    { b64: Buffer.from(bytes).toString('base64'), colours, scale },
  );
}

/** The legend's class swatch colours as the page shows them, '#rrggbb'. */
function swatchColours(page: Page): Promise<string[]> {
  return page.$$eval('.legend-classes li[data-class] .swatch', (els) =>
    els.map((el) => {
      const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
      return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    }),
  );
}

describe('image download', () => {
  it('saves the view as a 1200 × 800 PNG (2400 × 1600 at 2×) with legend colours, a drawn map and the alt text as Description', async () => {
    const { page } = await pages.visit('?region=53', '53');
    const colours = await swatchColours(page);
    expect(colours).toHaveLength(5);

    const one = await download(page, 1);
    keepFile('export-ntt-1x.png', one.bytes);
    expect(one.name).toBe('lokus-p0-2025-nusa-tenggara-timur.png');
    const text = readPngText(one.bytes);
    expect(text.Title).toBe('Persentase penduduk miskin 2025, Nusa Tenggara Timur');
    expect(text.Description).toMatch(/^Peta persentase penduduk miskin per kabupaten\/kota di Nusa Tenggara Timur, Maret 2025 \(BPS via proyek STIS\)\. Tertinggi: .+\.$/);
    expect(text.Source).toMatch(/\?region=53$/);
    const d1 = await decode(page, one.bytes, colours, 1);
    expect([d1.width, d1.height]).toEqual([1200, 800]);
    // Each legend swatch (24 × 16 px) is drawn in its class colour; its 1 px edge (2 px at 2×) is
    // stroked over it, so at least the inside is the exact colour.
    for (const c of colours) expect(d1.counts[c], `swatch ${c}`).toBeGreaterThanOrEqual((24 - 2) * (16 - 2));
    // The map is drawn: many colours, the sea (NTT is mostly sea) never the whole box.
    expect(d1.mapColours).toBeGreaterThan(200);
    expect(d1.mapTopShare).toBeLessThan(0.95);

    const two = await download(page, 2);
    expect(two.name).toBe('lokus-p0-2025-nusa-tenggara-timur@2x.png');
    keepFile('export-ntt-2x.png', two.bytes);
    const d2 = await decode(page, two.bytes, colours, 2);
    expect([d2.width, d2.height]).toEqual([2400, 1600]);
    for (const c of colours) expect(d2.counts[c], `swatch ${c} at 2×`).toBeGreaterThanOrEqual((48 - 4) * (32 - 4));
    expect(d2.mapColours).toBeGreaterThan(200);
    expect(readPngText(two.bytes).Description).toBe(text.Description);
  }, 240_000);

  it('names the national view Indonesia and writes the English words with lang=en', async () => {
    const { page } = await pages.visit('?lang=en', 'national');
    expect(await page.locator('.image-download button').textContent()).toBe('Download image');
    const one = await download(page, 1);
    expect(one.name).toBe('lokus-p0-2025-indonesia.png');
    const text = readPngText(one.bytes);
    expect(text.Title).toBe('Poverty rate 2025, Indonesia');
    expect(text.Description).toMatch(/^Map of poverty rate by regency\/city in Indonesia, March 2025 \(BPS via a STIS student project\)\. Highest: /);
  }, 240_000);

  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]] as const) {
    for (const lang of ['id', 'en'] as const) {
      it(`(${name}, ${lang}) frames NTT for the image's own map box: its outline fills the box in its limiting dimension, map fills the whole box, the live camera stays`, async () => {
        const { page } = await pages.visit(`?region=53${lang === 'en' ? '&lang=en' : ''}`, '53', viewport);
        // Read at rest: a single read can fall between a source's update and its tiles ('').
        const camera = await waitForCameraRest(page);
        const one = await download(page, 1);
        keepFile(`export-ntt-${name}-${lang}.png`, one.bytes);
        const f = await framing(page, one.bytes);
        expectWholeBox(f);
        // NTT's selection outline spans the box one way (92 % with the 4 % margins), and most of it the other
        // way too: before, NTT took the top third of a phone's picture (the rest was under the sheet).
        const fill = Math.max(f.outline.w / f.frame.w, f.outline.h / f.frame.h);
        expect(fill, `outline ${JSON.stringify(f.outline)} in map ${JSON.stringify(f.frame)}`).toBeGreaterThanOrEqual(0.85);
        expect(Math.min(f.outline.w / f.frame.w, f.outline.h / f.frame.h)).toBeGreaterThanOrEqual(0.5);
        expectCentred(f);
        // The user's map did not move, and nothing was written to the URL.
        expect(await waitForCameraRest(page)).toBe(camera);
        expect(new URL(page.url()).searchParams.get('view')).toBeNull();
      }, 240_000);
    }
  }

  for (const lang of ['id', 'en'] as const) {
    it(`(desktop, ${lang}) draws Indonesia for the image's map box: the land spans ≥ 85 % of its width, no blank band above or below`, async () => {
      const { page } = await pages.visit(lang === 'en' ? '?lang=en' : '', 'national', { width: 1280, height: 800 });
      const camera = await waitForCameraRest(page);
      const one = await download(page, 1);
      keepFile(`export-indonesia-desktop-${lang}.png`, one.bytes);
      const f = await framing(page, one.bytes);
      expectWholeBox(f);
      // Indonesia is wider than the box: the coloured kabupaten span its width (before: a strip between white bands).
      expect(f.region.w / f.frame.w, `land ${JSON.stringify(f.region)} in map ${JSON.stringify(f.frame)}`).toBeGreaterThanOrEqual(0.85);
      expect(await waitForCameraRest(page)).toBe(camera);
    }, 240_000);
  }

  it('(phone) a tall province: the camera moves away for the image and comes back exactly, the image filled', async () => {
    // Sulawesi Selatan fits a phone's map by its height above the sheet: the image's wider box needs
    // more of the map than the canvas holds, so the map is drawn zoomed out for the copy.
    const { page } = await pages.visit('?region=73', '73', { width: 390, height: 844 });
    const camera = await waitForCameraRest(page);
    // The still picture laid over the map while its camera is away: seen once, gone after.
    await page.evaluate(() => {
      const w = window as unknown as { stills: number };
      w.stills = 0;
      new MutationObserver((ms) => (w.stills += ms.flatMap((m) => [...m.addedNodes]).filter((n) => n instanceof HTMLCanvasElement && n.classList.contains('map-still')).length)).observe(document.body, { childList: true, subtree: true });
    });
    const one = await download(page, 1);
    keepFile('export-sulsel-phone.png', one.bytes);
    expect(await page.evaluate(() => (window as unknown as { stills: number }).stills)).toBe(1);
    const f = await framing(page, one.bytes);
    expectWholeBox(f);
    // Its bounds (with the Spermonde islands far west, too small to carry the outline's colour) fill the box's height.
    expect(Math.max(f.outline.w / f.frame.w, f.outline.h / f.frame.h), `outline ${JSON.stringify(f.outline)} in map ${JSON.stringify(f.frame)}`).toBeGreaterThanOrEqual(0.85);
    expect(await waitForCameraRest(page)).toBe(camera);
    expect(await page.locator('.map-still').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
  }, 240_000);
});

type Box = { x: number; y: number; w: number; h: number };
/** What `framing` finds: the drawn map, its coloured content and the selection outline (1× px). */
interface Framing {
  frame: Box;
  region: Box;
  outline: Box;
}

/** The map fills the layout's whole map box (x 24…860, from under the title to over the footer): no blank band. */
function expectWholeBox(f: Framing): void {
  expect(f.frame.x, `map ${JSON.stringify(f.frame)}`).toBeLessThanOrEqual(25);
  expect(f.frame.w, `map ${JSON.stringify(f.frame)}`).toBeGreaterThanOrEqual(834);
  // The box is about 620–635 px tall (one or two lines of title and source).
  expect(f.frame.h, `map ${JSON.stringify(f.frame)}`).toBeGreaterThanOrEqual(610);
}

/** The selection outline sits in the middle of the map both ways (not in its top half with sea below). */
function expectCentred(f: Framing): void {
  const off = (a: number, al: number, b: number, bl: number) => Math.abs(a + al / 2 - (b + bl / 2)) / bl;
  expect(off(f.outline.x, f.outline.w, f.frame.x, f.frame.w), `outline ${JSON.stringify(f.outline)} in map ${JSON.stringify(f.frame)}`).toBeLessThanOrEqual(0.06);
  expect(off(f.outline.y, f.outline.h, f.frame.y, f.frame.h), `outline ${JSON.stringify(f.outline)} in map ${JSON.stringify(f.frame)}`).toBeLessThanOrEqual(0.06);
}

/**
 * Where the map and its coloured content lie in a 1× export (`bytes`), inside the layout's map area
 * (x 24…860, y 85…730): the map is every pixel that is not white, the coloured content every
 * saturated pixel (class colours, outlines, rings; not sea, land or labels), the outline every pixel of
 * the selection's colour.
 */
function framing(page: Page, bytes: Uint8Array): Promise<Framing> {
  return page.evaluate(async (b64) => {
    const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const { data } = ctx.getImageData(0, 0, bmp.width, bmp.height);
    const box = () => ({ x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity });
    const frame = box();
    const region = box();
    const outline = box();
    const grow = (b: ReturnType<typeof box>, x: number, y: number) => {
      b.x0 = Math.min(b.x0, x);
      b.y0 = Math.min(b.y0, y);
      b.x1 = Math.max(b.x1, x);
      b.y1 = Math.max(b.y1, y);
    };
    for (let y = 85; y < 730; y++)
      for (let x = 24; x < 860; x++) {
        const i = (y * bmp.width + x) * 4;
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        const hi = Math.max(r, g, b);
        const lo = Math.min(r, g, b);
        if (hi < 250 || lo < 250) grow(frame, x, y);
        if (hi > 0 && (hi - lo) / hi > 0.35) grow(region, x, y);
        // The selection outline, #d6336c (its antialiased edge blends a little).
        if (Math.abs(r - 214) < 30 && Math.abs(g - 51) < 35 && Math.abs(b - 108) < 35) grow(outline, x, y);
      }
    const wh = (b: ReturnType<typeof box>) => ({ x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0 });
    return { frame: wh(frame), region: wh(region), outline: wh(outline) };
  }, Buffer.from(bytes).toString('base64'));
}

describe('print', () => {
  it('prints a kabupaten on one A4 landscape page: title, map, whole legend, summary, source and URL, without top bar, panel or tabs', async () => {
    // A4 landscape at 96 dpi.
    const { page } = await pages.openMap('?region=5303', { width: 1123, height: 794 });
    await waitForRegion(page, '5303');
    // The sheet's second legend keys the program points: print once they are on the map (they load
    // after the first view; on a loaded machine that can be after the region is drawn).
    await expect.poll(() => page.locator('#map').getAttribute('data-program-points')).toMatch(/^[1-9]\d*$/);
    expect(await page.locator('.print-button').textContent()).toBe('Cetak');
    // The print sheet's code loads just after the first view.
    await page.waitForSelector('.print-sheet', { state: 'attached' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.topbar', '.side', '[role="tablist"]', '#map', '.legend']) expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    const sheet = (await page.locator('.print-sheet').boundingBox())!;
    // The printable area of A4 landscape with 10 mm margins: 277 × 190 mm.
    const mm = 96 / 25.4;
    expect(sheet.width).toBeLessThanOrEqual(277 * mm + 1);
    expect(sheet.height).toBeLessThanOrEqual(190 * mm + 1);
    const legend = (await page.locator('.print-legend').last().boundingBox())!;
    const side = (await page.locator('.print-side').boundingBox())!;
    expect(legend.y + legend.height).toBeLessThanOrEqual(side.y + side.height);
    expect(legend.x + legend.width).toBeLessThanOrEqual(sheet.x + sheet.width);
    // The classes with "no data" and the coastal key, then the program key (one dot per intervention type).
    expect(await page.locator('.print-legend').nth(0).locator('li').count()).toBe(8);
    expect(await page.locator('.print-legend').nth(1).locator('li').count()).toBe(6);
    expect(await page.locator('.print-sheet h1').textContent()).toBe('Persentase penduduk miskin 2025, Kabupaten Kupang');
    expect(await page.locator('.print-summary').textContent()).toMatch(/Kabupaten Kupang \(Kabupaten\/Kota\): Persentase penduduk miskin \(P0\) 2025 \d+,\d+%, peringkat \d+ dari 51\d/);
    expect(await page.locator('.print-sheet footer').textContent()).toMatch(/Sumber: .*BIG \(RBI 2023\).*Lokus · http:\/\/127\.0\.0\.1:\d+\/\?region=5303 · Tanggal: /s);
    // The map was copied into the sheet: a canvas of the map's shape with many colours.
    const map = await page.$eval('.print-map canvas', (c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 16) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return { width: c.width, height: c.height, colours: seen.size };
    });
    expect(map.width).toBeGreaterThan(1000);
    expect(map.colours).toBeGreaterThan(200);
    await shot(page, 'print-kupang');
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    keepFile('print-kupang.pdf', pdf);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  }, 240_000);
});
