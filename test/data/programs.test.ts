/**
 * Program loci and the gap finder on the real data: data/programs/program_loci.csv placed in the
 * region registry of public/data (`npm run data`), with public/data/indicators.json for the gaps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCoverage, typesOf } from '../../src/lib/programs/coverage/coverage.ts';
import { importPrograms } from '../../src/lib/programs/ingest/import-programs.ts';
import { indexLoci } from '../../src/lib/programs/coverage/index-loci.ts';
import { programsInRegion } from '../../src/lib/programs/coverage/programs-in-region.ts';
import { findGaps } from '../../src/lib/programs/gaps/find-gaps.ts';
import { indexNearest, isPlaceLocus } from '../../src/lib/programs/coverage/nearest-locus.ts';
import { regionsOf } from '../../src/lib/regions/region-views.ts';
import { prepareGapFlags } from '../../src/lib/programs/gaps/gap-flags.ts';
import { gapHotspotsFromBundle } from '../../src/lib/programs/gaps/gap-hotspots.ts';
import { desaNeed } from '../../src/lib/programs/gaps/desa-need.ts';
import type { IndicatorBundle } from '../../src/lib/indicators/types.ts';
import { readDesaIndex, readForeignLand, readRegionLookup, readUnplacedCodes } from '../../scripts/programs.ts';
import { lociFromGeojson } from '../../src/lib/programs/codec/loci-geojson.ts';
import { metadataFromGeojson } from '../../src/lib/programs/metadata.ts';
import { makePointLocator } from '../../src/lib/geo/point-locator.ts';
import { importWithChunks } from '../../src/lib/programs/ingest/import-with-chunks.ts';
import type { Topology } from 'topojson-specification';
import { readDelimited } from '../../src/lib/table/read-delimited.ts';
import { parseAddress } from '../../src/lib/programs/ingest/parse-address.ts';
import { fold, nameKey } from '../../src/lib/names.ts';
import { oneEditApart } from '../../src/lib/one-edit-apart.ts';

const root = new URL('../..', import.meta.url).pathname;
const realData = join(root, 'public/data');

describe('programs on the real data (public/data from npm run data)', () => {
  async function realImport() {
    const lookup = await readRegionLookup(realData);
    const unplacedCodes = await readUnplacedCodes(join(realData, 'boundary-join.csv'));
    const text = readFileSync(join(root, 'data/programs/program_loci.csv'), 'utf8');
    return { lookup, result: importPrograms(text, 'program_loci.csv', lookup, { codeScheme: 'kemendagri', unplacedCodes, mode: 'strict' }) };
  }

  it('places all 48 shipped loci by region code, the Baumata four in Desa Baumata (BPS 53.01.24.2002)', async () => {
    const { result } = await realImport();
    expect(result.loci).toHaveLength(48);
    expect(result.loci.every((p) => p.locatedBy === 'region')).toBe(true);
    expect(result.loci.filter((p) => p.desa === '53.01.24.2002').map((p) => p.id)).toEqual(['PL001', 'PL002', 'PL003', 'PL004']);
  });

  it('gives Desa Baumata convergence 2: skills training and land reform', async () => {
    const { lookup, result } = await realImport();
    const c = computeCoverage(lookup, indexLoci(result.loci, lookup));
    const r = lookup.byBps.desa.get('53.01.24.2002')!;
    expect([c.desa.count[r], c.desa.convergence[r], typesOf(c.desa.types[r])]).toEqual([4, 2, ['skills_training', 'land_reform']]);
  });

  it('shows Kab. Kupang\'s BLK Komunitas and the two NTT-wide Kemnaker programs as area-wide for Baumata', async () => {
    const { lookup, result } = await realImport();
    const { areaWide } = programsInRegion(lookup, indexLoci(result.loci, lookup), result.loci, 'desa', '53.01.24.2002');
    expect(areaWide.map((p) => p.id).sort()).toEqual(['PL009', 'PL010', 'PL013']);
  });

  it('puts Desa Baumata at 0 km from a jobs program (PL009 covers all of NTT) and measures no distance to an area\'s label point', async () => {
    const { lookup, result } = await realImport();
    const coverage = computeCoverage(lookup, indexLoci(result.loci, lookup));
    const bundle = JSON.parse(readFileSync(join(realData, 'indicators.json'), 'utf8')) as IndicatorBundle;
    const need = desaNeed(lookup, bundle.values.idm['2024'], bundle.values.idm_status['2024'], 2024, { id: 'IDM 2024', en: 'IDM 2024' });
    const flags = prepareGapFlags(lookup, gapHotspotsFromBundle(bundle, regionsOf(lookup, 'kabupaten'), 2025), need);
    const rows = findGaps(lookup, coverage, flags, { level: 'desa', require: 'any', idm: 'all', maxLoci: 10, maxConvergence: 5, within: '53.01.24', limit: 100_000 }, indexNearest(result.loci)).rows;
    const baumata = rows.find((g) => g.kodeBps === '53.01.24.2002')!;
    expect(baumata.nearestKmByType.jobs).toBe(0);
    expect(baumata.nearestKm).toBe(0);
    // A desa of Kota Kupang is not in Kab. Kupang's area: its nearest skills training is a place (a desa's
    // locus), never the label point of the kabupaten-wide BLK Komunitas of a neighbour.
    const places = result.loci.filter(isPlaceLocus);
    expect(places.every((p) => p.locatedBy === 'coordinates' || p.level === 'desa')).toBe(true);
    // 40 area-wide: 8 provinsi, 32 kabupaten (Waisamet, PL005, has a BIG polygon and is a place).
    expect(result.loci.length - places.length).toBe(40);
  });
});

describe('gap finder on the real data (2025)', () => {
  async function realGaps(options: Parameters<typeof findGaps>[3] = {}) {
    const lookup = await readRegionLookup(realData);
    const bundle = JSON.parse(readFileSync(join(realData, 'indicators.json'), 'utf8')) as IndicatorBundle;
    const text = readFileSync(join(root, 'data/programs/program_loci.csv'), 'utf8');
    const { loci } = importPrograms(text, 'program_loci.csv', lookup, { codeScheme: 'kemendagri', unplacedCodes: await readUnplacedCodes(join(realData, 'boundary-join.csv')) });
    const kab = lookup.levels.kabupaten;
    const regions = kab.kode.map((kode, i) => ({ kode, coastal: lookup.coastal.kabupaten[i] === 1 }));
    const flags = prepareGapFlags(lookup, gapHotspotsFromBundle(bundle, regions, 2025));
    return findGaps(lookup, computeCoverage(lookup, indexLoci(loci, lookup)), flags, options);
  }

  it('lists uncovered coastal or farming poverty hotspots with reasons, most poor first', async () => {
    const { rows, total } = await realGaps();
    expect(total).toBeGreaterThan(0);
    for (const g of rows) {
      expect(g.loci).toBe(0);
      expect(g.coastal || g.farming).toBe(true);
      expect(g.reasons.length).toBeGreaterThanOrEqual(3);
    }
    expect(rows.map((g) => g.poor ?? -1)).toEqual([...rows.map((g) => g.poor ?? -1)].sort((a, b) => b - a));
  });

  it('leaves Kab. Kupang out (its desa Baumata has programs) but lists NTT hotspots with no program of their own such as Sabu Raijua when area-wide programs are not counted', async () => {
    const ntt = (await realGaps({ within: '53', countAreaWide: false })).rows.map((g) => g.name);
    expect(ntt).not.toContain('Kabupaten Kupang');
    expect(ntt).toContain('Kabupaten Sabu Raijua');
  });

  it('counts the NTT-wide Kemnaker programs (PL009 jobs, PL010 training) as coverage of every NTT kabupaten by default', async () => {
    expect((await realGaps({ within: '53' })).rows.map((g) => g.name)).toEqual([]);
  });
});

describe('the shipped program layer (public/data/programs.geojson)', () => {
  const doc = () => JSON.parse(readFileSync(join(realData, 'programs.geojson'), 'utf8')) as unknown;

  it('ships at least 1,800 loci, ids unique', () => {
    const loci = lociFromGeojson(doc());
    expect(loci.length).toBeGreaterThanOrEqual(1800);
    expect(new Set(loci.map((p) => p.id)).size).toBe(loci.length);
  });

  it('covers Kota Bandung, Kab. Sidoarjo and Kab. Banyuwangi with skills training', async () => {
    const lookup = await readRegionLookup(realData);
    const loci = lociFromGeojson(doc());
    const c = computeCoverage(lookup, indexLoci(loci, lookup));
    const names = ['Kota Bandung', 'Kabupaten Sidoarjo', 'Kabupaten Banyuwangi'];
    const rows = names.map((n) => lookup.levels.kabupaten.name.indexOf(n));
    expect(rows.every((r) => r >= 0)).toBe(true);
    expect(rows.map((r) => typesOf(c.kabupaten.types[r]).includes('skills_training'))).toEqual([true, true, true]);
  });

  it('keeps the 43 unmerged shipped loci exactly as program_loci.csv places them; the 5 merged keep id, name and source and are placed no coarser', async () => {
    const lookup = await readRegionLookup(realData);
    const text = readFileSync(join(root, 'data/programs/program_loci.csv'), 'utf8');
    const alone = importPrograms(text, 'program_loci.csv', lookup, { codeScheme: 'kemendagri', unplacedCodes: await readUnplacedCodes(join(realData, 'boundary-join.csv')) }).loci;
    const shipped = new Map(lociFromGeojson(doc()).map((p) => [p.id, p]));
    const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
    const depth = (l: string | undefined) => ['provinsi', 'kabupaten', 'kecamatan', 'desa'].indexOf(l ?? '');
    for (const p of alone) {
      const s = shipped.get(p.id)!;
      if (!s.sameAs) expect(s).toEqual({ ...p, lon: r6(p.lon), lat: r6(p.lat) });
      else {
        expect([s.name, s.source, s.provinsi]).toEqual([p.name, p.source, p.provinsi]);
        expect(depth(s.level)).toBeGreaterThanOrEqual(depth(p.level));
      }
    }
    expect([...shipped.values()].filter((p) => p.sameAs).map((p) => p.id).sort()).toEqual(['PL031', 'PL032', 'PL033', 'PL045', 'PL046']);
  });

  it('keeps BBPVP Bandung in Kel. Gumuruh, where the register places it (not at Jawa Barat\'s label point)', async () => {
    const lookup = await readRegionLookup(realData);
    const p = lociFromGeojson(doc()).find((l) => l.id === 'PL033')!;
    expect([p.level, lookup.levels.desa.name[lookup.byBps.desa.get(p.desa ?? '') ?? -1]]).toEqual(['desa', 'Gumuruh']);
  });

  it('calls a register placement "exact" only where the desa its address names (if any) is the desa it is placed in', async () => {
    const lookup = await readRegionLookup(realData);
    const table = readDelimited(readFileSync(join(root, 'data/programs/blk_java_bali_2024.csv'), 'utf8'), 'blk_java_bali_2024.csv');
    const h = table.records[0].cells;
    const address = new Map(table.records.slice(1).map((r) => [`KL-${r.cells[h.indexOf('Identifier')].slice(0, 8)}`, r.cells[h.indexOf('Address')]]));
    const exact = lociFromGeojson(doc()).filter((p) => p.dataset === 'blk_java_bali_2024.csv' && p.nameMatch === 'exact');
    expect(exact.length).toBeGreaterThan(1000);
    const wrong = exact.filter((p) => {
      const desa = parseAddress(address.get(p.id) ?? '').desa;
      const placed = fold(lookup.levels.desa.name[lookup.byBps.desa.get(p.desa ?? '') ?? -1] ?? '');
      // Equal, or one letter apart (a typo in the address: "DESA KIARASASI" for Kiarasari, Village "Kiarasari").
      return desa !== undefined && !desa.split(/\s+/).some((_, i, w) => { const k = fold(w.slice(0, w.length - i).join('')); return k === placed || oneEditApart(k, placed); });
    });
    expect(wrong.map((p) => `${p.id} ${p.name}: ${address.get(p.id)}`)).toEqual([]);
  });

  it('says what it covers: the register for five Java–Bali provinces, skills training only, as of October 2024', () => {
    const meta = metadataFromGeojson(doc())!;
    expect(meta.registerCoverage).toEqual({ skills_training: ['32', '34', '35', '36', '51'] });
    const reg = meta.datasets.find((d) => d.file === 'blk_java_bali_2024.csv')!;
    expect([reg.kind, reg.asOf, reg.interventions, reg.provinces.map((p) => p.name)]).toEqual(['register', '2024-10-31', ['skills_training'], ['Jawa Barat', 'Daerah Istimewa Yogyakarta', 'Jawa Timur', 'Banten', 'Bali']]);
    expect(reg.note.en).toMatch(/no point there does not mean no BLK/);
    expect(meta.datasets.find((d) => d.file === 'program_loci.csv')?.kind).toBe('examples');
  });

  it('places the register mostly at desa level by name and address (name-matching counts)', () => {
    const reg = metadataFromGeojson(doc())!.datasets.find((d) => d.file === 'blk_java_bali_2024.csv')!;
    const m = reg.nameMethods!;
    expect(m.exact + m.normalised + m['one-edit'] + m.address).toBeGreaterThanOrEqual(1750);
    expect(m.address).toBeGreaterThanOrEqual(249);
    expect(m.unmatched).toBe(0);
  });
});

describe('coordinates on the real boundaries', () => {
  const row = (lat: number, lon: number) => `id,name,program,ministry,intervention_type,lat,lon\nX,n,p,m,jobs,${lat},${lon}\n`;

  it('rejects a point in Malaysia 3 km from the Kalimantan border (it would otherwise be taken as offshore)', async () => {
    const lookup = await readRegionLookup(realData);
    const desa = await readDesaIndex(realData);
    const abroad = await readForeignLand(realData);
    // Sarawak, 3.0 km north of the nearest desa of Kalimantan Barat.
    const text = row(1.06, 111.0);
    const build = importPrograms(text, 'p.csv', lookup, { locate: makePointLocator(lookup, [desa], undefined, abroad) });
    expect(build.loci).toEqual([]);
    expect(build.issues[0]).toMatchObject({ severity: 'error', code: 'abroad' });
    expect(build.issues[0].message.en).toMatch(/lies in Malaysia, not in Indonesia/);
    expect(() => importPrograms(text, 'p.csv', lookup, { locate: makePointLocator(lookup, [desa], undefined, abroad), mode: 'strict' })).toThrow(/Malaysia/);
    expect(importPrograms(text, 'p.csv', lookup, { locate: makePointLocator(lookup, [desa]) }).loci[0]?.offshoreKm).toBeGreaterThan(2.5);
  });

  it('places a point on Pulau Tidung in Desa Pulau Tidung, the same in the build (all desa) as in the page (importWithChunks over the files the page loads)', async () => {
    const lookup = await readRegionLookup(realData);
    const text = row(-5.7973, 106.4965);
    const build = importPrograms(text, 'p.csv', lookup, { locate: makePointLocator(lookup, [await readDesaIndex(realData)], undefined, await readForeignLand(realData)) });
    const loaded: string[] = [];
    const load = async (f: string) => (loaded.push(f), JSON.parse(readFileSync(join(realData, f), 'utf8')) as Topology);
    const page = await importWithChunks(text, 'p.csv', lookup, load, { national: 'boundaries/national.topo.json', basemap: 'basemap/countries.topo.json' });
    expect(build.loci[0].desa).toBe('31.01.02.1002');
    expect(page.loci[0].desa).toBe(build.loci[0].desa);
    expect(lookup.levels.desa.name[lookup.byBps.desa.get(build.loci[0].desa!)!]).toBe('Pulau Tidung');
    // The national file has no polygon for the island: the page found it through the DKI kecamatan chunk.
    expect(loaded).toContain('boundaries/kecamatan/31.topo.json');
    expect(loaded).toContain('boundaries/desa/3101.topo.json');
  });

  it('rejects the Malaysian point in the page too (same importer, basemap land)', async () => {
    const lookup = await readRegionLookup(realData);
    const load = async (f: string) => JSON.parse(readFileSync(join(realData, f), 'utf8')) as Topology;
    const page = await importWithChunks(row(1.06, 111.0), 'p.csv', lookup, load, { national: 'boundaries/national.topo.json', basemap: 'basemap/countries.topo.json' });
    expect(page.issues.map((i) => i.code)).toEqual(['abroad']);
  });
});

describe('the page\'s templates on the real registry', () => {
  for (const file of ['lokus-program-template.csv', 'lokus-program-template-en.csv']) {
    it(`${file} imports cleanly, its example rows in Kab. Kupang`, async () => {
      const lookup = await readRegionLookup(realData);
      const r = importPrograms(readFileSync(join(root, 'public/templates', file), 'utf8'), file, lookup, { locate: makePointLocator(lookup, [await readDesaIndex(realData)]) });
      expect(r.issues).toEqual([]);
      expect(r.loci.map((p) => p.kabupaten)).toEqual(['5303', '5303']);
    });
  }
});

describe('KKP\'s Kampung Nelayan Merah Putih in the shipped layer', () => {
  const doc = () => JSON.parse(readFileSync(join(realData, 'programs.geojson'), 'utf8')) as unknown;
  async function knmp() {
    const lookup = await readRegionLookup(realData);
    const table = readDelimited(readFileSync(join(root, 'data/programs/knmp_2025.csv'), 'utf8'), 'knmp_2025.csv');
    const h = table.records[0].cells;
    const named = new Map(table.records.slice(1).map((r) => [`KNMP-${r.cells[h.indexOf('id')]}`, { kabupaten: r.cells[h.indexOf('kabupaten')], desa: r.cells[h.indexOf('desa')].trim() }]));
    const loci = lociFromGeojson(doc()).filter((p) => p.dataset === 'knmp_2025.csv');
    const nameOf = (level: 'kabupaten' | 'desa', code: string | undefined) => lookup.levels[level].name[lookup.byBps[level].get(code ?? '') ?? -1] ?? '';
    return { loci, named, nameOf };
  }

  it('ships all 100, none outside the kabupaten its row names', async () => {
    const { loci, named, nameOf } = await knmp();
    expect(loci).toHaveLength(100);
    // Kabupaten Mamuju Utara was renamed Pasangkayu in 2017 (Pasangkayu is the registry's name): the same region under its old name.
    const renamed: Record<string, string> = { mamujuutara: 'pasangkayu' };
    const key = (n: string) => renamed[nameKey(n)] ?? nameKey(n);
    const outside = loci.filter((p) => key(nameOf('kabupaten', p.kabupaten)) !== key(named.get(p.id)!.kabupaten));
    expect(outside.map((p) => `${p.id}: ${nameOf('kabupaten', p.kabupaten)} for ${named.get(p.id)!.kabupaten}`)).toEqual([]);
  });

  it('places at least 79 in the desa their rows name (the rest are missing from, or elsewhere in, the boundaries: see KNMP_REPORT.md)', async () => {
    const { loci, named, nameOf } = await knmp();
    const inDesa = loci.filter((p) => p.level === 'desa' && (fold(nameOf('desa', p.desa)) === fold(named.get(p.id)!.desa) || oneEditApart(fold(nameOf('desa', p.desa)), fold(named.get(p.id)!.desa))));
    expect(inDesa.length).toBeGreaterThanOrEqual(79);
  });

  it('draws a locus at its own coordinate only inside the named desa', async () => {
    const lookup = await readRegionLookup(realData);
    const { loci } = await knmp();
    const locate = makePointLocator(lookup, [await readDesaIndex(realData)]);
    const drawn = loci.filter((p) => p.locatedBy === 'coordinates');
    expect(drawn.length).toBeGreaterThanOrEqual(25);
    for (const p of drawn) expect(lookup.levels.desa.kode[locate(p.lon, p.lat).found?.index ?? -1]).toBe(p.desa);
  });
});
