import { describe, expect, inject, it } from 'vitest';
import { watchPages, shot } from './browser.ts';

// Real data only: IDM 2024 (Kemendes PDTT) joined to public/data/regions.csv by Kemendagri code.
if (inject('dataKind') !== 'real') throw new Error('test/e2e/idm.test.ts checks the real data (public/data from `npm run data`); unset LOKUS_E2E_DATA=synthetic');
const site = inject('siteUrl');
const pages = watchPages();
const SLOW = 180_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 60_000 });

/** `region` opened as a link does, in the file's kept page. */
const open = (region: string) => pages.visit(`?region=${region}`, region);

describe('IDM 2024 in the region panel', { timeout: 300_000 }, () => {
  it('Baumata (Kemendagri 53.01.24.2002): IDM 0,6648, status Berkembang, IKS/IKE/IKL, cited as Kemendes PDTT IDM 2024', async () => {
    const { page } = await open('53.01.24.2002');
    const idm = page.locator('.panel .panel-idm');
    await poll(() => idm.locator('[data-idm]').getAttribute('data-idm')).toBe('0.6648');
    expect(await idm.locator('[data-idm-status]').getAttribute('data-idm-status')).toBe('3');
    const text = (await idm.textContent()) ?? '';
    expect(text).toContain('Indeks Desa Membangun (IDM) 2024');
    expect(text).toContain('0,6648');
    expect(text).toContain('Berkembang');
    expect(text).toContain('Kemendes PDTT, Indeks Desa Membangun 2024 (via GitHub)');
    expect(text).toContain('GitHub ↗, 2024');
    expect(await idm.locator('tr[data-indicator="idm_iks"] td').textContent()).toBe('0,7943');
    await shot(page.locator('.panel'), 'idm-baumata-panel');
  });

  it('a kelurahan (Naioni, 53.71.01.1011) is "not scored by IDM", not "no data"', async () => {
    const { page } = await open('53.71.01.1011');
    await poll(() => page.locator('.panel .panel-idm [data-idm]').getAttribute('data-idm')).toBe('kelurahan');
    expect(await page.locator('.panel .panel-idm').textContent()).toContain('Tidak dinilai IDM (kelurahan)');
  });

  it('a kecamatan (Taebenu) and a kabupaten (Kupang) show the need computed by Lokus from IDM 2024, with n', async () => {
    const { page } = await open('53.01.24');
    const need = page.locator('.panel .idm-need');
    await poll(() => need.getAttribute('data-idm-n')).toBe('8');
    expect(await need.textContent()).toContain('0 dari 8 desa Tertinggal atau Sangat Tertinggal (0,00%); median IDM 0,6353 Dihitung Lokus dari IDM 2024 (Kemendes PDTT), 2024');
    const kab = await open('5303');
    const row = kab.page.locator('.panel .values tr[data-indicator="idm_need_share"]');
    // The page's year is P0's 2025: the 2024 figure shows as the latest, with its year and source.
    await poll(() => row.locator('.figure-other-year').getAttribute('data-year')).toBe('2024');
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('34,38');
    expect(rowText).toContain('Dihitung Lokus dari IDM 2024 (Kemendes PDTT)');
    // Desa-only figures are not listed for a kabupaten (they would read "no data").
    expect(await kab.page.locator('.panel .values tr[data-indicator="idm"]').count()).toBe(0);
  });

  it('maps the share of desa Tertinggal + Sangat Tertinggal per kabupaten/kota, 2024, cited as computed by Lokus', async () => {
    const w = await pages.open();
    await w.page.goto(`${site}?indicator=idm_need_share`);
    await w.page.waitForSelector('#map[data-ready="true"]', { timeout: SLOW });
    const legend = w.page.locator('.legend');
    // Quantiles of shares with many 0 % kabupaten collapse to fewer classes (3 today).
    await poll(() => legend.locator('.legend-classes li[data-class]').count()).toBeGreaterThan(1);
    expect(await legend.locator('.legend-title').textContent()).toContain('Desa tertinggal dan sangat tertinggal (IDM), % desa, 2024');
    expect(await legend.locator('.legend-source').textContent()).toContain('Dihitung Lokus dari IDM 2024 (Kemendes PDTT)');
    await shot(w.page, 'idm-need-share-national');
  });

  it('the tooltip of a desa under the pointer names its IDM 2024 status', async () => {
    const w = await pages.open();
    // Camera on Baumata's label point (123.67913, -10.19674).
    await w.page.goto(`${site}?region=53.01.24.2002&view=123.67913,-10.19674,13`);
    await w.page.waitForSelector('#map[data-region-ready="53.01.24.2002"]', { timeout: SLOW });
    await poll(() => w.page.locator('.panel .panel-idm [data-idm-status]').count()).toBe(1);
    const map = (await w.page.locator('#map').boundingBox())!;
    await w.page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await w.page.mouse.move(map.x + map.width / 2 + 2, map.y + map.height / 2 + 2);
    await poll(() => w.page.locator('.tooltip').textContent()).toMatch(/^Baumata · Desa\/Kelurahan.*Status IDM 2024: Berkembang, skor 0,6648 \(Kemendes PDTT\)/);
    await shot(w.page, 'idm-tooltip-baumata');
  });
});

