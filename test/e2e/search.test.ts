import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { shot, watchPages } from './browser.ts';

const pages = watchPages();

/** The national view in the file's kept page (search state is the box's text, which each test types anew). */
const open = () => pages.visit('', 'national');

/**
 * The options listed for `query`, once the list answers it (not the query typed before: its list can
 * match `expected` too) and is no longer busy.
 */
async function optionsFor(page: Awaited<ReturnType<typeof open>>['page'], query: string, expected: RegExp): Promise<string[]> {
  await page.fill('#search-input', query);
  const list = page.locator(`#search-results[data-query="${query}"][aria-busy="false"]`);
  const options = list.locator('[role="option"]');
  await expect.poll(async () => (await options.allTextContents()).join(' | '), { timeout: 20_000 }).toMatch(expected);
  return options.allTextContents();
}

describe('search finds what people type', () => {
  it('finds Desa Baumata from typos, with its kecamatan and kabupaten', async () => {
    const { page } = await open();
    for (const typo of ['Baumatta', 'Bawmata', 'Baumta']) {
      const texts = await optionsFor(page, typo, /Baumata/);
      expect(texts[0], typo).toMatch(/^Baumata.*Desa\/Kelurahan · Taebenu, Kabupaten Kupang/);
    }
    await page.press('#search-input', 'Enter');
    await expect.poll(() => page.locator('#panel-title').textContent(), { timeout: 60_000 }).toBe('Baumata');
    // The chosen name stays in the box while Baumata is selected, and goes once the browser goes back.
    expect(await page.inputValue('#search-input')).toBe('Baumata');
    await page.waitForSelector('#map[data-region-ready="53.01.24.2002"]', { timeout: 60_000 });
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('region'), { timeout: 30_000 }).toBe(null);
    await expect.poll(() => page.inputValue('#search-input'), { timeout: 30_000 }).toBe('');
  });

  it('keeps what the user typed after choosing when another region is selected', async () => {
    const { page } = await open();
    await optionsFor(page, 'Baumata', /Baumata/);
    await page.press('#search-input', 'Enter');
    await expect.poll(() => page.locator('#panel-title').textContent(), { timeout: 60_000 }).toBe('Baumata');
    await page.fill('#search-input', 'Kupang');
    await page.click('.breadcrumb button.link >> nth=0');
    await expect.poll(() => new URL(page.url()).searchParams.get('region'), { timeout: 30_000 }).toBe(null);
    expect(await page.inputValue('#search-input')).toBe('Kupang');
  });

  it('reads province abbreviations: NTT is Nusa Tenggara Timur', async () => {
    const { page } = await open();
    const texts = await optionsFor(page, 'NTT', /Nusa Tenggara Timur/);
    expect(texts[0]).toMatch(/^Nusa Tenggara Timur/);
  });

  it('reads "name parent": Sukamaju Garut lists only the Sukamaju desa of Kab. Garut', async () => {
    const { page } = await open();
    const texts = await optionsFor(page, 'Sukamaju Garut', /Sukamaju/);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toMatch(/^Sukamaju.*, Kabupaten Garut$/);
  });

  it('fetches no file over 200 KB gzip on the first keystroke', async () => {
    // A page of its own: no search file fetched yet.
    const { page } = await pages.openMap();
    const sizes: [string, number][] = [];
    page.on('response', async (r) => {
      if (r.url().includes('/data/')) sizes.push([r.url(), gzipSync(await r.body()).length]);
    });
    await optionsFor(page, 'B', /./);
    await page.waitForLoadState('networkidle');
    expect(sizes.length).toBeGreaterThan(0);
    for (const [url, gz] of sizes) expect(gz, url).toBeLessThanOrEqual(200 * 1024);
  });
});

describe('a desa without a polygon (Mukti Lincer, 11.10.09.2009, in boundary-join.csv)', () => {
  const words = {
    id: { meta: /Mukti Lincer.*tanpa batas wilayah di peta; membuka Kecamatan Kota Baharu/, notice: 'Desa/kelurahan Mukti Lincer (11.10.09.2009) ada di daftar kode Kemendagri tetapi tidak punya batas wilayah di peta (BIG RBI 2023); dibuka kecamatannya', unmapped: /^Juga di kecamatan ini .*tanpa batas wilayah di peta \(BIG RBI 2023\): .*Mukti Lincer \(11\.10\.09\.2009\)/ },
    en: { meta: /Mukti Lincer.*no boundary on the map; opens Kecamatan Kota Baharu/, notice: "Desa/kelurahan Mukti Lincer (11.10.09.2009) is in Kemendagri's code list but has no boundary on the map (BIG RBI 2023); its kecamatan is shown", unmapped: /^Also in this kecamatan .*no boundary on the map \(BIG RBI 2023\): .*Mukti Lincer \(11\.10\.09\.2009\)/ },
  } as const;
  for (const lang of ['id', 'en'] as const) {
    it(`is found by name, said to have no boundary, and opens its kecamatan with a notice (${lang})`, async () => {
      const w = words[lang];
      const { page } = await pages.visit(lang === 'en' ? '?lang=en' : '', 'national');
      const texts = await optionsFor(page, 'Mukti Lincer', /Mukti Lincer/);
      expect(texts[0]).toMatch(w.meta);
      expect(await page.locator('#search-results [role="option"]').first().getAttribute('data-no-polygon')).toBe('true');
      await shot(page, `search-no-polygon-${lang}`);
      await page.press('#search-input', 'Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('region'), { timeout: 30_000 }).toBe('11.10.09');
      await expect.poll(() => page.locator('#panel-title').textContent(), { timeout: 60_000 }).toBe('Kota Baharu');
      expect(await page.locator('.notice').textContent()).toContain(w.notice);
      await page.waitForSelector('#map[data-region-ready="11.10.09"]', { timeout: 60_000 });
      // Its kecamatan's desa list names it, as Kemendagri lists it, with no boundary on the map.
      await expect.poll(() => page.locator('.children-unmapped').textContent(), { timeout: 30_000 }).toMatch(w.unmapped);
      await shot(page, `search-no-polygon-opened-${lang}`);
    });
  }

  it('opens its kecamatan from a link naming its code, saying so', async () => {
    const { page } = await pages.openMap('?region=11.10.09.2009');
    await expect.poll(() => new URL(page.url()).searchParams.get('region'), { timeout: 60_000 }).toBe('11.10.09');
    await expect.poll(() => page.locator('#panel-title').textContent(), { timeout: 60_000 }).toBe('Kota Baharu');
    expect(await page.locator('.notice').textContent()).toContain(words.id.notice);
  });
});
