import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shot, waitForMap, watchPages } from './browser.ts';

const site = inject('siteUrl');
const pages = watchPages();
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const langs = ['id', 'en'] as const;
const query = (lang: (typeof langs)[number], q = '') => `?${[q, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&')}`;

/** Open the site at `q` on a touch phone (or at `viewport`) and wait for the first choropleth. */
async function openAt(q: string, viewport = phone): Promise<Page> {
  const { page } = await pages.open(viewport, viewport === phone);
  await page.goto(site + q);
  await waitForMap(page);
  return page;
}

/** The box of `loc` in page pixels (it must be laid out). */
async function box(loc: Locator) {
  const b = await loc.boundingBox();
  if (!b) throw new Error('not laid out');
  return { ...b, bottom: b.y + b.height, right: b.x + b.width };
}

/** A select as a person sees it: its chosen option's text, and whether its box is wide enough to show the first word of it. */
function shownText(select: Locator): Promise<{ text: string; fits: boolean }> {
  return select.evaluate((el: HTMLSelectElement) => {
    const text = el.options[el.selectedIndex]?.text ?? '';
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = getComputedStyle(el).font;
    // The arrow and the padding take about 28 px of a native select.
    return { text, fits: el.getBoundingClientRect().width - 28 >= ctx.measureText(text.split(' ')[0]).width };
  });
}

describe('on a phone the folded legend shows the class colours, no taller than title and source', () => {
  for (const lang of langs) {
    it(`(${lang}) a one-line ramp with its range beside the source; unfolded, the classes and the source links`, async () => {
      const page = await openAt(query(lang));
      const legend = page.locator('.legend');
      expect(await legend.getAttribute('class')).toMatch(/legend-closed/);
      const ramp = legend.locator('.legend-ramp');
      expect(await ramp.locator('.legend-ramp-step').count()).toBe(5);
      const [low, high] = lang === 'id' ? ['1,90', '42,56'] : ['1.90', '42.56'];
      expect(await ramp.locator('.legend-ramp-end').allTextContents()).toEqual([low, `${high} %`]);
      expect(await ramp.getAttribute('aria-label')).toBe(`${low} – ${high} %`);
      // One line: the swatches and both ends side by side, inside the legend.
      const r = await box(ramp);
      const l = await box(legend);
      expect(r.height).toBeLessThan(20);
      expect(r.x).toBeGreaterThanOrEqual(l.x);
      expect(r.right).toBeLessThanOrEqual(l.right);
      // No taller than the folded legend was before it had a ramp (title and two lines of source, with
      // its links, 67.9 px in both languages): the ramp takes the line of the links, which come unfolded.
      // A taller legend pushes Indonesia's first view below 85 % of the width (map-fit.test.ts).
      expect(l.height).toBeLessThanOrEqual(68);
      // Folded, the source names the publisher and year; its links come with the unfolded legend.
      expect(await legend.locator('.legend-source').textContent()).toMatch(lang === 'id' ? /^Sumber: BPS, Susenas Maret 2025/ : /^Source: BPS, Susenas March 2025/);
      expect(await legend.locator('.legend-source a').count()).toBe(0);
      await shot(page, `phone-legend-ramp-${lang}`);
      await page.click('.legend-toggle');
      expect(await ramp.count()).toBe(0);
      expect(await legend.locator('.legend-classes li[data-class]').count()).toBe(5);
      expect(await legend.locator('.legend-source a.source-link').count()).toBeGreaterThan(0);
    });
  }
});

describe('the change view\'s menus show their values', () => {
  for (const [name, viewport] of [['phone', phone], ['desktop', desktop]] as const) {
    for (const lang of langs) {
      it(`(${name}, ${lang}) the view menu reads "${lang === 'id' ? 'Perubahan antar tahun' : 'Change between years'}", the indicator and both years are readable`, async () => {
        // The file's kept page for this viewport: the test reads what the link opens.
        const { page } = await pages.visit(query(lang, 'mode=change&from=2020'), 'national', viewport);
        expect(await page.locator('#mode-select').inputValue()).toBe('change');
        const mode = await shownText(page.locator('#mode-select'));
        expect(mode.text).toBe(lang === 'id' ? 'Perubahan antar tahun' : 'Change between years');
        expect(mode.fits, 'the view menu shows its value').toBe(true);
        for (const [id, text] of [['#indicator-select', lang === 'id' ? 'Persentase penduduk miskin (P0)' : 'Poverty rate (P0)'], ['#from-select', '2020'], ['#year-select', '2025']]) {
          const shown = await shownText(page.locator(id));
          expect(shown.text).toBe(text);
          expect(shown.fits, `${id} shows its value`).toBe(true);
        }
        // Every menu lies inside the window (none pushed off the row).
        for (const id of ['#indicator-select', '#from-select', '#year-select', '#mode-select']) {
          const b = await box(page.locator(id));
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.right).toBeLessThanOrEqual(viewport.width);
        }
        // On a phone the change view leaves the classes menu out (it does not use it); the desktop shows it disabled.
        if (name === 'phone') expect(await page.locator('#classes-select').isVisible()).toBe(false);
        else expect(await page.locator('#classes-select').isDisabled()).toBe(true);
        await shot(page, `change-menus-${name}-${lang}`);
      });
    }
  }
});

describe('on a phone the panel is a bottom sheet that drags by its handle', () => {
  /** The sheet's size and where it starts (px from the top of the window). */
  const sheet = (page: Page) => page.evaluate(() => {
    const el = document.getElementById('side-panel')!;
    return { size: el.dataset.sheet, top: el.getBoundingClientRect().top, layoutTop: el.parentElement!.getBoundingClientRect().top };
  });

  /** Drag the handle by `dy` px with the mouse, in steps. */
  async function mouseDrag(page: Page, dy: number) {
    const h = await box(page.locator('.sheet-handle'));
    const x = h.x + h.width / 2;
    const y = h.y + h.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + dy, { steps: 8 });
    await page.mouse.up();
  }

  for (const lang of langs) {
    it(`(${lang}) mouse and touch drags snap it to folded, half and full; the keys work; the legend stays above it; nothing traps scrolling`, async () => {
      const page = await openAt(query(lang));
      const handle = page.locator('.sheet-handle');
      const half = lang === 'id' ? 'setengah layar' : 'half screen';
      expect(await handle.getAttribute('aria-label')).toBe(lang === 'id' ? `Panel ${half}. Seret, ketuk, atau tekan Enter, Spasi, panah atas atau bawah untuk mengubah tingginya` : `Panel ${half}. Drag, tap, or press Enter, Space, the up or down arrow to change its height`);
      const first = await sheet(page);
      expect(first.size).toBe('half');
      expect(first.top).toBeCloseTo(phone.height * 0.55, -1);

      // Down: folded to the handle and the tabs; the legend moves down with it, still above it.
      await mouseDrag(page, 300);
      await expect.poll(async () => (await sheet(page)).size).toBe('peek');
      const folded = await sheet(page);
      expect(folded.top).toBeGreaterThan(phone.height - 70);
      expect(await handle.getAttribute('aria-expanded')).toBe('false');
      expect(await handle.getAttribute('aria-label')).toMatch(lang === 'id' ? /^Panel terlipat\./ : /^Panel folded\./);
      expect((await box(page.locator('.legend'))).bottom).toBeLessThanOrEqual(folded.top);
      expect(await page.locator('.side-tabs').isVisible()).toBe(true);
      await shot(page, `sheet-folded-${lang}`);

      // Up, with a finger: full, up to the top bar.
      const cdp = await page.context().newCDPSession(page);
      const h = await box(handle);
      const x = Math.round(h.x + h.width / 2);
      let y = Math.round(h.y + h.height / 2);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 0; i < 10; i++) {
        y -= 70;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect.poll(async () => (await sheet(page)).size).toBe('full');
      const full = await sheet(page);
      expect(Math.abs(full.top - full.layoutTop)).toBeLessThanOrEqual(1);
      await shot(page, `sheet-full-${lang}`);

      // The content of a full sheet scrolls under the wheel: the handle holds no scroll.
      await page.mouse.move(195, 600);
      await page.mouse.wheel(0, 400);
      await expect.poll(() => page.evaluate(() => document.getElementById('side-panel')!.scrollTop)).toBeGreaterThan(0);

      // Keys: ↓ steps down one size, Enter folds, Space opens to half, ↑ steps up.
      await handle.focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await sheet(page)).size).toBe('half');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await sheet(page)).size).toBe('peek');
      await page.keyboard.press(' ');
      await expect.poll(async () => (await sheet(page)).size).toBe('half');
      await page.keyboard.press('ArrowUp');
      await expect.poll(async () => (await sheet(page)).size).toBe('full');

      // A mouse drag back down to where the half sheet starts snaps to half.
      await mouseDrag(page, Math.round(first.top - (await box(handle)).y));
      await expect.poll(async () => (await sheet(page)).size).toBe('half');
      expect((await sheet(page)).top).toBeCloseTo(first.top, 0);

      // Folded, Tab reaches the tabs (still shown); the next Tab goes into the content and opens the sheet to half.
      await handle.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await sheet(page)).size).toBe('peek');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
      expect((await sheet(page)).size).toBe('peek');
      await page.keyboard.press('Tab');
      await expect.poll(async () => (await sheet(page)).size).toBe('half');
    });
  }

  it('on a desktop there is no handle: the panel is beside the map', async () => {
    const { page } = await pages.visit('', 'national', desktop);
    expect(await page.locator('.sheet-handle').isVisible()).toBe(false);
  });
});
