import { importPrograms } from '../../lib/programs/import-programs.ts';
import { makePointLocator } from '../../lib/programs/point-locator.ts';
import { buildPolygonIndex } from '../../lib/programs/polygon-index.ts';
import { topologyPolygons } from '../../lib/programs/topology-polygons.ts';
import type { ProgramImport } from '../../lib/programs/types.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import { chunkPath } from '../../lib/ui/drill.ts';
import { DATA_FILES, type DataSource } from '../../load/data-source.ts';

/** Most desa chunks fetched to place coordinate rows at desa level; beyond this, points stay at kabupaten level. */
const MAX_DESA_CHUNKS = 60;

/**
 * Read, validate and place a user's program file, in the page (nothing is uploaded), against a
 * lookup holding all four region levels. Coordinate rows are placed with the national kabupaten
 * polygons, then the desa chunks of the kabupaten they fell in are loaded and the file is imported
 * again so those points get desa and kecamatan codes too. Loaded on first use (with the importer
 * and papaparse). Runs on the main thread: a 10,000-row file takes about 150–270 ms (README speed
 * table); the page shows a "checking" status first.
 */
export async function importProgramFile(text: string, fileName: string, source: DataSource, lookup: RegionLookup): Promise<ProgramImport> {
  const nationalFile = DATA_FILES.national;
  const kabIndex = buildPolygonIndex('kabupaten', topologyPolygons(await source.topology(nationalFile), 'kabupaten', nationalFile));
  const first = importPrograms(text, fileName, lookup, { locate: makePointLocator(lookup, [kabIndex]) });
  const kabs = [...new Set(first.loci.filter((p) => p.locatedBy === 'coordinates' && p.kabupaten).map((p) => p.kabupaten!))].slice(0, MAX_DESA_CHUNKS);
  if (kabs.length === 0) return first;
  const chunks = await Promise.all(
    kabs.map(async (key) => {
      const path = chunkPath({ level: 'desa', key });
      return topologyPolygons(await source.topology(path), 'desa', path);
    }),
  );
  const desaIndex = buildPolygonIndex('desa', chunks.flat());
  return importPrograms(text, fileName, lookup, { locate: makePointLocator(lookup, [desaIndex, kabIndex]) });
}
