/**
 * Old shared links (issue 20): a `?region=` that is a 7- or 10-digit BPS code the data no longer has
 * as a key opens its new key through the alias shard of its kabupaten (`old-codes/{kab}.json`), or
 * its kecamatan/kabupaten with a notice (never shown to embed readers), and the URL is rewritten to
 * the key opened. With today's data every old code is still a key, so the codes below are ones no
 * data has (`5303999`, `53031290xx`) and the alias case is served a SYNTHETIC shard by the test.
 * Runs on the real data and on the synthetic site (Baumata is 53.01.24.2002 in both, 5303121006 before BIG).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { goInPage, shot, waitForMap, waitForRegion, watchPages } from './browser.ts';

const site = inject('siteUrl');
const pages = watchPages();

/** Open `query` with the alias shard of kabupaten 5303 replaced by a SYNTHETIC one, when given. */
async function openOld(query: string, shard?: Record<string, string>): Promise<{ page: Page; shards: string[] }> {
  const { page } = await pages.open();
  const shards: string[] = [];
  // Registered after the watcher's catch-all, so it answers first (Playwright runs the newest route first).
  await page.route('**/data/old-codes/*.json', (route) => {
    shards.push(new URL(route.request().url()).pathname.replace(/^.*\/data\//, ''));
    return shard ? route.fulfill({ json: shard }) : route.fallback();
  });
  await page.goto(site + query);
  await waitForMap(page);
  return { page, shards };
}

describe('old region links', () => {
  it('opens a kecamatan code that no data has at its kabupaten, says so, and rewrites the link', async () => {
    const { page, shards } = await openOld('?region=5303999');
    await waitForRegion(page, '5303');
    expect(await page.locator('.notice').textContent()).toContain('Kode wilayah lama 5303999 tidak lagi punya padanan; dibuka wilayah induknya');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?region=5303');
    expect(shards).toEqual(['old-codes/5303.json']);
    await shot(page, 'old-link-parent');
  });

  it('opens an old desa code at the desa its alias names, with no notice (SYNTHETIC shard)', async () => {
    const { page, shards } = await openOld('?region=5303129001', { '5303129001': '53.01.24.2002' });
    await page.waitForSelector('#map[data-region-ready="53.01.24.2002"]', { timeout: 60_000 });
    const key = await page.locator('#map').getAttribute('data-region-ready');
    expect(await page.locator('#panel-title').textContent()).toMatch(/Baumata/);
    expect(await page.locator('.notice').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.search)).toBe(`?region=${key}`);
    expect(shards).toEqual(['old-codes/5303.json']);
  });

  it('opens a link shared before the BIG boundaries (?region=5303121006) at Desa Baumata, 53.01.24.2002, through the real alias shard', async () => {
    const { page, shards } = await openOld('?region=5303121006');
    await page.waitForSelector('#map[data-region-ready="53.01.24.2002"]', { timeout: 60_000 });
    const key = await page.locator('#map').getAttribute('data-region-ready');
    expect(await page.locator('#panel-title').textContent()).toMatch(/Baumata/);
    expect(await page.locator('.notice').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.search)).toBe(`?region=${key}`);
    // The old code is no key: its kabupaten's alias shard was read.
    expect(shards).toEqual(['old-codes/5303.json']);
    await shot(page, 'old-link-baumata');
  });

  it('says in English that an old desa without a match opened its kabupaten (SYNTHETIC shard)', async () => {
    const { page } = await openOld('?region=5303129002&lang=en', { '5303129': '', '5303129002': '' });
    await waitForRegion(page, '5303');
    expect(await page.locator('.notice').textContent()).toContain('The old region code 5303129002 has no match today; its parent region is shown');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?region=5303&lang=en');
  });

  it('tells embed readers nothing about the repaired link, and still rewrites it', async () => {
    const { page } = await openOld('?region=5303999&embed=1');
    await waitForRegion(page, '5303');
    expect(await page.locator('.notice').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?region=5303&embed=1');
  });

  it('opens an old desa link met by back/forward in a page that never loaded desa rows (a history entry from before a reload)', async () => {
    const { page } = await openOld('');
    await waitForRegion(page, 'national');
    await goInPage(page, '?region=5303121006');
    await page.waitForSelector('#map[data-region-ready="53.01.24.2002"]', { timeout: 60_000 });
    expect(await page.locator('#panel-title').textContent()).toMatch(/Baumata/);
    expect(await page.locator('.notice').count()).toBe(0);
  });
});
