import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { waitForRegion, watchPages } from './browser.ts';

const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });
const { openMap: open } = watchPages();

describe('how the map draws kecamatan and desa (issue 12 items 4 and 10)', () => {
  it('names coastal, inland and sea in the legend at desa level, coastal in sand rather than blue', async () => {
    const { page } = await open('?region=5303110');
    await waitForRegion(page, '5303110');
    const coastal = page.locator('.legend-sublevel [data-legend="coastal"]');
    expect(await coastal.textContent()).toMatch(/pesisir/i);
    expect(await page.locator('.legend-sublevel [data-legend="sea"]').textContent()).toBe('Laut');
    const swatch = (key: string) => page.locator(`.legend-sublevel [data-legend="${key}"] .swatch`).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await swatch('coastal')).toBe('rgb(217, 178, 111)');
    expect(await swatch('coastal')).not.toBe(await swatch('sea'));
    await page.screenshot({ path: `${shots}/coastal-kupang-barat.png` });
  });

  it('says "coastal" in English', async () => {
    const { page } = await open('?region=5303110&lang=en');
    await waitForRegion(page, '5303110');
    expect(await page.locator('.legend-sublevel [data-legend="coastal"]').textContent()).toMatch(/^Coastal/);
  });

  it('at Baumata draws Kota Kupang from the kecamatan chunk, not its simplified national shape (no slivers)', async () => {
    // Camera on Baumata's western edge, Kota Kupang on the left of the map.
    const { page } = await open('?region=5303121006&view=123.62,-10.19,12.5');
    await waitForRegion(page, '5303121006');
    // The national kabupaten of NTT (53) are filtered out while its kecamatan chunk is shown…
    expect(await page.locator('#map').getAttribute('data-national-hidden')).toBe('53');
    // …and Kota Kupang is still there, drawn and hoverable as a kabupaten.
    const map = (await page.locator('#map').boundingBox())!;
    // Just right of and above the camera's centre: Kota Kupang (the legend covers the lower left).
    await page.mouse.move(map.x + map.width / 2 + 50, map.y + 140);
    await page.mouse.move(map.x + map.width / 2 + 52, map.y + 142);
    await expect.poll(() => page.locator('.tooltip').textContent()).toMatch(/Kota Kupang · Kab/);
    await page.screenshot({ path: `${shots}/baumata-neighbours.png` });
  });

  it('hides no national kabupaten at the national view', async () => {
    const { page } = await open('');
    await waitForRegion(page, 'national');
    expect(await page.locator('#map').getAttribute('data-national-hidden')).toBe('');
  });
});
