import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { bboxOf } from '../../src/lib/view/bbox.ts';
import { embedMapHeight } from '../../src/lib/embed/embed-map-height.ts';
import { goInPage, waitForRegion, watchPages, shot } from './browser.ts';

const site = inject('siteUrl');
const pages = watchPages();

/**
 * The test host page, answered by the test itself. It shares the site's origin: Chromium blocks a
 * `localhost` page from loading `127.0.0.1` (local network access), so a second origin is not available
 * here; embed.js checks the sending window first, which is what these tests exercise.
 */
const hostUrl = `${site}test-host.html`;
const EMBED = '?embed=1&region=53&lang=en';

/** Nusa Tenggara Timur's bounds, from the national file the page draws. */
const NTT_BOUNDS = (() => {
  const topo = JSON.parse(readFileSync(`${process.env.LOKUS_DATA_DIR ?? 'public/data'}/boundaries/national.topo.json`, 'utf8')) as Topology;
  const provinces = feature(topo, topo.objects.provinsi as GeometryCollection<{ name: string }>).features;
  return bboxOf(provinces.filter((f) => String(f.id) === '53').map((f) => f.geometry))!;
})();

/**
 * A host page: some text, the Lokus iframe (ids for Datawrapper and pym), a second frame that
 * posts height messages of every format pretending to be Lokus, tall text below, and embed.js.
 * `window.received` collects what the Lokus frame posts.
 */
function hostPage(query: string): string {
  const fake = [
    `parent.postMessage({ 'datawrapper-height': { ntt: 123 } }, '*')`,
    `parent.postMessage(JSON.stringify({ src: 'x', context: 'iframe.resize', height: 123 }), '*')`,
    `parent.postMessage('pymxPYMxc1xPYMxheightxPYMx123', '*')`,
    `parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 123 }, '*')`,
  ].join(';');
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:8px;font:16px serif">
<p>Article text before the map.</p>
<iframe id="lokus" data-lokus-embed src="${site}${query}" title="Lokus" style="width:100%;border:0" height="300"></iframe>
<iframe id="other" data-lokus-embed style="width:100%;height:40px;border:0" srcdoc="<script>window.fake = () => { ${fake.replace(/"/g, '&quot;')} };</script>"></iframe>
<div style="height:3000px">Article text after the map.</div>
<script>
window.received = [];
addEventListener('message', (e) => { if (e.source === document.getElementById('lokus').contentWindow) window.received.push(e.data); });
</script>
<script src="${site}embed.js"></script>
</body></html>`;
}

/** Open the host page at `width` and wait until the embedded view of region `region` is drawn. */
async function openHost(width: number, query = EMBED, region = '53'): Promise<{ page: Page; frame: Frame }> {
  const { page } = await pages.open({ width, height: 800 });
  await page.route(hostUrl, (r) => r.fulfill({ contentType: 'text/html', body: hostPage(query) }));
  await page.goto(hostUrl);
  const frame = (await (await page.waitForSelector('#lokus')).contentFrame())!;
  await frame.waitForSelector(`#map[data-region-ready="${region}"]`, { timeout: 60_000 });
  return { page, frame };
}

/** The height on the host page (CSS px) of the iframe `sel` (the Lokus one by default). */
const iframeHeight = (page: Page, sel = '#lokus') => page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().height, sel);

/** Inside the frame: where the content ends, the map's size and the legend's and map's boxes. */
const layout = (frame: Frame) =>
  frame.evaluate(() => {
    const fr = document.querySelector('.embed-frame')!;
    const foot = document.querySelector('.embed-foot')!.getBoundingClientRect();
    const map = document.querySelector('.embed-map')!.getBoundingClientRect();
    const legend = document.querySelector('.embed-legend')!.getBoundingClientRect();
    return {
      contentBottom: foot.bottom + parseFloat(getComputedStyle(fr).paddingBottom),
      scrolls: document.documentElement.scrollHeight > innerHeight + 1,
      width: innerWidth,
      height: innerHeight,
      map: { top: map.top, bottom: map.bottom, left: map.left, right: map.right, width: map.width, height: map.height },
      legend: { top: legend.top, bottom: legend.bottom, left: legend.left, right: legend.right },
    };
  });

/** Wait until the iframe's height has not changed for a while, and return it. */
async function settledHeight(page: Page, sel = '#lokus'): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = await iframeHeight(page, sel);
    if (h === last) return h;
    last = h;
    await page.waitForTimeout(400);
  }
  throw new Error(`iframe height never settled (last ${last})`);
}

/** The embed at its settled height: content ends at the frame's bottom, the map at its preferred height, nothing scrolls. */
async function expectFitsContent(page: Page, frame: Frame): Promise<void> {
  const h = await settledHeight(page);
  const l = await layout(frame);
  expect(Math.abs(h - l.height)).toBeLessThanOrEqual(1);
  expect(Math.abs(l.contentBottom - h), 'content height vs iframe height').toBeLessThanOrEqual(2);
  // As tall as NTT drawn at this width plus room around it (not a fixed share of the width: a wide
  // province sat in the top half of a tall frame on a phone).
  expect(Math.abs(l.map.height - embedMapHeight(l.width, NTT_BOUNDS)), 'map at its preferred height for NTT').toBeLessThanOrEqual(2);
  expect(l.scrolls).toBe(false);
}

/** The host page narrowed to 360 px and widened back: the frame follows, sized to its content each time. */
async function expectFollowsResize(page: Page, frame: Frame): Promise<void> {
  const wide = await settledHeight(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expect.poll(() => iframeHeight(page), { timeout: 10_000 }).not.toBe(wide);
  await expectFitsContent(page, frame);
  await page.setViewportSize({ width: 1000, height: 800 });
  await expect.poll(() => iframeHeight(page), { timeout: 10_000 }).toBeCloseTo(wide, -1);
  await expectFitsContent(page, frame);
}

describe('an embedded view on a host page', () => {
  for (const width of [360, 1000]) {
    it(`at ${width} px: sized to its content, the map fitted to NTT's shape and ≥ half the frame, the legend clear of the map${width === 1000 ? '; follows a resize of the host page' : ''}`, async () => {
      const { page, frame } = await openHost(width);
      await expectFitsContent(page, frame);
      const l = await layout(frame);
      expect((l.map.width * l.map.height) / (l.width * l.height)).toBeGreaterThanOrEqual(0.5);
      // The legend sits above the map, so it covers no part of NTT (nor anything else on the map).
      expect(l.legend.bottom).toBeLessThanOrEqual(l.map.top + 0.5);
      expect(await frame.locator('.embed-title').textContent()).toBe('Poverty rate 2025, Nusa Tenggara Timur');
      await shot(page, `embed-host-${width}`);
      if (width === 1000) await expectFollowsResize(page, frame);
    });
  }

  it('posts its height in the Datawrapper, Embedly, pym and AMP formats, answers a pym width message, and is sized only by its own messages, not by another frame or the host', async () => {
    const { page } = await openHost(1000, `${EMBED}&id=ntt&childId=c1`);
    const h = await settledHeight(page);
    const received = () => page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    await expect.poll(async () => (await received()).some((m) => JSON.stringify(m) === JSON.stringify({ 'datawrapper-height': { ntt: h } }))).toBe(true);
    const got = await received();
    expect(got.some((m) => typeof m === 'string' && m.startsWith('{') && JSON.parse(m).context === 'iframe.resize' && JSON.parse(m).height === h && String(JSON.parse(m).src).startsWith(`${site}?`))).toBe(true);
    expect(got).toContain(`pymxPYMxc1xPYMxheightxPYMx${h}`);
    expect(got).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: h });
    // A pym parent asks with the width; the child answers with its height at once.
    const before = got.length;
    await page.evaluate(() => (document.getElementById('lokus') as HTMLIFrameElement).contentWindow!.postMessage('pymxPYMxc1xPYMxwidthxPYMx984', '*'));
    await expect.poll(async () => (await received()).slice(before)).toContain(`pymxPYMxc1xPYMxheightxPYMx${h}`);
    // Height messages from the other frame and from the host itself leave the Lokus frame as it is.
    await page.evaluate(() => ((document.getElementById('other') as HTMLIFrameElement).contentWindow as unknown as { fake: () => void }).fake());
    await page.evaluate(() => window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 123 }, '*'));
    await page.waitForTimeout(500);
    expect(await iframeHeight(page)).toBe(h);
    // The other frame is marked for embed.js too: its messages size it, and only it.
    expect(await page.evaluate(() => document.getElementById('other')!.getBoundingClientRect().height)).toBe(123);
  });

  it('lets the wheel scroll the host page, and zooms only with Ctrl held', async () => {
    const { page, frame } = await openHost(1000);
    await settledHeight(page);
    const box = (await page.locator('#lokus').boundingBox())!;
    const l = await layout(frame);
    const x = box.x + (l.map.left + l.map.right) / 2;
    const y = box.y + l.map.top + 80;
    // The scale bar's label and width change with the zoom (the URL's `view` only follows some gestures:
    // MapLibre reports a one-event wheel zoom without its original event).
    const scale = () => frame.locator('.maplibregl-ctrl-scale').evaluate((el) => `${el.textContent} ${(el as HTMLElement).style.width}`);
    const before = await scale();
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    await page.waitForTimeout(500);
    expect(new URL(frame.url()).searchParams.get('view'), 'the map did not move').toBeNull();
    expect(await scale(), 'the map did not zoom').toBe(before);
    expect(await frame.locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message').textContent()).toBe('Hold Ctrl and scroll to zoom the map');

    const scrolled = await page.evaluate(() => scrollY);
    const box2 = (await page.locator('#lokus').boundingBox())!;
    await page.mouse.move(x, box2.y + l.map.top + l.map.height / 2);
    // A wheel gesture is several events; MapLibre tells a mouse from a trackpad by the first ones.
    await page.keyboard.down('Control');
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(30);
    }
    await page.keyboard.up('Control');
    await expect.poll(scale, { timeout: 10_000 }).not.toBe(before);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  });
});

describe('the embed dialog\'s responsive snippet on a host page', () => {
  /** A news page at `width` px: a column (`column` px wide, or the whole width on a phone) with text, the snippet, more text; `initial` is the iframe's height before anything loaded. */
  const article = (snippet: string, column: number | null) => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;font:17px/1.5 serif">
<main style="max-width:${column ?? 10000}px;margin:0 auto;padding:0 16px">
<h1>Kemiskinan di Nusa Tenggara Timur</h1>
<p>Article text before the map. ${'Lorem ipsum dolor sit amet. '.repeat(6)}</p>
${snippet}
<script>window.initial = document.querySelector('iframe[data-lokus-embed]').getBoundingClientRect().height;</script>
<p>Article text after the map. ${'Lorem ipsum dolor sit amet. '.repeat(30)}</p>
</main></body></html>`;

  // Language × host width pairwise (each language once, each host once): a host page and a
  // preview cost seconds of software rendering each.
  for (const [lang, width, column] of [['id', 390, null], ['en', 1280, 680]] as const) {
    it(`(${lang}) written on a desktop, it starts within 20 px of its settled height in a ${column ? `${column}-px desktop column` : `${width}-px phone's page`}`, { timeout: 240_000 }, async () => {
      const { page } = await pages.openMap(`?region=53${lang === 'en' ? '&lang=en' : ''}`, { width: 1280, height: 900 });
      await waitForRegion(page, '53');
      await page.click('.embed-open');
      const preview = (await (await page.waitForSelector('#embed-preview')).contentFrame())!;
      await preview.waitForSelector('#map[data-region-ready="53"]', { timeout: 60_000 });
      await expect.poll(() => page.inputValue('#embed-snippet-responsive'), { timeout: 20_000 }).toContain('container-type:inline-size');
      const snippet = await page.inputValue('#embed-snippet-responsive');
      const { page: host } = await pages.open({ width, height: 800 }, width === 390);
      await host.route(hostUrl, (r) => r.fulfill({ contentType: 'text/html', body: article(snippet, column) }));
      // Every height the reader sees on the way, frame by frame (a guess posted early once made it jump 75 px and back).
      await host.addInitScript(`window.heights = []; (function tick() { const f = document.querySelector('iframe[data-lokus-embed]'); if (f) window.heights.push(Math.round(f.getBoundingClientRect().height)); requestAnimationFrame(tick); })();`);
      await host.goto(hostUrl);
      const initial = await host.evaluate(() => (window as unknown as { initial: number }).initial);
      const frame = (await (await host.waitForSelector('iframe[data-lokus-embed]')).contentFrame())!;
      await frame.waitForSelector('#map[data-region-ready="53"]', { timeout: 60_000 });
      const settled = await settledHeight(host, 'iframe[data-lokus-embed]');
      expect(Math.abs(settled - initial), `${width} px: snippet height ${initial}, settled ${settled}`).toBeLessThanOrEqual(20);
      const seen = await host.evaluate(() => (window as unknown as { heights: number[] }).heights);
      expect(Math.max(...seen.map((h) => Math.abs(h - initial))), `${width} px: heights on the way ${[...new Set(seen)].join(' → ')}`).toBeLessThanOrEqual(20);
      // Settled means the content fits: nothing scrolls inside the frame.
      expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);
      await shot(host, `embed-snippet-host-${width}-${lang}`);
    });
  }
});

describe('the embed page', () => {
  it('describes the map in the page language (alt text from the data)', async () => {
    const { page } = await pages.openMap('?embed=1&region=53&year=2025&indicator=p0', { width: 800, height: 600 });
    await waitForRegion(page, '53');
    const canvas = page.locator('#map canvas');
    expect(await canvas.getAttribute('aria-label')).toBe('Peta kemiskinan Indonesia');
    expect(await canvas.getAttribute('aria-describedby')).toBe('map-desc');
    expect(await page.locator('#map').getAttribute('aria-describedby')).toBe('map-desc');
    await expect.poll(() => page.locator('#map-desc').textContent()).toBe(
      'Peta persentase penduduk miskin per kabupaten/kota di Nusa Tenggara Timur, Maret 2025 (BPS via proyek STIS). Tertinggi: Sumba Tengah 29,23%, Sabu Raijua 27,18%, Sumba Barat 26,47%. Terendah: Kota Kupang 7,57%. Tanpa data: 0 dari 22.',
    );
    expect(await page.locator('.maplibregl-desktop-message').textContent()).toBe('Tahan Ctrl sambil menggulir untuk memperbesar atau memperkecil peta');
    // The same page in English, and then Kab. Kupang, as back/forward reaches them (no reload).
    await goInPage(page, '?embed=1&region=53&year=2025&indicator=p0&lang=en');
    await expect.poll(() => page.locator('#map-desc').textContent()).toBe(
      'Map of poverty rate by regency/city in Nusa Tenggara Timur, March 2025 (BPS via a STIS student project). Highest: Sumba Tengah 29.23%, Sabu Raijua 27.18%, Sumba Barat 26.47%. Lowest: Kota Kupang 7.57%. No data: 0 of 22.',
    );
    // The map's name follows (the control labels are swapped after the words are in).
    await expect.poll(() => canvas.getAttribute('aria-label')).toBe('Poverty map of Indonesia');
    // A province's embed keys only its classes; under a kabupaten the coastal colours of its kecamatan are keyed too.
    expect(await page.locator('.embed-keys [data-legend="coastal"]').count()).toBe(0);
    await goInPage(page, '?embed=1&region=5303&lang=en', '5303');
    expect(await page.locator('.embed-keys [data-legend="coastal"]').textContent()).toMatch(/Coastal/);
    expect(await page.locator('.embed-keys [data-legend="inland"]').count()).toBe(1);
    await shot(page, 'embed-kupang-coastal-key');
  });

  it('shows a given title and subtitle as text, the pickers asked for, and no top bar, panel or tabs; never pushes history', async () => {
    const title = '<img src=x onerror="window.pwned=1">Kemiskinan & NTT';
    const { page } = await pages.openMap(`?embed=1&region=53&controls=year&panel=1&title=${encodeURIComponent(title)}&subtitle=${encodeURIComponent('<b>sub</b>')}`, { width: 600, height: 500 });
    expect(await page.locator('.embed-title').textContent()).toBe(title);
    expect(await page.locator('.embed-subtitle').textContent()).toBe('<b>sub</b>');
    expect(await page.locator('.embed-head img, .embed-head b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.topbar, .side, [role="tablist"], #search-input, #indicator-select').count()).toBe(0);
    expect(await page.locator('#year-select').count()).toBe(1);
    const full = await page.locator('.embed-full').getAttribute('href');
    expect(full).toBe(`${site}?region=53`);
    expect(await page.locator('.embed-full').getAttribute('target')).toBe('_blank');

    const length = await page.evaluate(() => history.length);
    await page.selectOption('#year-select', '2020');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2020');
    expect(await page.locator('.embed-title').textContent()).toBe(title);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  it('the demo page embeds two views that size themselves', async () => {
    const { page } = await pages.open({ width: 800, height: 900 });
    await page.goto(`${site}embed-demo.html`);
    const frames = page.locator('iframe[data-lokus-embed]');
    expect(await frames.count()).toBe(2);
    await frames.nth(1).scrollIntoViewIfNeeded();
    for (const i of [0, 1]) await expect.poll(() => frames.nth(i).evaluate((f) => f.getBoundingClientRect().height), { timeout: 60_000 }).not.toBe(520);
    await shot(page, 'embed-demo', { fullPage: true });
  });
});

describe('publishing', () => {
  it('works under a sub-path: the embed loads its data relative to itself, and the dialog writes snippets with the public URL', { timeout: 240_000 }, async () => {
    const { page } = await pages.open({ width: 1280, height: 900 });
    // The site as a newsroom would host it under /lokus/: every request there is answered from the root.
    // A request still in flight when the page is closed after the test is dropped, not reported as an
    // unhandled rejection (CI at 4075971: "route.fetch: Request context disposed" after all tests passed);
    // one that fails while the page is open is left unanswered, so the test times out rather than passes.
    await page.route(`${site}lokus/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace('/lokus/', '/') }).catch(() => null);
      if (response) await route.fulfill({ response }).catch(() => undefined);
    });
    await page.goto(`${site}lokus/?region=53`);
    await waitForRegion(page, '53');
    await page.click('.embed-open');
    const dialog = page.locator('.embed-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const preview = (await (await page.waitForSelector('#embed-preview')).contentFrame())!;
    await preview.waitForSelector('#map[data-region-ready="53"]', { timeout: 60_000 });
    expect(preview.url().startsWith(`${site}lokus/?region=53&embed=1`)).toBe(true);
    // The preview's height follows its content (the responsive size).
    await expect.poll(() => page.locator('#embed-preview').evaluate((f) => f.getBoundingClientRect().height), { timeout: 20_000 }).not.toBe(500);

    await page.check('#embed-opt-year');
    await page.check('#embed-opt-programs');
    const plain = await page.inputValue('#embed-snippet-plain');
    const responsive = await page.inputValue('#embed-snippet-responsive');
    expect(plain).toMatch(new RegExp(`^<div style="container-type:inline-size"><iframe src="${site.replace(/[.]/g, '\\.')}lokus/\\?region=53&amp;embed=1&amp;controls=year&amp;programs=1" title="Persentase penduduk miskin 2025, Nusa Tenggara Timur — peta Lokus" aria-description="Peta persentase penduduk miskin per kabupaten/kota di Nusa Tenggara Timur, Maret 2025 \\(BPS via proyek STIS\\)\\. Tertinggi: Sumba Tengah 29,23%`));
    expect(plain).toContain('loading="lazy"');
    // Column-wide: its height is CSS of its width (a phone's column or a desktop's), in a container.
    expect(plain).toMatch(/style="width:100%;border:0;height:calc\(\d+px( [+-] clamp\(0px, \(\d+px - 100cqw\) \* 1000, \d+px\))* \+ clamp\(240px, [\d.]+ \* 100cqw \+ \d+px, 600px\)\)" height="\d+"><\/iframe><\/div>/);
    expect(plain).toContain('<noscript>Peta persentase penduduk miskin');
    expect(responsive).toContain('<iframe data-lokus-embed src=');
    expect(responsive).toContain(`<script src="${site}lokus/embed.js" async></script>`);
    await page.selectOption('#embed-size', '600x450');
    await expect.poll(() => page.inputValue('#embed-snippet-plain')).toContain('style="width:100%;max-width:600px;border:0" height="450"');
    await shot(page, 'embed-dialog');
  });

  it('tells readers nothing about a repaired link: ?region=53&embed=1&year=2015 shows no notice, and no program points by default', async () => {
    const { page } = await pages.openMap('?region=53&embed=1&year=2015');
    await waitForRegion(page, '53');
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.locator('.embed-title').textContent()).toMatch(/Nusa Tenggara Timur/);
    expect(await page.locator('.program-cluster').count()).toBe(0);
    expect(await page.locator('.embed-legend').textContent()).not.toMatch(/[Pp]rogram/);
  });

  it('counts the title\'s characters in the embed dialog and says a long one is cut at a word', async () => {
    const { page } = await pages.openMap('?region=53');
    await page.click('.embed-open');
    await page.fill('#embed-title', 'Kemiskinan di NTT');
    await expect.poll(() => page.locator('#embed-title-count').textContent()).toBe('17 dari 200 karakter');
    await page.fill('#embed-title', 'kata '.repeat(50).trim());
    await expect.poll(() => page.locator('#embed-title-count').textContent()).toMatch(/^249 dari 200 karakter: judul dipotong di akhir kata/);
    await expect.poll(() => page.inputValue('#embed-snippet-plain')).toMatch(/title=kata(\+|%20)kata/);
  });

  for (const lang of ['id', 'en'] as const) {
    it(`on a 390-px phone (${lang}) a tap on a kabupaten names it with its value and the embed stays on NTT; "back" names NTT`, async () => {
      // Both languages in one page, reached as back/forward does (the region is the same).
      const { page } = await pages.visit(`?region=53&embed=1&lang=${lang}`, '53', { width: 390, height: 700 });
      const label = page.locator('.region-label', { hasText: /^Sumba Timur$/ });
      await label.waitFor({ state: 'attached' });
      const box = (await label.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const card = page.locator('.embed-card');
      await expect.poll(() => card.getAttribute('data-kode')).toBe('5302');
      expect(await card.locator('h2').textContent()).toBe('Kabupaten Sumba Timur');
      expect(await card.locator('p').textContent()).toMatch(lang === 'id' ? /2025: \d+,\d+%$/ : /2025: \d+\.\d+%$/);
      // Still NTT: no navigation, the URL and the drawn view unchanged.
      expect(new URL(page.url()).searchParams.get('region')).toBe('53');
      expect(await page.locator('#map').getAttribute('data-region-ready')).toBe('53');
      await expect.poll(() => page.locator('.lokus-ctrl-reset').getAttribute('aria-label')).toBe(lang === 'id' ? 'Kembali ke Nusa Tenggara Timur' : 'Back to Nusa Tenggara Timur');
      await page.click('.embed-card-close');
      expect(await card.count()).toBe(0);
      await shot(page, `embed-tap-${lang}`);
    });
  }
});


describe('the embed legend on a phone', () => {
  // Language × view pairwise: decimal commas with NTT's classes, the longer English unit with the number of poor.
  for (const [lang, q, region] of [['id', '?embed=1&region=53', '53'], ['en', '?embed=1&indicator=poor_thousands', 'national']] as const) {
    it(`keeps every class bound it shows readable and apart at 360 px (${lang}, ${region === 'national' ? 'a long unit' : 'NTT'})`, async () => {
      const { page } = await pages.openMap(`${q}${lang === 'en' ? '&lang=en' : ''}`, { width: 360, height: 640 });
      await waitForRegion(page, region);
      const bounds = await page.locator('.embed-bound').evaluateAll((els) =>
        els.filter((e) => getComputedStyle(e).visibility !== 'hidden').map((e) => ({ text: e.textContent ?? '', left: e.getBoundingClientRect().left, right: e.getBoundingClientRect().right })),
      );
      // The lowest and the highest bound are always shown; none runs into the next or off the page.
      expect(bounds.length).toBeGreaterThanOrEqual(3);
      const sorted = [...bounds].sort((a, b) => a.left - b.left);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i].left, `${sorted[i - 1].text} | ${sorted[i].text}`).toBeGreaterThanOrEqual(sorted[i - 1].right - 0.5);
      expect(sorted.at(-1)!.right).toBeLessThanOrEqual(360);
      await shot(page, `embed-legend-360-${region}-${lang}`);
    });
  }
});


/** Inside an embed (a page or a frame): the map's size, where NTT's bounds are drawn and the control buttons' boxes (CSS px of the map). */
const drawnFit = (target: Page | Frame) =>
  target.evaluate((b) => {
    const m = document.querySelector('#map')!.getBoundingClientRect();
    const probe = window.lokusMapProbe!;
    const nw = probe.project([b[0], b[3]]), se = probe.project([b[2], b[1]]);
    const controls = [...document.querySelectorAll('.maplibregl-ctrl-top-right > .maplibregl-ctrl, .maplibregl-ctrl-bottom-right > .maplibregl-ctrl')].map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.className, left: r.left - m.left, top: r.top - m.top, right: r.right - m.left, bottom: r.bottom - m.top };
    });
    return { width: m.width, height: m.height, region: { left: nw.x, top: nw.y, right: se.x, bottom: se.y }, controls };
  }, NTT_BOUNDS);

/** Wait until the camera of the embed in `target` rests (the same camera on two reads in a row). */
async function cameraRest(target: Page | Frame): Promise<void> {
  let last = '';
  await expect.poll(async () => {
    const now = await target.evaluate(() => window.lokusMapProbe?.rest() ?? '');
    const same = now !== '' && now === last;
    last = now;
    return same;
  }, { timeout: 30_000, interval: 150 }).toBe(true);
}

/** NTT fills the map in its limiting dimension (its width), the map is no taller than its preferred height, and no control lies on NTT's box. */
async function expectFramed(target: Page | Frame, what: string): Promise<void> {
  await cameraRest(target);
  const f = await drawnFit(target);
  const w = f.region.right - f.region.left, h = f.region.bottom - f.region.top;
  const at = `${what}: NTT at ${JSON.stringify(f.region)} in a ${f.width} × ${f.height} map`;
  // The map's height follows NTT's shape: as wide as the map less the fit's margins, about half of its height
  // (before: a third of a 560-px phone map, the rest sea).
  expect(w / f.width, at).toBeGreaterThanOrEqual(0.88);
  expect(f.height, at).toBeLessThanOrEqual(embedMapHeight(f.width, NTT_BOUNDS) + 1);
  expect(h / f.height, at).toBeGreaterThanOrEqual(0.5);
  for (const c of f.controls) {
    const overlaps = c.left < f.region.right && f.region.left < c.right && c.top < f.region.bottom && f.region.top < c.bottom;
    expect(overlaps, `${at}: ${c.name} at ${JSON.stringify(c)}`).toBe(false);
  }
}

describe('the embed map fits NTT\'s shape, controls off its land', () => {
  // Language × phone pairwise: each language once, each phone once.
  for (const [lang, width, height] of [['id', 390, 700], ['en', 360, 640]] as const) {
    it(`(${lang}) opened on its own on a ${width}-px touch phone`, async () => {
      const { page } = await pages.open({ width, height, touch: true });
      await page.goto(`${site}?region=53&embed=1&lang=${lang}`);
      await waitForRegion(page, '53');
      await expectFramed(page, `${width} px alone`);
      await shot(page, `embed-framed-${width}-${lang}`);
    });
  }

  for (const width of [390, 680]) {
    it(`on a host page ${width} px wide, sized by embed.js`, async () => {
      const { page, frame } = await openHost(width);
      await settledHeight(page);
      await expectFramed(frame, `${width} px host`);
      await shot(page, `embed-framed-host-${width}`);
    });
  }
});
