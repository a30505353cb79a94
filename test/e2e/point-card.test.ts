import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, waitForRegion, watchPages } from './browser.ts';

// Real data only: the shipped program points of Jawa Timur (the Kemnaker register) are clicked.
if (inject('dataKind') !== 'real') throw new Error('test/e2e/point-card.test.ts checks the real data (public/data from `npm run data`)');
const pages = watchPages();

/** Centre (page px) of a point button or ring whose own element is topmost there and that lies on the visible map (not under the panel, legend or controls). */
async function freeOnMap(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) => {
    const map = document.querySelector('#map')!.getBoundingClientRect();
    return els.flatMap((e) => {
      const b = e.getBoundingClientRect(), x = b.x + b.width / 2, y = b.y + b.height / 2;
      const inside = x > map.left + 20 && x < map.right - 60 && y > map.top + 20 && y < map.bottom - 20;
      const own = document.elementFromPoint(x, y)?.closest('button') === e;
      return inside && own ? [{ x, y, size: b.width, id: (e as HTMLElement).dataset.id ?? '', action: (e as HTMLElement).dataset.action ?? '' }] : [];
    });
  });
}

/**
 * The free points once they have stopped moving: two samples 150 ms apart, non-empty and at the same places.
 * Points are markers re-placed while the camera or the point source settles, so one sample may be gone by the click.
 */
async function settledFree(page: Page, selector: string, timeout: number) {
  const key = (l: Awaited<ReturnType<typeof freeOnMap>>) => l.map((p) => `${p.id}${p.action}@${Math.round(p.x)},${Math.round(p.y)}`).join(';');
  let last = '';
  let found: Awaited<ReturnType<typeof freeOnMap>> = [];
  await expect.poll(async () => {
    found = await freeOnMap(page, selector);
    const k = key(found), same = found.length > 0 && k === last;
    last = k;
    return same;
  }, { timeout, interval: 150 }).toBe(true);
  return found;
}

const cardState = (page: Page) => page.locator('.locus-card').getAttribute('data-state');

describe('a program point opens its card', () => {
  it('a click on a point in Jawa Timur opens the card (Bahasa Indonesia): name, program, ministry, type, year, placement, source link in a new tab; × closes it and the region stays', { timeout: 180_000 }, async () => {
    const { page } = await pages.visit('?region=35', '35');
    const [p] = await settledFree(page, '.program-point[data-id]', 60_000);
    await page.mouse.click(p.x, p.y);
    const card = page.locator('.locus-card');
    await expect.poll(() => cardState(page), { timeout: 30_000 }).toBe('shown');
    expect(await card.getAttribute('data-id')).toBe(p.id);
    expect(await card.getAttribute('role')).toBe('dialog');
    const terms = await card.locator('dt').allTextContents();
    expect(terms.slice(0, 6)).toEqual(['Program', 'Kementerian/lembaga', 'Jenis intervensi', 'Tahun', 'Penempatan', 'Wilayah']);
    expect(terms).toContain('Sumber');
    expect(await card.locator('.locus-placement').textContent()).toMatch(/^(Desa\/Kelurahan|Kecamatan|Kabupaten\/Kota|Provinsi)?,? ?menurut (kode wilayah|nama tempat|alamat|koordinat)$/);
    const link = card.locator('.locus-sources a').first();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toMatch(/\bnoopener\b/);
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    // Focus went to the card's ×; the region did not change.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('locus-card-close'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('region')).toBe('35');
    await shot(page, 'point-card-id');
    await card.locator('.locus-card-close').click();
    expect(await card.count()).toBe(0);
  });

  it('Enter on a point\'s button opens the card (English); Escape closes it and focus returns to the point', { timeout: 180_000 }, async () => {
    const { page } = await pages.visit('?region=35&lang=en', '35');
    const [p] = await settledFree(page, '.program-point[data-id]', 60_000);
    const button = page.locator(`.program-point[data-id="${p.id}"]`);
    expect(await button.getAttribute('aria-label')).toMatch(/^Program locus: .+\. Press Enter for its details\.$/);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cardState(page), { timeout: 30_000 }).toBe('shown');
    const card = page.locator('.locus-card');
    expect(await card.locator('dt').first().textContent()).toBe('Program');
    expect(await card.locator('.locus-placement').textContent()).toMatch(/by (region code|place names|address|coordinates)$/);
    expect(await card.locator('.locus-sources a .visually-hidden').first().textContent()).toBe(' (opens a new tab)');
    await shot(page, 'point-card-en');
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    expect(await page.evaluate((id) => (document.activeElement as HTMLElement | null)?.dataset.id === id, p.id)).toBe(true);
  });

  it('a shipped point at the national view (before the records load) opens its card once they arrive', { timeout: 180_000 }, async () => {
    const { page } = await pages.openMap('');
    await waitForRegion(page, 'national');
    const [p] = await settledFree(page, '.program-point', 60_000);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => cardState(page), { timeout: 60_000 }).toBe('shown');
    expect(await page.locator('.locus-card').getAttribute('data-id')).not.toBe('');
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
  });
});

describe('on a 390-px touch phone', () => {
  // Kota Surabaya: on a phone's small map Jawa Timur shows rings only; Surabaya has single points and rings.
  it('a tap on a point opens its card; a tap just outside a ring selects the region beneath; a tap on the ring zooms', { timeout: 300_000 }, async () => {
    const { page } = await pages.openMap('?region=3578&lang=en', { width: 390, height: 844, touch: true });
    await waitForRegion(page, '3578');
    const [p] = await settledFree(page, '.program-point[data-id]', 60_000);
    await page.touchscreen.tap(p.x, p.y);
    await expect.poll(() => cardState(page), { timeout: 30_000 }).toBe('shown');
    expect(await page.locator('.locus-card').getAttribute('data-id')).toBe(p.id);
    await shot(page, 'point-card-phone');
    await page.locator('.locus-card-close').tap();
    expect(await page.locator('.locus-card').count()).toBe(0);
    // A zooming ring: a tap 4 px outside its outer circle reaches the region beneath it.
    const rings = await settledFree(page, '.program-cluster[data-action="zoom"]', 30_000);
    let beside: { x: number; y: number } | undefined;
    let ring: (typeof rings)[number] | undefined;
    for (const r of rings) {
      // Left, right, above, below: the first spot just outside the ring where the map itself is topmost.
      for (const [dx, dy] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
        const at = { x: r.x + dx * (r.size / 2 + 4), y: r.y + dy * (r.size / 2 + 4) };
        if ((await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [at.x, at.y])) === 'CANVAS') {
          beside = at;
          ring = r;
          break;
        }
      }
      if (beside) break;
    }
    expect(beside, 'a ring with map beside it').toBeDefined();
    const zoom = await page.evaluate(() => window.lokusMapProbe!.zoom());
    await page.touchscreen.tap(beside!.x, beside!.y);
    // A kecamatan of Surabaya (Kemendagri code, 35.78.xx) or the kabupaten next to it: the region, not the ring's zoom.
    await expect.poll(() => new URL(page.url()).searchParams.get('region'), { timeout: 60_000 }).toMatch(/^(?!3578$)(\d{4}|35\.78\.\d{2})$/);
    await shot(page, 'ring-beside-phone');
    // Back to Surabaya: the ring's own tap zooms to its loci and keeps the region.
    await page.goBack();
    await waitForRegion(page, '3578');
    const [again] = await settledFree(page, '.program-cluster[data-action="zoom"]', 30_000);
    await page.touchscreen.tap(again.x, again.y);
    await expect.poll(() => page.evaluate(() => window.lokusMapProbe!.zoom()), { timeout: 30_000 }).toBeGreaterThan(zoom + 0.5);
    expect(new URL(page.url()).searchParams.get('region')).toBe('3578');
    expect(ring).toBeDefined();
  });
});
