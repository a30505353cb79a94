import { describe, expect, inject, it } from 'vitest';
import { clickRegionLabel, waitForMap, waitForRegion, watchPages, shot } from './browser.ts';

const site = inject('siteUrl');
const pages = watchPages();

const open = pages.openMap;

describe('the map page', () => {
  it('loads with a legend showing classes, no data, unit, source and year', async () => {
    const { page } = await pages.visit('', 'national');
    const legend = page.locator('.legend');
    await expect.poll(() => legend.locator('.legend-classes li[data-class]').count()).toBeGreaterThan(1);
    expect(await legend.locator('.legend-nodata').textContent()).toContain('Tidak ada data');
    expect(await legend.locator('.legend-title').textContent()).toMatch(/\(P0\), %, 2025$/);
    expect(await legend.locator('.legend-source').textContent()).toMatch(/Sumber: .+2025/);
    await shot(page, 'national');
  });

  it('lists both Kabupaten Kupang and Kota Kupang with level and parent when searching "Kupang"', async () => {
    const { page } = await pages.visit('', 'national');
    await page.fill('#search-input', 'Kupang');
    const options = page.locator('#search-results [role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThanOrEqual(2);
    const texts = (await options.allTextContents()).slice(0, 2).join(' | ');
    expect(texts).toMatch(/Kabupaten Kupang/);
    expect(texts).toMatch(/Kota Kupang/);
    expect(texts).toMatch(/Kabupaten\/Kota · Nusa Tenggara Timur/);
    const second = (await options.nth(1).locator('.result-name').textContent())!;
    await page.press('#search-input', 'ArrowDown');
    await page.press('#search-input', 'Enter');
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe(second);
    await page.goBack();
    await expect.poll(() => page.locator('#panel-title').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe(second);
  });

  it('opens Kab. Kupang’s panel with its P0, source, rank and coastal flag from ?region=5303', async () => {
    const { page } = await pages.visit('?region=5303', '5303');
    const panel = page.locator('.panel[data-region="5303"]');
    expect(await panel.locator('#panel-title').textContent()).toMatch(/Kupang/);
    const p0 = await panel.locator('tr[data-indicator="p0"]').textContent();
    expect(p0).toMatch(/\d+,\d{2}%/);
    expect(p0).toMatch(/2025/);
    expect(await panel.locator('.rank').textContent()).toMatch(/peringkat \d+ dari \d+/);
    const flags = panel.locator('.flags');
    expect(await flags.locator('[data-flag="coastal"]').getAttribute('data-value')).toBe('yes');
    expect(await flags.locator('[data-flag="poverty"]').textContent()).toMatch(/ya — P0 \d+,\d+% > nasional 8,47%/);
    expect(await flags.locator('[data-flag="farming"]').textContent()).toMatch(/Pertanian: (ya|tidak|tidak diketahui) — /);
    expect(await page.locator('.breadcrumb').textContent()).toMatch(/Indonesia.*Nusa Tenggara Timur.*Kupang/);
    const taebenu = page.locator('.region-label', { hasText: /^Taebenu$/ });
    await taebenu.waitFor({ state: 'attached' });
    const box = (await taebenu.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.tooltip').textContent()).toMatch(/Taebenu · Kecamatan/);
    await shot(page, 'kab-kupang');
  });

  it('drills from Kec. Taebenu to Desa Baumata by clicking the map', async () => {
    const { page } = await pages.visit('?region=53.01.24', '53.01.24');
    await clickRegionLabel(page, 'Baumata');
    await waitForRegion(page, '53.01.24.2002');
    expect(await page.locator('#panel-title').textContent()).toBe('Baumata');
    expect(await page.locator('.breadcrumb').textContent()).toMatch(/Kupang.*Taebenu.*Baumata/);
    expect(await page.locator('.legend-sublevel').textContent()).toMatch(/kecamatan dan desa/i);
    expect(page.url()).toContain('region=53.01.24.2002');
    await shot(page, 'baumata');
  });

  it('switches the interface and number format to English', async () => {
    const { page } = await pages.visit('?region=5303', '5303');
    await page.click('.lang-toggle');
    await expect.poll(() => page.locator('.legend-nodata').textContent()).toContain('No data');
    expect(await page.locator('.rank').textContent()).toMatch(/rank \d+ of \d+/);
    expect(await page.locator('tr[data-indicator="p0"]').textContent()).toMatch(/\d+\.\d{2}%/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(page.url()).toContain('lang=en');
  });

  it('restores indicator, year, region and language from a copied URL, and recolours without refetching boundaries', async () => {
    const first = await pages.visit('?region=5303', '5303');
    const years = await first.page.locator('#year-select option').allTextContents();
    const otherYear = years.find((y) => y !== '2025')!;
    const before = first.requests.filter((u) => u.includes('/boundaries/')).length;
    await first.page.selectOption('#year-select', otherYear);
    await expect.poll(() => first.page.locator('.legend-title').textContent()).toContain(otherYear);
    expect(first.requests.filter((u) => u.includes('/boundaries/')).length).toBe(before);
    await first.page.click('.lang-toggle');
    await expect.poll(() => first.page.url()).toContain('lang=en');
    await first.page.click('.share button');
    const manual = first.page.locator('.share input');
    // Copied to the clipboard ("Link copied"), or shown for manual copying where the clipboard is blocked.
    await expect.poll(async () => (await first.page.locator('.share [role="status"]').textContent())?.trim() || (await manual.count())).toBeTruthy();
    const copied = (await manual.count()) ? await manual.inputValue() : first.page.url();
    expect(copied).toBe(first.page.url());
    const legend = await first.page.locator('.legend-title').textContent();
    const second = await pages.open();
    await second.page.goto(copied);
    await waitForMap(second.page);
    await waitForRegion(second.page, '5303');
    expect(await second.page.locator('.legend-title').textContent()).toBe(legend);
    expect(await second.page.locator('#panel-title').textContent()).toMatch(/Kupang/);
    expect(await second.page.locator('#year-select').inputValue()).toBe(otherYear);
  });

  it('falls back to defaults with a visible notice for invalid URL values', async () => {
    const { page } = await pages.visit('?indicator=nope&year=1890&region=99999', 'national');
    expect(await page.locator('.notice').textContent()).toMatch(/indicator=nope.*year=1890.*region=99999/);
    expect(await page.locator('.legend-title').textContent()).toMatch(/2025/);
  });

  it('shows an error naming the file, with a retry button, when data cannot be loaded', async () => {
    const current = await pages.open();
    const { page } = current;
    await page.route('**/data/indicators/index.json', (r) => r.fulfill({ status: 500, body: 'broken' }));
    await page.goto(site);
    await expect.poll(() => page.locator('.error').textContent()).toMatch(/Berkas indicators\/index\.json tidak dapat diunduh \(server menjawab HTTP 500/);
    expect(await page.locator('.error button').textContent()).toBe('Coba lagi');
    await page.unroute('**/data/indicators/index.json');
    await page.click('.error button');
    await waitForMap(page);
    expect(await page.locator('.error').count()).toBe(0);
    expect(await page.locator('#map canvas').count()).toBe(1);
    // The browser itself logs the failed request; that one console error is expected here.
    current.errors = current.errors.filter((e) => !/Failed to load resource.*500/.test(e));
  });

  it('names a damaged data file and what is wrong with it, in English with lang=en', async () => {
    const current = await pages.open();
    const { page } = current;
    await page.route('**/data/indicators/index.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"catalogue": 5, "sources": {}, "years": {}}' }));
    await page.goto(`${site}?lang=en`);
    await expect.poll(() => page.locator('.error').textContent()).toMatch(/^Data could not be loaded The file indicators\/index\.json is not in the expected format: "catalogue" is not a list/);
    const other = (await pages.open()).page;
    await other.route('**/data/boundaries/national.topo.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "Topol' }));
    await other.goto(`${site}?lang=en`);
    await expect.poll(() => other.locator('.error').textContent()).toMatch(/The file boundaries\/national\.topo\.json is damaged: not valid JSON/);
  });

  it('accepts a Kemendagri code (53.01) and lays the panel out as a bottom sheet on a phone', async () => {
    const { page } = await open('?region=53.01', { width: 390, height: 800 });
    await waitForRegion(page, '5303');
    const side = await page.locator('.side').boundingBox();
    expect(side!.y + side!.height).toBeGreaterThan(790);
    expect(side!.width).toBeGreaterThan(380);
    // The legend starts folded on a phone, keeping title and source, and unfolds on demand.
    expect(await page.locator('.legend-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.legend-title').textContent()).toMatch(/2025/);
    expect(await page.locator('.legend-source').isVisible()).toBe(true);
    await page.click('.legend-toggle');
    expect(await page.locator('.legend-classes li[data-class]').count()).toBeGreaterThan(1);
    await page.click('.legend-toggle');
    await shot(page, 'phone');
  });
});
