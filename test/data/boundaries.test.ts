/**
 * Checks on the real boundary outputs in public/data (built by `npm run data`, which `npm test` runs
 * first; the `data` project's setup fails when they are missing).
 * Facts come from the sources: BIG's RBI 2023 desa polygons (data/boundaries/big-rbi-2023), Kemendagri
 * codes and names via idn-area-data.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../src/lib/geo/point-in-polygon.ts';
import { parseRegionsCsv } from '../../src/lib/regions/regions-csv.ts';
import type { Region } from '../../src/lib/types.ts';

const root = join(import.meta.dirname, '../..');
const pub = join(root, 'public/data');
let regions: Region[] = [];
let byCode: Map<string, Region>;
const read = (rel: string) => JSON.parse(readFileSync(join(pub, rel), 'utf8'));
const polygons = (t: Topology, name: string) => new Map(feature(t, t.objects[name] as GeometryCollection).features.map((f) => [String(f.id), f.geometry as Polygon | MultiPolygon]));

describe('boundary outputs (real data)', () => {
  beforeAll(() => {
    regions = parseRegionsCsv(readFileSync(join(pub, 'regions.csv'), 'utf8'));
    byCode = new Map(regions.map((r) => [r.kode, r]));
  });

  it('has 38 provinsi and 514 kabupaten/kota, each with a Kemendagri code and a polygon', () => {
    const prov = regions.filter((r) => r.level === 'provinsi'), kab = regions.filter((r) => r.level === 'kabupaten');
    expect(prov).toHaveLength(38);
    expect(kab).toHaveLength(514);
    expect(kab.filter((r) => !r.kemendagri)).toEqual([]);
    expect(kab.filter((r) => r.lon === null).map((r) => r.name)).toEqual([]);
    expect(new Set(kab.map((r) => r.kemendagri)).size).toBe(514);
  });

  it("has every BIG desa polygon paired with Kemendagri's list, once, and lists what did not pair (boundary-join.csv)", async () => {
    const { BIG_DIR, loadBigDesa } = await import('../../scripts/sources/big.ts');
    const big = await loadBigDesa(join(root, BIG_DIR));
    const desa = regions.filter((r) => r.level === 'desa');
    const joinRows = readFileSync(join(pub, 'boundary-join.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const unpaired = joinRows.filter((r) => r[0] === 'desa' && r[1] === 'boundary');
    const noPolygon = joinRows.filter((r) => r[0] === 'desa' && r[1] === 'kemendagri');
    expect(desa.length + unpaired.length).toBe(big.features.length);
    expect(desa.length).toBeGreaterThanOrEqual(83_000);
    expect(regions.filter((r) => r.level === 'kecamatan').length).toBeGreaterThanOrEqual(7_250);
    expect(unpaired.length).toBe(13);
    expect(noPolygon.length).toBe(378);
    expect(new Set(regions.map((r) => r.kode)).size).toBe(regions.length);
    // Kecamatan and desa are keyed by their Kemendagri code, which is unique.
    for (const r of regions.filter((x) => x.level === 'kecamatan' || x.level === 'desa')) expect(r.kode).toBe(r.kemendagri);
    const codes = regions.filter((r) => r.kemendagri).map((r) => r.kemendagri);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives Kota Kupang its six kecamatan, with Kelurahan Fontein (53.71.05.1008) in Kota Raja', () => {
    const kec = regions.filter((r) => r.level === 'kecamatan' && r.parent === '5371').map((r) => r.name).sort();
    expect(kec).toEqual(['Alak', 'Kelapa Lima', 'Kota Lama', 'Kota Raja', 'Maulafa', 'Oebobo']);
    expect(byCode.get('53.71.05.1008')).toMatchObject({ name: 'Fontein', parent: '53.71.05' });
    expect(byCode.get('53.71.05')).toMatchObject({ name: 'Kota Raja', parent: '5371' });
    const kotaRaja = polygons(read('boundaries/kecamatan/53.topo.json'), 'kecamatan').get('53.71.05')!;
    const f = byCode.get('53.71.05.1008')!;
    expect(pointInPolygon([f.lon!, f.lat!], kotaRaja)).toBe(true);
  });

  it('puts Desa Baumata (53.01.24.2002) in Kec. Taebenu, Kab. Kupang, NTT', () => {
    const baumata = byCode.get('53.01.24.2002')!;
    expect(baumata).toMatchObject({ name: 'Baumata', kemendagri: '53.01.24.2002', parent: '53.01.24' });
    expect(byCode.get('53.01.24')).toMatchObject({ name: 'Taebenu', kemendagri: '53.01.24', parent: '5303' });
    expect(byCode.get('5303')).toMatchObject({ name: 'Kabupaten Kupang', kemendagri: '53.01', parent: '53' });
    expect(byCode.get('53')).toMatchObject({ name: 'Nusa Tenggara Timur', kemendagri: '53' });
  });

  it("puts Baumata's label point inside its polygon", () => {
    const b = byCode.get('53.01.24.2002')!;
    const desa = polygons(read('boundaries/desa/5303.topo.json'), 'desa');
    expect(pointInPolygon([b.lon!, b.lat!], desa.get('53.01.24.2002')!)).toBe(true);
  });

  it('puts every kabupaten and provinsi label point inside one of its kecamatan', () => {
    const kec = new Map<string, Polygon | MultiPolygon>();
    for (const p of regions.filter((r) => r.level === 'provinsi')) for (const [k, g] of polygons(read(`boundaries/kecamatan/${p.kode}.topo.json`), 'kecamatan')) kec.set(k, g);
    const kecOf = new Map<string, string[]>();
    for (const r of regions.filter((x) => x.level === 'kecamatan')) {
      const prov = byCode.get(r.parent)!.parent;
      for (const up of [r.parent, prov]) kecOf.set(up, [...(kecOf.get(up) ?? []), r.kode]);
    }
    const outside = regions.filter((r) => (r.level === 'kabupaten' || r.level === 'provinsi') && !kecOf.get(r.kode)!.some((k) => pointInPolygon([r.lon!, r.lat!], kec.get(k)!)));
    expect(outside.map((r) => r.name)).toEqual([]);
  });

  it('puts kabupaten label points inside the simplified national polygons, except tiny-island regions', () => {
    const kab = polygons(read('boundaries/national.topo.json'), 'kabupaten');
    const outside = regions.filter((r) => r.level === 'kabupaten' && !pointInPolygon([r.lon!, r.lat!], kab.get(r.kode)!));
    // Kepulauan Seribu (8.5 km² of islets) loses its island shapes to national simplification.
    expect(outside.filter((r) => r.areaKm2 > 20).map((r) => r.name)).toEqual([]);
  });

  it('puts every desa label point inside its own polygon as shipped in the desa chunks (all 83k)', () => {
    const shipped = new Map<string, Polygon | MultiPolygon>();
    for (const k of regions.filter((r) => r.level === 'kabupaten')) for (const [c, g] of polygons(read(`boundaries/desa/${k.kode}.topo.json`), 'desa')) shipped.set(c, g);
    const desa = regions.filter((r) => r.level === 'desa');
    const outside = desa.filter((r) => r.lon === null || r.lat === null || !shipped.get(r.kode) || !pointInPolygon([r.lon, r.lat], shipped.get(r.kode)!));
    console.log(`desa label points checked against their shipped polygons: ${desa.length}, outside: ${outside.length}`);
    expect(desa.length).toBeGreaterThan(83_000);
    expect(shipped.size).toBe(desa.length);
    expect(outside.map((r) => `${r.kode} ${r.name}`)).toEqual([]);
  });

  it('knows coastal from landlocked regions', () => {
    expect(byCode.get('5371')).toMatchObject({ name: 'Kota Kupang', coastal: true });
    expect(byCode.get('5371')!.coastlineKm).toBeGreaterThan(10);
    expect(byCode.get('3404')).toMatchObject({ name: 'Kabupaten Sleman', coastal: false });
    expect(byCode.get('3309')).toMatchObject({ name: 'Kabupaten Boyolali', coastal: false });
  });

  it('says in every kecamatan and desa chunk which of its regions are coastal, as regions.csv does (the map colours them from the chunk)', () => {
    const flags = new Map<string, unknown>();
    const collect = (t: Topology, name: string) => {
      for (const g of (t.objects[name] as GeometryCollection).geometries) flags.set(String(g.id), (g.properties as { coastal?: unknown } | undefined)?.coastal);
    };
    for (const p of regions.filter((r) => r.level === 'provinsi')) collect(read(`boundaries/kecamatan/${p.kode}.topo.json`), 'kecamatan');
    for (const k of regions.filter((r) => r.level === 'kabupaten')) collect(read(`boundaries/desa/${k.kode}.topo.json`), 'desa');
    const rows = regions.filter((r) => r.level === 'kecamatan' || r.level === 'desa');
    const differ = rows.filter((r) => flags.get(r.kode) !== r.coastal);
    console.log(`chunk coastal flags: ${rows.length} kecamatan and desa, ${rows.filter((r) => r.coastal).length} coastal, ${differ.length} differing from regions.csv`);
    expect(flags.size).toBe(rows.length);
    expect(differ.map((r) => `${r.kode} ${r.name}: chunk ${String(flags.get(r.kode))}, regions.csv ${r.coastal}`)).toEqual([]);
  });

  it('does not count land borders abroad as coast (Keerom, Pegunungan Bintang, Boven Digoel; Papua Pegunungan)', () => {
    for (const code of ['9420', '9417', '9413', '97']) expect(byCode.get(code)!.coastal, byCode.get(code)!.name).toBe(false);
    // ...while Kab. Belu borders Timor-Leste and has a north coast.
    expect(byCode.get('5306')).toMatchObject({ name: 'Kabupaten Belu', coastal: true });
  });

  it('has kabupaten created after 2012 (Pangandaran from Ciamis) under their current province', () => {
    expect(byCode.get('3218')).toMatchObject({ name: 'Kabupaten Pangandaran', parent: '32', coastal: true });
    expect(byCode.get('3207')!.coastal).toBe(false); // Ciamis lost its coast to Pangandaran in 2012
    expect(byCode.get('9413')).toMatchObject({ name: 'Kabupaten Boven Digoel', kemendagri: '93.02', parent: '95' });
  });

  it('measures areas that add up: kabupaten sum to their province', () => {
    const ntt = regions.filter((r) => r.level === 'kabupaten' && r.parent === '53').reduce((s, r) => s + r.areaKm2, 0);
    expect(ntt).toBeCloseTo(byCode.get('53')!.areaKm2, -1);
    expect(byCode.get('53')!.areaKm2).toBeGreaterThan(45000); // BPS: NTT 46,447 km²
    expect(byCode.get('53')!.areaKm2).toBeLessThan(49000);
  });

  it('keeps the national file small (≤ 200 KB gzip)', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(readFileSync(join(pub, 'boundaries/national.topo.json'))).length).toBeLessThan(200_000);
  });

  it('leaves the committed crosswalk untouched (the build only reads it)', () => {
    const status = execFileSync('git', ['status', '--porcelain', '--', 'data/crosswalk'], { cwd: root, encoding: 'utf8' });
    expect(status).toBe('');
  });
});
