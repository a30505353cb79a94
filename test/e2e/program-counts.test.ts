import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, waitForCameraRest, waitForRegion, switchLang, watchPages } from './browser.ts';
import { seededRandom as rng } from '../../scripts/seeded-random.ts';

// Real data only (the shipped programs.geojson); see programs.test.ts.
if (inject('dataKind') !== 'real') throw new Error('test/e2e/program-counts.test.ts checks the real data (public/data from `npm run data`)');
const pages = watchPages();

/** mulberry32: the same sequence of actions on every run for one seed. */
interface Locus { id: string; intervention: string; agency: string; years: number[]; desa?: string; locatedBy?: string; level?: string }
const shipped: Locus[] = (JSON.parse(readFileSync('public/data/programs.geojson', 'utf8')) as { features: { properties: Locus }[] }).features.map((f) => f.properties);
const TYPES = ['social_assistance', 'skills_training', 'msme_finance', 'land_reform', 'jobs', 'other'];
const QUERIES = ['Kabupaten Kupang', 'Sumatera Selatan', 'Baumata', 'Kota Bandung', 'Sidoarjo', 'Banyuwangi', 'NTT', 'Jawa Barat', 'Kabupaten Bogor', 'Sumba Tengah'];
/** Desa codes of shipped loci: where the test's imported rows go. */
const DESA = [...new Set(shipped.map((l) => l.desa).filter((d): d is string => !!d))].sort();

/** The filter the test has set, applied as the page's `filterLoci` (types, exact agency, a year, undated kept). */
interface Filter { types: Set<string>; agency?: string; year?: number }
const passes = (l: Locus, f: Filter) => f.types.has(l.intervention) && (!f.agency || l.agency === f.agency) && (!f.year || !l.years.length || l.years.includes(f.year));

/** What the map reports and what is in the DOM: loci given, loci in rings + singles, rings. */
async function mapCounts(page: Page) {
  return page.evaluate(() => {
    const m = document.querySelector<HTMLElement>('#map')!;
    const rings = [...document.querySelectorAll<HTMLElement>('.program-cluster')];
    return {
      points: Number(m.dataset.programPoints), areas: Number(m.dataset.programAreas), clustered: Number(m.dataset.programClustered), singles: Number(m.dataset.programSingles),
      rings: Number(m.dataset.programRings), ringLoci: Number(m.dataset.programRingLoci),
      domRings: rings.length, domLoci: rings.reduce((n, e) => n + Number(e.dataset.count), 0),
      region: new URL(location.href).searchParams.get('region') ?? '',
      view: new URL(location.href).searchParams.get('view') ?? '',
    };
  });
}

describe('program counts never lie', () => {
  it('after a seeded random sequence of 24 searches, breadcrumb clicks, filter changes, imports, language switches and ring clicks, rings + single points = place loci loaded and passing the filters, and the area-wide ones are counted as areas', { timeout: 900_000 }, async () => {
    const { page } = await pages.openMap();
    await waitForRegion(page, 'national');
    const random = rng(20261130);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    let imported: Locus[] = [];
    const filter: Filter = { types: new Set(TYPES) };
    let lang: 'id' | 'en' = 'id';
    let nationalFit = true;
    const log: string[] = [];
    // Programs for a whole kecamatan, kabupaten or province are outlined, not points (as `isPlaceLocus`); the map counts them apart.
    const isArea = (l: Locus) => l.locatedBy === 'region' && l.level !== undefined && l.level !== 'desa';
    const expected = () => [...shipped, ...imported].filter((l) => passes(l, filter) && !isArea(l)).length;
    const expectedAreas = () => [...shipped, ...imported].filter((l) => passes(l, filter) && isArea(l)).length;

    const check = async (step: string) => {
      const want = expected(), wantAreas = expectedAreas();
      let last: Awaited<ReturnType<typeof mapCounts>> | undefined;
      const ok = (c: NonNullable<typeof last>) => c.points === want && c.areas === wantAreas && c.clustered === want && c.domRings === c.rings && c.domLoci === c.ringLoci && (!nationalFit || c.region !== '' || c.view !== '' || c.ringLoci + c.singles === want);
      for (let t0 = Date.now(); Date.now() - t0 < 30_000; await page.waitForTimeout(200)) {
        last = await mapCounts(page);
        if (ok(last)) break;
      }
      expect({ step, ...last }, `after: ${log.join(' → ')}`).toMatchObject({ points: want, areas: wantAreas, clustered: want, domRings: last!.rings, domLoci: last!.ringLoci });
      if (nationalFit && last!.region === '' && last!.view === '') expect(last!.ringLoci + last!.singles, `national view: rings + singles, after ${step}`).toBe(want);
    };

    const regionInUrl = () => page.evaluate(() => new URL(location.href).searchParams.get('region') ?? '');
    const search = async (q: string) => {
      await page.fill('#search-input', q);
      const first = page.locator('#search-results [role="option"]').first();
      await first.waitFor({ timeout: 20_000 });
      // The URL changes after Enter, not at once: wait for it to leave the region shown before (a
      // search for the region already shown leaves it unchanged), so the wait below is for the new one.
      const before = await regionInUrl();
      await page.press('#search-input', 'Enter');
      await expect.poll(regionInUrl, { timeout: 5_000 }).not.toBe(before).catch(() => undefined);
      await expect.poll(regionInUrl, { timeout: 20_000 }).not.toBe('');
      const region = await regionInUrl();
      await waitForRegion(page, region);
      nationalFit = false;
    };
    const breadcrumb = async (root: boolean) => {
      await page.click('#tab-region');
      const crumbs = page.locator('.breadcrumb button.link');
      const n = await crumbs.count();
      if (!n) return 'no crumb';
      const i = root ? 0 : Math.floor(random() * n);
      const name = await crumbs.nth(i).textContent();
      const before = await regionInUrl();
      await crumbs.nth(i).click();
      // A crumb is always an ancestor of the region shown: wait for the URL to leave it.
      await expect.poll(regionInUrl, { timeout: 20_000 }).not.toBe(before);
      const region = await regionInUrl();
      await waitForRegion(page, region || 'national');
      nationalFit = region === '';
      return name;
    };
    const programsTab = async () => {
      await page.click('#tab-programs');
      await page.locator('.programs-panel .filters').waitFor({ timeout: 30_000 });
    };
    const changeFilter = async () => {
      await programsTab();
      const kind = pick(['type', 'type', 'agency', 'year', 'reset']);
      if (kind === 'type') {
        const type = pick(TYPES);
        const on = !filter.types.has(type);
        await page.setChecked(`input[data-type="${type}"]`, on);
        if (on) filter.types.add(type);
        else filter.types.delete(type);
        return `${type} ${on ? 'on' : 'off'}`;
      }
      if (kind === 'agency') {
        const options = (await page.locator('#filter-agency option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)));
        const v = pick(options);
        await page.selectOption('#filter-agency', v);
        filter.agency = v || undefined;
        return `agency "${v}"`;
      }
      if (kind === 'year') {
        const options = (await page.locator('#filter-year option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)));
        const v = pick(options);
        await page.selectOption('#filter-year', v);
        filter.year = v ? Number(v) : undefined;
        return `year "${v}"`;
      }
      const reset = page.locator('.filters button.link');
      if (await reset.count()) {
        await reset.click();
        filter.types = new Set(TYPES);
        filter.agency = undefined;
        filter.year = undefined;
      }
      return 'reset filters';
    };
    let files = 0;
    const importFile = async () => {
      await programsTab();
      const k = 1 + Math.floor(random() * 4);
      files++;
      const rows = Array.from({ length: k }, (_, j) => ({ id: `RND${files}-${j}`, intervention: pick(['land_reform', 'jobs', 'skills_training']), desa: pick(DESA) }));
      const word = { land_reform: 'reforma agraria', jobs: 'padat karya', skills_training: 'pelatihan' } as Record<string, string>;
      const csv = `id,name,program,ministry,intervention_type,admin_code,year\n${rows.map((r) => `${r.id},Uji acak ${r.id},Program uji (sintetis),Kementerian ATR/BPN,${word[r.intervention]},${r.desa},2024`).join('\n')}\n`;
      await page.setInputFiles('#program-file', { name: `synthetic-random-${files}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await expect.poll(() => page.locator('.import-summary').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^synthetic-random-${files}\\.csv: ${k} (dari|of) ${k} `));
      imported = [...imported, ...rows.map((r) => ({ ...r, agency: 'Kementerian ATR/BPN', years: [2024] }))];
      return `import ${k}`;
    };
    const resetImports = async () => {
      await programsTab();
      const reset = page.locator('.import-lists > button.link');
      if (!(await reset.count())) return 'no import to remove';
      await reset.click();
      imported = [];
      return 'back to shipped';
    };
    const ringClick = async () => {
      const rings = page.locator('.program-cluster');
      const n = await rings.count();
      if (!n) return 'no ring';
      const ring = rings.nth(Math.floor(random() * n));
      const box = await ring.boundingBox();
      const vp = page.viewportSize()!;
      // Only rings on screen and not under the side panel can be clicked.
      if (!box || box.x < 0 || box.y < 60 || box.x + box.width > vp.width - 420 || box.y + box.height > vp.height) return 'ring off screen';
      const label = await ring.getAttribute('aria-label');
      await ring.click();
      await waitForCameraRest(page);
      nationalFit = false;
      return `ring "${label}"`;
    };

    // The sequence from the issue first, then random actions.
    for (const q of ['Kabupaten Kupang', 'Sumatera Selatan', 'Baumata']) {
      await search(q);
      log.push(`search ${q}`);
      await check(log.at(-1)!);
    }
    log.push(`breadcrumb ${await breadcrumb(true)}`);
    await check(log.at(-1)!);
    let actions = 4;
    while (actions < 24) {
      let kind = pick(['search', 'search', 'breadcrumb', 'breadcrumb', 'filter', 'filter', 'import', 'reset', 'lang', 'ring']);
      // No crumb to click at the national view, no import to remove: search, import instead.
      const region = await page.evaluate(() => new URL(location.href).searchParams.get('region') ?? '');
      if (kind === 'breadcrumb' && region === '') kind = 'search';
      if (kind === 'reset' && imported.length === 0) kind = 'import';
      let what = '';
      if (kind === 'search') {
        const q = pick(QUERIES);
        await search(q);
        what = `search ${q}`;
      } else if (kind === 'breadcrumb') what = `breadcrumb ${await breadcrumb(random() < 0.4)}`;
      else if (kind === 'filter') what = await changeFilter();
      else if (kind === 'import') what = await importFile();
      else if (kind === 'reset') what = await resetImports();
      else if (kind === 'lang') {
        await switchLang(page);
        lang = lang === 'id' ? 'en' : 'id';
        what = `language ${lang}`;
      } else what = await ringClick();
      log.push(what);
      actions++;
      await check(what);
    }
    await shot(page, 'random-navigation-end');
    console.log(`random navigation: ${actions} actions checked: ${log.join(' → ')}`);
    expect(actions).toBe(24);
  });

  it('rings are small and hollow: a click inside one reaches the region beneath, a click on its number does what its label says', { timeout: 300_000 }, async () => {
    const { page } = await pages.openMap('?region=35');
    await waitForRegion(page, '35');
    // The rings come with the program points, which load after the first view (later than the region on
    // a loaded machine): wait for them, then for the camera to rest before reading their positions.
    await expect.poll(() => page.locator('#map').getAttribute('data-program-points'), { timeout: 60_000 }).toMatch(/^[1-9]\d*$/);
    await expect.poll(() => page.locator('.program-cluster').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const rings = await page.locator('.program-cluster').evaluateAll((els) => els.map((e, i) => ({ i, label: e.getAttribute('aria-label') ?? '', action: (e as HTMLElement).dataset.action, ...JSON.parse(JSON.stringify(e.getBoundingClientRect())) as { x: number; y: number; width: number; height: number } })));
    expect(rings.length).toBeGreaterThan(0);
    expect(Math.max(...rings.map((r) => r.width))).toBeLessThanOrEqual(34);
    const vp = page.viewportSize()!;
    const onMap = rings.filter((r) => r.x > 20 && r.y > 120 && r.x + r.width < vp.width - 440 && r.y + r.height < vp.height - 20);
    // Inside the biggest ring (not under the legend or the panel), between its number and its arcs: the
    // region beneath opens (a kabupaten/kota of Jawa Timur, or the neighbouring province the ring sits on).
    let big: (typeof onMap)[number] | undefined;
    for (const r of onMap.sort((a, b) => b.width - a.width)) {
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [r.x + r.width / 2, r.y + r.height / 2 + 9]);
      if (hit === 'CANVAS') { big = r; break; }
    }
    expect(big, 'a ring whose inside shows the map').toBeDefined();
    expect(big!.width).toBeGreaterThanOrEqual(30);
    const cx = big!.x + big!.width / 2, cy = big!.y + big!.height / 2;
    // 9 px below the centre: under the number (11 px text), inside the arcs (radius ≥ 10 px).
    await page.mouse.click(cx, cy + 9);
    await expect.poll(() => new URL(page.url()).searchParams.get('region'), { timeout: 60_000 }).toMatch(/^(35\d\d|(?!35)\d\d)$/);
    // A fresh view of Jawa Timur; a ring's number zooms when its label says so.
    await page.goBack();
    await waitForRegion(page, '35');
    // The camera flies back after the region is drawn: wait until it rests before reading ring positions.
    await waitForCameraRest(page);
    // A zooming ring whose own number is the topmost element at its centre (not under the legend, the
    // panel or another ring).
    const zoomRing = (await page.locator('.program-cluster').evaluateAll((els) => els.map((e) => {
      const b = e.getBoundingClientRect(), x = b.x + b.width / 2, y = b.y + b.height / 2;
      return { x, y, action: (e as HTMLElement).dataset.action, label: e.getAttribute('aria-label') ?? '', own: document.elementFromPoint(x, y)?.closest('.program-cluster') === e };
    }))).find((r) => r.action === 'zoom' && r.own);
    expect(zoomRing, 'a zooming ring in view').toBeDefined();
    expect(zoomRing!.label).toMatch(/Klik untuk memperbesar\.$/);
    const before = await page.evaluate(() => window.lokusMapProbe!.zoom());
    const centre = [zoomRing!.x, zoomRing!.y];
    await page.mouse.click(centre[0], centre[1]);
    await expect.poll(() => page.evaluate(() => window.lokusMapProbe!.zoom()), { timeout: 30_000 }).toBeGreaterThan(before + 0.5);
    expect(new URL(page.url()).searchParams.get('region')).toBe('35');
    await shot(page, 'rings-hollow');
  });
});
