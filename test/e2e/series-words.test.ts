import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { goInPage, shot, waitForCameraRest, switchLang, watchPages } from './browser.ts';

// Real data only: sources in both languages, the province table, the 2022/2023 extreme-poverty publishers.
if (inject('dataKind') !== 'real') throw new Error('test/e2e/series-words.test.ts checks the real data (public/data from `npm run data`); unset LOKUS_E2E_DATA=synthetic');
const pages = watchPages();
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 60_000 });

/** The site at `query` with `region` drawn, in the file's kept page (the tests here read what a link opens). */
const open = async (query: string, region = 'national') => (await pages.visit(query, region)).page;

/** Hover the first of `points` (lon, lat) that is on the map's canvas (not under a program ring) until the tooltip's region is `name`; its text. */
async function hover(page: Page, points: [number, number][], name: string): Promise<string> {
  await waitForCameraRest(page);
  const at = await page.evaluate((pts) => {
    const box = document.getElementById('map')!.getBoundingClientRect();
    for (const ll of pts) {
      const p = window.lokusMapProbe!.project(ll);
      const xy = { x: box.left + p.x, y: box.top + p.y };
      if (document.elementFromPoint(xy.x, xy.y)?.tagName === 'CANVAS') return xy;
    }
    throw new Error('every point is under a ring');
  }, points);
  // The tooltip follows a move on the map's next frame: each try moves the pointer by a pixel and reads
  // what the move before it left.
  let jiggle = 0;
  await poll(async () => {
    await page.mouse.move(at.x + (jiggle++ % 2), at.y);
    return (await page.locator('.tooltip strong').count()) ? page.locator('.tooltip strong').first().textContent() : '';
  }).toBe(name);
  return (await page.locator('.tooltip').textContent()) ?? '';
}

// Points inside Kabupaten Kupang (its label point, then the Amarasi and Fatuleu areas).
const KUPANG: [number, number][] = [[123.87737, -9.8561], [123.75, -10.15], [124.0, -9.75], [123.95, -10.05]];

describe('series truth and words (issues 20–22)', { timeout: 300_000 }, () => {
  it('the change tooltip names the change: "Perubahan P0 2019→2025: −2,71 poin", in English "Change in P0 2019→2025: −2.71 points"', async () => {
    // NTT selected: its kabupaten/kota are coloured by their change (under a selected kabupaten the map shows kecamatan).
    const page = await open('?region=53&mode=change&from=2019&year=2025', '53');
    expect(await hover(page, KUPANG, 'Kabupaten Kupang')).toContain('Perubahan P0 2019→2025: −2,71 poin');
    expect(await page.locator('.tooltip').textContent()).not.toContain('Persentase penduduk miskin (P0): ');
    await shot(page, 'change-tooltip-kupang');
    await switchLang(page);
    await page.mouse.move(5, 5);
    expect(await hover(page, KUPANG, 'Kabupaten Kupang')).toContain('Change in P0 2019→2025: −2.71 points');
  });

  it('refuses to compare extreme poverty of NTT 2022 (BPS) with 2023 (Kemenko PMK estimates): the legend and the panel say so, in both languages', async () => {
    const page = await open('?region=5304&indicator=extreme_poverty&mode=change&from=2022&year=2023', '5304');
    const warning = page.locator('.legend-warning').last();
    await poll(() => warning.textContent()).toContain('Tidak dibandingkan: 7 wilayah yang angka 2022 dan 2023-nya dari penerbit berbeda (BPS → Kemenko PMK: 7)');
    // Timor Tengah Selatan (13.01 → 6.40) is not shown as a change, and not coloured as one.
    const change = page.locator('.panel .panel-change');
    await poll(() => change.textContent()).toContain('tidak dibandingkan: 2022 dari BPS, 2023 dari Kemenko PMK');
    expect(await change.getAttribute('data-change')).toBeNull();
    expect(await change.textContent()).not.toContain('poin');
    // Every kabupaten with both years is left out: the classes are empty, the 7 are in "no data".
    expect(await page.locator('.legend-classes li[data-class]').count()).toBe(0);
    // The 2023 figure is credited to Kemenko PMK, not BPS.
    expect(await page.locator('.panel .values tr[data-indicator="extreme_poverty"] .value-source').textContent()).toContain('Kemenko PMK');
    await shot(page, 'change-extreme-2022-2023');
    await switchLang(page);
    await poll(() => warning.textContent()).toContain('Not compared: 7 regions whose 2022 and 2023 figures come from different publishers (BPS → Kemenko PMK: 7)');
    expect(await change.textContent()).toContain('not compared: 2022 from BPS, 2023 from Kemenko PMK');
  });

  it('says how many kabupaten/kota a partial year has ("number of poor" 2019: 28 of 514), in the picker and the legend, in both languages', async () => {
    const page = await open('?indicator=poor_thousands&year=2019');
    expect(await page.locator('#year-select option').allTextContents()).toEqual(['2019 — 28/514', '2020 — 29/514', '2021 — 30/514', '2022', '2023', '2024', '2025']);
    const warning = page.locator('.legend-warning');
    await poll(() => warning.textContent()).toBe('Tahun 2019: data untuk 28 dari 514 kabupaten/kota saja.');
    await switchLang(page);
    await poll(() => warning.textContent()).toBe('2019: data for only 28 of 514 regencies/cities.');
    // A full year carries no such warning.
    await page.selectOption('#year-select', '2025');
    await poll(() => page.locator('.legend-warning').count()).toBe(0);
  });

  it('writes source lines entirely in the page\'s language, each year once, never "via README"', async () => {
    const page = await open('?region=53&year=2025', '53');
    const source = page.locator('.legend-source');
    await poll(() => source.textContent()).toContain('BPS, Susenas Maret 2025 (via proyek STIS, GitHub)');
    expect(await source.textContent()).not.toMatch(/\(2025\)/);
    await switchLang(page);
    await poll(() => source.textContent()).toContain('BPS, Susenas March 2025 (via a STIS student project, GitHub)');
    const en = (await source.textContent())!;
    for (const word of ['Maret', 'proyek', 'README', 'tabel', '(2025)']) expect(en, word).not.toContain(word);
    // The panel's national reference and its figures' sources are English too.
    const p0 = page.locator('.panel .values tr[data-indicator="p0"] .value-source');
    await poll(() => p0.textContent()).toContain('BPS, number and percentage of poor people by province, March (via GitHub)');
    expect(await page.locator('.panel').textContent()).not.toContain('README');
    await shot(page.locator('.legend'), 'legend-source-en');
    // The Indonesia panel's national figure names its source in English too (it read "Susenas Maret
    // 2025 (nasional, via proyek STIS, GitHub)" on the English page).
    await goInPage(page, '?lang=en', 'national');
    const national = page.locator('.panel .national');
    await poll(() => national.textContent()).toMatch(/^National: 8\.47% \(BPS, Susenas March 2025/);
    for (const word of ['Maret', 'nasional', 'proyek']) expect(await national.textContent(), word).not.toContain(word);
  });

  it('at province level the legend\'s source names BPS\'s province table, not the kabupaten/kota table', async () => {
    const page = await open('?level=provinsi&year=2025');
    const source = page.locator('.legend-source');
    await poll(() => source.textContent()).toContain('BPS, Jumlah dan Persentase Penduduk Miskin Menurut Provinsi, Maret (via GitHub)');
    expect(await source.textContent()).not.toContain('kabupaten/kota');
    // 2021: province figures from the province table only (table 621's province rows are equal and left to CONFLICTS.md).
    await page.selectOption('#year-select', '2021');
    await poll(() => source.textContent()).toContain('Menurut Provinsi');
    expect(await source.textContent()).not.toContain('tabel 621');
    await switchLang(page);
    await poll(() => source.textContent()).toContain('by province');
  });

  it('English uses BPS\'s terms: province, regency/city, subdistrict, village (never "district")', async () => {
    const page = await open('?region=5303&lang=en', '5303');
    const words = (await page.locator('body').textContent())!;
    expect(words).toContain('subdistrict');
    expect(words).not.toMatch(/\bdistricts?\b/i);
    expect(await page.locator('.legend-sublevel').textContent()).toContain('Subdistricts and villages are coloured by coastal status.');
  });
});
