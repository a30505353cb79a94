import type { Topology } from 'topojson-specification';
import { importWithChunks } from '../../lib/programs/import-with-chunks.ts';
import type { ProgramImport } from '../../lib/programs/types.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import { DATA_FILES, type DataSource } from '../../load/data-source.ts';

/**
 * Read, validate and place a user's program file, in the page (nothing is uploaded), against a
 * lookup holding all four region levels (rows placed by names need the desa and kecamatan rows).
 * Coordinate rows are placed by `importWithChunks`: national kabupaten polygons, the kecamatan
 * chunks of nearby provinces for points on small islands, then the desa chunks of the kabupaten
 * the points fell in, and the neighbours' land from the basemap (a point in Malaysia is an
 * error) — the same placement as the pipeline. Loaded on first use (with the importer and
 * papaparse). Runs on the main thread: a 10,000-row file takes about 150–270 ms (README speed
 * table); the page shows a "checking" status first.
 */
export async function importProgramFile(text: string, fileName: string, source: DataSource, lookup: RegionLookup): Promise<ProgramImport> {
  return importWithChunks(text, fileName, lookup, (path): Promise<Topology> => source.topology(path), { national: DATA_FILES.national, basemap: DATA_FILES.basemap });
}
