import { DataError } from '../../errors.ts';
import { mapColumns, COLUMN_ALIASES, type ProgramField } from './columns.ts';
import type { RawProgramRow, RawProgramTable } from './raw-row.ts';

/**
 * Read a GeoJSON FeatureCollection of Point features whose properties carry the program columns
 * (the same names as the CSV). A feature with `null` geometry may give `admin_code` instead.
 * Throws `DataError` naming the file when the text is not JSON or not a FeatureCollection.
 */
export function readProgramGeojson(text: string, file: string): RawProgramTable {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new DataError(`${file}: not valid JSON (${(e as Error).message})`, { file });
  }
  const fc = doc as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataError(`${file}: expected a GeoJSON FeatureCollection, got ${fc && typeof fc === 'object' ? `type "${String(fc.type)}"` : typeof doc}`, { file });
  }
  const features = fc.features as { properties?: Record<string, unknown> | null; geometry?: { type?: string; coordinates?: unknown } | null }[];
  const headers = [...new Set(features.flatMap((f) => Object.keys(f?.properties ?? {})))];
  const map = mapColumns(headers, file, true);
  const rows = features.map((f, i): RawProgramRow => {
    const props = f?.properties ?? {};
    return {
      row: i + 1,
      get: (field: ProgramField) => {
        const h = map.columns[field];
        const v = h === undefined ? undefined : props[h];
        return v == null ? '' : Array.isArray(v) ? v.join(';') : String(v).trim();
      },
      column: (field: ProgramField) => map.columns[field] ?? COLUMN_ALIASES[field][0],
      geometry: readPoint(f?.geometry),
    };
  });
  return { file, format: 'geojson', feature: true, map, rows };
}

function readPoint(g: { type?: string; coordinates?: unknown } | null | undefined): [number, number] | null | 'invalid' {
  if (g == null) return null;
  const c = g.coordinates;
  if (g.type !== 'Point' || !Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) return 'invalid';
  return [c[0], c[1]];
}
