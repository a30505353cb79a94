import type { Page } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { goInPage, shot, switchLang, waitForCameraRest, waitForMap, waitForRegion, watchPages } from './browser.ts';

const site = inject('siteUrl');
const pages = watchPages();

const open = pages.openMap;

/** The URL's camera (lon, lat, zoom) or null when it has none. */
const viewOf = (page: Page): number[] | null => {
  const v = new URL(page.url()).searchParams.get('view');
  return v ? v.split(',').map(Number) : null;
};

describe('the map as people use it', () => {
  it('has zoom, "back to Indonesia", fullscreen and a km scale bar, labelled in the page language', async () => {
    const { page } = await pages.visit('', 'national');
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    expect(await zoomIn.getAttribute('aria-label')).toBe('Perbesar');
    expect(await page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).toBe('Perkecil');
    expect(await page.locator('.lokus-ctrl-reset').getAttribute('aria-label')).toBe('Tampilkan seluruh Indonesia');
    expect(await page.locator('.maplibregl-ctrl-fullscreen').getAttribute('aria-label')).toBe('Layar penuh');
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d+\s?km$/);

    // Zoom in from the keyboard: the focused button is outlined, and the URL gets the new camera.
    await zoomIn.focus();
    const scaleBefore = await page.locator('.maplibregl-ctrl-scale').textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).not.toBe(scaleBefore);
    await expect.poll(() => viewOf(page)).not.toBeNull();
    const zoomed = viewOf(page)!;
    await shot(page, 'controls-zoomed');
    await zoomIn.click();
    await expect.poll(() => viewOf(page)?.[2] ?? 0).toBeGreaterThan(zoomed[2]);

    // From a kabupaten, zoomed in, "back to Indonesia" shows the whole country again.
    await goInPage(page, '?region=5303', '5303');
    await zoomIn.click();
    await expect.poll(() => viewOf(page)).not.toBeNull();
    await page.click('.lokus-ctrl-reset');
    await waitForRegion(page, 'national');
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
    expect(viewOf(page)).toBeNull();
    expect(await page.locator('#panel-title').count()).toBe(0);
    // Panned away from the national view, the button fits it again.
    await page.mouse.move(500, 400);
    await page.mouse.down();
    await page.mouse.move(300, 300, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => viewOf(page)).not.toBeNull();
    await page.click('.lokus-ctrl-reset');
    await expect.poll(() => viewOf(page)).toBeNull();
    await shot(page, 'controls-reset');
  });

  it('names the map and its controls in English with lang=en, never showing Indonesian words first, and follows a language switch both ways', async () => {
    // English is loaded on first use: an English link must wait for its words, not show Indonesian ones first.
    const { page } = await pages.open();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenText: string[] }).seenText = seen;
      new MutationObserver(() => seen.push(document.body?.textContent ?? '')).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${site}?lang=en`);
    await waitForMap(page);
    const seen = await page.evaluate(() => (window as unknown as { seenText: string[] }).seenText.join('\n'));
    expect(seen).toContain('Poverty by province');
    for (const id of ['Memuat', 'Kemiskinan per provinsi', 'Indikator', 'Tahun']) expect(seen, id).not.toContain(id);
    await shot(page, 'first-view-en');
    expect(await page.locator('#map').getAttribute('aria-label')).toBe('Poverty map of Indonesia');
    expect(await page.locator('#map canvas').getAttribute('aria-label')).toBe('Poverty map of Indonesia');
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
    expect(await page.locator('.lokus-ctrl-reset').getAttribute('aria-label')).toBe('Show all of Indonesia');
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toBe('Boundaries: BIG (RBI 2023), Kemendagri codes · Data: BPS and others (sources in the legend)');
    await switchLang(page);
    await expect.poll(() => page.locator('#map canvas').getAttribute('aria-label')).toBe('Peta kemiskinan Indonesia');
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Perbesar');
    expect(await page.locator('.maplibregl-ctrl-fullscreen').getAttribute('aria-label')).toBe('Layar penuh');
    expect(await page.locator('.maplibregl-ctrl-zoom-in').count()).toBe(1);
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toBe('Batas: BIG (RBI 2023), kode Kemendagri · Data: BPS dan lainnya (sumber tiap angka di legenda)');
    expect(await page.locator('.maplibregl-ctrl-attrib').count()).toBe(1);
    // And back to English.
    await switchLang(page);
    expect(await page.locator('.lang-toggle').textContent()).toBe('Bahasa Indonesia');
    await expect.poll(() => page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  });

  it('stays in Bahasa Indonesia and says so, in Bahasa Indonesia, when the English words cannot be loaded; the switch tries again', async () => {
    const w = await open();
    const { page } = w;
    // English is loaded on first use: its code fails to download (as a broken deployment or a proxy would make it).
    await page.route('**/assets/en-*.js', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.click('.lang-toggle');
    const message = page.locator('.error-message[data-kind="lang"]');
    await expect.poll(() => message.count(), { timeout: 30_000 }).toBe(1);
    expect(await message.textContent()).toMatch(/^Teks bahasa Inggris tidak dapat dimuat \(.+\), jadi halaman tetap dalam bahasa Indonesia\. Tekan «English» untuk mencoba lagi\./);
    // Headed as what failed, not as data.
    expect(await page.locator('.error strong').first().textContent()).toBe('Bahasa Inggris tidak tersedia');
    expect(await page.locator('.app').getAttribute('lang')).toBe('id');
    expect(await page.locator('.lang-toggle').textContent()).toBe('English');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await shot(page, 'lang-failed');
    // The download failed on purpose: its console lines are expected.
    w.errors.splice(0, w.errors.length, ...w.errors.filter((e) => !/404|dynamically imported module/.test(e)));
    await page.unroute('**/assets/en-*.js');
    await switchLang(page);
    expect(await page.locator('.lang-toggle').textContent()).toBe('Bahasa Indonesia');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`fits one screen at ${viewport.width}×${viewport.height}: the document never scrolls, only the side panel does`, async () => {
      const { page } = await open('?region=53', viewport);
      await waitForRegion(page, '53');
      const sizes = () => page.evaluate(() => ({ doc: document.scrollingElement!.scrollHeight, inner: innerHeight, docWidth: document.scrollingElement!.scrollWidth, innerWidth }));
      let s = await sizes();
      expect(s.doc).toBe(s.inner);
      expect(s.docWidth).toBe(s.innerWidth);
      // A long panel scrolls inside the side panel.
      const side = await page.locator('.side').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(side.scroll).toBeGreaterThan(side.client);
      await page.locator('.side').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      s = await sizes();
      expect(s.doc).toBe(s.inner);
      expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
      await shot(page, `one-screen-${viewport.width}`);
    });
  }

  it('opens a searched region in the region tab from any tab', async () => {
    const { page } = await pages.visit('', 'national');
    await page.click('#tab-programs');
    await page.fill('#search-input', 'Kupang');
    await expect.poll(() => page.locator('#search-results [role="option"]').first().textContent()).toMatch(/Kabupaten Kupang/);
    await page.press('#search-input', 'Enter');
    await expect.poll(() => page.locator('#tab-region').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Kabupaten Kupang');
  });

  it('lists a province’s kabupaten/kota ranked by the shown indicator with their values', async () => {
    const { page } = await pages.visit('?region=53', '53');
    const rows = page.locator('.children-ranked li');
    await expect.poll(() => rows.count()).toBe(22);
    expect(await page.locator('#children-title').textContent()).toMatch(/^Kabupaten\/Kota menurut .*P0.*, 2025$/);
    expect(await page.locator('#children-all').textContent()).toBe('Semua 22, terburuk dahulu');
    expect(await rows.first().locator('button').textContent()).toMatch(/Sumba Tengah/);
    const values = (await page.locator('.children-ranked .child-value').allTextContents()).map((v) => Number(v.replace('%', '').replace(',', '.')));
    expect(values.every(Number.isFinite)).toBe(true);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    await shot(page, 'ntt-ranked');
    await rows.first().locator('button').click();
    await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(/Sumba Tengah/);
  });

  it('hides the tooltip after a click, a zoom or when the pointer leaves the regions', async () => {
    const { page } = await pages.visit('?region=53', '53');
    // With motion (the file's pages prefer reduced motion): the tooltip must stay away during a flight.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    onTestFinished(() => page.emulateMedia({ reducedMotion: 'reduce' }).catch(() => undefined));
    const tooltip = page.locator('.tooltip');
    const label = page.locator('.region-label', { hasText: /^Sumba Timur$/ });
    await label.waitFor({ state: 'attached' });
    const hover = async () => {
      const box = (await label.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 3);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => tooltip.textContent()).toMatch(/Sumba Timur · Kabupaten/);
    };
    await hover();
    // A click selects the kabupaten: the tooltip goes and stays away while the map flies there.
    const box = (await label.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => tooltip.count()).toBe(0);
    await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(/Sumba Timur/);
    // … and stays away until the camera rests on it.
    await waitForCameraRest(page);
    expect(await tooltip.count()).toBe(0);
    await shot(page, 'tooltip-after-click');
    // A zoom with the wheel hides it too.
    await goInPage(page, '?region=53', '53');
    await waitForCameraRest(page);
    await hover();
    await page.mouse.wheel(0, -300);
    await expect.poll(() => tooltip.count()).toBe(0);
    // And leaving the map (onto the side panel).
    await page.goto(`${site}?region=53`);
    await waitForRegion(page, '53');
    await hover();
    await page.mouse.move(1100, 400, { steps: 4 });
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('takes keyboard focus to the opened region: a gap row, skip links, and a spoken "loaded"', async () => {
    const { page } = await pages.visit('', 'national');
    await page.click('#tab-gaps');
    await expect.poll(() => page.locator('.gap-table tr.gap-row').count()).toBeGreaterThan(10);
    await page.locator('.gap-table tr.gap-row button.gap-open').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toMatch(/^\d{4}$/);
    const kode = new URL(page.url()).searchParams.get('region')!;
    await waitForRegion(page, kode);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    const name = (await page.locator(`.panel[data-region="${kode}"] #panel-title`).textContent())!;
    await expect.poll(() => page.locator('#region-announce').textContent()).toBe(`${name} dimuat`);
    await shot(page, 'gap-focus');

    // Skip links: the first Tab stops reach the search, the map and the panel.
    await page.goto(`${site}?region=5303`);
    await waitForRegion(page, '5303');
    await expect.poll(() => page.locator('#region-announce').textContent()).toBe('Kabupaten Kupang dimuat');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lompat ke pencarian');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lompat ke peta');
    await shot(page, 'skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Peta kemiskinan Indonesia');
    await page.locator('.skip-link', { hasText: 'Lompat ke panel wilayah' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    // The search skip link focuses the box without adding `#search-input` to the URL (shared links stay clean).
    await page.locator('.skip-link', { hasText: 'Lompat ke pencarian' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    expect(new URL(page.url()).hash).toBe('');
  });

  it('shows progress while a drill step loads, and says why the gap list is empty with a way to relax it', async () => {
    const { page } = await open('?region=5303');
    await waitForRegion(page, '5303');
    // Hold back the desa of Kab. Kupang: the map says it is loading until they arrive.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/boundaries/desa/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.fill('#search-input', 'Taebenu');
    await expect.poll(() => page.locator('#search-results [role="option"]').first().textContent()).toMatch(/Taebenu/);
    await page.press('#search-input', 'Enter');
    await expect.poll(() => page.locator('.loading-small').textContent()).toMatch(/Memuat batas wilayah/);
    await shot(page, 'drill-loading');
    release();
    await waitForRegion(page, '53.01.24');
    expect(await page.locator('.loading-small').count()).toBe(0);

    // Selecting a region pre-limits the gap list to it: no hotspot inside Kec. Taebenu matches;
    // relaxing the filters gives a list again.
    await page.click('#tab-gaps');
    await expect.poll(() => page.locator('#gap-within').isChecked()).toBe(true);
    await expect.poll(() => page.locator('.gap-empty').textContent()).toMatch(/Tidak ada hotspot yang memenuhi syarat saringan ini/);
    await shot(page, 'gap-empty');
    await page.click('#gap-relax');
    await expect.poll(() => page.locator('.gap-table tr.gap-row').count()).toBeGreaterThan(0);
    expect(await page.locator('#gap-require').inputValue()).toBe('any');
  });
});
