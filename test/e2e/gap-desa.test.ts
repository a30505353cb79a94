/**
 * The national desa list of the gap finder in the page, in both languages (real data): coastal
 * Sangat Tertinggal desa with no program within 10 km, counted, listed with their own IDM, drawn on
 * the map as points, a row opening its desa, and the CSV with its name, header and dictionary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, waitForRegion, watchPages } from './browser.ts';
import { readDelimited } from '../../src/lib/table/read-delimited.ts';

const pages = watchPages();

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') };
}

const words = {
  id: { title: 'Desa yang belum terjangkau program', farming: 'di kabupaten pertanian', total: /^([\d.]+) desa; ([\d.]+) ditampilkan$/, status: 'Sangat Tertinggal', file: 'lokus-celah-program-desa-sangat-tertinggal-pesisir-tanpa-program-10km-indonesia.csv', dictionary: 'lokus-kamus-celah-program.csv', dictHead: 'kolom,arti', source: /Status dan skor IDM: Kemendes PDTT, Indeks Desa Membangun 2024/, sourceCell: 'Kemendes PDTT, Indeks Desa Membangun 2024' },
  en: { title: 'Desa no program reaches', farming: 'in a farming kabupaten', total: /^([\d,]+) desa; ([\d,]+) shown$/, status: 'Sangat Tertinggal (severely left behind)', file: 'lokus-program-gaps-desa-sangat-tertinggal-coastal-no-program-10km-indonesia.csv', dictionary: 'lokus-program-gaps-dictionary.csv', dictHead: 'column,meaning', source: /IDM status and score: Kemendes PDTT, Village Development Index \(IDM\) 2024/, sourceCell: 'Kemendes PDTT, Village Development Index (IDM) 2024' },
} as const;

describe('the national desa gap list', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`lists coastal Sangat Tertinggal desa with no program within 10 km across Indonesia (${lang}): counted, on the map, a row opens its desa, CSV named and headed`, async () => {
      const w = words[lang];
      // In English from a selected kabupaten: the national list shows Indonesia with it (it stayed on the kabupaten).
      const { page } = await (lang === 'en' ? pages.visit('?region=5303&lang=en', '5303') : pages.visit('', 'national'));
      await page.click('#tab-gaps');
      await page.click('#gap-national-desa');
      await waitForRegion(page, 'national');
      expect(new URL(page.url()).searchParams.get('region')).toBeNull();
      const table = page.locator('.gap-table[data-level="desa"]');
      await table.waitFor({ timeout: 90_000 });
      const total = Number(await table.getAttribute('data-total'));
      expect(total).toBeGreaterThan(20);
      const [, shownTotal] = (await page.locator('.gap-total').textContent())!.match(w.total)!;
      expect(Number(shownTotal.replace(/[.,]/g, ''))).toBe(total);
      // The words fit a list of desa: its title, and the farming choice named as the kabupaten's.
      expect(await page.locator('#gap-title').textContent()).toBe(w.title);
      expect(await page.locator('#gap-require option[value="farming"]').textContent()).toBe(w.farming);
      // Every row is the desa's own status; no kabupaten poverty column.
      const statuses = await table.locator('td.gap-idm-status').evaluateAll((els) => els.map((e) => [e.getAttribute('data-idm-status'), e.textContent]));
      expect(new Set(statuses.map(([s]) => s))).toEqual(new Set(['5']));
      expect(statuses[0][1]).toBe(w.status);
      const scores = await table.locator('td.gap-idm').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-idm'))));
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      expect(await page.locator('.gap-idm-source').textContent()).toMatch(w.source);
      // On the map: one point per listed desa, whatever is loaded.
      await expect.poll(() => page.locator('#map').getAttribute('data-gap-points'), { timeout: 30_000 }).toBe(String(total));
      await shot(page, `gap-desa-national-${lang}`);
      // The CSV: named after the list, with the IDM columns and its source, one row per desa.
      const csv = await download(page, () => page.click('#gap-export'));
      expect(csv.name).toBe(w.file);
      const lines = csv.text.replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
      const header = lines[0].split(',');
      expect(header.slice(0, 5)).toEqual(['rank', 'level', 'kode_bps', 'kode_kemendagri', 'name']);
      expect(header).toEqual(expect.arrayContaining(['idm', 'idm_status', 'idm_status_name', 'idm_source', 'nearest_locus_km']));
      expect(lines).toHaveLength(total + 1);
      expect(lines[1]).toContain(w.sourceCell);
      // A desa row's farming is its kabupaten's, in its own column; the desa has none.
      const records = readDelimited(csv.text.replace(/^\ufeff/, ''), csv.name, ',').records.slice(1).map((r) => r.cells);
      const cell = (cells: string[], col: string) => cells[header.indexOf(col)];
      expect(records.map((r) => cell(r, 'farming'))).toEqual(records.map(() => ''));
      expect(new Set(records.map((r) => cell(r, 'kabupaten_farming')))).not.toContain('');
      const dictionary = await download(page, () => page.click('#gap-dictionary'));
      expect(dictionary.name).toBe(w.dictionary);
      expect(dictionary.text.replace(/^\ufeff/, '').startsWith(`${w.dictHead}\r\n`)).toBe(true);
      expect(dictionary.text).toMatch(/\r\nidm_source,/);
      // A click on a listed desa's circle selects that desa, as a click on its polygon would: one far
      // from the other circles and from the first 30 rows' rank badges, found through its label point.
      const listed = records.map((r) => ({ kode: cell(r, 'kode_bps'), lon: Number(cell(r, 'lon')), lat: Number(cell(r, 'lat')) }));
      const box = (await page.locator('#map').boundingBox())!;
      const at = await page.evaluate((pts) => pts.map((p) => window.lokusMapProbe!.project([p.lon, p.lat])), listed);
      const room = (i: number) => Math.min(...at.map((q, j) => (j === i ? Infinity : Math.hypot(q.x - at[i].x, q.y - at[i].y))));
      const inside = (i: number) => at[i].x > 20 && at[i].y > 20 && at[i].x < box.width - 20 && at[i].y < box.height - 20;
      const candidates = listed.map((_, i) => i).filter((i) => inside(i) && (i >= 30 || listed.length <= 30));
      const pick = candidates.reduce((a, b) => (room(b) > room(a) ? b : a));
      expect(room(pick)).toBeGreaterThan(6);
      await page.mouse.click(box.x + at[pick].x, box.y + at[pick].y);
      await expect.poll(() => new URL(page.url()).searchParams.get('region'), { timeout: 30_000 }).toBe(listed[pick].kode);
      await shot(page, `gap-desa-point-clicked-${lang}`);
      // A row opens its desa: the URL and the region panel follow.
      const first = table.locator('tr.gap-row').first();
      const kode = (await first.getAttribute('data-kode'))!;
      expect(kode).toMatch(/^\d{2}\.\d{2}\.\d{2}\.2\d{3}$/);
      await first.locator('button.gap-open').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('region'), { timeout: 30_000 }).toBe(kode);
      await expect.poll(() => page.locator('.panel-idm [data-idm-status]').getAttribute('data-idm-status'), { timeout: 60_000 }).toBe('5');
      await shot(page, `gap-desa-opened-${lang}`);
    });
  }
});
