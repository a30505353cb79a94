import type { Level } from './types.ts';

/** Levels whose boundaries ship in chunks: kecamatan by provinsi, desa by kabupaten. */
export type ChunkLevel = 'kecamatan' | 'desa';

/**
 * Every built file of the data folder (`public/data`, served as `./data/`), relative to it: the
 * one place the layout is written. The pipeline writes these paths, the page and the importer
 * read them, the Vite config preloads some and the tests check them.
 */
export const DATA_LAYOUT = {
  /** Where the pipeline writes the data folder, relative to the repository root. */
  builtFolder: 'public/data',
  /** Where the page reads it by default, relative to index.html (a build may set `VITE_LOKUS_DATA_BASE`). */
  baseUrl: './data/',
  /** Every region with codes, names, parent, area and label point (open data). */
  regionsCsv: 'regions.csv',
  /** Every unit that did not pair BIG's polygons with Kemendagri's list by code, on both sides (level, side, code, name, parent, kode_kemendagri, reason). */
  boundaryJoinCsv: 'boundary-join.csv',
  /** Region columns of one level (kode, name, parent…), the page's registry. */
  regions: (level: Level): string => `regions/${level}.json`,
  /** Provinsi and kabupaten polygons of the whole country: the first view's map. */
  national: 'boundaries/national.topo.json',
  /** Folder of one level's boundary chunks (rebuilt whole by the boundaries stage). */
  chunkFolder: (level: ChunkLevel): string => `boundaries/${level}`,
  /** Kecamatan of a provinsi (`key` = provinsi code) or desa of a kabupaten (kabupaten code). */
  chunk: (level: ChunkLevel, key: string): string => `boundaries/${level}/${key}.topo.json`,
  /** Neighbouring countries for the offline basemap. */
  basemap: 'basemap/countries.topo.json',
  /** The whole indicator bundle (open data and the data tests; the page reads the split files). */
  indicatorsJson: 'indicators.json',
  /** Every indicator value as one long table (open data). */
  indicatorsCsv: 'indicators.csv',
  /** The IDM 2024 join on both sides: every IDM desa without a region and every desa without IDM. */
  idmJoinCsv: 'idm-join.csv',
  /** Catalogue, sources, national figures, priority list and years, without values. */
  indicatorIndex: 'indicators/index.json',
  /** The full source register (with licence and note), read by the data dictionary only. */
  indicatorSources: 'indicators/sources.json',
  /** Folder of the per-indicator values files (rebuilt whole by the indicators stage). */
  indicatorValuesFolder: 'indicators/values',
  /** Values of one indicator, all years and regions. */
  indicatorValues: (id: string): string => `indicators/values/${encodeURIComponent(id)}.json`,
  /** The shipped program loci with their `metadata`. */
  programs: 'programs.geojson',
  /** The shipped program loci as a table (open data). */
  programsCsv: 'programs.csv',
  /** The shipped loci as map points only, for the first view's clusters. */
  programPoints: 'programs-points.json',
  /** Folder of the region search index (rebuilt whole by the search stage). */
  searchFolder: 'search',
  /** Everything of the search index above desa, plus the list of shards. */
  searchCore: 'search/core.json',
  /** Desa whose name key starts with `letter`. */
  searchDesa: (letter: string): string => `search/desa/${letter}.json`,
  /** Desa whose code lies in kabupaten `kab`. */
  searchCodes: (kab: string): string => `search/codes/${kab}.json`,
  /** Kemendagri desa without a polygon (code, name, kecamatan key): opened at their kecamatan, placed there by the importer. */
  searchNoPolygon: 'search/desa-no-polygon.json',
  /** Folder of the old-code alias shards (rebuilt whole by the old-codes stage). */
  oldCodesFolder: 'old-codes',
  /** GADM-era BPS kecamatan/desa keys of kabupaten `kab` (their first 4 digits) → Kemendagri codes, for old links and program files. */
  oldCodes: (kab: string): string => `old-codes/${kab}.json`,
  /** Every kabupaten that has an alias shard, sorted (the shards' index, for the data tests). */
  oldCodesIndex: 'old-codes/index.json',
} as const;
