import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { DataError } from '../lib/errors.ts';
import type { IndicatorBundle } from '../lib/indicators/types.ts';
import type { Level } from '../lib/types.ts';
import type { RegionColumns } from '../lib/regions/regions-csv.ts';

/** Properties of every region feature handed to the map; `id` is the BPS code as a number (for feature-state). */
export interface RegionProps {
  kode: string;
  name: string;
  parent: string;
}
export type RegionFeatures = FeatureCollection<Geometry, RegionProps>;

/** The national file: kabupaten polygons, provinsi polygons (built lazily) and the lines between provinces. */
export interface NationalBoundaries {
  provinsi: RegionFeatures;
  kabupaten: RegionFeatures;
  provinsiBorders: Feature<MultiLineString>;
}

/**
 * Everything the page fetches from `public/data`, behind one interface so tests point it at
 * fixtures. Each file is fetched once and cached (also concurrent calls share one request);
 * a failed fetch is dropped from the cache so a retry can succeed. Errors are `DataError`s
 * naming the file and the HTTP status.
 */
export interface DataSource {
  /** Base URL the files are read from, ending in `/`. */
  readonly baseUrl: string;
  national(): Promise<NationalBoundaries>;
  /** Kecamatan of one provinsi (`boundaries/kecamatan/{provinsi}.topo.json`). */
  kecamatan(provinsi: string): Promise<RegionFeatures>;
  /** Desa of one kabupaten (`boundaries/desa/{kabupaten}.topo.json`). */
  desa(kabupaten: string): Promise<RegionFeatures>;
  regions(level: Level): Promise<RegionColumns>;
  indicators(): Promise<IndicatorBundle>;
  /** The shipped program loci (`programs.geojson`), parsed JSON (read with `lociFromGeojson`). */
  programs(): Promise<unknown>;
  /** A TopoJSON file as stored (e.g. for point-in-polygon indexes); shares the cache with the features. */
  topology(path: string): Promise<Topology>;
  /** Absolute URL of a data file, e.g. for the `regions.csv` download link. */
  url(path: string): string;
}

/** Create a data source reading from `baseUrl` (default `./data/`, next to index.html). */
export function createDataSource(baseUrl = './data/', fetchFn: typeof fetch = (...a) => fetch(...a)): DataSource {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, document.baseURI).href;
  const cache = new Map<string, Promise<unknown>>();

  function getJson<T>(path: string): Promise<T> {
    let p = cache.get(path) as Promise<T> | undefined;
    if (!p) {
      p = fetchFn(base + path).then(async (res) => {
        if (!res.ok) throw new DataError(`${path}: HTTP ${res.status} ${res.statusText}`.trim(), { file: path });
        try {
          return (await res.json()) as T;
        } catch (e) {
          throw new DataError(`${path}: not valid JSON (${(e as Error).message})`, { file: path });
        }
      });
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p;
  }

  function chunk(path: string, object: string): Promise<RegionFeatures> {
    const key = `features:${path}`;
    let p = cache.get(key) as Promise<RegionFeatures> | undefined;
    if (!p) {
      p = getJson<Topology>(path).then((topo) => toFeatures(topo, object, path));
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  }

  let nationalPromise: Promise<NationalBoundaries> | undefined;
  return {
    baseUrl: base,
    national() {
      nationalPromise ??= getJson<Topology>('boundaries/national.topo.json').then((topo) => {
        performance.mark('lokus:national-fetched');
        const file = 'boundaries/national.topo.json';
        const borders = mesh(topo, topo.objects.provinsi as GeometryCollection, (a, b) => a !== b);
        let provinsi: RegionFeatures | undefined;
        return {
          // Province polygons repeat every kabupaten coordinate; they are built on first use
          // (selecting or fitting a province), not for the first view.
          get provinsi() {
            return (provinsi ??= toFeatures(topo, 'provinsi', file));
          },
          kabupaten: toFeatures(topo, 'kabupaten', file),
          provinsiBorders: { type: 'Feature', properties: {}, geometry: borders },
        };
      });
      nationalPromise.catch(() => (nationalPromise = undefined));
      return nationalPromise;
    },
    kecamatan: (provinsi) => chunk(`boundaries/kecamatan/${provinsi}.topo.json`, 'kecamatan'),
    desa: (kabupaten) => chunk(`boundaries/desa/${kabupaten}.topo.json`, 'desa'),
    regions: (level) => getJson<RegionColumns>(`regions/${level}.json`),
    indicators: () => getJson<IndicatorBundle>('indicators.json'),
    programs: () => getJson<unknown>('programs.geojson'),
    topology: (path) => getJson<Topology>(path),
    url: (path) => base + path,
  };
}

function toFeatures(topo: Topology, object: string, file: string): RegionFeatures {
  const o = topo?.objects?.[object];
  if (!o || o.type !== 'GeometryCollection') throw new DataError(`${file}: expected a TopoJSON object "${object}", found ${Object.keys(topo?.objects ?? {}).join(', ') || 'none'}`, { file });
  const fc = feature(topo, o as GeometryCollection<{ name?: string; parent?: string }>);
  const features: Feature<Geometry, RegionProps>[] = [];
  for (const f of fc.features) {
    const kode = String(f.id ?? '');
    // Features without a usable code cannot be joined or coloured; they are skipped (the pipeline reports them).
    if (!/^\d+$/.test(kode) || !f.geometry) continue;
    features.push({ type: 'Feature', id: Number(kode), geometry: f.geometry, properties: { kode, name: f.properties?.name ?? kode, parent: f.properties?.parent ?? '' } });
  }
  return { type: 'FeatureCollection', features };
}
