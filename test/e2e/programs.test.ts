import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForCameraRest, waitForMap, waitForRegion, switchLang, watchPages, shot } from './browser.ts';

const site = inject('siteUrl');
// Real data only: vite.config.ts leaves this file out under LOKUS_E2E_DATA=synthetic; run by hand there, it fails.
if (inject('dataKind') !== 'real') throw new Error('test/e2e/programs.test.ts checks the real data (public/data from `npm run data`); unset LOKUS_E2E_DATA=synthetic');
const mixedCsv = 'test/fixtures/programs/synthetic-programs-mixed.csv';
const pages = watchPages();
// The shipped layer's size in the page's number format ("2.040"), read from the data the page serves.
const shippedCount = (JSON.parse(readFileSync('public/data/programs.geojson', 'utf8')) as { features: unknown[] }).features.length;
const dotted = (n: number) => n.toLocaleString('de-DE').replace(/\./g, '\\.');

async function open(query = '', region?: string) {
  const current = await pages.open();
  await current.page.goto(site + query);
  await waitForMap(current.page);
  if (region) await waitForRegion(current.page, region);
  return current;
}

/** Cells of a CSV text (RFC 4180 quoting), BOM removed. */
function csvCells(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '', quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows[rows.length - 1].push(cell), (cell = '');
    else if (c === '\n') rows[rows.length - 1].push(cell.replace(/\r$/, '')), rows.push([]), (cell = '');
    else cell += c;
  }
  if (cell || rows[rows.length - 1].length) rows[rows.length - 1].push(cell);
  return rows.filter((r) => r.length > 1 || r[0]);
}

/** A spreadsheet would run a text cell starting with = + - @ (a negative number is data, not a formula). */
const liveFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell);

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await dl.path())!, 'utf8');
}

describe('programs, coverage and gaps in the page', () => {
  it('shows the Baumata programs at Desa Baumata with convergence 2 (skills training + land reform)', async () => {
    const { page } = await pages.visit('?region=53.01.24.2002', '53.01.24.2002');
    const conv = page.locator('.panel .convergence');
    await expect.poll(() => conv.getAttribute('data-convergence')).toBe('2');
    expect(await conv.getAttribute('data-types')).toBe('skills_training land_reform');
    expect(await conv.textContent()).toMatch(/Konvergensi 2 dari 5: Pelatihan keterampilan \+ Reforma agraria/);
    const inside = page.locator('.loci-inside li');
    expect(await inside.count()).toBe(4);
    expect(await inside.evaluateAll((els) => els.map((e) => e.getAttribute('data-located-by')))).toEqual(['region', 'region', 'region', 'region']);
    expect(await inside.first().textContent()).toMatch(/lokasi menurut wilayah, bukan koordinat/);
    // Area-wide: Kab. Kupang's BLK and NTT-wide programs, listed apart and not counted.
    expect(await page.locator('.loci-area-wide li').count()).toBeGreaterThan(0);
    // On the map: one cluster ring of the 4 loci at Baumata's label point, with both types.
    const cluster = page.locator('.program-cluster[data-count="4"]');
    await cluster.waitFor();
    expect(await cluster.getAttribute('data-types')).toBe('skills_training land_reform');
    expect(await cluster.getAttribute('aria-label')).toMatch(/4 lokus program: 1 Pelatihan keterampilan, 3 Reforma agraria, 4 menurut wilayah/);
    // The ring stands just above Baumata's name, not on it (it hid the middle letters), once the camera rests.
    await waitForCameraRest(page);
    const ring = (await cluster.boundingBox())!;
    const name = (await page.locator('.region-label', { hasText: /^Baumata$/ }).boundingBox())!;
    expect(ring.y + ring.height, 'ring bottom above the name').toBeLessThanOrEqual(name.y + 1);
    expect(Math.abs(ring.x + ring.width / 2 - (name.x + name.width / 2)), 'ring centred over the name').toBeLessThanOrEqual(2);
    await shot(page, 'programs-baumata');
    await page.click('#tab-programs');
    expect(await page.locator('.programs-count').textContent()).toMatch(new RegExp(`^${dotted(shippedCount)} lokus program dimuat`));
    expect(await page.locator('.programs-source').textContent()).toMatch(/programs\.geojson/);
    expect(await page.locator('.privacy-note').textContent()).toMatch(/tidak ada yang diunggah/);
  });

  it('says per intervention type what the data covers, marks rows no register covers, and can keep only registered regions', async () => {
    const { page } = await pages.visit('', 'national');
    await page.click('#tab-gaps');
    const rows = page.locator('.gap-table tr.gap-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    const kinds = await page.locator('.type-coverage li').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-type'), e.getAttribute('data-kind')])));
    expect(kinds).toMatchObject({ skills_training: 'register', social_assistance: 'none', jobs: 'examples' });
    await page.click('.type-coverage summary');
    expect(await page.locator('.type-coverage li[data-type="social_assistance"]').textContent()).toBe('Bantuan sosial: tidak ada data lokus sama sekali');
    expect(await page.locator('.type-coverage li[data-type="skills_training"]').textContent()).toMatch(/daftar resmi yang lengkap untuk .*Jawa Barat/);
    // Outside Java–Bali no register covers a row: said on the row and in its reasons, never a plain "no program".
    const outside = page.locator('.gap-table tr.gap-row').filter({ has: page.locator('.gap-no-register') });
    expect(await outside.count()).toBeGreaterThan(0);
    expect(await page.locator('.gap-table tr.gap-reasons').first().textContent()).toMatch(/tidak ada register program untuk wilayah ini|jenis yang datanya ada di sini/);
    await page.check('#gap-only-registered');
    // Every Java–Bali hotspot kabupaten has a training centre in the register: allow a few loci to get rows.
    await page.selectOption('#gap-max-loci', '5');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await page.locator('.gap-table .gap-no-register').count()).toBe(0);
    const codes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-kode')!));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((k) => ['32', '35', '36', '34', '51'].includes(k.slice(0, 2)))).toBe(true);
  });

  it('lists uncovered coastal or farming hotspots with reasons, and a row opens its region', async () => {
    // A page of its own: the gap filters the test before changed are page state, not the link's.
    const { page } = await open('', 'national');
    await page.click('#tab-gaps');
    const rows = page.locator('.gap-table tr.gap-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    expect(await page.locator('.gap-total').textContent()).toMatch(/^\d+ hotspot; \d+ ditampilkan$/);
    const loci = await page.locator('.gap-table tr.gap-row td:last-child').allTextContents();
    expect(loci.every((l) => /^0\b/.test(l))).toBe(true);
    const reasons = await page.locator('.gap-table tr.gap-reasons').allTextContents();
    expect(reasons.every((r) => /(P0 [\d,]+% > nasional|Penduduk miskin .* > batas)/.test(r) && /(Pesisir|Pertanian|pertanian)/.test(r))).toBe(true);
    // Sorted by number of poor by default; P0 as the option.
    const poor = (await page.locator('.gap-table tr.gap-row td:nth-child(3)').allTextContents()).map((s) => Number(s.replace(/\./g, '')));
    expect(poor).toEqual([...poor].sort((a, b) => b - a));
    await shot(page, 'gaps');
    await page.selectOption('#gap-sort', 'p0');
    const p0 = (await page.locator('.gap-table tr.gap-row td:nth-child(4)').allTextContents()).map((s) => Number(s.replace('%', '').replace(',', '.')));
    expect(p0.slice(0, 20)).toEqual([...p0.slice(0, 20)].sort((a, b) => b - a));
    // Keyboard: focus the first row's button and press Enter; the map flies there and the panel opens.
    const first = page.locator('.gap-table tr.gap-row').first();
    const kode = (await first.getAttribute('data-kode'))!;
    await first.locator('button.gap-open').focus();
    await page.keyboard.press('Enter');
    await waitForRegion(page, kode);
    expect(await page.locator('.panel').getAttribute('data-region')).toBe(kode);
    expect(await page.locator('#tab-region').getAttribute('aria-selected')).toBe('true');
    // A click anywhere on a row opens it too ("Klik baris"), not only on the name.
    await page.goBack();
    await page.click('#tab-gaps');
    const second = page.locator('.gap-table tr.gap-row').nth(1);
    const kode2 = (await second.getAttribute('data-kode'))!;
    await second.locator('td:last-child').click();
    await waitForRegion(page, kode2);
    expect(await page.locator('.panel').getAttribute('data-region')).toBe(kode2);
  });

  it('reports the swapped lat/lon and the unknown code of a loaded file and adds its valid program', async () => {
    const { page } = await open('?region=53.01.24.2002', '53.01.24.2002');
    await page.click('#tab-programs');
    await page.setInputFiles('#program-file', mixedCsv);
    const report = page.locator('.import-report');
    await report.locator('.import-summary').waitFor({ timeout: 60_000 });
    expect(await report.locator('.import-summary').textContent()).toMatch(/1 dari 3 baris dipakai; 2 galat/);
    const errors = report.locator('.issues-error li');
    expect(await errors.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-row')}`))).toEqual(['latlon-swapped@2', 'unknown-code@3']);
    expect(await errors.nth(0).textContent()).toMatch(/baris 2, kolom "lat".*123\.65.*tertukar/);
    expect(await errors.nth(1).textContent()).toMatch(/baris 3, kolom "admin_code".*53\.01\.99\.9999/);
    expect(await page.locator('.programs-count').textContent()).toMatch(new RegExp(`^${dotted(shippedCount + 1)} lokus program dimuat`));
    expect(await page.locator('.programs-source').textContent()).toMatch(/synthetic-programs-mixed\.csv/);
    await shot(page, 'programs-import');
    await page.click('#tab-region');
    await expect.poll(() => page.locator('.panel .convergence').getAttribute('data-convergence')).toBe('3');
    expect(await page.locator('.loci-inside li[data-id="T003"]').count()).toBe(1);
    // A coordinate row: placed by point-in-polygon (kabupaten, then the desa chunk) into Baumata.
    await page.click('#tab-programs');
    const coords = 'id,name,program,ministry,intervention_type,lat,lon,year\nC1,Uji: titik koordinat di Baumata,Program uji (sintetis),Kementerian uji,jobs,-10.1969,123.679,2024\n';
    await page.setInputFiles('#program-file', { name: 'coords.csv', mimeType: 'text/csv', buffer: Buffer.from(coords) });
    await expect.poll(() => page.locator('.import-summary').textContent()).toMatch(/^coords\.csv: 1 dari 1 baris dipakai; 0 galat/);
    await page.click('#tab-region');
    expect(await page.locator('.loci-inside li[data-id="C1"]').getAttribute('data-located-by')).toBe('coordinates');
    expect(await page.locator('.loci-inside li[data-id="C1"]').textContent()).toMatch(/lokasi menurut koordinat/);
    await switchLang(page);
    await page.click('#tab-programs');
    await page.setInputFiles('#program-file', mixedCsv);
    await expect.poll(() => page.locator('.import-summary').textContent()).toMatch(/^synthetic-programs-mixed\.csv: 1 of 3 rows used; 2 errors/);
    expect(await page.locator('.issues-error li').nth(0).textContent()).toMatch(/row 2, column "lat".*swapped/);
    // A file that cannot be read at all: one message, the shown programs unchanged.
    const count = await page.locator('.programs-count').textContent();
    await page.setInputFiles('#program-file', { name: 'not-programs.csv', mimeType: 'text/csv', buffer: Buffer.from('foo,bar\n1,2\n') });
    await expect.poll(() => page.locator('.import-report .error-inline').textContent()).toMatch(/^The file could not be read: not-programs\.csv: /);
    expect(await page.locator('.programs-count').textContent()).toBe(count);
  });

  it('exports gap and program CSVs that spreadsheets cannot run as formulas (a dropped file with formula-like cells)', async () => {
    const { page } = await open('', 'national');
    await page.click('#tab-gaps');
    await page.locator('.gap-table tr.gap-row').first().waitFor();
    const gaps = await download(page, () => page.click('#gap-export'));
    expect(gaps.startsWith('\ufeff')).toBe(true);
    const cells = csvCells(gaps);
    expect(cells[0]).toContain('reasons');
    expect(cells.length - 1).toBe(Number((await page.locator('.gap-total').textContent())!.match(/^(\d+)/)![1]));
    expect(cells.flat().filter(liveFormula)).toEqual([]);
    // A user's file with formula-like text: exported neutralised with a leading apostrophe.
    await page.click('#tab-programs');
    const evil = 'id,name,program,ministry,intervention_type,admin_code,year\nX1,"=HYPERLINK(""http://example.com"",""klik"")",+program,@kementerian,jobs,53.01.24.2002,2024\n';
    // …dropped on the drop zone this time (the file picker is tested above).
    const dropped = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'formula.csv', { type: 'text/csv' }));
      return dt;
    }, evil);
    await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: dropped });
    await page.locator('.import-summary').waitFor({ timeout: 60_000 });
    const loci = await download(page, () => page.click('.programs-panel button.secondary'));
    const row = csvCells(loci).find((r) => r[0] === 'X1')!;
    expect(row.slice(1, 4)).toEqual(['\'=HYPERLINK("http://example.com","klik")', "'+program", "'@kementerian"]);
    expect(csvCells(loci).flat().filter(liveFormula)).toEqual([]);
  });

  it('filters recompute convergence without refetching geometry, and the bivariate mode has a 3×3 legend', async () => {
    const { page, requests } = await open('?region=53.01.24.2002', '53.01.24.2002');
    const before = requests.filter((u) => u.includes('/boundaries/')).length;
    await page.click('#tab-programs');
    await page.uncheck('input[data-type="land_reform"]');
    expect(await page.locator('.filter-active').textContent()).toMatch(new RegExp(`^[\\d.]+ dari ${dotted(shippedCount)} lokus sesuai saringan$`));
    // Recomputed in the page (its time is a bench figure: `coverage + convergence + gaps`, not asserted here).
    expect(Number.isFinite(Number(await page.locator('.recompute').getAttribute('data-ms')))).toBe(true);
    await page.click('#tab-region');
    await expect.poll(() => page.locator('.panel .convergence').getAttribute('data-convergence')).toBe('1');
    await expect.poll(() => page.locator('.program-cluster[data-count="4"]').count()).toBe(0);
    await page.selectOption('#mode-select', 'bivariate');
    expect(await page.locator('.legend .bv-cell').count()).toBe(9);
    await expect.poll(() => page.url()).toContain('mode=bivariate');
    expect(await page.locator('.legend-title').textContent()).toMatch(/× cakupan program, 2025/);
    expect(requests.filter((u) => u.includes('/boundaries/')).length).toBe(before);
    // A shared link reopens the bivariate mode.
    await page.goto(`${site}?lang=en&mode=bivariate`);
    await waitForMap(page);
    await waitForRegion(page, 'national');
    expect(await page.locator('#mode-select').inputValue()).toBe('bivariate');
    expect(await page.locator('.legend .bv-cell').count()).toBe(9);
    // Rows are the indicator's thirds, worse on top, named for the indicator shown (not "poverty" for every indicator).
    expect(await page.locator('.legend .bv-axes').textContent()).toMatch(/^↑ Poverty rate \(P0\).* \(tertiles\) · → Program loci$/);
    expect(await page.locator('.legend .bv-row .bv-axis').first().textContent()).toBe('worse');
    await shot(page, 'bivariate');
    await page.selectOption('#indicator-select', 'hdi_ipm_revised');
    await expect.poll(() => page.locator('.legend .bv-axes').textContent()).toBe('↑ HDI (2024 life-expectancy revision) (tertiles) · → Program loci');
    expect(await page.locator('.legend-bivariate .legend-note').textContent()).toMatch(/^Magenta: the worst third on this indicator, no program/);
  });
});
