import type { Topology } from 'topojson-specification';
import { chunkPath } from '../../view/drill.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import { foreignLandIndex } from '../../geo/foreign-land.ts';
import { importPrograms, type ImportOptions } from './import-programs.ts';
import { oldCodeShardsFor } from './old-code-shards-for.ts';
import { makePointLocator, type PointLocator } from '../../geo/point-locator.ts';
import { buildPolygonIndex, type PolygonIndex } from '../../geo/polygon-index.ts';
import { topologyPolygons } from '../../geo/topology-polygons.ts';
import type { ProgramImport } from '../types.ts';

/** Most desa chunks fetched to place coordinate rows at desa level; beyond this, points stay at kabupaten level. */
export const MAX_DESA_CHUNKS = 60;

/** Degrees around a province's bounding box within which a point not in any kabupaten polygon may still be one of its islands. */
const ISLAND_MARGIN_DEG = 0.5;

/** What {@link importWithChunks} takes beyond `importPrograms`' options. */
export interface ChunkImportOptions extends Omit<ImportOptions, 'locate'> {
  /** The page's alias shard of a kabupaten (`DataSource.oldCodes`): fetched for the file's old BPS codes before they are read (see `oldCodeShardsFor`). */
  oldCodeShard?: (kab: string) => Promise<ReadonlyMap<string, string>>;
}

/** Files read, relative to the data folder (the page's `DATA_FILES`). */
export interface ChunkFiles {
  national: string;
  /** Neighbouring countries (optional: without it, points abroad are not told from points at sea). */
  basemap?: string;
}

/**
 * Import a program file placing coordinate rows with the boundary files the page has, loaded on
 * demand through `load` (the page's data source; a file reader in tests): the national
 * kabupaten polygons first; for points in none of them (small islands are left out of the
 * national file: Pulau Tidung, Kepulauan Seribu) or only near one, the kecamatan chunks of the
 * provinces whose box (plus 0.5°) holds the point; then the desa chunks of every kabupaten a
 * point fell in, and the file is imported again with desa, kecamatan and kabupaten polygons and
 * the neighbours' land. Places the same points in the same desa as the pipeline, which uses all
 * desa polygons. Rows without coordinates need no polygons. `text` may be the file's bytes (see `importPrograms`).
 * With `oldCodeShard`, the alias shards of the file's old BPS codes are fetched first.
 */
export async function importWithChunks(text: string | Uint8Array, file: string, lookup: RegionLookup, load: (path: string) => Promise<Topology>, files: ChunkFiles, chunkOptions: ChunkImportOptions = {}): Promise<ProgramImport> {
  const { oldCodeShard, ...rest } = chunkOptions;
  const oldCodes = oldCodeShard ? await oldCodeShardsFor(text, file, lookup, oldCodeShard) : rest.oldCodes;
  const options: Omit<ImportOptions, 'locate'> = { ...rest, ...(oldCodes ? { oldCodes } : {}) };
  const national = await load(files.national);
  const kabIndex = buildPolygonIndex('kabupaten', topologyPolygons(national, 'kabupaten', files.national));
  // The basemap is an extra: if it cannot be read, points abroad are judged as at sea (offshore tolerance).
  const abroad = files.basemap ? await load(files.basemap).then((t) => foreignLandIndex(t, files.basemap)).catch(() => undefined) : undefined;
  const points: [number, number][] = [];
  const recording = (locate: PointLocator): PointLocator => (lon, lat) => {
    points.push([lon, lat]);
    return locate(lon, lat);
  };
  const kabLocate = makePointLocator(lookup, [kabIndex], undefined, abroad);
  const first = importPrograms(text, file, lookup, { ...options, mode: 'tolerant', locate: recording(kabLocate) });
  if (points.length === 0) return options.mode === 'strict' ? importPrograms(text, file, lookup, options) : first;
  const kabs = new Set<string>();
  const islandProvinces = new Set<string>();
  let prov: { index: PolygonIndex; boxes: [number, number, number, number][] } | undefined;
  const provinces = () => {
    if (!prov) {
      const index = buildPolygonIndex('provinsi', topologyPolygons(national, 'provinsi', files.national));
      prov = { index, boxes: featureBoxes(index) };
    }
    return prov;
  };
  for (const [lon, lat] of points) {
    const hit = kabLocate(lon, lat);
    if (hit.abroad) continue;
    if (hit.found) kabs.add(lookup.levels[hit.found.level].kode[hit.found.index]);
    if (hit.found && hit.found.offshoreKm === undefined) continue;
    const { index, boxes } = provinces();
    boxes.forEach((b, f) => {
      if (lon >= b[0] - ISLAND_MARGIN_DEG && lon <= b[2] + ISLAND_MARGIN_DEG && lat >= b[1] - ISLAND_MARGIN_DEG && lat <= b[3] + ISLAND_MARGIN_DEG) islandProvinces.add(index.codes[f]);
    });
  }
  const indexes: PolygonIndex[] = [kabIndex];
  if (islandProvinces.size) {
    // A guess at where an island may be: a chunk that cannot be read only leaves its points unplaced.
    const kec = await Promise.all([...islandProvinces].map((key) => load(chunkPath({ level: 'kecamatan', key })).then((t) => topologyPolygons(t, 'kecamatan', chunkPath({ level: 'kecamatan', key }))).catch(() => [])));
    const kecIndex = buildPolygonIndex('kecamatan', kec.flat());
    indexes.unshift(kecIndex);
    const kecLocate = makePointLocator(lookup, [kecIndex, kabIndex], undefined, abroad);
    for (const [lon, lat] of points) {
      const hit = kecLocate(lon, lat).found;
      const kab = hit && hit.level === 'kecamatan' ? lookup.levels.kabupaten.kode[lookup.parentIndex.kecamatan[hit.index]] : undefined;
      if (kab) kabs.add(kab);
    }
  }
  const keys = [...kabs].slice(0, MAX_DESA_CHUNKS);
  if (keys.length) {
    const chunks = await Promise.all(keys.map(async (key) => topologyPolygons(await load(chunkPath({ level: 'desa', key })), 'desa', chunkPath({ level: 'desa', key }))));
    indexes.unshift(buildPolygonIndex('desa', chunks.flat()));
  }
  return importPrograms(text, file, lookup, { ...options, locate: makePointLocator(lookup, indexes, undefined, abroad) });
}

/** Bounding box [minLon, minLat, maxLon, maxLat] of each feature of an index. */
function featureBoxes(ix: PolygonIndex): [number, number, number, number][] {
  return ix.codes.map((_, f) => {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let p = ix.ringStart[ix.featureRing[f]]; p < ix.ringStart[ix.featureRing[f + 1]]; p++) {
      const x = ix.coords[2 * p], y = ix.coords[2 * p + 1];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    return [x0, y0, x1, y1];
  });
}
