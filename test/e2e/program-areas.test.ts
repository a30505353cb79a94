import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, watchPages } from './browser.ts';

// Real data only: PL009 (Kemnaker's NTT-wide jobs programme) and Desa Baumata are in the shipped list.
if (inject('dataKind') !== 'real') throw new Error('test/e2e/program-areas.test.ts checks the real data (public/data from `npm run data`)');
const pages = watchPages();

interface Locus { id: string; intervention: string; locatedBy: string; level?: string; provinsi?: string; kabupaten?: string; kecamatan?: string }
const shipped: Locus[] = (JSON.parse(readFileSync('public/data/programs.geojson', 'utf8')) as { features: { properties: Locus }[] }).features.map((f) => f.properties);
/** As `isPlaceLocus`: coordinates, or a desa; anything else located by region covers an area. */
const isArea = (l: Locus) => l.locatedBy === 'region' && l.level !== undefined && l.level !== 'desa';
const areas = shipped.filter(isArea);
const places = shipped.length - areas.length;

/** What the map says it draws: points, area-wide programs and the outlined region codes. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const m = document.querySelector<HTMLElement>('#map')!;
    return { points: Number(m.dataset.programPoints), areas: Number(m.dataset.programAreas), codes: (m.dataset.programAreaCodes ?? '').split(' ').filter(Boolean) };
  });

describe('area-wide programs are areas', () => {
  it('in NTT (?region=53) PL009 is no point or ring: Nusa Tenggara Timur and each kabupaten with a BLK Komunitas are outlined instead', { timeout: 180_000 }, async () => {
    const { page } = await pages.visit('?region=53', '53');
    expect(areas.find((l) => l.id === 'PL009')).toMatchObject({ level: 'provinsi', provinsi: '53' });
    // The shipped points first, then the records (a region is open): either way only places are points.
    await expect.poll(() => drawn(page), { timeout: 60_000 }).toMatchObject({ points: places, areas: areas.length });
    await expect.poll(() => page.locator('.program-point[data-id]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const { codes } = await drawn(page);
    expect(codes).toContain('53');
    expect(codes).toContain('5303');
    expect(await page.locator('.program-point[data-id="PL009"], .program-point[data-id="PL013"]').count()).toBe(0);
    // The style: a dashed line layer over the province shapes and one over the kabupaten, filtered to the covered codes, shown.
    const layers = await page.evaluate(() => window.lokusMapProbe!.layers().filter((l) => l.id.startsWith('program-area-')));
    const prov = layers.find((l) => l.id === 'program-area-provinsi'), kab = layers.find((l) => l.id === 'program-area-kabupaten');
    expect(prov).toMatchObject({ type: 'line', source: 'provinsi', visibility: 'visible' });
    expect(JSON.stringify(prov!.filter)).toContain('"53"');
    expect(kab).toMatchObject({ type: 'line', source: 'kabupaten', visibility: 'visible' });
    expect(JSON.stringify(kab!.filter)).toContain('"5303"');
    // Nothing is drawn at NTT's label point where PL009 used to be a hollow ring.
    const pl009 = (JSON.parse(readFileSync('public/data/programs.geojson', 'utf8')) as { features: { properties: Locus; geometry: { coordinates: [number, number] } }[] }).features.find((f) => f.properties.id === 'PL009')!.geometry.coordinates;
    const at = await page.evaluate((c) => window.lokusMapProbe!.project(c), pl009);
    const box = await page.locator('#map').boundingBox();
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.program-cluster, .program-point')?.className ?? '', [box!.x + at.x, box!.y + at.y]);
    expect(hit).toBe('');
    // The legend counts them apart, in both languages.
    await expect.poll(() => page.locator('.legend-program-count').textContent()).toMatch(new RegExp(`${places.toLocaleString('id-ID')} titik \\+ ${areas.length} se-wilayah dari data bawaan`));
    await shot(page, 'program-areas-ntt');
    await page.click('.lang-toggle');
    await expect.poll(() => page.locator('.legend-program-count').textContent()).toMatch(new RegExp(`${places.toLocaleString('en-GB')} points \\+ ${areas.length} area-wide from the shipped data`));
  });

  it('Desa Baumata (?region=53.01.24.2002) is 0 km from a jobs programme (PL009 covers NTT), in both languages', { timeout: 180_000 }, async () => {
    const { page } = await pages.visit('?region=53.01.24.2002', '53.01.24.2002');
    const jobs = page.locator('.region-nearest li[data-type="jobs"]');
    await jobs.waitFor({ timeout: 60_000 });
    expect(await jobs.getAttribute('data-km')).toBe('0');
    expect(await jobs.getAttribute('data-whole')).toBe('true');
    expect(await jobs.textContent()).toMatch(/^Lapangan kerja: 0 km \(program se-wilayah mencakup wilayah ini\)$/);
    expect(await page.locator('.region-nearest + p').textContent()).toMatch(/^Jarak 0 km bila sebuah program mencakup seluruh wilayah ini/);
    await page.click('.lang-toggle');
    await expect.poll(() => jobs.textContent()).toMatch(/^Jobs: 0 km \(an area-wide program covers this region\)$/);
    expect(await page.locator('.region-nearest + p').textContent()).toMatch(/otherwise from the region's label point to the nearest point locus/);
  });
});
