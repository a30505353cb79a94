import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickRegionLabel, shot, waitForCameraRest, waitForRegion, watchPages } from './browser.ts';

// Real data only: BIG RBI 2023 desa chunks and IDM 2024 (Kemendes PDTT) in public/data.
if (inject('dataKind') !== 'real') throw new Error('test/e2e/desa-view.test.ts checks the real data (public/data from `npm run data`); unset LOKUS_E2E_DATA=synthetic');
const site = inject('siteUrl');
const pages = watchPages();
const SLOW = 180_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 90_000, interval: 200 });

/** Sumba Barat Daya (BPS 5317) at the desa zoom, nothing selected: the bare link of issue 20 (P0 shown, desa by IDM) in Bahasa, under an IDM figure in English. */
const SUMBA = 'view=119.35,-9.45,9.5';
const desaChunks = (requests: string[]) => requests.filter((r) => r.includes('/boundaries/desa/')).map((r) => r.split('/').pop());
const drawn = (page: Page) => page.getAttribute('#map', 'data-desa-drawn');

const WORDS = {
  id: { classes: ['Sangat Tertinggal', 'Tertinggal', 'Berkembang', 'Maju', 'Mandiri'], kelurahan: 'Tidak dinilai IDM (kelurahan)', title: 'Desa menurut status IDM 2024', status: 'Status IDM 2024' },
  en: { classes: ['Sangat Tertinggal (severely left behind)', 'Tertinggal (left behind)', 'Berkembang (developing)', 'Maju (advanced)', 'Mandiri (independent)'], kelurahan: 'Not scored by IDM (kelurahan)', title: 'Desa by IDM 2024 status', status: 'IDM 2024 status' },
} as const;

describe('desa wherever the map is (issue 20, item 4)', { timeout: 300_000 }, () => {
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: ${SUMBA} draws the desa in view coloured by IDM status, the legend counts the five classes, moving loads the neighbours`, async () => {
      const w = await pages.open();
      const { page } = w;
      await page.goto(lang === 'id' ? `${site}?${SUMBA}` : `${site}?indicator=idm_need_share&${SUMBA}&lang=${lang}`);
      await page.waitForSelector('#map[data-ready="true"]', { timeout: SLOW });
      await poll(() => drawn(page)).toMatch(/desa-5317.*\|idm$/);
      // Nothing is selected: the desa come from the view, not from a region.
      expect(new URL(page.url()).searchParams.get('region')).toBeNull();
      // The kabupaten in view, nearest first, never the whole country (at most 12 chunks).
      const first = desaChunks(w.requests);
      expect(first).toContain('5317.topo.json');
      expect(first.length).toBeLessThanOrEqual(12);
      const legend = page.locator('.legend-desa-idm');
      const words = WORDS[lang];
      expect(await legend.locator('p strong').textContent()).toBe(words.title);
      const rows = legend.locator('li[data-idm-class]');
      expect(await rows.evaluateAll((li) => li.map((l) => l.getAttribute('data-idm-class')))).toEqual(['5', '4', '3', '2', '1', 'kelurahan']);
      expect(await rows.locator('.legend-range').allTextContents()).toEqual([...words.classes, words.kelurahan]);
      const counts = (await rows.evaluateAll((li) => li.map((l) => Number(l.getAttribute('data-count')))));
      const total = Number(await legend.getAttribute('data-desa-total'));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
      // Sumba Barat Daya alone has 173 desa and kelurahan; most of them are scored.
      expect(total).toBeGreaterThan(173);
      expect(counts.slice(0, 5).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
      // The map draws the desa chunks whole, over plain land (no kabupaten colour between them).
      const layers = await page.evaluate(() => window.lokusMapProbe!.layers().filter((l) => l.id === 'desa-5317-fill'));
      expect(layers).toEqual([{ id: 'desa-5317-fill', type: 'fill', source: 'desa-5317', visibility: 'visible' }]);
      await waitForCameraRest(page);
      await shot(page, `desa-view-sumba-${lang}`);

      // Hover over a desa: its name, IDM status and score.
      const box = (await page.locator('#map').boundingBox())!;
      const at = await page.evaluate(() => window.lokusMapProbe!.project([119.27, -9.5]));
      await page.mouse.move(box.x + at.x, box.y + at.y);
      const tip = page.locator('.tooltip');
      await poll(() => tip.locator('.tooltip-idm').count()).toBe(1);
      expect(await tip.textContent()).toContain(words.status);
      // The score (loaded once the desa are drawn) joins the status.
      await page.mouse.move(box.x + at.x + 1, box.y + at.y);
      await poll(async () => (await tip.textContent()) ?? '').toMatch(lang === 'id' ? /skor 0,\d{4}/ : /score 0\.\d{4}/);
      await shot(page, `desa-view-tooltip-${lang}`);

      // Move north towards Flores: the chunks of the kabupaten that come into view follow.
      const before = (await drawn(page))!.split('|')[0].split(',');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2, box.y + box.height * (0.15 + 0.07 * i));
      await page.mouse.up();
      await poll(async () => ((await drawn(page)) ?? '').split('|')[0].split(',').some((id) => !before.includes(id))).toBe(true);
      const added = (await drawn(page))!.split('|')[0].split(',').filter((id) => !before.includes(id));
      for (const id of added) expect(desaChunks(w.requests)).toContain(`${id.slice('desa-'.length)}.topo.json`);
      // Each chunk is asked for once, however often the view moves over it.
      const asked = desaChunks(w.requests);
      expect(new Set(asked).size).toBe(asked.length);
      await waitForCameraRest(page);
      await shot(page, `desa-view-moved-${lang}`);
    });
  }

  it('the national first view asks for no desa chunk, and zooming out hides the desa', async () => {
    const w = await pages.open();
    await w.page.goto(site);
    await w.page.waitForSelector('#map[data-region-ready="national"]', { timeout: SLOW });
    await w.page.waitForLoadState('networkidle');
    expect(desaChunks(w.requests)).toEqual([]);
    expect(await drawn(w.page)).toBeNull();

    const z = await pages.open();
    await z.page.goto(`${site}?indicator=idm_need_share&${SUMBA}`);
    await poll(() => drawn(z.page)).toMatch(/desa-5317/);
    for (let i = 0; i < 2; i++) {
      await z.page.getByRole('button', { name: /perkecil|zoom out/i }).click();
      await waitForCameraRest(z.page);
    }
    await poll(() => drawn(z.page)).toBeNull();
    const visible = await z.page.evaluate(() => window.lokusMapProbe!.layers().filter((l) => l.id.startsWith('desa-') && l.visibility === 'visible').map((l) => l.id));
    expect(visible).toEqual([]);
  });

  it('draws the desa of a kecamatan whose kabupaten is not its code’s prefix (Talang Ubi 16.12.01 lies in PALI, 1612), and drills into one', async () => {
    const { page } = await pages.visit('?region=16.12.01', '16.12.01');
    expect(await page.locator('.breadcrumb').textContent()).toMatch(/Talang Ubi/);
    // Only a drawn desa shape can be hit: its chunk is desa/1612 (through the rows' parents), not desa/1603.
    await clickRegionLabel(page, 'Semangus');
    await waitForRegion(page, '16.12.01.2009');
    expect(await page.locator('#panel-title').textContent()).toBe('Semangus');
    // Its kabupaten from the rows' parents: PALI, not Muara Enim (1603).
    expect(await page.locator('.breadcrumb').textContent()).toMatch(/Penukal Abab Lematang Ilir.*Talang Ubi.*Semangus/);
    await shot(page, 'talang-ubi-semangus');
  });
});
