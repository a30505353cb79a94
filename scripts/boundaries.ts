import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { joinBig } from '../src/lib/boundary/join-big.ts';
import type { CrosswalkRow, Unmatched } from '../src/lib/crosswalk/types.ts';
import { coastlineByFeature } from '../src/lib/geo/coastline.ts';
import { labelPoint } from '../src/lib/geo/label-point.ts';
import { shippedLabelPoint } from '../src/lib/geo/shipped-label-point.ts';
import { landBorderTest } from '../src/lib/geo/land-border.ts';
import { areaKm2 } from '../src/lib/geo/measure.ts';
import { pointInPolygon } from '../src/lib/geo/point-in-polygon.ts';
import { regionsToCsv } from '../src/lib/regions/regions-csv.ts';
import { regionsToColumns } from '../src/lib/regions/region-columns.ts';
import type { Level, Region } from '../src/lib/types.ts';
import { BIG_CITATION, BIG_DIR, loadBigDesa, loadBigRecode } from './sources/big.ts';
import { bigRows, readLevelCrosswalk } from './sources/big-rows.ts';
import { loadKemendagri } from './sources/kemendagri.ts';
import { landBorderLines, landRings, neighbourCountries } from './sources/world.ts';
import { seaMask } from '../src/lib/geo/sea-mask.ts';
import { writeCsv } from '../src/lib/table/write-csv.ts';
import { cleanFeatures } from './clean-geometry.ts';
import { keepCollapsed } from './keep-collapsed.ts';
import { DATA_LAYOUT } from '../src/lib/data-layout.ts';

/** Pipeline settings for the boundary stage; the README repeats them. */
export const boundaryDefaults = {
  /** Share of vertices kept in the national provinsi+kabupaten file (Visvalingam, spherical area). */
  nationalKeep: 0.1,
  /** Share of vertices kept in kecamatan chunks. */
  kecamatanKeep: 0.45,
  /** Share of vertices kept in desa chunks. */
  desaKeep: 0.6,
  /** Islands smaller than this (km²) are left out of the national file unless they are a region's largest part; chunks keep them. */
  nationalMinIslandKm2: 3,
  /** Quantization of the national file (grid cells per axis of its bbox, ~90 m). */
  nationalQuantization: 5e4,
  /** Quantization of every chunk (grid cells per axis of each file's bbox). */
  quantization: 1e5,
  /** mapshaper -clean: gaps between desa smaller than this (km²) are filled. */
  desaGapFillKm2: 0.5,
  /**
   * Groups of provinces, by the first digit of their code, cleaned at the same time (one worker
   * thread each): islands that share no land border, so nothing lies between groups to snap or fill.
   * Sumatra, Riau Islands, Bali and Nusa Tenggara, Kalimantan, Maluku | Java, Sulawesi, Papua.
   */
  cleanGroups: [['1', '2', '5', '6', '8'], ['3', '7', '9']] as string[][],
  /** mapshaper -clean: vertices closer than this (degrees, ~22 m) are snapped together. */
  snapDeg: 0.0002,
  /** Distance (km) from Natural Earth's land border within which boundary is not counted as coast. */
  landBorderToleranceKm: 5,
  /** Boundary within this distance (km) of Natural Earth 1:10m sea counts as coast; farther out it is an inland gap. */
  seaToleranceKm: 3,
  /** A region is coastal when its sea coastline is at least this long (km); shorter touches are snapping noise. */
  minCoastKm: 0.05,
};

type Geom = Polygon | MultiPolygon;
type Areal = TopoPolygon | TopoMultiPolygon;

/** topojson-server's result, typed as topojson-client expects it. */
const topology = (objects: Record<string, FeatureCollection>) => buildTopology(objects) as unknown as Topology;

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

function geometriesOf(t: Topology, name: string): GeometryObject[] {
  return (t.objects[name] as GeometryCollection).geometries as GeometryObject[];
}

export interface BoundaryResult {
  regions: Region[];
  /** Both sides of what did not pair BIG ↔ Kemendagri (also written to `boundary-join.csv`). */
  unmatched: Unmatched[];
  sizes: Record<string, number>;
}

/**
 * The boundary stage: BIG's RBI 2023 desa polygons, paired with Kemendagri's list → one cleaned
 * topology → kecamatan dissolved from their desa, kabupaten and provinsi from their kecamatan (all
 * levels share edges) → coast, area and label points → public/data (national TopoJSON, kecamatan and
 * desa chunks, regions.csv/json, `boundary-join.csv`, basemap). Kecamatan and desa are keyed by their
 * dotted Kemendagri codes; kabupaten and provinsi keep their BPS codes (the committed crosswalk
 * `data/crosswalk/crosswalk_{kabupaten,provinsi}.csv`, which the indicators use).
 */
export async function buildBoundaries(opts: { root: string; outDir: string; log: (m: string) => void; settings?: Partial<typeof boundaryDefaults> }): Promise<BoundaryResult> {
  const s = { ...boundaryDefaults, ...opts.settings };
  const { log } = opts;
  const dataDir = join(opts.root, 'data/crosswalk');
  let t0 = Date.now();
  const lap = (msg: string) => { log(`  ${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)`); t0 = Date.now(); };

  const INDONESIA_BBOX: [number, number, number, number] = [94, -12, 142, 7];
  const bigDir = join(opts.root, BIG_DIR);
  const [big, kemendagri, recode, borderLines, land] = await Promise.all([loadBigDesa(bigDir), loadKemendagri(), loadBigRecode(bigDir), landBorderLines(), landRings(INDONESIA_BBOX)]);
  const [provinsiCrosswalk, kabupatenCrosswalk] = await Promise.all([readLevelCrosswalk(join(dataDir, 'crosswalk_provinsi.csv'), 'provinsi'), readLevelCrosswalk(join(dataDir, 'crosswalk_kabupaten.csv'), 'kabupaten')]);
  const joined = joinBig(big.features, kemendagri, recode);
  const rows = bigRows(joined, kemendagri, provinsiCrosswalk, kabupatenCrosswalk, recode, bigDir);
  lap(`read ${BIG_CITATION}: ${big.features.length} desa polygons; idn-area-data: ${kemendagri.districts.length} kecamatan, ${kemendagri.villages.length} desa; paired ${JSON.stringify(joined.counts)}, ${joined.withoutPolygon.length} listed desa without a polygon`);

  const groupOf = (f: { code: string }) => String(s.cleanGroups.findIndex((g) => g.includes(f.code[0])));
  const cleaned = await cleanFeatures(big.features, { gapFillKm2: s.desaGapFillKm2, snapDeg: s.snapDeg, groupOf });
  lap(`desa cleaned (mapshaper -clean; ${cleaned.kept} polygons that -clean emptied kept as drawn)`);

  const onLandBorder = landBorderTest(borderLines, s.landBorderToleranceKm);
  const atSea = seaMask(land, { bbox: INDONESIA_BBOX, toleranceKm: s.seaToleranceKm });
  lap('land-border index and sea mask');
  const regions: Region[] = [];
  /** The one rule for coastal, for regions.csv and the chunks alike. */
  const coastalAt = (coastKm: number) => coastKm >= s.minCoastKm;
  const region = (r: CrosswalkRow, g: Geom | null, coastKm: number, area: number, label?: Position | null): Region => {
    const p = label === undefined ? labelPoint(g) : label;
    const coastal = coastalAt(coastKm);
    return { level: r.level, kode: r.kodeBps, kemendagri: r.kodeKemendagri, name: r.name, parent: r.parentKodeBps, coastal, coastlineKm: coastal ? round(coastKm, 2) : 0, areaKm2: round(area, 2), lon: p ? p[0] : null, lat: p ? p[1] : null };
  };

  // ---- one topology of every BIG polygon (paired or not), coast measured on it unsimplified
  const polygonId = (i: number) => (rows.desaOfPolygon[i] >= 0 ? rows.desa[rows.desaOfPolygon[i]].kodeBps : `big:${big.features[i].code}`);
  const polygons = cleaned.features.map((f, i): Feature => ({ type: 'Feature', id: polygonId(i), properties: {}, geometry: f.geometry }));
  const topoDesa = topology({ desa: collection(polygons) });
  const polygonCoast = coastlineByFeature(topoDesa, 'desa', { onLandBorder, atSea });
  const polygonArea = polygons.map((f) => areaKm2(f.geometry as Geom));
  lap(`desa topology (${topoDesa.arcs.length} arcs) and coast`);

  // ---- kecamatan: dissolved from their desa polygons (shared arcs, so no slivers between levels)
  const polygonGeoms = geometriesOf(topoDesa, 'desa') as Areal[];
  const polygonsOfKec = new Map<string, number[]>();
  rows.kecamatanOfPolygon.forEach((k, i) => {
    if (!k) return;
    const a = polygonsOfKec.get(k) ?? [];
    a.push(i);
    polygonsOfKec.set(k, a);
  });
  const kecRows = rows.kecamatan.filter((r) => polygonsOfKec.has(r.kodeBps));
  for (const r of rows.kecamatan) if (!polygonsOfKec.has(r.kodeBps)) rows.unmatched.push({ level: 'kecamatan', side: 'kemendagri', code: r.kodeBps, name: r.name, parent: r.parentKodeBps, reason: 'no desa of it has a BIG polygon; placed at its kabupaten' });
  // The dissolved shape's pole of inaccessibility when it lies in one of its polygons; else the largest polygon's.
  const partLabel = (g: Geom, idx: number[]): Position | null => {
    const p = labelPoint(g);
    if (p && idx.some((i) => pointInPolygon(p, polygons[i].geometry as Geom))) return p;
    const largest = idx.reduce((best, i) => (best < 0 || polygonArea[i] > polygonArea[best] ? i : best), -1);
    return largest < 0 ? null : labelPoint(polygons[largest].geometry as Geom);
  };
  const kecFeatures = kecRows.map((r): Feature => ({ type: 'Feature', id: r.kodeBps, properties: {}, geometry: closedRings(merge(topoDesa, polygonsOfKec.get(r.kodeBps)!.map((i) => polygonGeoms[i]))) }));
  const kecCoast = kecRows.map((r) => sum(polygonsOfKec.get(r.kodeBps)!, polygonCoast));
  const kecArea = kecRows.map((r) => sum(polygonsOfKec.get(r.kodeBps)!, polygonArea));
  kecRows.forEach((r, i) => regions.push(region(r, kecFeatures[i].geometry as Geom, kecCoast[i], kecArea[i], partLabel(kecFeatures[i].geometry as Geom, polygonsOfKec.get(r.kodeBps)!))));
  const topoKec = topology({ kecamatan: collection(kecFeatures) });
  lap(`${kecRows.length} kecamatan dissolved from their desa; topology ${topoKec.arcs.length} arcs`);
  const kecGeoms = geometriesOf(topoKec, 'kecamatan') as Areal[];

  // ---- kabupaten and provinsi: dissolved from their kecamatan
  const kabRows = rows.kabupaten;
  const provRows = rows.provinsi;
  const kecIdx = new Map<string, number[]>(), provOfKab = new Map(kabRows.map((r) => [r.kodeBps, r.parentKodeBps]));
  kecRows.forEach((r, i) => {
    const a = kecIdx.get(r.parentKodeBps) ?? [];
    a.push(i);
    kecIdx.set(r.parentKodeBps, a);
  });
  const dissolve = (idx: number[]) => (idx.length ? closedRings(merge(topoKec, idx.map((i) => kecGeoms[i]))) : null);
  const kecLabel = kecRows.map((_, i) => regions[i]);
  // The dissolved shape's pole of inaccessibility, checked against the kecamatan it was built
  // from; where a broken merge ring misleads it, the label of the largest kecamatan instead.
  const dissolvedLabel = (g: Geom | null, idx: number[]): Position | null => {
    const p = labelPoint(g);
    if (p && idx.some((i) => pointInPolygon(p, kecFeatures[i].geometry as Geom))) return p;
    const largest = idx.reduce((best, i) => (best < 0 || kecArea[i] > kecArea[best] ? i : best), -1);
    const k = largest < 0 ? undefined : kecLabel[largest];
    return k && k.lon !== null && k.lat !== null ? [k.lon, k.lat] : null;
  };
  const dissolvedRegion = (r: CrosswalkRow, idx: number[]) => {
    const g = dissolve(idx);
    return region(r, g, sum(idx, kecCoast), sum(idx, kecArea), dissolvedLabel(g, idx));
  };
  const provIdx = new Map<string, number[]>();
  for (const r of kabRows) {
    const idx = kecIdx.get(r.kodeBps) ?? [];
    if (!idx.length) rows.unmatched.push({ level: 'kabupaten', side: 'kemendagri', code: r.kodeKemendagri, name: r.name, parent: r.parentKodeBps, reason: 'no kecamatan of it has a BIG polygon' });
    regions.push(dissolvedRegion(r, idx));
    const p = provIdx.get(r.parentKodeBps) ?? [];
    p.push(...idx);
    provIdx.set(r.parentKodeBps, p);
  }
  for (const r of provRows) {
    regions.push(dissolvedRegion(r, provIdx.get(r.kodeBps) ?? []));
  }
  lap('kabupaten and provinsi dissolved');

  // ---- desa level
  // Chunks simplified and quantized first: label points are found on the polygons as shipped.
  const preDesa = presimplify(topoDesa as never, sphericalTriangleArea) as unknown as Topology;
  const desaWeight = quantile(preDesa as never, s.desaKeep);
  let chunkDesa = simplify(preDesa as never, desaWeight) as unknown as Topology;
  const keptAsDrawn = keepCollapsed(preDesa, chunkDesa, 'desa');
  if (keptAsDrawn.length) chunkDesa = simplify(preDesa as never, desaWeight) as unknown as Topology;
  lap(`desa simplified; ${keptAsDrawn.length} desa that simplification collapsed (a part of no area) kept as drawn`);
  const desaRows = rows.desa;
  // Each chunk feature says whether it is coastal (as regions.csv does): the map colours a chunk's
  // desa coastal/inland from the chunk alone, without the 1.5 MB (gzip) of desa rows.
  const coastalDesa = new Set(rows.desaOfPolygon.flatMap((d, i) => (d >= 0 && coastalAt(polygonCoast[i]) ? [desaRows[d].kodeBps] : [])));
  const desaProps = new Map(desaRows.map((r) => [r.kodeBps, { name: r.name, parent: r.parentKodeBps, coastal: coastalDesa.has(r.kodeBps) }]));
  const kabOfKec = new Map(kecRows.map((r) => [r.kodeBps, r.parentKodeBps]));
  const chunkDesaFeatures = feature(chunkDesa, chunkDesa.objects.desa as GeometryCollection).features.filter((f) => desaProps.has(String(f.id))).map((f) => ({ ...f, properties: desaProps.get(String(f.id))! }));
  const desaChunks = quantizedChunks('desa', chunkDesaFeatures, (f) => kabOfKec.get(desaProps.get(String(f.id))!.parent)!, s.quantization);
  const shipped = decodedChunks(desaChunks, 'desa');
  const how = { pole: 0, 'scan line': 0, collapsed: [] as string[] };
  rows.desaOfPolygon.forEach((d, i) => {
    if (d < 0) return;
    const r = desaRows[d];
    const g = polygons[i].geometry as Geom;
    const label = shippedLabelPoint(shipped.get(r.kodeBps) ?? null, g);
    if (label.how === 'collapsed') how.collapsed.push(r.kodeBps);
    else how[label.how]++;
    regions.push(region(r, g, polygonCoast[i], polygonArea[i], label.point));
  });
  lap(`desa coast, area and label points (on the shipped polygons: ${how.pole} poles of inaccessibility, ${how['scan line']} on a scan line, ${how.collapsed.length} collapsed by simplification, labelled on the unsimplified shape${how.collapsed.length ? `: ${how.collapsed.join(', ')}` : ''})`);

  // ---- outputs
  const order: Record<Level, number> = { provinsi: 0, kabupaten: 1, kecamatan: 2, desa: 3 };
  regions.sort((a, b) => order[a.level] - order[b.level] || a.kode.localeCompare(b.kode));
  const names = new Map(regions.map((r) => [r.kode, r]));
  const props = (code: string) => ({ name: names.get(code)!.name, parent: names.get(code)!.parent });
  const sizes: Record<string, number> = {};
  const write = async (rel: string, body: string) => {
    await mkdir(join(opts.outDir, rel, '..'), { recursive: true });
    await writeFile(join(opts.outDir, rel), body);
    sizes[rel] = Buffer.byteLength(body);
  };
  for (const d of [DATA_LAYOUT.chunkFolder('kecamatan'), DATA_LAYOUT.chunkFolder('desa')]) await rm(join(opts.outDir, d), { recursive: true, force: true });

  // National file: kabupaten and provinsi dissolved from a simplified kecamatan topology.
  const preKec = presimplify(topoKec as never, sphericalTriangleArea) as unknown as Topology;
  const natKec = simplify(preKec as never, quantile(preKec as never, s.nationalKeep)) as unknown as Topology;
  const natGeoms = geometriesOf(natKec, 'kecamatan') as Areal[];
  const natFeature = (code: string, idx: number[]): Feature | null => (idx.length ? { type: 'Feature', id: code, properties: props(code), geometry: dropSmallIslands(closedRings(merge(natKec, idx.map((i) => natGeoms[i]))), s.nationalMinIslandKm2) } : null);
  const natProv = provRows.map((r) => natFeature(r.kodeBps, provIdx.get(r.kodeBps) ?? [])).filter((f): f is Feature => !!f);
  const natKab = kabRows.map((r) => natFeature(r.kodeBps, kecIdx.get(r.kodeBps) ?? [])).filter((f): f is Feature => !!f);
  await write(DATA_LAYOUT.national, JSON.stringify(quantize(<never>topology({ provinsi: collection(natProv), kabupaten: collection(natKab) }), s.nationalQuantization)));
  lap(`national file: ${natProv.length} provinsi, ${natKab.length} kabupaten`);

  // Kecamatan chunks per provinsi.
  const chunkKec = simplify(preKec as never, quantile(preKec as never, s.kecamatanKeep)) as unknown as Topology;
  const chunkKecFeatures = feature(chunkKec, chunkKec.objects.kecamatan as GeometryCollection).features;
  const kecProv = (code: string) => provOfKab.get(names.get(code)!.parent)!;
  const kecProps = (code: string) => ({ ...props(code), coastal: names.get(code)!.coastal });
  for (const [k, t] of quantizedChunks('kecamatan', chunkKecFeatures.map((f) => ({ ...f, properties: kecProps(String(f.id)) })), (f) => kecProv(String(f.id)), s.quantization)) await write(DATA_LAYOUT.chunk('kecamatan', k), JSON.stringify(t));
  lap('kecamatan chunks');

  // Desa chunks per kabupaten (built above, where the label points were found on them).
  for (const [k, t] of desaChunks) await write(DATA_LAYOUT.chunk('desa', k), JSON.stringify(t));
  lap('desa chunks');

  // Offline basemap: neighbouring countries.
  const world = await neighbourCountries([90, -15, 145, 10]);
  await write(DATA_LAYOUT.basemap, JSON.stringify(quantize(<never>topology({ countries: world }), 1e4)));
  await write(DATA_LAYOUT.regionsCsv, regionsToCsv(regions));
  const renamedRows = rows.renamed.map((a) => ['desa', 'big', a.from, a.name, '', a.to, `BIG polygon ${a.from} paired by a unique name within its kabupaten with Kemendagri ${a.to}`]);
  await write(DATA_LAYOUT.boundaryJoinCsv, writeCsv(['level', 'side', 'code', 'name', 'parent', 'kode_kemendagri', 'reason'], [...rows.unmatched.map((u) => [u.level, u.side, u.code, u.name, u.parent, u.side === 'kemendagri' ? u.code : '', u.reason]), ...renamedRows]));
  for (const level of ['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const) await write(DATA_LAYOUT.regions(level), JSON.stringify(regionsToColumns(regions.filter((r) => r.level === level))));
  lap('regions.csv, regions/*.json and basemap written');
  return { regions, unmatched: rows.unmatched, sizes };
}

/** Features grouped into chunks, each one quantized topology with one object named after the level. */
function quantizedChunks(level: 'kecamatan' | 'desa', features: Feature[], chunkOf: (f: Feature) => string, q: number): Map<string, Topology> {
  const groups = new Map<string, Feature[]>();
  for (const f of features) {
    const k = chunkOf(f);
    const g = groups.get(k);
    g ? g.push(f) : groups.set(k, [f]);
  }
  return new Map([...groups].map(([k, fs]) => [k, quantize(<never>topology({ [level]: collection(fs) }), q) as unknown as Topology]));
}

/** Every geometry of the chunks as the page decodes it, by id. */
function decodedChunks(chunks: Map<string, Topology>, level: string): Map<string, Geom | null> {
  const out = new Map<string, Geom | null>();
  for (const t of chunks.values()) for (const f of feature(t, t.objects[level] as GeometryCollection).features) out.set(String(f.id), f.geometry as Geom | null);
  return out;
}

/**
 * Repair what topojson's `merge` can return where regions touch at a single point (a
 * kabupaten wrapped around an enclave, e.g. Kotamobagu in Bolaang Mongondow): hole rings that
 * do not close are dropped, an exterior ring that does not close is closed.
 */
function closedRings(g: MultiPolygon): MultiPolygon {
  const closed = (r: Position[]) => r.length > 3 && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1];
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map(([outer, ...holes]) => [closed(outer) ? outer : [...outer, outer[0]], ...holes.filter(closed)]),
  };
}

/**
 * Leave out parts and holes smaller than `minKm2`, always keeping the largest part. Dissolving
 * kecamatan leaves thousands of sliver holes where the source's kecamatan do not quite meet.
 */
function dropSmallIslands(g: MultiPolygon, minKm2: number): MultiPolygon {
  const ringArea = (r: Position[]) => areaKm2({ type: 'Polygon', coordinates: [r] });
  const areas = g.coordinates.map((p) => ringArea(p[0]));
  const largest = areas.indexOf(Math.max(...areas));
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.filter((_, i) => i === largest || areas[i] >= minKm2).map(([outer, ...holes]) => [outer, ...holes.filter((h) => ringArea(h) >= minKm2)]),
  };
}

/** Sum of `xs` at the indices `idx`. */
function sum(idx: number[], xs: ArrayLike<number>): number {
  return idx.reduce((a, i) => a + xs[i], 0);
}

function round(x: number, d: number): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}

export type { Position };
