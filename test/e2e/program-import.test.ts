import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goInPage, waitForMap, waitForRegion, switchLang, watchPages, shot } from './browser.ts';

// Real data only (the shipped programs.geojson and all region levels).
if (inject('dataKind') !== 'real') throw new Error('test/e2e/program-import.test.ts checks the real data (public/data from `npm run data`)');
const pages = watchPages();

interface Locus { desa?: string; locatedBy?: string; level?: string }
const shipped: Locus[] = (JSON.parse(readFileSync('public/data/programs.geojson', 'utf8')) as { features: { properties: Locus }[] }).features.map((f) => f.properties);
/** Shipped loci the map draws as points: not the programs for a whole kecamatan, kabupaten or province (outlined as areas). */
const shippedPoints = shipped.filter((l) => !(l.locatedBy === 'region' && l.level !== undefined && l.level !== 'desa')).length;
const DESA = [...new Set(shipped.map((l) => l.desa).filter((d): d is string => !!d))].sort();

async function importText(page: Page, name: string, text: string) {
  await page.click('#tab-programs');
  await page.setInputFiles('#program-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect.poll(() => page.locator('.import-summary').textContent(), { timeout: 120_000 }).toMatch(new RegExp(`^${name.replace('.', '\\.')}: `));
}

const count = async (page: Page) => Number((await page.locator('.programs-count').getAttribute('data-count')) ?? -1);

/**
 * The file's shared page at `query` with every imported list removed, as a user does ("remove
 * all" in the program tab), so the next test starts from the shipped list without a page load.
 * A test whose lists must live through a reload opens a page of its own.
 */
async function sharedPage(query: string, region: string): Promise<Page> {
  const { page } = await pages.visit(query, region);
  await page.click('#tab-programs');
  if (await page.locator('.import-lists > button.link').count()) {
    await page.click('.import-lists > button.link');
    await expect.poll(() => page.locator('.import-lists li').count(), { timeout: 30_000 }).toBe(0);
  }
  await expect.poll(() => count(page), { timeout: 30_000 }).toBe(shipped.length);
  return page;
}

describe('program lists in the page', () => {
  it('shows the shipped ≥ 1,800 loci, says what they cover, and Kota Bandung, Kab. Sidoarjo and Kab. Banyuwangi have skills training', { timeout: 240_000 }, async () => {
    const page = await sharedPage('?region=3273', '3273');
    await page.click('#tab-programs');
    await expect.poll(() => count(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(1800);
    const register = page.locator('.programs-coverage li[data-file="blk_java_bali_2024.csv"]');
    expect(await register.getAttribute('data-provinces')).toBe('32 34 35 36 51');
    expect(await register.textContent()).toMatch(/daftar resmi, per 31 Oktober 2024.*Pelatihan keterampilan di Jawa Barat, Daerah Istimewa Yogyakarta, Jawa Timur, Banten, Bali/);
    expect(await page.locator('.coverage-gap-note').textContent()).toMatch(/hanya mencakup Jawa Barat.*; DKI Jakarta, Jawa Tengah dan semua provinsi di luar Jawa–Bali tidak termasuk/);
    await shot(page, 'program-tab-coverage');
    // Template downloads (id and en headers) and the format page.
    for (const [sel, header] of [['#template-id', /^kode_lokus,nama,program,kementerian,jenis_intervensi/], ['#template-en', /^id,name,program,ministry,intervention_type/]] as const) {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(sel)]);
      expect(readFileSync((await dl.path())!, 'utf8')).toMatch(header);
    }
    const format = await page.request.get(new URL((await page.locator('#format-link').getAttribute('href'))!, page.url()).href);
    expect(format.ok()).toBe(true);
    expect(await format.text()).toMatch(/Format daftar program/);
    await shot(page, 'program-tab-templates');
    await switchLang(page);
    expect(await page.locator('.coverage-gap-note').textContent()).toMatch(/covers only Jawa Barat.*; DKI Jakarta, Jawa Tengah and every province outside Java–Bali are not in it/);
    await switchLang(page);
    await page.click('#tab-region');
    for (const kode of ['3273', '3515', '3510']) {
      await goInPage(page, `?region=${kode}`, kode);
      await expect.poll(() => page.locator('.panel .convergence').getAttribute('data-types'), { timeout: 30_000 }).toContain('skills_training');
    }
  });

  it('imports a CSV with Bahasa types and names instead of codes, reporting one ambiguous desa and the methods', { timeout: 240_000 }, async () => {
    const page = await sharedPage('', 'national');
    const csv = [
      'kode_lokus,nama,program,kementerian,jenis_intervensi,desa,kecamatan,kabupaten,provinsi,tahun',
      'N1,Uji bansos Baumata,PKH (sintetis),Kemensos,bansos,Baumata,Taebenu,Kab. Kupang,Nusa Tenggara Timur,2024',
      'N2,Uji padat karya Bareng,Padat karya (sintetis),Kemnaker,padat karya,Bareng,,Kabupaten Bojonegoro,Jawa Timur,2024',
      'N3,Uji UMKM Bandung,KUR (sintetis),Kementerian Koperasi,KUR,,,Kota Bandung,Jawa Barat,2024',
      'N4,Uji reforma agraria,PTSL (sintetis),Kementerian ATR/BPN,PTSL,desa baumata,,kab kupang,,2024',
    ].join('\n');
    await importText(page, 'synthetic-names.csv', csv);
    expect(await page.locator('.import-summary').textContent()).toMatch(/4 dari 4 baris dipakai; 0 galat, 1 peringatan/);
    expect(await page.locator('.issues-warning li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-row')}`))).toEqual(['name-ambiguous@3']);
    expect(await page.locator('.issues-warning li').first().textContent()).toMatch(/Bareng/);
    const methods = Object.fromEntries(await page.locator('.name-methods tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-method'), r.querySelector('td')!.textContent])));
    expect(methods).toMatchObject({ exact: '2', ambiguous: '1' });
    expect(Number(methods.exact) + Number(methods.normalised) + Number(methods['one-edit'])).toBe(3);
    expect(await count(page)).toBe(shipped.length + 4);
    await shot(page, 'import-names');
  });

  it('places a row coded with a desa that has no polygon (Mukti Lincer, 11.10.09.2009) at its kecamatan, saying so on its row', { timeout: 240_000 }, async () => {
    const page = await sharedPage('', 'national');
    await importText(page, 'synthetic-no-polygon.csv', 'id,name,program,ministry,intervention_type,admin_code,year\nP1,Uji desa tanpa batas,Program uji (sintetis),Kemnaker,jobs,11.10.09.2009,2024\n');
    expect(await page.locator('.import-summary').textContent()).toMatch(/1 dari 1 baris dipakai; 0 galat, 1 peringatan/);
    expect(await page.locator('.issues-warning li[data-code="no-polygon"]').textContent()).toMatch(/Mukti Lincer.*tidak punya poligon.*ditempatkan se-kecamatan di Kota Baharu/);
    await shot(page, 'import-no-polygon');
  });

  it('imports an HXL-tagged 3W file, showing which tagged column fed each field', { timeout: 240_000 }, async () => {
    const page = await sharedPage('', 'national');
    await importText(page, 'synthetic-3w.csv', readFileSync('test/fixtures/programs/synthetic-3w.csv', 'utf8'));
    expect(await page.locator('.import-summary').textContent()).toMatch(/3 dari 3 baris dipakai; 0 galat/);
    expect(await page.locator('.column-map summary').textContent()).toMatch(/hxl/);
    expect(await page.locator('.column-map li[data-field="agency"]').textContent()).toMatch(/Organisation/);
  });

  it('rejects a point in Malaysia 3 km from the border and places a point on Pulau Tidung in Desa Pulau Tidung, as the build does', { timeout: 240_000 }, async () => {
    const page = await sharedPage('', 'national');
    const csv = 'id,name,program,ministry,intervention_type,lat,lon,year\nM1,Uji Sarawak,Program uji (sintetis),Kemnaker,jobs,1.06,111.0,2024\nT1,Uji Pulau Tidung,Program uji (sintetis),Kemnaker,jobs,-5.7973,106.4965,2024\n';
    await importText(page, 'synthetic-points.csv', csv);
    expect(await page.locator('.import-summary').textContent()).toMatch(/1 dari 2 baris dipakai; 1 galat/);
    expect(await page.locator('.issues-error li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-row')}`))).toEqual(['abroad@2']);
    expect(await page.locator('.issues-error li').first().textContent()).toMatch(/Malaysia/);
    await goInPage(page, '?region=31.01.02.1002', '31.01.02.1002');
    await page.click('#tab-region');
    await expect.poll(() => page.locator('.loci-inside li[data-id="T1"]').getAttribute('data-located-by'), { timeout: 30_000 }).toBe('coordinates');
  });

  it('says what it did with a damaged file: Windows-1252 decoded, an extra-cells row skipped, a code real in two schemes', { timeout: 240_000 }, async () => {
    const page = await sharedPage('', 'national');
    await page.click('#tab-programs');
    const csv = [
      'id,name,program,ministry,intervention_type,admin_code,lat,lon,year',
      'W1,Uji D\u00e9sa,Program uji (sintetis),Kemnaker,jobs,53.01.24.2002,,,2024',
      'W2,Uji koma,Program uji (sintetis),Kemnaker,jobs,,-10,1969,123.65,2024',
      'W3,Uji kode,Program uji (sintetis),Kemnaker,jobs,5301,,,2024',
    ].join('\n') + '\n';
    // Windows-1252 bytes (é is 0xe9), as Excel on Windows saves "CSV".
    const bytes = Buffer.from(csv, 'latin1');
    await page.setInputFiles('#program-file', { name: 'synthetic-damaged.csv', mimeType: 'text/csv', buffer: bytes });
    await expect.poll(() => page.locator('.import-summary').textContent(), { timeout: 120_000 }).toMatch(/^synthetic-damaged\.csv: 2 dari 3 baris dipakai/);
    expect(await page.locator('.issues-error li[data-code="extra-cells"]').textContent()).toMatch(/baris 3: 10 sel, padahal tajuk punya 9 kolom; sel lebih: "2024"/);
    expect(await page.locator('.issues-warning li[data-code="encoding"]').textContent()).toMatch(/dibaca sebagai Windows-1252/);
    expect(await page.locator('.issues-warning li[data-code="code-two-schemes"]').textContent()).toMatch(/Kemendagri 53\.01 .*Kupang.*BPS 5301/);
    await page.locator('.issues-warning').scrollIntoViewIfNeeded();
    await shot(page, 'damaged-file-report');
  });

  it('keeps an imported list across a reload until the user removes it', { timeout: 240_000 }, async () => {
    const { page } = await pages.openMap();
    // A few thousand rows (placed by desa code), read back by the import worker in slices. How long
    // the page's main thread is busy meanwhile is measured by the bench (scripts/bench/import.ts).
    const rows = Array.from({ length: 3000 }, (_, i) => `\nR${i},Uji ${i},Program uji (sintetis),Kemnaker,pelatihan,${DESA[i % DESA.length]},2024`).join('');
    const csv = 'id,name,program,ministry,intervention_type,admin_code,year\nK1,Uji tersimpan,Program uji (sintetis),Kemnaker,pelatihan,53.01.24.2002,2024' + rows + '\n';
    await importText(page, 'synthetic-kept.csv', csv);
    expect(await page.locator('.import-kept').getAttribute('data-saved')).toBe('true');
    expect(await count(page)).toBe(shipped.length + 3001);
    await page.reload();
    await waitForMap(page);
    // Kept in IndexedDB: the map shows it before any tab is opened, read back by the import worker
    // and taken in slices (it was read on the main thread in one piece)…
    await expect.poll(() => page.locator('#map').getAttribute('data-program-points'), { timeout: 30_000 }).toBe(String(shippedPoints + 3001));
    await page.click('#tab-programs');
    await expect.poll(() => count(page), { timeout: 30_000 }).toBe(shipped.length + 3001);
    expect(await page.locator('.programs-source').textContent()).toMatch(/synthetic-kept\.csv/);
    expect(await page.locator('.import-kept').textContent()).toMatch(/disimpan di peramban ini/);
    // …and can be exported again.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('.programs-panel button.secondary')]);
    expect(readFileSync((await dl.path())!, 'utf8')).toMatch(/\nK1,Uji tersimpan,/);
    await page.click('.import-lists > button.link');
    await expect.poll(() => count(page), { timeout: 30_000 }).toBe(shipped.length);
    await page.reload();
    await waitForMap(page);
    await page.click('#tab-programs');
    await expect.poll(() => count(page), { timeout: 30_000 }).toBe(shipped.length);
    expect(await page.locator('.programs-source').textContent()).not.toMatch(/synthetic-kept/);
  });

  it('reads a planner\'s 10-row list with Bahasa headers: 9 rows used (Kupang settled by its desa and kecamatan, Kota Kupang by name and by coordinates), the Malaysian one refused, every word in the page\'s language; one list of two removed', { timeout: 240_000 }, async () => {
    const { page } = await pages.openMap();
    const file = 'synthetic-planner-list.csv';
    await importText(page, file, readFileSync(`test/fixtures/programs/${file}`, 'utf8'));
    const report = page.locator('.import-report');
    const rowsOf = () => page.locator('.import-rows tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(await page.locator('.import-summary').textContent()).toBe(`${file}: 9 dari 10 baris dipakai; 1 galat, 2 peringatan.`);
    expect(await page.locator('.import-rows tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-how')))).toEqual(['exact', 'exact', 'exact', 'exact', 'exact', 'exact', 'exact', 'exact', 'coordinates', 'refused']);
    let rows = await rowsOf();
    expect(rows[0]).toEqual(['2', 'Pelatihan tenun Baumata', 'Baumata, Taebenu, Kabupaten Kupang, Nusa Tenggara Timur', 'menurut nama: nama sama persis', expect.stringMatching(/^nilai "Kupang" cocok dengan lebih dari satu kabupaten .*dipilih Kabupaten Kupang .*karena nama wilayah di bawahnya \(Taebenu, Baumata\) hanya ada di sana/)]);
    expect(rows[1].slice(0, 3)).toEqual(['3', 'Padat karya Oesapa', 'Oesapa, Kelapa Lima, Kota Kupang, Nusa Tenggara Timur']);
    expect(rows[7][4]).toMatch(/^nilai "air bersih" bukan jenis intervensi yang dikenal .*disimpan sebagai "lainnya"/);
    expect(rows[8].slice(0, 4)).toEqual(['10', 'Bansos Sikumana', 'Sikumana, Maulafa, Kota Kupang, Nusa Tenggara Timur', 'menurut koordinat']);
    expect(rows[9]).toEqual(['11', 'Program di Kuching', '', 'tidak dipakai', 'nilai "1.55, 110.35" jatuh di Malaysia, bukan di Indonesia']);
    expect(await page.locator('.issues-error li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-row')}`))).toEqual(['abroad@11']);
    const idText = (await report.textContent()) ?? '';
    expect(idText.match(/\b(row|rows|column|value|used|warnings?|errors?|lies in|not in|by names|by coordinates|Placed|kept as|chosen)\b/g)).toBeNull();
    expect(await count(page)).toBe(shipped.length + 9);
    await page.setViewportSize({ width: 1280, height: 1600 });
    await shot(report, 'import-planner-list-id');
    // The table scrolls sideways in the narrow panel: its right half (how, warnings) too.
    await page.locator('.import-rows-scroll').evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    await shot(page.locator('.import-rows-scroll'), 'import-planner-list-id-right');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#import-rows-csv')]);
    const csv = readFileSync((await dl.path())!, 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect([csv.length, csv[0], dl.suggestedFilename()]).toEqual([11, 'Baris,Nama,Ditempatkan di,Cara,Peringatan dan galat', 'synthetic-planner-list-hasil-per-baris.csv']);
    await switchLang(page);
    expect(await page.locator('.import-summary').textContent()).toBe(`${file}: 9 of 10 rows used; 1 errors, 2 warnings.`);
    rows = await rowsOf();
    expect(rows[0].slice(2, 4)).toEqual(['Baumata, Taebenu, Kabupaten Kupang, Nusa Tenggara Timur', 'by names: exact name']);
    expect(rows[0][4]).toMatch(/^value "Kupang" fits more than one kabupaten .*Kabupaten Kupang .*chosen because the finer names \(Taebenu, Baumata\) fit only there/);
    expect(rows[8][3]).toBe('by coordinates');
    expect(rows[9].slice(3)).toEqual(['not used', 'value "1.55, 110.35" lies in Malaysia, not in Indonesia']);
    const enText = (await report.textContent()) ?? '';
    expect(enText.match(/\b(baris|kolom|nilai|dipakai|galat|peringatan|jatuh di|menurut|ditempatkan|disimpan|dipilih|tidak dikenal)\b/gi)).toBeNull();
    await shot(report, 'import-planner-list-en');
    // A second list, then the first removed: the second and the shipped list stay.
    await importText(page, 'synthetic-second.csv', 'nama,jenis,desa,kecamatan,kabupaten\nUji kedua,bansos,Baumata,Taebenu,Kab. Kupang\n');
    expect(await count(page)).toBe(shipped.length + 10);
    expect(await page.locator('.import-lists li').evaluateAll((els) => els.map((e) => e.getAttribute('data-file')))).toEqual([file, 'synthetic-second.csv']);
    await page.click(`.import-lists li[data-file="${file}"] .remove-list`);
    await expect.poll(() => count(page), { timeout: 30_000 }).toBe(shipped.length + 1);
    expect(await page.locator('.import-lists li').evaluateAll((els) => els.map((e) => e.getAttribute('data-file')))).toEqual(['synthetic-second.csv']);
    await page.reload();
    await waitForMap(page);
    await page.click('#tab-programs');
    await expect.poll(() => count(page), { timeout: 30_000 }).toBe(shipped.length + 1);
    await page.click('.import-lists > button.link');
    await expect.poll(() => count(page), { timeout: 30_000 }).toBe(shipped.length);
  });

  it('says so in the page when the import worker cannot be loaded for a kept list, and keeps the shipped list', { timeout: 240_000 }, async () => {
    const { page } = await pages.openMap();
    const csv = 'id,name,program,ministry,intervention_type,admin_code,year\nK1,Uji tersimpan,Program uji (sintetis),Kemnaker,pelatihan,53.01.24.2002,2024\n';
    await importText(page, 'synthetic-kept.csv', csv);
    expect(await count(page)).toBe(shipped.length + 1);
    // The worker's script fails to download after the reload (as a broken deployment or a proxy would make it).
    await page.route('**/*import-worker*', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.reload();
    await waitForMap(page);
    const message = page.locator('.error-message[data-kind="worker"]');
    await expect.poll(() => message.count(), { timeout: 30_000 }).toBe(1);
    expect(await message.textContent()).toMatch(/Pemeriksa daftar program \(Web Worker\) tidak dapat dimuat .*Daftar program bawaan tetap dipakai/);
    await page.click('#tab-programs');
    await expect.poll(() => count(page), { timeout: 30_000 }).toBe(shipped.length);
    await shot(page, 'restore-worker-failed');
    await switchLang(page);
    expect(await message.textContent()).toMatch(/The program list checker \(a Web Worker\) could not be loaded .*The shipped program list is still used/);
    await page.unroute('**/*import-worker*');
  });

  it('names a damaged list kept in this browser in the page and still restores the others', { timeout: 240_000 }, async () => {
    const { page } = await pages.openMap();
    const csv = 'id,name,program,ministry,intervention_type,admin_code,year\nK1,Uji tersimpan,Program uji (sintetis),Kemnaker,pelatihan,53.01.24.2002,2024\n';
    await importText(page, 'synthetic-kept.csv', csv);
    expect(await count(page)).toBe(shipped.length + 1);
    // A record as an older or damaged Lokus might have left it: no list of loci.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('lokus', 1);
          req.onsuccess = () => {
            const tx = req.result.transaction('program-imports', 'readwrite');
            tx.objectStore('program-imports').add({ file: 'synthetic-damaged.csv', mode: 'merge', savedAt: '2026-01-01T00:00:00Z', result: { loci: 'not a list' } });
            tx.oncomplete = () => (req.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.reload();
    await waitForMap(page);
    const message = page.locator('.error-message[data-kind="kept"]');
    await expect.poll(() => message.count(), { timeout: 60_000 }).toBe(1);
    expect(await message.textContent()).toMatch(/Daftar program synthetic-damaged\.csv yang disimpan di peramban ini rusak .*\(the kept record has no list of loci\).*dihapus dari peramban ini\. Impor berkasnya lagi/);
    // The good list is restored all the same.
    await page.click('#tab-programs');
    await expect.poll(() => count(page), { timeout: 60_000 }).toBe(shipped.length + 1);
    await shot(page, 'restore-damaged-kept');
    await switchLang(page);
    await expect.poll(() => message.textContent()).toMatch(/The program list synthetic-damaged\.csv kept in this browser is damaged .*was removed from this browser\. Import the file again/);
    // Nothing to retry here: the message has a close button instead.
    expect(await page.locator('.error > button').count()).toBe(0);
    await page.click('.error-message[data-kind="kept"] .dismiss-problem');
    expect(await page.locator('.error').count()).toBe(0);
    // Removed as said: the next visit restores the good list without a message.
    await page.reload();
    await waitForMap(page);
    await page.click('#tab-programs');
    await expect.poll(() => count(page), { timeout: 60_000 }).toBe(shipped.length + 1);
    expect(await page.locator('.error-message').count()).toBe(0);
  });
});

describe('gaps at village level', () => {
  it('gives each desa row of Kab. Kupang its own IDM (never the kabupaten\'s P0), lowest first, a distance column, and outlines its rows on the map', { timeout: 240_000 }, async () => {
    const page = await sharedPage('?region=5303', '5303');
    await waitForRegion(page, '5303');
    await page.click('#tab-gaps');
    await page.selectOption('#gap-level', 'desa');
    await page.selectOption('#gap-idm', 'all');
    // Every desa of Kab. Kupang lies under NTT-wide programs (counted by default): leave them out here.
    await expect.poll(() => page.locator('#gap-area-wide').isChecked()).toBe(true);
    await page.uncheck('#gap-area-wide');
    const rows = page.locator('.gap-table tr.gap-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(100);
    // Pre-limited to the selected kabupaten.
    expect(await page.locator('#gap-within').isChecked()).toBe(true);
    const codes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-kode')!));
    expect(codes.every((k) => /^53\.01\.\d{2}\.\d{4}$/.test(k))).toBe(true);
    const heads = await page.locator('.gap-table thead th').allTextContents();
    expect(heads).toEqual(['No.', 'Wilayah', 'Status IDM 2024', 'IDM', 'Lokus terdekat (km)', 'Lokus']);
    // Each desa its own score (they used to repeat the kabupaten's P0), lowest first.
    const scores = (await page.locator('td.gap-idm').evaluateAll((els) => els.map((e) => e.getAttribute('data-idm')))).filter((v) => v !== '').map(Number);
    expect(new Set(scores).size).toBeGreaterThan(scores.length / 2);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(await page.locator('.gap-parents').first().textContent()).toMatch(/, Kabupaten Kupang$/);
    expect(await page.locator('.gap-measures').first().textContent()).toMatch(/Garis pantai [\d.,]+ km · luas [\d.,]+ km²/);
    expect(await page.locator('.gap-rank-rule').textContent()).toMatch(/IDM-nya sendiri, skor terendah/);
    // The export: no desa row carries the kabupaten's number of poor; each its own IDM.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#gap-export')]);
    expect(dl.suggestedFilename()).toBe('lokus-celah-program-desa-semua-pesisir-atau-pertanian-5303.csv');
    const lines = readFileSync((await dl.path())!, 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
    const header = lines[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['idm', 'idm_status', 'nearest_locus_km', 'nearest_skills_training_km', 'coastline_km', 'area_km2', 'kecamatan', 'kabupaten']));
    const first = lines[1].split(',');
    expect(first[header.indexOf('poor_persons')]).toBe('');
    expect(first[header.indexOf('kabupaten_poor_persons')]).toBe('');
    expect(Number(first[header.indexOf('idm')])).toBe(scores[0]);
    // On the map: the rows outlined, each with its rank, and drawn as points.
    await expect.poll(() => page.locator('#map').getAttribute('data-gap-outlines')).toBe(String(codes.length));
    expect(Number(await page.locator('#map').getAttribute('data-gap-points'))).toBeGreaterThan(100);
    expect(await page.locator('.gap-rank').count()).toBe(Math.min(codes.length, 30));
    expect(await page.locator(`.gap-rank[data-kode="${codes[0]}"]`).textContent()).toBe('1');
    await shot(page, 'gaps-desa-kupang');
    // Leaving the gap tab clears the outlines.
    await page.click('#tab-region');
    await expect.poll(() => page.locator('.gap-rank').count()).toBe(0);
  });
});
