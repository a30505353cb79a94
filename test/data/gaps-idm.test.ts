/**
 * The gap finder's desa rows on the real data: every desa by its own IDM 2024 (public/data from
 * `npm run data`; IDM as published in data/stats/idm/prov/*.json), and the national desa list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/lib/programs/coverage/coverage.ts';
import { indexLoci } from '../../src/lib/programs/coverage/index-loci.ts';
import { indexNearest } from '../../src/lib/programs/coverage/nearest-locus.ts';
import { findGaps, type GapOptions } from '../../src/lib/programs/gaps/find-gaps.ts';
import { prepareGapFlags } from '../../src/lib/programs/gaps/gap-flags.ts';
import { gapHotspotsFromBundle } from '../../src/lib/programs/gaps/gap-hotspots.ts';
import { desaNeed } from '../../src/lib/programs/gaps/desa-need.ts';
import { gapsToCsv } from '../../src/lib/programs/gaps/gaps-to-csv.ts';
import { lociFromGeojson } from '../../src/lib/programs/codec/loci-geojson.ts';
import { regionsOf } from '../../src/lib/regions/region-views.ts';
import type { IndicatorBundle } from '../../src/lib/indicators/types.ts';
import { readRegionLookup } from '../../scripts/programs.ts';

const root = new URL('../..', import.meta.url).pathname;
const realData = join(root, 'public/data');

async function realDesaGaps(options: Partial<GapOptions>) {
  const lookup = await readRegionLookup(realData);
  const bundle = JSON.parse(readFileSync(join(realData, 'indicators.json'), 'utf8')) as IndicatorBundle;
  const loci = lociFromGeojson(JSON.parse(readFileSync(join(realData, 'programs.geojson'), 'utf8')));
  const need = desaNeed(lookup, bundle.values.idm['2024'], bundle.values.idm_status['2024'], 2024, { id: 'Kemendes PDTT, Indeks Desa Membangun 2024', en: 'Kemendes PDTT, Village Development Index (IDM) 2024' });
  const flags = prepareGapFlags(lookup, gapHotspotsFromBundle(bundle, regionsOf(lookup, 'kabupaten'), 2025), need);
  const result = findGaps(lookup, computeCoverage(lookup, indexLoci(loci, lookup)), flags, { level: 'desa', limit: 100_000, ...options }, indexNearest(loci));
  return { lookup, result };
}

/** A desa's row as Kemendes published it (data/stats/idm/prov/{province}.json): [code, name, IDM, IKS, IKE, IKL, status, …]. */
function published(kecamatanBps: string, desa: string): [string, string, number, number, number, number, number] {
  const prov = JSON.parse(readFileSync(join(root, 'data/stats/idm/prov', `${kecamatanBps.slice(0, 2)}.json`), 'utf8')) as { kec: { k: string; ds: [string, string, number, number, number, number, number][] }[] };
  return prov.kec.find((k) => k.k === kecamatanBps)!.ds.find((d) => d[0] === desa)!;
}

describe('desa rows of the gap finder on the real data', () => {
  it('give each desa of Kab. Kupang its own IDM (not the kabupaten\'s P0), ranked lowest first; Baumata\'s equal to IDM\'s', async () => {
    const { lookup, result } = await realDesaGaps({ idm: 'all', require: 'any', maxLoci: Infinity, countAreaWide: false, within: '' });
    const kupang = lookup.levels.kabupaten.kode[lookup.levels.kabupaten.name.indexOf('Kabupaten Kupang')];
    const rows = result.rows.filter((g) => g.kodeKemendagri.startsWith('53.01.'));
    expect(rows.length).toBeGreaterThanOrEqual(170);
    expect(rows.every((g) => g.kabupatenName === 'Kabupaten Kupang' && g.idm !== undefined && g.kabupatenP0 === undefined && g.p0 === undefined)).toBe(true);
    expect(rows.every((g) => g.flagsFrom === kupang || g.flagsFrom === '')).toBe(true);
    const scores = rows.map((g) => g.idm!.score).filter((s) => s !== null);
    expect(new Set(scores).size).toBeGreaterThan(120);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const baumata = rows.find((g) => g.kodeBps === '53.01.24.2002')!;
    const [, name, idm, , , , status] = published('530124', '2002');
    expect(name).toBe('BAUMATA');
    expect(baumata.idm).toMatchObject({ score: idm, status, kelurahan: false, year: 2024 });
    expect(baumata.reasons[0].id).toBe('IDM 0,6648: Berkembang (Kemendes PDTT, Indeks Desa Membangun 2024)');
  });

  it('say a kelurahan is not scored by IDM (Fontein, Kota Kupang)', async () => {
    const { result } = await realDesaGaps({ idm: 'all', require: 'any', maxLoci: Infinity, within: '53.71.05' });
    const fontein = result.rows.find((g) => g.kodeBps === '53.71.05.1008')!;
    expect(fontein.idm).toMatchObject({ score: null, status: null, kelurahan: true });
    expect(fontein.reasons[0].en).toMatch(/^not scored by IDM \(kelurahan\)/);
  });

  it('list Sangat Tertinggal coastal desa with no program within 10 km across Indonesia, in several provinces', async () => {
    const { result } = await realDesaGaps({ idm: 'sangat', require: 'coastal', noProgramWithinKm: 10, within: '' });
    expect(result.total).toBeGreaterThan(20);
    expect(result.rows).toHaveLength(result.total);
    for (const g of result.rows) {
      expect(g.idm?.status).toBe(5);
      expect(g.coastal).toBe(true);
      expect(g.nearestKm === null || g.nearestKm > 10).toBe(true);
    }
    expect(new Set(result.rows.map((g) => g.kodeBps.slice(0, 2))).size).toBeGreaterThan(3);
    const header = gapsToCsv(result.rows, 'en').replace('\ufeff', '').split('\r\n')[0];
    expect(header).toContain('idm,idm_status,idm_status_name,idm_source');
  });
});
