import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { SourceFeature } from '../src/lib/boundary/types.ts';
import { buildCrosswalk } from '../src/lib/crosswalk/build-crosswalk.ts';
import type { Crosswalk, CrosswalkRow } from '../src/lib/crosswalk/types.ts';
import { coastlineByFeature } from '../src/lib/geo/coastline.ts';
import { labelPoint } from '../src/lib/geo/label-point.ts';
import { shippedLabelPoint } from '../src/lib/geo/shipped-label-point.ts';
import { landBorderTest } from '../src/lib/geo/land-border.ts';
import { areaKm2 } from '../src/lib/geo/measure.ts';
import { pointInPolygon } from '../src/lib/geo/point-in-polygon.ts';
import { regionsToCsv } from '../src/lib/regions/regions-csv.ts';
import { regionsToColumns } from '../src/lib/regions/region-columns.ts';
import type { Level, Region } from '../src/lib/types.ts';
import { loadGadm } from './sources/gadm.ts';
import { loadKemendagri } from './sources/kemendagri.ts';
import { readAliases, readCodeMap } from './sources/tables.ts';
import { landBorderLines, landRings, neighbourCountries } from './sources/world.ts';
import { seaMask } from '../src/lib/geo/sea-mask.ts';
import { writeCrosswalk } from './crosswalk-files.ts';
import { cleanFeatures } from './clean-geometry.ts';
import { keepCollapsed } from './keep-collapsed.ts';
import { DATA_LAYOUT } from '../src/lib/data-layout.ts';

/** Pipeline settings for the boundary stage; the README repeats them. */
export const boundaryDefaults = {
  /** Share of vertices kept in the national provinsi+kabupaten file (Visvalingam, spherical area). */
  nationalKeep: 0.15,
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
  /** mapshaper -clean: gaps between kecamatan smaller than this (km²) are filled. */
  kecamatanGapFillKm2: 2,
  /** mapshaper -clean: gaps between desa smaller than this (km²) are filled. */
  desaGapFillKm2: 0.5,
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

/** Combine several source features' geometries into one MultiPolygon. */
function combine(fs: SourceFeature[]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: fs.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)) };
}

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
  crosswalk: Crosswalk;
  sizes: Record<string, number>;
}

/**
 * The boundary stage: sources → crosswalk → per-level geometry, coast, area and label points →
 * public/data (national TopoJSON, kecamatan and desa chunks, regions.csv/json, basemap) and the
 * committed crosswalk files in data/crosswalk.
 */
export async function buildBoundaries(opts: { root: string; outDir: string; log: (m: string) => void; settings?: Partial<typeof boundaryDefaults> }): Promise<BoundaryResult> {
  const s = { ...boundaryDefaults, ...opts.settings };
  const { log } = opts;
  const dataDir = join(opts.root, 'data/crosswalk');
  let t0 = Date.now();
  const lap = (msg: string) => { log(`  ${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)`); t0 = Date.now(); };

  const INDONESIA_BBOX: [number, number, number, number] = [94, -12, 142, 7];
  const [source, kemendagri, borderLines, land] = await Promise.all([loadGadm(), loadKemendagri(), landBorderLines(), landRings(INDONESIA_BBOX)]);
  const kabupatenBps = await readCodeMap(join(dataDir, 'kabupaten_codes_bps_kemendagri.csv'), 'code', 'bps_code', [/^\d\d\.\d\d$/, /^\d{4}$/]);
  const provinsiBps = await readCodeMap(join(dataDir, 'provinsi_bps.csv'), 'kode_kemendagri', 'kode_bps', [/^\d\d$/, /^\d\d$/]);
  const aliases = await readAliases(join(dataDir, 'aliases.csv'));
  lap(`read ${source.citation}: ${source.kabupaten.length} kabupaten, ${source.kecamatan.length} kecamatan, ${source.desa.length} desa features; idn-area-data: ${kemendagri.regencies.length} kabupaten, ${kemendagri.districts.length} kecamatan, ${kemendagri.villages.length} desa`);

  const crosswalk = buildCrosswalk({ source, kemendagri, kabupatenBps, provinsiBps, aliases, files: { aliases: 'data/crosswalk/aliases.csv' } });
  await writeCrosswalk(dataDir, crosswalk);
  lap('crosswalk built and written to data/crosswalk/');

  const kecClean = await cleanFeatures(source.kecamatan, { gapFillKm2: s.kecamatanGapFillKm2, snapDeg: s.snapDeg });
  lap(`kecamatan cleaned (mapshaper -clean; ${kecClean.kept} features kept as drawn)`);
  const desaClean = await cleanFeatures(source.desa, { gapFillKm2: s.desaGapFillKm2, snapDeg: s.snapDeg });
  lap(`desa cleaned (mapshaper -clean; ${desaClean.kept} features kept as drawn)`);
  source.kecamatan = kecClean.features;
  source.desa = desaClean.features;

  const byLevel = (l: Level) => crosswalk.rows.filter((r) => r.level === l);
  const onLandBorder = landBorderTest(borderLines, s.landBorderToleranceKm);
  const atSea = seaMask(land, { bbox: INDONESIA_BBOX, toleranceKm: s.seaToleranceKm });
  lap('land-border index and sea mask');
  const regions: Region[] = [];
  const region = (r: CrosswalkRow, g: Geom | null, coastKm: number, area: number, label?: Position | null): Region => {
    const p = label === undefined ? labelPoint(g) : label;
    const coastal = coastKm >= s.minCoastKm;
    return { level: r.level, kode: r.kodeBps, kemendagri: r.kodeKemendagri, name: r.name, parent: r.parentKodeBps, coastal, coastlineKm: coastal ? round(coastKm, 2) : 0, areaKm2: round(area, 2), lon: p ? p[0] : null, lat: p ? p[1] : null };
  };

  // ---- kecamatan level (also the basis of kabupaten and provinsi)
  // One region per crosswalk row (its source features combined), lakes alongside, one topology;
  // coast measured on it before any simplification.
  const levelTopology = (level: 'kecamatan' | 'desa') => {
    const byId = new Map(source[level].map((f) => [f.id, f]));
    const rows = byLevel(level);
    const features = rows.map((r): Feature => ({ type: 'Feature', id: r.kodeBps, properties: {}, geometry: combine(r.sourceIds.map((id) => byId.get(id)!)) }));
    const water = source[level].filter((f) => f.water).map((f): Feature => ({ type: 'Feature', properties: {}, geometry: f.geometry }));
    const topo = topology({ [level]: collection(features), water: collection(water) });
    lap(`${level} topology: ${topo.arcs.length} arcs`);
    return { rows, features, topo, coast: coastlineByFeature(topo, level, { water: 'water', onLandBorder, atSea }) };
  };
  const { rows: kecRows, features: kecFeatures, topo: topoKec, coast: kecCoast } = levelTopology('kecamatan');
  const kecGeoms = geometriesOf(topoKec, 'kecamatan') as Areal[];
  const kecArea = kecFeatures.map((f) => areaKm2(f.geometry as Geom));
  kecRows.forEach((r, i) => regions.push(region(r, kecFeatures[i].geometry as Geom, kecCoast[i], kecArea[i])));
  lap('kecamatan coast, area and label points');

  // ---- kabupaten and provinsi: dissolved from their kecamatan
  const kabRows = byLevel('kabupaten');
  const provRows = byLevel('provinsi');
  const kecIdx = new Map<string, number[]>(), provOfKab = new Map(kabRows.map((r) => [r.kodeBps, r.parentKodeBps]));
  kecRows.forEach((r, i) => {
    const a = kecIdx.get(r.parentKodeBps) ?? [];
    a.push(i);
    kecIdx.set(r.parentKodeBps, a);
  });
  const dissolve = (idx: number[]) => (idx.length ? closedRings(merge(topoKec, idx.map((i) => kecGeoms[i]))) : null);
  const sum = (idx: number[], xs: ArrayLike<number>) => idx.reduce((a, i) => a + xs[i], 0);
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
  const { rows: desaRows, features: desaFeatures, topo: topoDesa, coast: desaCoast } = levelTopology('desa');
  const preDesa = presimplify(topoDesa as never, sphericalTriangleArea) as unknown as Topology;
  const desaWeight = quantile(preDesa as never, s.desaKeep);
  let chunkDesa = simplify(preDesa as never, desaWeight) as unknown as Topology;
  const keptAsDrawn = keepCollapsed(preDesa, chunkDesa, 'desa');
  if (keptAsDrawn.length) chunkDesa = simplify(preDesa as never, desaWeight) as unknown as Topology;
  lap(`desa simplified; ${keptAsDrawn.length} desa that simplification collapsed (a part of no area) kept as drawn`);
  const desaProps = new Map(desaRows.map((r) => [r.kodeBps, { name: r.name, parent: r.parentKodeBps }]));
  const kabOfKec = new Map(kecRows.map((r) => [r.kodeBps, r.parentKodeBps]));
  const chunkDesaFeatures = feature(chunkDesa, chunkDesa.objects.desa as GeometryCollection).features.map((f) => ({ ...f, properties: desaProps.get(String(f.id))! }));
  const desaChunks = quantizedChunks('desa', chunkDesaFeatures, (f) => kabOfKec.get(desaProps.get(String(f.id))!.parent)!, s.quantization);
  const shipped = decodedChunks(desaChunks, 'desa');
  const how = { pole: 0, 'scan line': 0, collapsed: [] as string[] };
  desaRows.forEach((r, i) => {
    const g = desaFeatures[i].geometry as Geom;
    const label = shippedLabelPoint(shipped.get(r.kodeBps) ?? null, g);
    if (label.how === 'collapsed') how.collapsed.push(r.kodeBps);
    else how[label.how]++;
    regions.push(region(r, g, desaCoast[i], areaKm2(g), label.point));
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
  for (const [k, t] of quantizedChunks('kecamatan', chunkKecFeatures.map((f) => ({ ...f, properties: props(String(f.id)) })), (f) => kecProv(String(f.id)), s.quantization)) await write(DATA_LAYOUT.chunk('kecamatan', k), JSON.stringify(t));
  lap('kecamatan chunks');

  // Desa chunks per kabupaten (built above, where the label points were found on them).
  for (const [k, t] of desaChunks) await write(DATA_LAYOUT.chunk('desa', k), JSON.stringify(t));
  lap('desa chunks');

  // Offline basemap: neighbouring countries.
  const world = await neighbourCountries([90, -15, 145, 10]);
  await write(DATA_LAYOUT.basemap, JSON.stringify(quantize(<never>topology({ countries: world }), 1e4)));
  await write(DATA_LAYOUT.regionsCsv, regionsToCsv(regions));
  for (const level of ['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const) await write(DATA_LAYOUT.regions(level), JSON.stringify(regionsToColumns(regions.filter((r) => r.level === level))));
  lap('regions.csv, regions/*.json and basemap written');
  return { regions, crosswalk, sizes };
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

function round(x: number, d: number): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}

export type { Position };
