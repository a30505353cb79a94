import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { BoundarySource, SourceFeature } from '../../src/lib/boundary/types.ts';
import { DataError } from '../../src/lib/errors.ts';
import { splitKind, uncamel } from '../../src/lib/names.ts';

const require = createRequire(import.meta.url);

/** Paths of the GADM 4.1 level files shipped by the npm package `geojson-indonesia`. */
export function gadmFiles(): Record<2 | 3 | 4, string> {
  const dir = require.resolve('geojson-indonesia/package.json').replace(/package\.json$/, 'geojson/');
  return { 2: dir + 'gadm41_IDN_2.json', 3: dir + 'gadm41_IDN_3.json', 4: dir + 'gadm41_IDN_4.json' };
}

async function readCollection(file: string): Promise<FeatureCollection> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DataError(`${file}: cannot read the boundary file (${(e as Error).message}); run npm install`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataError(`${file}: not valid JSON (${(e as Error).message})`, { file });
  }
  const fc = json as FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new DataError(`${file}: expected a GeoJSON FeatureCollection, got ${String((json as { type?: unknown })?.type)}`, { file });
  return fc;
}

const digits = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? v : '');

function toFeature(f: Feature, level: 2 | 3 | 4, file: string, i: number): SourceFeature {
  const p = (f.properties ?? {}) as Record<string, string>;
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) throw new DataError(`${file} feature ${i} (${p[`GID_${level}`]}): expected a Polygon or MultiPolygon geometry, got ${g?.type ?? 'null'}`, { file, row: i });
  const rawName = uncamel(p[`NAME_${level}`] ?? '');
  const type = p[`TYPE_${level}`] ?? '';
  let name = rawName, kind: SourceFeature['kind'] = null;
  if (level === 2) {
    kind = type === 'Kota' ? 'kota' : type === 'Kabupaten' ? 'kabupaten' : null;
    // GADM writes most cities as "KotaX"; strip that prefix but keep names such as "Kotabaru".
    const s = splitKind(rawName);
    if (s.kind === 'kota') name = s.base;
  }
  return {
    id: p[`GID_${level}`],
    code: digits(p[`CC_${level}`]),
    name,
    kind,
    parentId: level === 2 ? '' : p[`GID_${level - 1}`],
    provinceName: uncamel(p.NAME_1 ?? ''),
    // Lakes and reservoirs: typed WaterBody, or BPS's "888" water codes (Danau Tempe, Waduk
    // Jatiluhur …), or a level-2 feature named as a lake (Danau Limboto shares Gorontalo's code).
    water: type === 'WaterBody' || /888$/.test(p[`CC_${level}`] ?? '') || (level === 2 && /^(Danau|Waduk|Lake)\s/.test(rawName)),
    geometry: g as Polygon | MultiPolygon,
  };
}

/**
 * Load GADM 4.1 levels 2–4 for Indonesia from `geojson-indonesia`. GADM's CC_n fields are BPS
 * codes; names are CamelCase in this release and get their spaces back here.
 * Licence: GADM data are free for non-commercial use; redistribution is restricted (see data/README.md).
 */
export async function loadGadm(files = gadmFiles()): Promise<BoundarySource> {
  const version = JSON.parse(await readFile(require.resolve('geojson-indonesia/package.json'), 'utf8')).version as string;
  const out = {} as Record<2 | 3 | 4, SourceFeature[]>;
  for (const level of [2, 3, 4] as const) {
    const fc = await readCollection(files[level]);
    out[level] = fc.features.map((f, i) => toFeature(f, level, files[level], i));
  }
  return {
    citation: `GADM 4.1 (npm geojson-indonesia ${version})`,
    licence: 'GADM: free for academic and other non-commercial use; redistribution or commercial use not allowed without permission (gadm.org/license.html)',
    kabupaten: out[2],
    kecamatan: out[3],
    desa: out[4],
  };
}
