import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shot, waitForCameraRest, watchPages } from './browser.ts';
import { valuesFromFile } from '../../src/lib/indicators/values-file.ts';

// Real data only (P0 2018–2025, NTT's 22 kabupaten/kota, the committed BPS .xlsx).
if (inject('dataKind') !== 'real') throw new Error('test/e2e/statistics.test.ts checks the real data (public/data from `npm run data`); unset LOKUS_E2E_DATA=synthetic');
const site = inject('siteUrl');
const pages = watchPages();
const p0 = valuesFromFile(JSON.parse(readFileSync('public/data/indicators/values/p0.json', 'utf8')), 'p0.json');

// The machine is shared: under load the first choropleth has taken more than the helpers' 60 s, so
// this file waits up to 3 minutes for it and gives each test 5.
const SLOW = 180_000;
/** `expect.poll` with 30 s (not 1 s) to wait: values load lazily and the page is slow under load. */
const poll = <T>(fn: () => T | Promise<T>, opts: { timeout: number } = { timeout: 30_000 }) => expect.poll(fn, opts);

/** The site at `query` with `region` drawn, in the file's kept page (the tests here read what a link opens). */
const open = (query = '', region = 'national', viewport?: { width: number; height: number }) => pages.visit(query, region, viewport);

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') };
}

/** Rows of a CSV without quoted commas in the checked columns (the view CSV's codes, level, year and value come first). */
const csvRows = (text: string) => text.replace(/^\ufeff/, '').trim().split(/\r?\n/).map((l) => l.split(','));

/** The class shown beside the current indicator's value in the panel (the map's class of the region). */
const panelClass = (page: Page) => page.locator('.panel .values tr.current .value-swatch').evaluate((el) => ({ cls: el.getAttribute('data-class'), colour: getComputedStyle(el).backgroundColor }));
const legendBounds = (page: Page) => page.locator('.legend-classes li[data-class] .legend-range').allTextContents();

describe('statistics over time', { timeout: 300_000 }, () => {
  it('change view 2019 → 2025: Kabupaten Kupang falls 2.71 points (23.03 → 20.32), on the better side', async () => {
    const { page } = await open('?region=5303', '5303');
    await page.selectOption('#mode-select', 'change');
    await page.selectOption('#from-select', '2019');
    await page.selectOption('#year-select', '2025');
    const change = page.locator('.panel .panel-change');
    await poll(() => change.getAttribute('data-change'), { timeout: 60_000 }).toBe('-2.71');
    expect(await change.getAttribute('data-side')).toBe('better');
    expect(await change.textContent()).toContain('-2,71 poin (23,03% → 20,32%)');
    // The legend says which years, and the panel's class is a blue (falling, better) class of the map.
    expect(await page.locator('.legend-title').textContent()).toBe('Perubahan persentase penduduk miskin (P0), 2019 → 2025 (poin)');
    // The source line names the sources of both years (BPS table 621 for 2019, the 2025 tables).
    const source = await page.locator('.legend-source').textContent();
    expect(source).toContain('tabel 621');
    expect(source).toContain('Susenas Maret 2025');
    const cls = await change.locator('.value-swatch').getAttribute('data-class');
    expect(await page.locator(`.legend-classes li[data-class="${cls}"]`).getAttribute('data-side')).toBe('better');
    const url = new URL(page.url()).searchParams;
    expect([url.get('mode'), url.get('from')]).toEqual(['change', '2019']);
    await shot(page, 'change-kupang-2019-2025');
  });

  it('credits IPM 2025 to BPS\'s IPM publication, not to Susenas', async () => {
    const { page } = await open('?indicator=hdi_ipm_revised&year=2025');
    const source = page.locator('.legend-source');
    await poll(() => source.textContent()).toContain('Indeks Pembangunan Manusia 2025');
    expect(await source.textContent()).not.toContain('Susenas');
    expect(await source.locator('a[href*="indeks-pembangunan-manusia-2025"]').count()).toBe(1);
  });

  it('the change view of NTT 2019 → 2025 colours every kabupaten/kota and shows the trend with the national line', async () => {
    const { page } = await open('?region=53&mode=change&from=2019&year=2025', '53');
    expect(await page.locator('.legend-classes li[data-side="better"]').count()).toBeGreaterThan(0);
    await shot(page, 'change-ntt-2019-2025');
  });

  it('with shared classes, switching 2021 ↔ 2025 keeps the class bounds, so the least-changed kabupaten keeps its class', async () => {
    // No kabupaten has exactly the same P0 in 2021 and 2025; the one with the smallest change (Δ 0.02) stands for it.
    const [kode] = Object.keys(p0['2021']).filter((k) => k.length === 4 && p0['2025'][k]).sort((a, b) => Math.abs(p0['2025'][a][0] - p0['2021'][a][0]) - Math.abs(p0['2025'][b][0] - p0['2021'][b][0]));
    const { page } = await open(`?region=${kode}&year=2021`, kode);
    expect(await page.locator('#pooled-check').isChecked()).toBe(false);
    // Moving between years turns "same classes for all years" on.
    await page.selectOption('#year-select', '2025');
    await poll(() => page.locator('#pooled-check').isChecked()).toBe(true);
    const at2025 = { bounds: await legendBounds(page), panel: await panelClass(page) };
    await page.selectOption('#year-select', '2021');
    await poll(() => page.locator('.panel .values tr.current .figure').getAttribute('data-year')).toBe('2021');
    const at2021 = { bounds: await legendBounds(page), panel: await panelClass(page) };
    expect(at2021.bounds).toEqual(at2025.bounds);
    expect(at2021.panel).toEqual(at2025.panel);
    expect(await page.locator('.legend-note').textContent()).toContain('2018–2025');
    expect(new URL(page.url()).searchParams.get('pool')).toBe('1');
    // Without shared classes each year has its own bounds.
    await page.uncheck('#pooled-check');
    await poll(() => legendBounds(page)).not.toEqual(at2021.bounds);
  });

  it('the NTT province panel of 2025 shows BPS\'s province figure (18,60%, not "tidak ada data") and its trend 2015–2025', async () => {
    const { page } = await open('?region=53&year=2025', '53');
    const p0Row = page.locator('.panel .values tr[data-indicator="p0"]');
    await poll(() => p0Row.locator('.figure').textContent(), { timeout: 60_000 }).toContain('18,60%');
    expect(await p0Row.locator('.figure').getAttribute('data-year')).toBe('2025');
    expect(await p0Row.textContent()).not.toContain('tidak ada data');
    expect(await p0Row.locator('.value-source').textContent()).toContain('Menurut Provinsi');
    expect(await page.locator('.panel .values tr[data-indicator="poor_thousands"] .figure').textContent()).toContain('1.088,78');
    // The province's own years: 2015–2025 (the kabupaten/kota map offers only its own years, 2018–2025).
    expect(await page.locator('.panel .trend').getAttribute('data-years')).toBe('2015,2016,2017,2018,2019,2020,2021,2022,2023,2024,2025');
    expect(await page.locator('.panel .trend circle.trend-point').count()).toBe(11);
    expect(await page.locator('#year-select option').allTextContents()).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    await shot(page, 'ntt-2025-card');
  });

  it('the national provinsi view colours provinces by their own published P0 (not kabupaten averages), only in years with province figures', async () => {
    const { page } = await open('?level=provinsi');
    // 2025 has province figures (BPS's province table): no move, no notice; years 2015–2025.
    await poll(() => page.locator('#map').getAttribute('data-fill-level')).toBe('provinsi');
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
    expect(await page.locator('.notice-year').count()).toBe(0);
    expect(await page.locator('#year-select option').allTextContents()).toEqual(['2015 — 32/38', '2016 — 32/38', '2017 — 32/38', '2018 — 32/38', '2019 — 32/38', '2020 — 32/38', '2021 — 32/38', '2022 — 32/38', '2023 — 32/38', '2024', '2025']);
    // 38 provinces in 2025, each with its figure: nothing in "no data".
    await poll(() => page.locator('.legend-nodata .legend-count').textContent()).toBe('0 wilayah');
    const counts = (await page.locator('.legend-classes li[data-class] .legend-count').allTextContents()).map((c) => Number(c.split(' ')[0]));
    expect(counts.reduce((a, b) => a + b)).toBe(38);
    // Hovering Sumba (NTT) names the province with BPS's figure; a click opens it, then its kabupaten/kota are coloured.
    // A point of NTT (Sumba, Flores or Timor) not under a program ring, in page pixels (the probe gives map
    // pixels), read once the camera rests (the year notice above the map resizes it).
    await waitForCameraRest(page);
    const at = await page.evaluate(() => {
      const box = document.getElementById('map')!.getBoundingClientRect();
      for (const ll of [[119.9, -9.65], [120.3, -9.9], [121.7, -8.65], [124.4, -9.8], [122.3, -8.6]] as [number, number][]) {
        const p = window.lokusMapProbe!.project(ll);
        const at = { x: box.left + p.x, y: box.top + p.y };
        if (document.elementFromPoint(at.x, at.y)?.tagName === 'CANVAS') return at;
      }
      throw new Error('every NTT point is under a ring');
    });
    // The tooltip follows a move on the map's next frame: each try moves the pointer by a pixel.
    let jiggle = 0;
    await poll(async () => {
      await page.mouse.move(at.x + (jiggle++ % 2), at.y);
      return (await page.locator('.tooltip').count()) ? page.locator('.tooltip').textContent() : '';
    }).toContain('Nusa Tenggara Timur');
    expect(await page.locator('.tooltip').textContent()).toContain(String(p0['2025']['53'][0]).replace('.', ','));
    await shot(page, 'provinsi-2025');
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('#map[data-region-ready="53"]', { timeout: SLOW });
    expect(await page.locator('#map').getAttribute('data-fill-level')).toBe('kabupaten');
    expect(await page.locator('input[name="map-level"]').count()).toBe(0);
    // Back to Indonesia: provinces again; the switch goes back to kabupaten/kota.
    await page.locator('.breadcrumb button, .breadcrumb a').first().click();
    await poll(() => page.locator('#map').getAttribute('data-fill-level')).toBe('provinsi');
    await page.check('input[name="map-level"][value="kabupaten"]');
    await poll(() => page.locator('#map').getAttribute('data-fill-level')).toBe('kabupaten');
    expect(new URL(page.url()).searchParams.get('level')).toBeNull();
    // Extreme poverty: the legend's ⓘ says BPS does not publish it per kabupaten/kota.
    await page.selectOption('#indicator-select', 'extreme_poverty');
    await page.click('.legend-about-toggle');
    await poll(() => page.locator('#legend-about').textContent()).toContain('BPS tidak menerbitkan angka ini per kabupaten/kota');
  });

  it('with 2021 selected, no figure from another year appears in the panel without its year', async () => {
    const { page } = await open('?region=5303&year=2021', '5303');
    // The other indicators are folded in groups: their rows are there, not shown.
    await page.locator('.panel .values tr[data-indicator="poor_thousands"]').waitFor({ state: 'attached' });
    await page.locator('.panel .values tr[data-indicator="ikp"] td .muted, .panel .values tr[data-indicator="ikp"] td .figure').first().waitFor({ state: 'attached', timeout: 60_000 });
    const figures = await page.locator('.panel .figure').evaluateAll((els) => els.map((e) => ({ year: e.getAttribute('data-year')!, text: e.textContent ?? '' })));
    expect(figures.length).toBeGreaterThan(5);
    for (const f of figures) if (f.year !== '2021') expect(f.text, `a ${f.year} figure shown with 2021 selected`).toContain(f.year);
    // Number of poor: no kabupaten figure in 2021 for Kupang, the latest is labelled with its year.
    const poor = page.locator('.panel .values tr[data-indicator="poor_thousands"]');
    expect(await poor.textContent()).toContain('tidak ada data 2021');
    // Flags and the ranking name their year.
    expect(await page.locator('.panel .rank').textContent()).toContain('2021');
  });

  it('names publisher and copy of each figure, with links to BPS’s own table and to the copy (?region=5303&year=2021)', async () => {
    const { page } = await open('?region=5303&year=2021', '5303');
    // Legend: P0 2021 is BPS table 621, which came through a GitHub copy; both are links opening a new tab.
    const legend = page.locator('.legend-source');
    await poll(() => legend.textContent()).toContain('BPS, tabel 621');
    expect(await legend.textContent()).toContain('(via GitHub)');
    const bps = legend.locator('a[data-link="publisher"]').first();
    expect(await bps.getAttribute('href')).toMatch(/^https:\/\/www\.bps\.go\.id\/.+statistics-table/);
    expect(await bps.textContent()).toContain('asli: BPS');
    for (const a of await legend.locator('a').all()) expect([await a.getAttribute('target'), await a.getAttribute('rel')]).toEqual(['_blank', 'noopener']);
    expect(await legend.locator('a[data-link="copy"]').first().getAttribute('href')).toMatch(/^https:\/\/github\.com\//);
    // Panel: IPM 2021 is BPS's IPM via Kaggle (no BPS table known: only the copy's link, never a guessed one).
    const ipm = page.locator('.panel .values tr[data-indicator="hdi_ipm"] .value-source');
    await poll(() => ipm.textContent()).toContain('BPS, Indeks Pembangunan Manusia 2021 (via Kaggle)');
    expect(await ipm.locator('a[data-link="copy"]').getAttribute('href')).toMatch(/^https:\/\/www\.kaggle\.com\//);
    expect(await ipm.locator('a[data-link="publisher"]').count()).toBe(0);
    const p0 = page.locator('.panel .values tr[data-indicator="p0"] .value-source');
    expect(await p0.locator('a[data-link="publisher"]').getAttribute('href')).toMatch(/bps\.go\.id\/.+\/NjIxIzI=\//);
    // The latest number of poor (2025, STIS transcription) links BPS table 619, not the P0 table.
    const poor = page.locator('.panel .values tr[data-indicator="poor_thousands"] .value-source');
    expect(await poor.locator('a[data-link="publisher"]').getAttribute('href')).toMatch(/bps\.go\.id\/.+\/NjE5IzI=\//);
    // The other indicators are folded in groups: opened for the picture.
    await page.locator('.panel .indicator-group').evaluateAll((els) => els.forEach((e) => e.setAttribute('open', '')));
    await shot(page.locator('.panel'), 'sources-panel-5303-2021');
    await shot(page.locator('.legend'), 'sources-legend-5303-2021');
    // English: the link words are translated.
    await page.click('.lang-toggle');
    await poll(() => legend.locator('a[data-link="publisher"]').first().textContent()).toContain('original: BPS');
    expect(await legend.locator('a[data-link="copy"]').first().textContent()).toContain('copy: GitHub');
    await shot(page.locator('.legend'), 'sources-legend-5303-2021-en');
  });

  it('the year picker marks partial years; an indicator without the year moves to its nearest year with a notice', async () => {
    const { page } = await open('?indicator=poor_thousands&year=2025');
    const options = await page.locator('#year-select option').allTextContents();
    expect(options).toContain('2025');
    expect(options.some((o) => /^2021 — \d+\/514$/.test(o))).toBe(true);
    await page.selectOption('#indicator-select', 'stunting_prevalence_under5');
    await poll(() => page.locator('.notice-year').textContent(), { timeout: 30_000 }).toContain('tidak punya data tahun 2025; ditampilkan tahun terdekat, 2018');
    await poll(() => page.locator('.legend-source').textContent(), { timeout: 60_000 }).toContain('Kemenkes, Riskesdas 2018');
    // The legend title never doubles units.
    await page.selectOption('#indicator-select', 'p0');
    expect(await page.locator('.legend-title').textContent()).not.toMatch(/\)\s*\(/);
  });

  it('downloads the data of ?region=53: NTT and its 22 kabupaten/kota with every year 2018–2025', async () => {
    const { page } = await open('?region=53', '53');
    const { name, text } = await download(page, () => page.click('#download-view'));
    expect(name).toBe('lokus-p0-53.csv');
    const rows = csvRows(text);
    expect(rows[0].slice(0, 7)).toEqual(['kode_bps', 'kode_kemendagri', 'nama', 'level', 'indikator', 'tahun', 'nilai']);
    const kab = rows.slice(1).filter((r) => r[3] === 'kabupaten');
    const codes = new Set(kab.map((r) => r[0]));
    expect(codes.size).toBe(22);
    for (const k of codes) expect(kab.filter((r) => r[0] === k && r[6] !== '').map((r) => r[5])).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(kab.find((r) => r[0] === '5303' && r[5] === '2019')?.[6]).toBe('23.03');
    expect(await page.locator('.downloads a[download="lokus-indicators.csv"]').count()).toBe(1);
    expect(await page.locator('a[download="regions.csv"]').count()).toBe(1);
    const dict = await download(page, () => page.click('#download-dictionary'));
    expect(dict.name).toBe('lokus-kamus-data-indikator.csv');
    expect(dict.text).toContain('indicator,p0,');
    // Licence and note of each source come from the full register (indicators/sources.json), fetched on click.
    expect(dict.text).toMatch(/source,KAGGLE_KTKI_2021,[^\n]*Kaggle[^\n]*Year 2021 inferred/);
  });

  it('a dropped BPS .xlsx becomes a mapped indicator with its join report, kept in the browser until removed', async () => {
    // A page of its own: the dropped table is kept in IndexedDB.
    const { page } = await pages.openMap();
    const bytes = [...readFileSync('data/stats/bps/xlsx/bps-621-p0-kabkota-2018-2024.xlsx')];
    const dt = await page.evaluateHandle((b) => {
      const d = new DataTransfer();
      d.items.add(new File([new Uint8Array(b)], 'bps-621-p0-kabkota-2018-2024.xlsx'));
      return d;
    }, bytes);
    await page.dispatchEvent('.stats-import', 'drop', { dataTransfer: dt });
    const report = page.locator('.stats-import-report');
    await report.waitFor({ timeout: 60_000 });
    expect([await report.getAttribute('data-matched'), await report.getAttribute('data-targets')]).toEqual(['514', '514']);
    expect(await report.locator('.stats-import-summary').textContent()).toMatch(/514\/514 kabupaten\/kota cocok/);
    // Mapped: the indicator is selected, its years are 2018–2024, the legend has classes.
    await poll(() => new URL(page.url()).searchParams.get('indicator')).toBe('user-bps-621-p0-kabkota-2018-2024');
    expect(await page.locator('#year-select option').allTextContents()).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(await page.locator('.legend-classes li[data-class]').count()).toBe(5);
    expect(await page.locator('.legend-title').textContent()).toBe('bps-621-p0-kabkota-2018-2024 (%), 2024');
    await shot(page, 'dropped-xlsx');
    // Kept in IndexedDB: after a reload it is in the indicator list again, until removed.
    await page.goto(site);
    await page.waitForSelector('#map[data-ready="true"]', { timeout: SLOW });
    await poll(() => page.locator('#indicator-select option[value="user-bps-621-p0-kabkota-2018-2024"]').count()).toBe(1);
    await page.click('.stats-import-remove');
    await poll(() => page.locator('#indicator-select option[value="user-bps-621-p0-kabkota-2018-2024"]').count()).toBe(0);
    await page.goto(site);
    await page.waitForSelector('#map[data-ready="true"]', { timeout: SLOW });
    await page.waitForTimeout(500);
    expect(await page.locator('.stats-import-report').count()).toBe(0);
  });

  it('the trend chart on a phone: all years, the national line, a value on focus', async () => {
    const { page } = await open('?region=5303', '5303', { width: 390, height: 844 });
    const trend = page.locator('.panel .trend');
    await trend.scrollIntoViewIfNeeded();
    expect(await trend.getAttribute('data-years')).toBe('2018,2019,2020,2021,2022,2023,2024,2025');
    expect(await trend.locator('polyline.trend-national').count()).toBeGreaterThan(0);
    await trend.locator('circle[data-year="2019"]').focus();
    await poll(() => trend.locator('.trend-readout').textContent()).toBe('2019: Kabupaten Kupang 23,03% · Nasional 9,41%');
    const box = await trend.locator('svg').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await shot(page, 'trend-phone');
  });
});
