import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { IndicatorIndex, IndicatorValues } from '../lib/indicators/split-bundle.ts';
import { DATA_LAYOUT } from '../lib/data-layout.ts';
import type { Level } from '../lib/types.ts';
import { featureIdOf } from '../lib/regions/feature-id.ts';
import { levelOf } from '../lib/regions/level-of.ts';
import { readOldCodeShard } from '../lib/regions/read-old-code-shard.ts';
import { readDesaNoPolygon, type DesaNoPolygon } from '../lib/regions/desa-no-polygon.ts';
import { readRegionColumns } from '../lib/regions/read-region-columns.ts';
import type { RegionColumns } from '../lib/regions/region-columns.ts';
import { chunkPath, type ChunkRef } from '../lib/view/drill.ts';
import { LoadError, withoutFile } from './load-error.ts';
import { pointsFromFile, type ProgramPoint } from '../lib/programs/codec/program-points-file.ts';
import { readIndicatorIndex, readIndicatorValues } from './read-indicators.ts';

/** Properties of every region feature handed to the map; `id` is the BPS code as a number (for feature-state). */
export interface RegionProps {
  kode: string;
  name: string;
  parent: string;
  /** Kecamatan and desa chunks: coastal or inland, as the boundaries stage found it; absent when the file does not say (drawn in the neutral colour). */
  coastal?: boolean;
}
export type RegionFeatures = FeatureCollection<Geometry, RegionProps>;

/** The national file: kabupaten polygons, provinsi polygons (built lazily) and the lines between provinces. */
export interface NationalBoundaries {
  provinsi: RegionFeatures;
  kabupaten: RegionFeatures;
  provinsiBorders: Feature<MultiLineString>;
}

/** Files of the data folder the page reads, relative to it (named in `DATA_LAYOUT`). */
export const DATA_FILES = {
  national: DATA_LAYOUT.national,
  basemap: DATA_LAYOUT.basemap,
  indicatorIndex: DATA_LAYOUT.indicatorIndex,
  indicatorValues: DATA_LAYOUT.indicatorValues,
  indicatorSources: DATA_LAYOUT.indicatorSources,
  programs: DATA_LAYOUT.programs,
  programPoints: DATA_LAYOUT.programPoints,
  regionsCsv: DATA_LAYOUT.regionsCsv,
  indicatorsCsv: DATA_LAYOUT.indicatorsCsv,
  regions: DATA_LAYOUT.regions,
  oldCodes: DATA_LAYOUT.oldCodes,
  searchNoPolygon: DATA_LAYOUT.searchNoPolygon,
} as const;

/**
 * Everything the page fetches from `public/data`: the browser's only fetch, behind one interface
 * so tests point it at fixtures. Each file is fetched once and cached (concurrent calls share one
 * request); a failed fetch is dropped from the cache so a retry can succeed. Failures are
 * `LoadError`s naming the file and what went wrong (network, HTTP status, not JSON, wrong shape).
 */
export interface DataSource {
  /** Base URL the files are read from, ending in `/`. */
  readonly baseUrl: string;
  national(): Promise<NationalBoundaries>;
  /** A boundary chunk (kecamatan of a provinsi, desa of a kabupaten) as features. */
  chunk(ref: ChunkRef): Promise<RegionFeatures>;
  /** Neighbouring countries for the basemap (Indonesia itself left out: it is drawn from its regions). */
  basemap(): Promise<FeatureCollection>;
  regions(level: Level): Promise<RegionColumns>;
  /** Catalogue, sources, national figures, priority list and each indicator's years (no values). */
  indicatorIndex(): Promise<IndicatorIndex>;
  /** Values of one indicator, all years and regions. */
  indicatorValues(id: string): Promise<IndicatorValues>;
  /** The shipped program loci (`programs.geojson`), parsed JSON (read with `lociFromGeojson`). */
  programs(): Promise<unknown>;
  /** The shipped loci as map points only (`programs-points.json`), for the first view's clusters. */
  programPoints(): Promise<ProgramPoint[]>;
  /**
   * The GADM-era alias shard of kabupaten `kab` (`old-codes/{kab}.json`): old BPS kecamatan/desa
   * codes → Kemendagri codes ('' for no match), for `resolveOldCode`. A kabupaten without a shard
   * (HTTP 404) has no old codes: an empty map. Other failures are `LoadError`s.
   */
  oldCodes(kab: string): Promise<ReadonlyMap<string, string>>;
  /** Kemendagri desa without a polygon (`search/desa-no-polygon.json`), read strictly: opened and placed at their kecamatan. */
  desaNoPolygon(): Promise<DesaNoPolygon>;
  /** A TopoJSON file as stored (e.g. for point-in-polygon indexes); shares the cache with the features. */
  topology(path: string): Promise<Topology>;
  /** Any JSON file of the data folder, parsed, for readers that check its shape themselves (the search index). */
  json(path: string): Promise<unknown>;
  /** Absolute URL of a data file, e.g. for the `regions.csv` download link. */
  url(path: string): string;
}

/** Create a data source reading from `baseUrl` (default `./data/`, next to index.html). */
export function createDataSource(baseUrl: string = DATA_LAYOUT.baseUrl, fetchFn: typeof fetch = (...a) => fetch(...a)): DataSource {
  // In a Web Worker (the program importer) there is no document: the page passes an absolute URL.
  const doc = (globalThis as { document?: { baseURI: string } }).document;
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, doc ? doc.baseURI : location.href).href;
  const cache = new Map<string, Promise<unknown>>();

  /** One cached promise per key; a failure leaves the cache so the next call tries again. */
  function once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let p = cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = make();
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  }

  const getJson = <T>(path: string): Promise<T> =>
    once(path, async () => {
      const res = await fetchFn(base + path).catch((e: Error) => {
        throw new LoadError({ kind: 'network', file: path, detail: e.message });
      });
      if (!res.ok) throw new LoadError({ kind: 'http', file: path, status: res.status, detail: `HTTP ${res.status} ${res.statusText}`.trim() });
      try {
        return (await res.json()) as T;
      } catch (e) {
        throw new LoadError({ kind: 'json', file: path, detail: (e as Error).message });
      }
    });

  return {
    baseUrl: base,
    national: () =>
      once('national', async () => {
        const file = DATA_FILES.national;
        const topo = await getJson<Topology>(file);
        performance.mark('lokus:national-fetched');
        const kabupaten = toFeatures(topo, 'kabupaten', file);
        let provinsi: RegionFeatures | undefined;
        let borders: Feature<MultiLineString> | undefined;
        return {
          // Province polygons repeat every kabupaten coordinate, and their borders are a mesh of
          // them: both are built on first use (after the first choropleth is drawn, or when a
          // province is selected), not for the first view.
          get provinsi() {
            return (provinsi ??= toFeatures(topo, 'provinsi', file));
          },
          kabupaten,
          get provinsiBorders() {
            return (borders ??= { type: 'Feature', properties: {}, geometry: mesh(topo, topo.objects.provinsi as GeometryCollection, (a, b) => a !== b) });
          },
        };
      }),
    chunk: (ref) => once(`features:${chunkPath(ref)}`, async () => toFeatures(await getJson<Topology>(chunkPath(ref)), ref.level, chunkPath(ref))),
    basemap: () =>
      once('basemap', async () => {
        const topo = await getJson<Topology>(DATA_FILES.basemap);
        const o = topo?.objects?.countries;
        if (o?.type !== 'GeometryCollection') throw new LoadError({ kind: 'invalid', file: DATA_FILES.basemap, detail: 'expected a TopoJSON object "countries"' });
        const fc = feature(topo, o as GeometryCollection);
        // Indonesia is drawn from its own regions; Natural Earth's outline would show through gaps.
        return { ...fc, features: fc.features.filter((f) => String(f.id) !== '360') };
      }),
    regions: (level) =>
      once(`columns:${level}`, async () => {
        const file = DATA_FILES.regions(level);
        try {
          return readRegionColumns(level, await getJson<unknown>(file), file);
        } catch (e) {
          throw e instanceof LoadError ? e : new LoadError({ kind: 'invalid', file, detail: withoutFile((e as Error).message, file) });
        }
      }),
    indicatorIndex: () => once('index', async () => readIndicatorIndex(await getJson<unknown>(DATA_FILES.indicatorIndex), DATA_FILES.indicatorIndex)),
    indicatorValues: (id) => once(`values:${id}`, async () => readIndicatorValues(await getJson<unknown>(DATA_FILES.indicatorValues(id)), DATA_FILES.indicatorValues(id))),
    programs: () => getJson<unknown>(DATA_FILES.programs),
    programPoints: () =>
      once('points', async () => {
        try {
          return pointsFromFile(await getJson<unknown>(DATA_FILES.programPoints), DATA_FILES.programPoints);
        } catch (e) {
          throw e instanceof LoadError ? e : new LoadError({ kind: 'invalid', file: DATA_FILES.programPoints, detail: withoutFile((e as Error).message, DATA_FILES.programPoints) });
        }
      }),
    oldCodes: (kab) =>
      once(`old:${kab}`, async () => {
        const file = DATA_FILES.oldCodes(kab);
        const json = await getJson<unknown>(file).catch((e: unknown) => {
          if (e instanceof LoadError && e.problem.kind === 'http' && e.problem.status === 404) return {};
          throw e;
        });
        try {
          return readOldCodeShard(json, kab, file);
        } catch (e) {
          throw new LoadError({ kind: 'invalid', file, detail: withoutFile((e as Error).message, file) });
        }
      }),
    desaNoPolygon: () =>
      once('no-polygon', async () => {
        const file = DATA_FILES.searchNoPolygon;
        const json = await getJson<unknown>(file);
        try {
          return readDesaNoPolygon(json, file);
        } catch (e) {
          throw new LoadError({ kind: 'invalid', file, detail: withoutFile((e as Error).message, file) });
        }
      }),
    topology: (path) => getJson<Topology>(path),
    json: (path) => getJson<unknown>(path),
    url: (path) => base + path,
  };
}

function toFeatures(topo: Topology, object: string, file: string): RegionFeatures {
  const o = topo?.objects?.[object];
  if (o?.type !== 'GeometryCollection') throw new LoadError({ kind: 'invalid', file, detail: `expected a TopoJSON object "${object}", found ${Object.keys(topo?.objects ?? {}).join(', ') || 'none'}` });
  const fc = feature(topo, o as GeometryCollection<{ name?: string; parent?: string; coastal?: unknown }>);
  const features: Feature<Geometry, RegionProps>[] = [];
  const damaged: string[] = [];
  for (const f of fc.features) {
    const kode = String(f.id ?? '');
    // Features without a usable code cannot be joined or coloured; they are skipped (the pipeline reports them).
    if (!levelOf(kode) || !f.geometry) continue;
    const coastal = f.properties?.coastal;
    // Tolerant in the page (the boundaries stage is strict): a damaged flag colours its region neither coastal nor inland.
    if (coastal !== undefined && typeof coastal !== 'boolean') damaged.push(`region ${kode}, "coastal" is ${JSON.stringify(coastal)}`);
    features.push({ type: 'Feature', id: featureIdOf(kode), geometry: f.geometry, properties: { kode, name: f.properties?.name ?? kode, parent: f.properties?.parent ?? '', ...(typeof coastal === 'boolean' ? { coastal } : {}) } });
  }
  // Said once per file, naming the first few.
  if (damaged.length) console.warn(`${file}: ${damaged.length} region(s) with a "coastal" flag that is not true or false (drawn neither coastal nor inland): ${damaged.slice(0, 5).join('; ')}${damaged.length > 5 ? '; …' : ''}`);
  return { type: 'FeatureCollection', features };
}
