/**
 * Import bench (issue 11, moved out of the browser tests in issue 19): a generated 100,000-row
 * program list imported in the page and restored after a reload, in Debian Chromium against the
 * production build and the real data. Budgets: no main-thread long task over 100 ms while the
 * worker reads, checks and places the rows, and none of the page's own scripts over 100 ms while
 * it takes the loci (MapLibre's drawing frames are logged, not budgeted: with software GL a plain
 * pan costs as much). The list is generated into a temporary folder and never committed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { serve } from '../serve-site.ts';
import { describeScripts, longWork, observeLongWork, stagesSeen } from './long-work.ts';

type Budget = (label: string, value: number, max: number, fmt: (n: number) => string) => void;

/** Budgets of the page's main thread during a large import (ms). */
export const IMPORT_BUDGETS = {
  /** The longest main-thread task while the worker reads, checks and places the rows. */
  longTaskMs: 100,
  /** The longest script of the page's own (not MapLibre's frames) while it takes the loci. */
  pageScriptMs: 100,
};

const ROWS = 100_000;
const root = resolve(import.meta.dirname, '../..');

export async function benchImport(print: (label: string, value: string) => void, budget: Budget): Promise<void> {
  const dataDir = process.env.LOKUS_DATA_DIR ?? join(root, 'public/data');
  const shipped = (JSON.parse(readFileSync(join(dataDir, 'programs.geojson'), 'utf8')) as { features: { properties: { desa?: string } }[] }).features;
  const desa = [...new Set(shipped.map((f) => f.properties.desa).filter((d): d is string => !!d))].sort();
  const siteDir = join(root, '.cache', 'bench-import');
  await build({ root, logLevel: 'error', build: { outDir: siteDir, emptyOutDir: true, copyPublicDir: false } });
  const server = serve(siteDir, dataDir, join(root, 'public'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  const dir = mkdtempSync(join(tmpdir(), 'lokus-100k-'));
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await observeLongWork(page);
    await page.goto(site);
    await page.waitForSelector('#map[data-ready="true"]', { timeout: 120_000 });
    await page.click('#tab-programs');
    await waitFor(page, () => Number(document.querySelector('.programs-count')?.getAttribute('data-count') ?? -1) > 0);
    const words = ['bansos', 'pelatihan', 'UMKM', 'reforma agraria', 'padat karya'];
    const rows = Array.from({ length: ROWS }, (_, i) => `G${i},Uji ${i},Program uji (sintetis),Kementerian uji,${words[i % 5]},${desa[i % desa.length]},2024`);
    // Picked by path: a buffer would go through the page's main thread in Playwright itself.
    const path = join(dir, 'synthetic-100k.csv');
    writeFileSync(path, `id,name,program,ministry,intervention_type,admin_code,year\n${rows.join('\n')}\n`);
    const t0 = Date.now();
    await page.setInputFiles('#program-file', path);
    await waitFor(page, () => /^synthetic-100k\.csv: /.test(document.querySelector('.import-summary')?.textContent ?? ''));
    print('import: 100,000 rows, file chosen → report shown', `${Date.now() - t0} ms`);
    // The map's point count: the imported rows (all placed at a desa) beside the shipped place loci
    // (area-wide ones are drawn as areas, not counted as points).
    const total = String(ROWS);
    const mapHasImport = (n: string) => Number(document.querySelector('#map')?.getAttribute('data-program-points') ?? 0) >= Number(n);
    await waitFor(page, mapHasImport, total);
    await page.waitForTimeout(1000); // long tasks are reported after they end: let the last ones arrive
    const imported = await longWork(page, 'lokus:import-start', 'lokus:import-result');
    print('import: stages shown', (await stagesSeen(page)).join(' → '));
    budget('import: longest main-thread task while the worker reads, checks, places', Math.max(0, ...imported.before), IMPORT_BUDGETS.longTaskMs, ms);
    print('import: page scripts > 5 ms while taking the loci', describeScripts(imported.pageWork));
    budget('import: longest page script while taking the loci', Math.max(0, ...imported.pageWork.map((x) => x.ms)), IMPORT_BUDGETS.pageScriptMs, ms);
    const r0 = Date.now();
    await page.reload();
    await waitFor(page, mapHasImport, total);
    print('import: reload → 100,000 kept loci restored on the map', `${Date.now() - r0} ms`);
    await page.waitForTimeout(1000);
    const restored = await longWork(page, 'lokus:restore-start', 'lokus:import-result', true);
    budget('import: restore, longest page script while the worker reads the kept list', Math.max(0, ...restored.pageWorkBefore.map((x) => x.ms)), IMPORT_BUDGETS.pageScriptMs, ms);
    budget('import: restore, longest page script while taking the loci', Math.max(0, ...restored.pageWork.map((x) => x.ms)), IMPORT_BUDGETS.pageScriptMs, ms);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await browser.close();
    server.close();
  }
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Wait (up to 4 minutes) until `test` holds in the page (`arg` is handed to it there). */
async function waitFor(page: Page, test: (arg: string) => boolean, arg = ''): Promise<void> {
  await page.waitForFunction(test, arg, { timeout: 240_000, polling: 50 });
}

// `npx tsx scripts/bench/import.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) await benchImport((label, value) => console.log(`${label}: ${value}`), (l, v, m, f) => console.log(`${l}: ${f(v)} (budget ${f(m)}${v > m ? ' — OVER' : ''})`));
