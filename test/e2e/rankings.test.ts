import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it, vi } from 'vitest';
import { goInPage, shot, waitForRegion, watchPages } from './browser.ts';

const { open, openMap, visit } = watchPages();
// Each test opens one or two full pages on a shared 2-core machine.
vi.setConfig({ testTimeout: 180_000 });

const langs = [
  { lang: 'id', q: '', title: /^Kabupaten\/Kota menurut Persentase penduduk miskin \(P0\), 2025$/, worst: /^10 terburuk \(tertinggi\)$/, scope: 'Kelas untuk wilayah ini', count: /^(\d+) wilayah$/ },
  { lang: 'en', q: 'lang=en', title: /^Regency\/City by .*\(P0\), 2025$/, worst: /^10 worst \(highest\)$/, scope: 'Classes for this region', count: /^(\d+) regions?$/ },
] as const;
const withLang = (q: string, l: (typeof langs)[number]) => (l.q ? (q ? `${q}&${l.q}` : `?${l.q}`) : q);

/** Numbers of the legend's class rows ("5 wilayah" → 5), no-data row left out. */
const legendCounts = (page: Page, re: RegExp) => page.locator('.legend-classes li[data-class] .legend-count').evaluateAll((els, src) => els.map((e) => Number(new RegExp(src).exec(e.textContent ?? '')?.[1])), re.source);

describe.each(langs)('rankings and the region panel ($lang)', (l) => {
  it('lists Supiori, Intan Jaya, Deiyai, Puncak and Paniai first in the national view without a click, and ranks the 38 provinces', async () => {
    const { page } = await visit(withLang('', l), 'national');
    const kab = page.locator('#ranking-kabupaten');
    await expect.poll(() => kab.locator('.ranking-worst .ranking-name').count()).toBe(10);
    expect(await kab.locator('h3').textContent()).toMatch(l.title);
    expect(await kab.locator('.ranking-worst h4').textContent()).toMatch(l.worst);
    const top5 = (await kab.locator('.ranking-worst .ranking-name').allTextContents()).slice(0, 5);
    expect(top5).toEqual(['Kabupaten Supiori', 'Kabupaten Intan Jaya', 'Kabupaten Deiyai', 'Kabupaten Puncak', 'Kabupaten Paniai']);
    expect((await kab.locator('.ranking-worst .ranking-value').allTextContents()).slice(0, 5).join(' ')).toBe(l.lang === 'id' ? '42,56% 39,21% 37,29% 36,94% 36,31%' : '42.56% 39.21% 37.29% 36.94% 36.31%');
    expect(await kab.locator('.ranking-source').textContent()).toMatch(/BPS.*2025/);
    const prov = page.locator('#ranking-provinsi');
    const [count, missing] = await Promise.all([prov.getAttribute('data-count'), prov.getAttribute('data-missing')]);
    expect(Number(count) + Number(missing)).toBe(38);
    await shot(page, `ranking-national-${l.lang}`);
  });

  it('selects a ranked region; the panel is then at its top with the focus on its heading', async () => {
    const { page } = await visit(withLang('?region=53', l), '53');
    await page.locator('.children-ranked li').nth(21).waitFor();
    await page.locator('#side-panel').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    expect(await page.locator('#side-panel').evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
    const name = (await page.locator('.children-ranked li').nth(10).locator('button').textContent())!;
    await page.locator('.children-ranked li').nth(10).locator('button').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await page.locator('#panel-title').textContent()).toBe(name);
    expect(await page.locator('#side-panel').evaluate((el) => el.scrollTop)).toBe(0);
    // The shown indicator's value comes first; the others are folded in groups.
    expect(await page.locator('.panel-headline tr.current').getAttribute('data-indicator')).toBe('p0');
    expect(await page.locator('.indicator-group').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.indicator-group[open]').count()).toBe(0);
  });

  it('reaches the children list from the panel heading in at most 10 Tab stops, and by its skip link', async () => {
    const { page } = await visit(withLang('?region=53', l), '53');
    await page.locator('.children-ranked li').first().waitFor();
    await page.locator('#panel-title').focus();
    let stops = 0;
    for (; stops < 10; stops++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.children-ranked') !== null)) break;
    }
    expect(stops + 1).toBeLessThanOrEqual(10);
    await page.locator('#panel-title').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('panel-skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('children-title');
  });

  it('computes classes over NTT’s 22 kabupaten/kota with scope=region, in the legend and the print sheet', async () => {
    const { page } = await visit(withLang('?region=53&scope=region', l), '53');
    const counts = await legendCounts(page, l.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(22);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(await page.locator('label:has(#scope-check)').textContent()).toBe(l.scope);
    expect(await page.locator('#scope-check').isChecked()).toBe(true);
    // The print sheet's code loads just after the first view.
    await page.waitForSelector('.print-legend', { state: 'attached' });
    const print = await page.locator('.print-legend li .print-count').evaluateAll((els, src) => els.map((e) => Number(new RegExp(src).exec(e.textContent ?? '')?.[1])), l.count.source);
    expect(print.reduce((a, b) => a + b, 0)).toBe(22);
    await shot(page, `scope-ntt-${l.lang}`);
    // Unticked: national classes again, and the URL says so.
    await page.locator('#scope-check').uncheck();
    await expect.poll(async () => (await legendCounts(page, l.count)).reduce((a, b) => a + b, 0)).toBeGreaterThan(400);
    await expect.poll(() => new URL(page.url()).searchParams.get('scope')).toBeNull();
  }, 180_000);

  it('offers classes for the region in the embed dialog, and an embed with scope=region counts NTT’s 22', async () => {
    const { page } = await openMap(withLang('?region=53', l));
    await waitForRegion(page, '53');
    await page.click('.embed-open');
    await page.locator('#embed-opt-scope').check();
    await expect.poll(() => page.locator('#embed-preview').getAttribute('src')).toMatch(/scope=region/);
    expect(await page.locator('label:has(#embed-opt-scope)').textContent()).toBe(` ${l.scope}`);
    expect(await page.locator('#embed-snippet-plain').inputValue()).toMatch(/scope=region/);
    await page.close();
    const embed = await open({ width: 390, height: 700 });
    await embed.page.goto(new URL(withLang('?region=53&scope=region&embed=1', l), inject('siteUrl')).href);
    await waitForRegion(embed.page, '53');
    const embedCounts = await embed.page.locator('.embed-classes li[data-count]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(embedCounts.reduce((a, b) => a + b, 0)).toBe(22);
    expect(Math.max(...embedCounts)).toBeLessThanOrEqual(6);
    await shot(embed.page, `scope-ntt-embed-${l.lang}`);
  }, 180_000);
});

describe('rankings', () => {
  it('shows every row on demand, says ties and missing data, and downloads the whole ranking as CSV', async () => {
    const { page } = await visit('?indicator=stunting_prevalence_under5&year=2018', 'national');
    const kab = page.locator('#ranking-kabupaten');
    await kab.locator('.ranking-worst li').first().waitFor();
    const n = Number(await kab.getAttribute('data-count'));
    expect(Number(await kab.getAttribute('data-missing'))).toBeGreaterThan(0);
    expect(await kab.locator('.ranking-missing summary').textContent()).toMatch(/^\d+ kabupaten\/kota tanpa data$/);
    await kab.locator('.ranking-toggle').click();
    expect(await kab.locator('.ranking-list li').count()).toBe(n);
    const tied = kab.locator('.ranking-list li[data-tied]');
    expect(await tied.count()).toBeGreaterThan(1);
    expect(await tied.first().locator('.ranking-rank').textContent()).toMatch(/^\d+= \(seri\)$/);
    expect(await kab.locator('.ranking-note').textContent()).toMatch(/seri/);
    const [file] = await Promise.all([page.waitForEvent('download'), kab.locator('.ranking-download').click()]);
    expect(file.suggestedFilename()).toBe('lokus-peringkat-stunting_prevalence_under5-2018-kabupaten-indonesia.csv');
    const lines = readFileSync(await file.path(), 'utf8').replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('peringkat,seri,kode_bps,nama,indikator,tahun,nilai,satuan,sumber');
    expect(lines).toHaveLength(1 + n + Number(await kab.getAttribute('data-missing')));
    expect(lines[1]).toMatch(/^1,[01],\d{4},/);
    expect(lines.at(-1)).toMatch(/^,,\d{4},.*,stunting_prevalence_under5,2018,,/);
    // Folded again: the ten worst and ten best.
    await kab.locator('.ranking-toggle').click();
    expect(await kab.locator('.ranking-worst li').count()).toBe(10);
  });

  it('on the English page, the ranking and view downloads have English column names and cite their sources in English', async () => {
    const { page } = await visit('?lang=en', 'national');
    const save = async (button: Locator) => {
      const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
      return { name: file.suggestedFilename(), lines: readFileSync(await file.path(), 'utf8').replace('\ufeff', '').trim().split('\r\n') };
    };
    const kab = await save(page.locator('#ranking-kabupaten .ranking-download'));
    expect(kab.name).toBe('lokus-ranking-p0-2025-kabupaten-indonesia.csv');
    expect(kab.lines[0]).toBe('rank,tied,kode_bps,name,indicator,year,value,unit,source');
    // Before: 'BPS, Susenas Maret 2025 (via proyek STIS, GitHub)' on the English page.
    expect(kab.lines[1]).toMatch(/^1,0,9427,Kabupaten Supiori,p0,2025,42\.56,%,"BPS, Susenas March 2025 \(via a STIS student project, GitHub\) — https:/);
    const prov = await save(page.locator('#ranking-provinsi .ranking-download'));
    expect(prov.name).toBe('lokus-ranking-p0-2025-provinsi-indonesia.csv');
    expect(prov.lines[0]).toBe('rank,tied,kode_bps,name,indicator,year,value,unit,source');
    expect(prov.lines.slice(1).join('\n')).not.toMatch(/Maret|Jumlah dan Persentase|proyek/);
    const view = await save(page.locator('.side-foot button.link', { hasText: /all years \(CSV\)/ }));
    expect(view.lines[0]).toBe('kode_bps,kode_kemendagri,name,level,indicator,year,value,unit,source_id,source');
    expect(view.lines.join('\n')).not.toMatch(/Maret|proyek STIS/);
  });

  it('ranks the change view by the largest deteriorations and improvements, and a row opens its region', async () => {
    const { page } = await visit('?mode=change&from=2019', 'national');
    const kab = page.locator('#ranking-kabupaten');
    await kab.locator('.ranking-worst li').first().waitFor();
    expect(await kab.locator('.ranking-worst h4').textContent()).toMatch(/memburuk paling besar/);
    expect(await kab.locator('.ranking-best h4').textContent()).toBe('10 membaik paling besar');
    const worse = await kab.locator('.ranking-worst .ranking-value').allTextContents();
    const better = await kab.locator('.ranking-best .ranking-value').allTextContents();
    expect(worse.every((v) => v.startsWith('+'))).toBe(true);
    expect(better.every((v) => v.startsWith('-') || v.startsWith('−'))).toBe(true);
    const name = (await kab.locator('.ranking-best .ranking-name').first().textContent())!;
    await kab.locator('.ranking-best .ranking-name').first().click();
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe(name);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await page.locator('.panel-change').count()).toBe(1);
  });

  it('fits a 390 px phone: the national ranking and NTT with its own classes', async () => {
    const { page } = await visit('', 'national', { width: 390, height: 844 });
    await page.locator('#ranking-kabupaten .ranking-worst li').first().waitFor();
    const overflow = await page.locator('#ranking-kabupaten').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('#ranking-kabupaten').scrollIntoViewIfNeeded();
    await shot(page, `ranking-national-phone`);
    await goInPage(page, '?region=53&scope=region', '53');
    await shot(page, `scope-ntt-phone`);
  });
});
