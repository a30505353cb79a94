/**
 * The indicator stage (scripts/indicators.ts) on the real tables in data/stats, joined to the region
 * registry public/data/regions.csv (`npm run data`; LOKUS_REGIONS_CSV=<file> reads another registry).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndicators } from '../../scripts/indicators.ts';
import { coverage } from '../../src/lib/indicators/coverage.ts';
import { readXlsx } from '../../src/lib/table/read-xlsx.ts';
import { readDelimited } from '../../src/lib/table/read-delimited.ts';
import { parseRegionsCsv } from '../../src/lib/regions/regions-csv.ts';
import type { Region } from '../../src/lib/regions/region.ts';
import type { IndicatorBundle } from '../../src/lib/indicators/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const registry = process.env.LOKUS_REGIONS_CSV ?? join(root, 'public/data/regions.csv');
let out: string | undefined;
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

/** Runs the stage into a temp folder (public/data is left as built). */
async function run(): Promise<{ bundle: IndicatorBundle; log: string[]; csv: string; conflicts: string; idmJoin: string }> {
  out = await mkdtemp(join(tmpdir(), 'lokus-indicators-'));
  const log: string[] = [];
  await buildIndicators({ regionsCsv: registry, outDir: out, log: (m) => log.push(m), conflictsReport: join(out, 'CONFLICTS.md') });
  const text = (f: string) => readFile(join(out!, f), 'utf8');
  return { log, bundle: JSON.parse(await text('indicators.json')), csv: await text('indicators.csv'), conflicts: await text('CONFLICTS.md'), idmJoin: await text('idm-join.csv') };
}

describe('indicator pipeline on the real tables', () => {
  let cached2: Promise<{ bundle: IndicatorBundle; regions: Region[]; log: string[]; csv: string; conflicts: string; idmJoin: string }> | undefined;
  const real = () => (cached2 ??= (async () => {
    const r = await run();
    return { ...r, regions: parseRegionsCsv(await readFile(registry, 'utf8')) };
  })());
  // The stage writes 380,000 values since IDM's desa (≈ 12 s of CPU, over a minute on a loaded 2-core machine): built once, before the tests' 30 s each.
  beforeAll(async () => void (await real()), 240_000);
  const kabupaten = async () => (await real()).regions.filter((r) => r.level === 'kabupaten');
  const topP0 = async (year: number, province?: string) => {
    const { bundle } = await real();
    return (await kabupaten())
      .filter((k) => !province || k.parent === province)
      .flatMap((k) => (bundle.values.p0[String(year)]?.[k.kode] ? [{ kode: k.kode, p0: bundle.values.p0[String(year)][k.kode][0] }] : []))
      .sort((a, b) => b.p0 - a.p0)
      .slice(0, 5);
  };

  it('gives every source an English title (sources_en.csv) and never cites "README"; credits NTT 2023 kabupaten extreme poverty to Kemenko PMK', async () => {
    const { bundle, log } = await real();
    for (const s of Object.values(bundle.sources)) {
      expect(s.titleEn, s.id).toBeTruthy();
      expect(`${s.title} ${s.titleEn} ${s.via ?? ''} ${s.viaEn ?? ''}`, s.id).not.toMatch(/README/);
      expect(s.titleEn, s.id).not.toMatch(/\b(Maret|proyek|tabel|nasional|menurut)\b/);
    }
    expect(log.some((l) => l.includes('no English title'))).toBe(false);
    // Timor Tengah Selatan (Kemendagri 53.02, BPS 5304): 2022 BPS (via a news copy), 2023 Kemenko PMK's estimate.
    const [, s2022] = bundle.values.extreme_poverty['2022']['5304'], [, s2023] = bundle.values.extreme_poverty['2023']['5304'];
    expect([bundle.sources[s2022].publisher, bundle.sources[s2023].publisher]).toEqual(['BPS Provinsi Nusa Tenggara Timur', 'Kemenko PMK']);
  });

  it('has 514 kabupaten/kota in the registry', async () => expect(await kabupaten()).toHaveLength(514));

  it('names the publisher of every source, and says "via" in the title of every figure that came through a copy', async () => {
    const { bundle } = await real();
    const sources = Object.values(bundle.sources);
    expect(sources.length).toBeGreaterThan(40);
    // A copy shows in the register's via field, or (for a register that forgot it) in its publisher, note or link.
    const copyHint = /\bvia\b|kaggle|github|news/i;
    const copyHost = /kaggle\.com|github\.com|antaranews|bisnis\.com|republika|okezone|databoks|tribunnews|detik|katadata|inews|idntimes|berita|bualbual|gumpalan|harianjogja|innalar|otomotif1|kebumenpasti|kondusif|banyumas|inionline|tendabesar|tabloidmaritim|zonasultra/i;
    for (const s of sources) {
      expect(s.publisher, s.id).toMatch(/\S/);
      expect(s.publisher, `${s.id}: the publisher names the publisher only; the copy is in via`).not.toMatch(/\bvia\b/i);
      const copy = !!s.via || copyHint.test(`${s.publisher} ${s.note ?? ''}`) || copyHost.test(s.url ?? '');
      if (copy) {
        expect(s.via, `${s.id} came through a copy but has no via`).toBeTruthy();
        expect(s.title, `${s.id}: title of a copy says via`).toMatch(/\bvia\b/);
      }
      // The publisher's own link is the publisher's site; a copy's link is not.
      for (const u of [s.publisherUrl ?? [], Object.values(s.publisherUrlOf ?? {})].flat()) expect(u, s.id).toMatch(/^https:\/\/www\.bps\.go\.id\//);
      if (s.via && s.url) expect(s.url, s.id).not.toMatch(/bps\.go\.id/);
    }
    // The BPS table exports came through a GitHub copy and link BPS's own table.
    for (const [id, table] of [['BPS_621_P0_KABKOTA', 'NjIxIzI='], ['BPS_619_POOR_KABKOTA', 'NjE5IzI='], ['BPS_622_P1_KABKOTA', 'NjIyIzI='], ['BPS_623_P2_KABKOTA', 'NjIzIzI=']]) {
      expect(bundle.sources[id].publisher).toBe('BPS');
      expect(bundle.sources[id].publisherUrl).toMatch(new RegExp(`^https://www\\.bps\\.go\\.id/(id|en)/statistics-table/2/${table}/`));
      expect(bundle.sources[id].url).toMatch(/^https:\/\/github\.com\//);
    }
    // The STIS transcription links each indicator's own BPS table (and the IPM 2025 publication), for every indicator it gives.
    const stis = bundle.sources.STIS_JAG_2025;
    expect(stis.url).toMatch(/^https:\/\/github\.com\/jagonyabakmie\//);
    const given = Object.keys(bundle.values).filter((ind) => Object.values(bundle.values[ind]).some((y) => Object.values(y).some((c) => c[1] === 'STIS_JAG_2025')));
    expect(Object.keys(stis.publisherUrlOf ?? {}).sort()).toEqual(given.sort());
    // IPM 2025 came through the same project but from BPS's IPM publication, not Susenas: it cites that.
    const ipm2025 = new Set(Object.values(bundle.values.hdi_ipm_revised[2025]).map((c) => c[1]));
    expect([...ipm2025]).toEqual(['STIS_JAG_2025_IPM']);
    expect(bundle.sources.STIS_JAG_2025_IPM.title).toBe('BPS, Indeks Pembangunan Manusia 2025 (via proyek STIS, GitHub)');
    expect(bundle.sources.STIS_JAG_2025_IPM.publisherUrl).toMatch(/^https:\/\/www\.bps\.go\.id\/id\/publication\/.*indeks-pembangunan-manusia-2025/);
    expect(given).not.toContain('hdi_ipm_revised');
    // So do IPM 2019 and 2021, which came in copies whose other figures are Susenas'.
    for (const [year, id, title] of [[2019, 'WFP_PRISM_IDN_SOCIOECON_IPM', 'BPS, Indeks Pembangunan Manusia 2019 (via WFP PRISM)'], [2021, 'KAGGLE_KTKI_2021_IPM', 'BPS, Indeks Pembangunan Manusia 2021 (via Kaggle)']] as const) {
      expect([...new Set(Object.values(bundle.values.hdi_ipm[year]).map((c) => c[1]))]).toEqual([id]);
      expect(bundle.sources[id].title).toBe(title);
    }
    expect(bundle.sources.KAGGLE_KTKI_2021.title).toBe('BPS, Susenas Maret 2021 (via Kaggle)');
    expect(bundle.sources.WFP_PRISM_RISKESDAS_2018.title).toBe('Kemenkes, Riskesdas 2018 (via WFP PRISM)');
  });

  for (const year of [2025, 2021]) {
    it(`joins P0 ${year} to every kabupaten/kota that has a Kemendagri code, and gives a reason for any other`, async () => {
      const { bundle, regions } = await real();
      const c = coverage(bundle, regions, 'p0', year);
      expect(c.joined + c.missing.length).toBe(514);
      expect(c.missing.filter((m) => !m.reason.startsWith('no Kemendagri code'))).toEqual([]);
    });
  }

  it('gives a national P0 2025, weighted by population from real poor counts, within 0.2 points of BPS 8.47%', async () => {
    const { bundle } = await real();
    let poor = 0, population = 0;
    for (const [kode, [p0]] of Object.entries(bundle.values.p0['2025'])) {
      const count = bundle.values.poor_thousands['2025'][kode]?.[0];
      if (kode.length !== 4 || count === undefined) continue;
      poor += count;
      population += (count / p0) * 100; // thousand people; BPS publishes poor and P0, population follows
    }
    expect(Math.abs((poor / population) * 100 - 8.47)).toBeLessThan(0.2);
  });

  it('finds the five highest P0 of 2025 nationally, all in Papua', async () => {
    // Supiori, Intan Jaya, Deiyai, Puncak, Paniai (BPS 2020 codes).
    expect((await topP0(2025)).map((t) => `${t.kode} ${t.p0}`)).toEqual(['9427 42.56', '9435 39.21', '9436 37.29', '9433 36.94', '9410 36.31']);
  });

  it('finds the five highest P0 of 2025 in Nusa Tenggara Timur', async () => {
    // Sumba Tengah, Sabu Raijua, Sumba Barat, Sumba Barat Daya, Sumba Timur.
    expect((await topP0(2025, '53')).map((t) => `${t.kode} ${t.p0}`)).toEqual(['5316 29.23', '5320 27.18', '5301 26.47', '5317 25.66', '5302 25.64']);
  });

  it('confirms the issue: Sumba Tengah and Sabu Raijua are the two poorest NTT kabupaten in 2021', async () => {
    // Then Sumba Timur 29.68, Sumba Barat 28.39, Sumba Barat Daya 28.18.
    expect((await topP0(2021, '53')).slice(0, 2)).toEqual([{ kode: '5316', p0: 34.27 }, { kode: '5320', p0: 30.13 }]);
  });

  /** indicators.csv rows of one indicator and level, counted by year. */
  const csvCount = async (indicator: string, level: string) => {
    const counts: Record<string, number> = {};
    for (const line of (await real()).csv.split('\n').slice(1)) {
      const c = line.split(',');
      if (c[3] === indicator && c[2] === level) counts[c[4]] = (counts[c[4]] ?? 0) + 1;
    }
    return counts;
  };

  it('has P0 for all 514 kabupaten/kota in every year 2018–2025 in indicators.csv', async () => {
    expect(await csvCount('p0', 'kabupaten')).toEqual(Object.fromEntries([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => [String(y), 514])));
  });

  it('has the number of poor for all 514 kabupaten/kota in 2022–2025, and P1, P2 for 2019–2025', async () => {
    const poor = await csvCount('poor_thousands', 'kabupaten');
    expect([2022, 2023, 2024, 2025].map((y) => poor[String(y)])).toEqual([514, 514, 514, 514]);
    for (const ind of ['p1', 'p2']) {
      const c = await csvCount(ind, 'kabupaten');
      expect([2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => c[String(y)]), ind).toEqual([514, 514, 514, 514, 514, 514, 514]);
    }
  });

  it('has province P0 2015–2025 as published: 38 provinces in 2024 and 2025, 32 before (old-boundary Papua and Papua Barat left out)', async () => {
    expect(await csvCount('p0', 'provinsi')).toEqual({ 2015: 32, 2016: 32, 2017: 32, 2018: 32, 2019: 32, 2020: 32, 2021: 32, 2022: 32, 2023: 32, 2024: 38, 2025: 38 });
    const { bundle } = await real();
    // BPS province codes of today's six Papua provinces: none has a value before 2024.
    for (let year = 2015; year <= 2023; year++)
      expect(['91', '92', '94', '95', '96', '97'].filter((k) => bundle.values.p0[String(year)][k]), String(year)).toEqual([]);
    expect(['91', '92', '94', '95', '96', '97'].map((k) => bundle.values.p0['2024'][k][0])).toEqual([21.66, 18.13, 17.26, 17.44, 29.76, 32.97]);
    expect(['91', '92', '94', '95', '96', '97'].map((k) => bundle.values.p0['2025'][k][0])).toEqual([20.66, 17.95, 19.16, 19.71, 28.9, 30.03]);
  });

  it('gives March 2025 P0 and number of poor of all 38 provinces equal to BPS\'s province table (never its September columns)', async () => {
    const { bundle, regions, log } = await real();
    const file = 'data/stats/bps/provinsi/bps-prov-poverty-2025.csv';
    // The raw file, read here without the pipeline: Provinsi, GK Mar, GK Sep, poor Mar, poor Sep, P0 Mar, P0 Sep.
    const raw = new Map((await readFile(join(root, file), 'utf8')).replace(/^\ufeff/, '').trim().split(/\r?\n/).slice(1).map((l) => l.split(',')).map((c) => [c[0], c]));
    const alias: Record<string, string> = { 'Daerah Istimewa Yogyakarta': 'DI Yogyakarta' };
    const provinces = regions.filter((r) => r.level === 'provinsi');
    expect(provinces).toHaveLength(38);
    let equal = 0;
    for (const r of provinces) {
      const row = raw.get(alias[r.name] ?? r.name)!;
      expect(row, r.name).toBeDefined();
      expect(bundle.values.p0['2025'][r.kode], r.name).toEqual([Number(row[5]), 'BPS_PROV_POVERTY_2015_2025']);
      expect(bundle.values.poor_thousands['2025'][r.kode], r.name).toEqual([Number(row[3]), 'BPS_PROV_POVERTY_2015_2025']);
      equal++;
    }
    expect(equal).toBe(38);
    // Samples: Papua Pegunungan 30.03 (September 27.21), NTT 18.6 (September 17.5).
    expect(bundle.values.p0['2025']['97'][0]).toBe(30.03);
    expect(bundle.values.p0['2025']['53'][0]).toBe(18.6);
    expect(log).toContain('  bps/provinsi/bps-prov-poverty-2025.csv: 38/38 provinces of the registry matched by name, 38/38 province rows used (March columns only)');
    // "..." is a missing figure, never 0: the new Papua provinces in 2022–2023.
    expect(log.some((l) => l.includes('"Persentase Penduduk Miskin - Maret" is "..." (no figure) for 4: Papua Barat Daya, Papua Selatan, Papua Tengah, Papua Pegunungan'))).toBe(true);
    expect(Object.values(bundle.values.p0['2023']).some(([v, s]) => v === 0 && s === 'BPS_PROV_POVERTY_2015_2025')).toBe(false);
    // The 2018 "Indonesia" row of the copy is shifted; it is said, not used.
    expect(log).toContain('    row 36 "Indonesia" March P0 "25674.58": not a rate (the row is shifted in this copy); not used, national.csv 9.82');
  });

  it('gives the values of the committed BPS xlsx (a sample of province and kabupaten rows, every year, with their source)', async () => {
    const file = join(root, 'data/stats/bps/xlsx/bps-621-p0-kabkota-2018-2024.xlsx');
    const sheet = await readXlsx(await readFile(file), file);
    const row = (n: number) => sheet.records.find((r) => r.line === n)!;
    // kode BPS → sheet rows (a kabupaten repeated under its old and new Papua province has two).
    const sample: Record<string, number[]> = {
      11: [2], 53: [312], 92: [520], 94: [527], 1101: [3], 1408: [88], 3201: [174], 3273: [194], 5303: [315], 5316: [328], 5371: [334], 9108: [514, 521], 9171: [519, 526], 9401: [528, 558], 9433: [552, 569],
    };
    const { bundle } = await real();
    let compared = 0;
    for (const [kode, rows] of Object.entries(sample)) {
      for (let j = 1; j <= 7; j++) {
        const year = String(2017 + j);
        const published = rows.map((n) => row(n).numbers?.[j]).find((v) => v !== undefined);
        const got = bundle.values.p0[year][kode];
        const oldBoundary = (kode === '94' || kode === '91') && year !== '2024';
        if (published === undefined || oldBoundary) { expect(got, `${kode} ${year}`).toBeUndefined(); continue; }
        // Province rows: the province table's figure, equal to table 621's province row.
        expect(got, `${kode} ${year}`).toEqual([published, kode.length === 2 ? 'BPS_PROV_POVERTY_2015_2025' : 'BPS_621_P0_KABKOTA']);
        compared++;
      }
    }
    expect(compared).toBe(7 * 13 + 2); // 13 rows with all years; Papua Barat Daya and Papua: 2024 only
  });

  // Published national March P0 (national.csv; sources in sources.csv): 2018 9.82, 2019 9.41, 2020 9.78, 2021 10.14,
  // 2022 9.54, 2023 9.36, 2024 9.03, 2025 8.47. Weights: population = poor ÷ P0 of the same year (2022–2025); for
  // 2018–2021, when BPS publishes no kabupaten poor count here, the 2022 population (the nearest year with both).
  for (const year of [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]) {
    it(`weights kabupaten P0 ${year} by population to within 0.3 points of BPS's published national March rate`, async () => {
      const { bundle } = await real();
      const weightYear = String(Math.max(year, 2022));
      let poor = 0, population = 0;
      for (const [kode, [p0]] of Object.entries(bundle.values.p0[String(year)])) {
        if (kode.length !== 4) continue;
        const count = bundle.values.poor_thousands[weightYear][kode][0], rate = bundle.values.p0[weightYear][kode][0];
        const pop = (count / rate) * 100;
        population += pop;
        poor += (pop * p0) / 100;
      }
      const published = bundle.national.p0[String(year)][0];
      expect(Math.abs((poor / population) * 100 - published)).toBeLessThan(0.3);
    });
  }

  it('reports the Bengkalis 2023 disagreement (BPS table 6.31 kept over 6.32 in the news) in the log and in the committed CONFLICTS.md', async () => {
    const { log, conflicts } = await real();
    expect(log.join('\n')).toMatch(/p0 2023 Kabupaten Bengkalis \(1408\): 6\.31 BPS_621_P0_KABKOTA kept, 6\.32 NEWS_IDNTIMES_RIAU_2023/);
    expect(conflicts).toMatch(/\| p0 \| 2023 \| Kabupaten Bengkalis \| 1408 \| 6\.31 \(BPS_621_P0_KABKOTA\) \| 6\.32 \|/);
    expect(await readFile(join(root, 'data/stats/CONFLICTS.md'), 'utf8'), 'data/stats/CONFLICTS.md is stale: run npm run data').toBe(conflicts);
  });

  it('has FSVA 2023 and 2024 and IKP 2018–2024 for all 514, each FSVA edition\'s poverty column being BPS P0 of the year before', async () => {
    const { bundle } = await real();
    const n = (ind: string, y: number) => Object.keys(bundle.values[ind]?.[String(y)] ?? {}).length;
    expect([n('fsva_priority_group', 2023), n('fsva_priority_group', 2024), n('fsva_stunting', 2024)]).toEqual([514, 514, 514]);
    expect([2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y) => n('ikp', y))).toEqual([514, 514, 514, 514, 514, 514, 514]);
    for (const edition of [2023, 2024]) {
      const fsva = bundle.values.fsva_poverty_percent[String(edition)], p0 = bundle.values.p0[String(edition - 1)];
      const equal = Object.keys(fsva).filter((k) => fsva[k][0] === p0[k][0]).length;
      expect(equal, `FSVA ${edition} poverty = P0 ${edition - 1}`).toBe(514);
    }
  });

  it('IKP 2023 from the IKP table equals the IKP column of FSVA 2023 (the same edition)', async () => {
    const { bundle } = await real();
    const fsva = readDelimited(await readFile(join(root, 'data/stats/bapanas/fsva_2023.csv'), 'utf8'), 'fsva_2023.csv', ',').records;
    const ikp = fsva[0].cells.indexOf('IKP');
    const values = new Set(Object.values(bundle.values.ikp['2023']).map(([v]) => v.toFixed(2)));
    expect(fsva.slice(1).filter((r) => !values.has(Number(r.cells[ikp]).toFixed(2)))).toEqual([]);
  });

  it('flags 35 priority kabupaten of 2021 plus the disputed variant', async () => {
    const entries = Object.values((await real()).bundle.priority).flat().filter((p) => p.year === 2021);
    expect([entries.length, entries.filter((p) => p.status === 'disputed').length]).toEqual([36, 2]);
  });

  describe('IDM 2024 (Kemendes PDTT)', () => {
    const desaOf = async (kemendagri: string) => (await real()).regions.find((r) => r.level === 'desa' && r.kemendagri === kemendagri);
    const idmOf = async (kemendagri: string) => {
      const { bundle } = await real();
      const d = await desaOf(kemendagri);
      expect(d, `desa ${kemendagri} in regions.csv`).toBeDefined();
      return Object.fromEntries(['idm', 'idm_status', 'idm_iks', 'idm_ike', 'idm_ikl'].map((id) => [id, bundle.values[id]['2024'][d!.kode]]));
    };

    it('reads 75,265 desa, 75,261 scored, and counts the 4 without a score, the empty name and the one status kept as published', async () => {
      const { log } = await real();
      expect(log).toContain('  IDM 2024: 75265 desa in 37 province files, 75261 scored; 4 without a score (11.05.02.2062 BATU JAYA, 11.06.08.2013 PULO BUNTA, 11.16.10.2005 PERKEBUNAN ALUR JAMBU, 63.11.01.2020 WONOREJO); 1 with an empty name (11.01.01.2003)');
      expect(log).toContain('    status kept as published (status_exceptions.csv): 62.13.06.2003 KUPANG BERSIH IDM 0.741 status 3 (thresholds give 2)');
    });

    it('accounts for every IDM desa: in the output, or listed in idm-join.csv; ≥ 74,500 in the output once regions.csv holds BIG\'s ≥ 83,000 desa', async () => {
      const { bundle, regions, idmJoin } = await real();
      const withIdm = Object.keys(bundle.values.idm['2024']).filter((k) => /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(k)).length;
      const notJoined = idmJoin.split('\n').filter((l) => l.startsWith('idm,')).length;
      // 75,265 IDM desa = scored desa in the output + desa not joined + the unscored desa that joined (no value to show).
      const unscoredJoined = ['11.05.02.2062', '11.06.08.2013', '11.16.10.2005', '63.11.01.2020'].filter((k) => regions.some((r) => r.level === 'desa' && r.kemendagri === k)).length;
      expect(withIdm + notJoined + unscoredJoined).toBe(75265);
      expect(regions.filter((r) => r.level === 'desa').length).toBeGreaterThanOrEqual(83_000);
      expect(withIdm).toBeGreaterThanOrEqual(74_500);
    });

    it('gives the values of the raw files: Fatukanutu 53.01.25.2001 IDM 0.621 status 3, Araboda 95.01.03.2003 0.4357 status 5', async () => {
      const raw = async (prov: string, kec: string, suffix: string) => {
        const file = JSON.parse(await readFile(join(root, `data/stats/idm/prov/${prov}.json`), 'utf8')) as { kec: { k: string; ds: (string | number)[][] }[] };
        return file.kec.find((k) => k.k === kec)!.ds.find((d) => d[0] === suffix)!;
      };
      const src = 'KEMENDESA_IDM_2024';
      expect(await idmOf('53.01.25.2001')).toEqual({ idm: [0.621, src], idm_status: [3, src], idm_iks: [0.6629, src], idm_ike: [0.6, src], idm_ikl: [0.6, src] });
      expect((await idmOf('95.01.03.2003')).idm).toEqual([0.4357, src]);
      expect((await idmOf('95.01.03.2003')).idm_status).toEqual([5, src]);
      for (const [prov, kec, suffix, code] of [['53', '530125', '2001', '53.01.25.2001'], ['95', '950103', '2003', '95.01.03.2003'], ['53', '530124', '2002', '53.01.24.2002']]) {
        const [, , idm, iks, ike, ikl, status] = await raw(prov, kec, suffix);
        const v = await idmOf(code);
        expect([v.idm[0], v.idm_iks[0], v.idm_ike[0], v.idm_ikl[0], v.idm_status[0]], code).toEqual([idm, iks, ike, ikl, status]);
      }
    });

    it('writes desa rows with kode_kemendagri in indicators.csv, and none for kelurahan', async () => {
      const { csv } = await real();
      const lines = csv.split('\n');
      expect(lines).toContain('53.01.25.2001,53.01.25.2001,desa,idm,2024,0.621,index (0–1),KEMENDESA_IDM_2024');
      const desaIdm = lines.filter((l) => l.includes(',desa,idm,2024,'));
      expect(desaIdm.length).toBeGreaterThanOrEqual(74_500);
      expect(desaIdm.filter((l) => !/^(\d{2}\.\d{2}\.\d{2}\.\d{4}),\1,desa,/.test(l))).toEqual([]);
      expect(desaIdm.filter((l) => /^[\d.]+,\d{2}\.\d{2}\.\d{2}\.1\d{3},/.test(l))).toEqual([]);
    });

    it('computes need per kecamatan, kabupaten and province from the desa (labelled as computed by Lokus), with n', async () => {
      const { bundle, regions } = await real();
      expect(bundle.sources.LOKUS_FROM_IDM_2024.title).toBe('Dihitung Lokus dari IDM 2024 (Kemendes PDTT)');
      const ntt = regions.find((r) => r.level === 'provinsi' && r.kemendagri === '53')!;
      const v = (id: string, kode: string) => bundle.values[id]['2024'][kode];
      // NTT in the raw meta.json: 3,137 desa, statuses [56, 414, 1634, 986, 47] → 1,033 Tertinggal + Sangat Tertinggal.
      expect([v('idm_scored_desa', ntt.kode), v('idm_need_count', ntt.kode), v('idm_need_share', ntt.kode)]).toEqual([[3137, 'LOKUS_FROM_IDM_2024'], [1033, 'LOKUS_FROM_IDM_2024'], [32.93, 'LOKUS_FROM_IDM_2024']]);
      const kab = Object.keys(bundle.values.idm_need_share['2024']).filter((k) => k.length === 4).length;
      expect(kab).toBeGreaterThanOrEqual(430);
      expect(Object.keys(bundle.values.idm_median['2024']).filter((k) => /^\d\d\.\d\d\.\d\d$/.test(k)).length).toBeGreaterThanOrEqual(6500);
    });
  });
});
