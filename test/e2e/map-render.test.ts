import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMap, watchPages, shot } from './browser.ts';

const { open: openBlank, visit } = watchPages();

/** Share of the map's inner box (x 60…820, y 140…680 of a 1280 × 800 page) painted in `colour` ('#rrggbb'). */
function shareOf(page: Page, png: Buffer, colour: string): Promise<number> {
  return page.evaluate(
    async ({ b64, colour }) => {
      const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const { data } = ctx.getImageData(60, 140, 760, 540);
      const want = parseInt(colour.slice(1), 16);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]) === want) n++;
      return n / (data.length / 4);
    },
    { b64: png.toString('base64'), colour },
  );
}

describe('the first view (issue 8)', () => {
  it('keeps the empty canvas hidden until the first choropleth is drawn, then shows the choropleth at once', async () => {
    const { page } = await openBlank();
    // Whether the canvas was ever shown before `data-ready`, and whether it was seen hidden.
    await page.addInitScript(() => {
      const seen = ((window as unknown as { canvasSeen: string[] }).canvasSeen = [] as string[]);
      const look = () => {
        const canvas = document.querySelector('#map canvas');
        if (document.querySelector('#map[data-ready]')) return;
        if (canvas) seen.push(getComputedStyle(canvas).visibility);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    // Nothing else draws on the map after the first choropleth: neighbours and points never arrive.
    await page.route(/countries\.topo\.json|programs-points\.json/, () => undefined);
    await page.goto(inject('siteUrl'));
    await waitForMap(page);
    const png = await page.screenshot();
    const seen = await page.evaluate(() => (window as unknown as { canvasSeen: string[] }).canvasSeen);
    expect(seen.length, 'frames looked at before the first choropleth').toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['hidden']));
    expect(await page.locator('#map canvas').evaluate((c) => getComputedStyle(c).visibility)).toBe('visible');
    // The ocean covers much of the map box, but not all of it: the kabupaten are drawn.
    const ocean = await shareOf(page, png, '#cfe3ee');
    expect(ocean).toBeGreaterThan(0.3);
    expect(ocean).toBeLessThan(0.9);
    await shot(page, 'first-view-at-ready');
  });
});

describe('how the map draws kecamatan and desa (issue 12 items 4 and 10)', () => {
  it('names coastal, inland and sea in the legend at desa level, coastal in sand rather than blue', async () => {
    const { page } = await visit('?region=53.01.05', '53.01.05');
    const coastal = page.locator('.legend-sublevel [data-legend="coastal"]');
    expect(await coastal.textContent()).toMatch(/pesisir/i);
    expect(await page.locator('.legend-sublevel [data-legend="sea"]').textContent()).toBe('Laut');
    const swatch = (key: string) => page.locator(`.legend-sublevel [data-legend="${key}"] .swatch`).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await swatch('coastal')).toBe('rgb(217, 178, 111)');
    expect(await swatch('coastal')).not.toBe(await swatch('sea'));
    await shot(page, 'coastal-kupang-barat');
  });

  it('says "coastal" in English', async () => {
    const { page } = await visit('?region=53.01.05&lang=en', '53.01.05');
    expect(await page.locator('.legend-sublevel [data-legend="coastal"]').textContent()).toMatch(/^Coastal/);
  });

  it('at Baumata draws Kota Kupang from the kecamatan chunk, not its simplified national shape (no slivers)', async () => {
    // Camera on Baumata's western edge, Kota Kupang on the left of the map.
    const { page } = await visit('?region=53.01.24.2002&view=123.62,-10.19,12.5', '53.01.24.2002');
    // The national kabupaten of NTT (53) are filtered out while its kecamatan chunk is shown…
    expect(await page.locator('#map').getAttribute('data-national-hidden')).toBe('53');
    // …and Kota Kupang is still there, drawn and hoverable as a kabupaten.
    const map = (await page.locator('#map').boundingBox())!;
    // Just right of and above the camera's centre: Kota Kupang (the legend covers the lower left).
    await page.mouse.move(map.x + map.width / 2 + 50, map.y + 140);
    await page.mouse.move(map.x + map.width / 2 + 52, map.y + 142);
    // From zoom 8 the desa of whatever is in view are drawn (issue 20 item 4): Kota Kupang's own kelurahan answers.
    await expect.poll(() => page.locator('.tooltip').textContent()).toMatch(/^Tuak Daun Merah · Desa\/Kelurahan/);
    await shot(page, 'baumata-neighbours');
  });

  it('hides no national kabupaten at the national view', async () => {
    const { page } = await visit('', 'national');
    expect(await page.locator('#map').getAttribute('data-national-hidden')).toBe('');
  });
});
