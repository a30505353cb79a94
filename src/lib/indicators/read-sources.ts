import { DataError } from '../errors.ts';
import { csvRows } from './read-stats.ts';
import type { SourceDef } from './types.ts';

/**
 * `sources.csv`: the source register (id, title, publisher, via, url, publisher_url, licence, note).
 * Duplicate ids are an error, and so is a copy (`via`) whose title does not say "via".
 */
export function readSources(text: string, file = 'sources.csv'): Record<string, SourceDef> {
  const out: Record<string, SourceDef> = {};
  for (const row of csvRows(text, file, ['id', 'title', 'publisher', 'via', 'url', 'publisher_url', 'licence', 'note'])) {
    const id = row.get('id');
    if (!id || out[id]) throw new DataError(`${file} row ${row.line}, column "id": ${id ? `duplicate id "${id}"` : 'empty'}`, { file, row: row.line, column: 'id', value: id });
    const def: SourceDef = { id, title: row.get('title'), publisher: row.get('publisher') };
    for (const k of ['via', 'url', 'licence', 'note'] as const) if (row.get(k)) def[k] = row.get(k);
    if (row.get('publisher_url')) def.publisherUrl = row.get('publisher_url');
    if (def.via && !/\bvia\b/.test(def.title))
      throw new DataError(`${file} row ${row.line}, column "title": "${def.title}" does not say "via" although the figures came through a copy (via "${def.via}")`, { file, row: row.line, column: 'title', value: def.title });
    out[id] = def;
  }
  return out;
}
