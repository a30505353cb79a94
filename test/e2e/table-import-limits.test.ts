/**
 * Issue 21 in the browser: a dropped BPS table is read in a worker and checked against its limits
 * before parsing. A SYNTHETIC 0.86 MB workbook whose sheet unpacks to 250 MB (built here at run
 * time, test/fixtures/tables/synthetic-xlsx.ts) is refused in the page's language, naming the file,
 * the limit and the measured size, while the page stays responsive (no main-thread task over
 * 200 ms, as Chromium's long-task entries report them, once the page has settled after its first view); a CSV
 * over the row limit is refused the same way; a small synthetic table still imports.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticXlsx, syntheticXlsxBomb } from '../fixtures/tables/synthetic-xlsx.ts';
import { shot, watchPages } from './browser.ts';

const pages = watchPages();
let bomb: string;

beforeAll(() => {
  bomb = Buffer.from(syntheticXlsxBomb(250)).toString('base64');
});

/**
 * A function that drops `base64` as `name` on the BPS-table import. The file is built in the page
 * now (decoding 1 MB of base64 takes the page a few hundred ms), the drop happens when it is called.
 */
async function dropper(page: Page, base64: string, name: string): Promise<() => Promise<void>> {
  const dt = await page.evaluateHandle(
    ({ b, n }) => {
      const bytes = Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
      const d = new DataTransfer();
      d.items.add(new File([bytes], n));
      return d;
    },
    { b: base64, n: name },
  );
  return () => page.dispatchEvent('.stats-import', 'drop', { dataTransfer: dt });
}

type Watched = { lokusLongTasks: { start: number; duration: number }[]; lokusFrameGap: number };

/**
 * Record the page's long tasks (over 50 ms, as Chromium reports them, from page load on) and wait
 * until the page has settled: no long task for 2 s (after the first choropleth the page still
 * draws and loads for several seconds, with tasks of up to 3 s on this machine). Then start the
 * record afresh, with the longest gap between animation frames.
 */
async function watchResponsiveness(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Watched;
    w.lokusLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.lokusLongTasks.push({ start: e.startTime, duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  const quiet = () => page.evaluate(() => {
    const last = (window as unknown as Watched).lokusLongTasks.at(-1);
    return performance.now() - (last ? last.start + last.duration : 0);
  });
  await expect.poll(quiet, { timeout: 120_000, interval: 250 }).toBeGreaterThan(2_000);
  await page.evaluate(() => {
    const w = window as unknown as Watched;
    w.lokusLongTasks = [];
    w.lokusFrameGap = 0;
    let last = performance.now();
    const tick = (now: number) => {
      w.lokusFrameGap = Math.max(w.lokusFrameGap, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const responsiveness = (page: Page) => page.evaluate(() => {
  const w = window as unknown as Watched;
  return { longTasks: w.lokusLongTasks.map((t) => t.duration), frameGap: Math.round(w.lokusFrameGap) };
});

// Retried: on the shared 2-core machine, with another browser test file running beside this one, the
// 45,000-row test once saw a task over 200 ms (its length was not kept), though the page does almost
// nothing on its main thread while the worker reads. Reading on the main thread fails every attempt
// (tasks of 1.8 s in the 45,000-row test).
describe('the BPS-table import refuses a workbook over its limits, in the page language, without freezing the page', { timeout: 240_000, retry: 2 }, () => {
  for (const [lang, query, says] of [
    ['id', '', /^synthetic-bomb\.xlsx ditolak: isi buku kerjanya 250,\d MB setelah dibuka, melebihi batas 50,0 MB\./],
    ['en', '?lang=en', /^synthetic-bomb\.xlsx refused: the workbook unpacks to 250\.\d MB, over the limit of 50\.0 MB\./],
  ] as const) {
    it(`${lang}: a 0.86 MB workbook that unpacks to 250 MB`, async () => {
      const { page } = await pages.openMap(query);
      const drop = await dropper(page, bomb, 'synthetic-bomb.xlsx');
      await watchResponsiveness(page);
      await drop();
      const refusal = page.locator('.stats-import [role="alert"][data-refusal="unpacked-size"]');
      await refusal.waitFor({ timeout: 60_000 });
      const text = (await refusal.textContent()) ?? '';
      expect(text).toMatch(says);
      // No English of exceljs or of the browser on the Bahasa page.
      if (lang === 'id') expect(text).not.toMatch(/workbook|cannot|limit|the file/i);
      const { longTasks, frameGap } = await responsiveness(page);
      expect(longTasks.filter((d) => d > 200), `long tasks (ms): ${longTasks.join(', ')}`).toEqual([]);
      expect(frameGap).toBeLessThan(1_000);
      await refusal.scrollIntoViewIfNeeded();
      await shot(page, `table-refused-${lang}`);
    });
  }

  it('id: a workbook under the limits that takes seconds to read (45,000 made-up rows) leaves the page responsive and is refused in Bahasa', async () => {
    const { page } = await pages.openMap();
    const rows = [['Kabupaten/Kota', 'Persentase Penduduk Miskin 2024'], ...Array.from({ length: 45_000 }, (_, i) => [`Kab. Sintetis ${i}`, (i % 400) / 10])];
    const drop = await dropper(page, Buffer.from(syntheticXlsx(rows)).toString('base64'), 'synthetic-long.xlsx');
    await watchResponsiveness(page);
    const started = Date.now();
    await drop();
    const alert = page.locator('.stats-import [role="alert"]');
    await alert.waitFor({ timeout: 120_000 });
    const took = Date.now() - started;
    expect(await alert.textContent()).toMatch(/^synthetic-long\.xlsx tidak dapat dibaca: tidak satu pun dari 45000 baris cocok dengan kabupaten\/kota menurut nama; baris pertama: "Kab\. Sintetis 0" \(baris 2\)/);
    const { longTasks, frameGap } = await responsiveness(page);
    expect(longTasks.filter((d) => d > 200), `long tasks (ms) during ${took} ms of reading: ${longTasks.join(', ')}`).toEqual([]);
    expect(frameGap).toBeLessThan(1_000);
  });

  it('en: a CSV with more lines than the row limit is refused, naming the limit and the count', async () => {
    const { page } = await pages.openMap('?lang=en');
    const csv = ['Kabupaten/Kota,P0 2024', ...Array.from({ length: 50_001 }, (_, i) => `Kab. Sintetis ${i},1`)].join('\n');
    await (await dropper(page, Buffer.from(csv).toString('base64'), 'synthetic-long.csv'))();
    const refusal = page.locator('.stats-import [role="alert"][data-refusal="rows"]');
    await refusal.waitFor({ timeout: 60_000 });
    expect(await refusal.textContent()).toMatch(/^synthetic-long\.csv refused: the file has 50,002 rows, over the limit of 50,000 rows\./);
  });

  it('a small synthetic table of three kabupaten/kota still imports, read by the worker', async () => {
    const { page } = await pages.openMap('?lang=en');
    const small = syntheticXlsx([['Kabupaten/Kota', 'Persentase Penduduk Miskin 2024'], ['Kupang', 20.1], ['Kota Kupang', 8.5], ['Sumba Barat', 27.2]]);
    await (await dropper(page, Buffer.from(small).toString('base64'), 'synthetic-small.xlsx'))();
    const report = page.locator('.stats-import-report');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.getAttribute('data-matched')).toBe('3');
    await expect.poll(() => new URL(page.url()).searchParams.get('indicator'), { timeout: 30_000 }).toBe('user-synthetic-small');
    await page.click('.stats-import-remove');
    await expect.poll(() => page.locator('.stats-import-report').count(), { timeout: 30_000 }).toBe(0);
  });
});
