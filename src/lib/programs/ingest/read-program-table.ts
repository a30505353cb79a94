import { DataError } from '../../errors.ts';
import { cleanCell } from './clean-cell.ts';
import { COLUMN_ALIASES, type ProgramField } from './columns.ts';
import { makeIssue } from './issue.ts';
import type { RawProgramRow, RawProgramTable } from './raw-row.ts';
import { readProgramCsv } from './read-program-csv.ts';
import { readProgramGeojson } from './read-program-geojson.ts';
import { showValue } from './show-value.ts';
import type { ProgramIssue } from '../types.ts';

const FIELDS = Object.keys(COLUMN_ALIASES) as ProgramField[];
const FC = 'expected {"type": "FeatureCollection", "features": [ … ]} with Point features';

/**
 * Parse the text as GeoJSON when it is JSON, else as a delimited table. JSON that is not a
 * FeatureCollection (an array of Features, a single Feature, a geometry, any other value) gets a
 * message about its JSON shape, never garbled CSV headers. Every cell is then cleaned (see
 * `cleanCell`: invisible characters removed, NFC), with a warning per changed cell.
 */
export function readProgramTable(text: string, file: string): RawProgramTable {
  const body = text.replace(/^\ufeff/, '');
  const first = body.trimStart()[0];
  const doc = first === '[' || first === '{' ? parseJson(body, file, first) : maybeJson(body);
  if (doc !== NOT_JSON && !isFeatureCollection(doc)) {
    const [what, hint] = describeJson(doc);
    throw new DataError(`${file}: ${what}, not a GeoJSON FeatureCollection; ${hint ?? FC}`, { file });
  }
  return cleanTable(first === '{' ? readProgramGeojson(body, file) : readProgramCsv(text, file));
}

const NOT_JSON = Symbol('not JSON');

function parseJson(body: string, file: string, first: string): unknown {
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new DataError(`${file}: starts like JSON ("${first}") but is not valid JSON (${(e as Error).message})`, { file });
  }
}

/** A whole text that is a JSON string, number, true/false or null (never a table). */
function maybeJson(body: string): unknown {
  if (!/^\s*["\-\dtfn]/.test(body)) return NOT_JSON;
  try {
    return JSON.parse(body);
  } catch {
    return NOT_JSON;
  }
}

function isFeatureCollection(doc: unknown): boolean {
  return !!doc && typeof doc === 'object' && (doc as { type?: unknown }).type === 'FeatureCollection';
}

const GEOMETRIES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];

/** What a JSON value is, in words ("a JSON array of 3 Features", "a single GeoJSON Feature", …), and a hint when one fits. */
function describeJson(doc: unknown): [string, string?] {
  if (Array.isArray(doc)) {
    const features = doc.length > 0 && doc.every((f) => (f as { type?: unknown } | null)?.type === 'Feature');
    return features ? [`a JSON array of ${doc.length} Features`, 'expected {"type": "FeatureCollection", "features": [ … ]} around them'] : ['a JSON array'];
  }
  if (doc === null) return ['a JSON null'];
  if (typeof doc !== 'object') return [`a JSON ${typeof doc}`];
  const type = (doc as { type?: unknown }).type;
  if (type === 'Feature') return ['a single GeoJSON Feature', 'expected {"type": "FeatureCollection", "features": [ … ]} around it'];
  if (typeof type === 'string' && GEOMETRIES.includes(type)) return [`a GeoJSON ${type} geometry`];
  const keys = Object.keys(doc);
  return [keys.length ? `a JSON object with keys ${keys.slice(0, 5).map(showValue).join(', ')}${keys.length > 5 ? ', …' : ''}` : 'an empty JSON object'];
}

/** Rows whose cells are cleaned once, read as often as validation likes; a warning per changed cell. */
function cleanTable(table: RawProgramTable): RawProgramTable {
  const problems: ProgramIssue[] = [...(table.problems ?? [])];
  const rows = table.rows.map((r): RawProgramRow => {
    const cells = new Map<ProgramField, string>();
    for (const f of FIELDS) {
      const raw = r.get(f);
      if (raw === '') continue;
      const c = cleanCell(raw);
      cells.set(f, c.text);
      if (c.removed.length || c.composed) {
        const removed = [...new Set(c.removed)].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join(' ');
        problems.push(makeIssue('warning', 'invisible-chars', { file: table.file, row: r.row, column: r.column(f), value: raw, feature: table.feature }, { removed: removed || undefined, composed: c.composed ? 1 : undefined, read: showValue(c.text) }));
      }
    }
    return { ...r, get: (f) => cells.get(f) ?? '' };
  });
  return { ...table, rows, ...(problems.length ? { problems } : {}) };
}
