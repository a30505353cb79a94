import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { watchPages } from './browser.ts';

const pages = watchPages();

const open = () => pages.openMap();

/** The options listed for `query`, once the list has settled on a non-empty answer. */
async function optionsFor(page: Awaited<ReturnType<typeof open>>['page'], query: string, expected: RegExp): Promise<string[]> {
  await page.fill('#search-input', query);
  const options = page.locator('#search-results [role="option"]');
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
    const { page } = await open();
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
