import { DataError } from '../errors.ts';
import { csvRows } from './read-stats.ts';
import type { SourceDef } from './types.ts';

/**
 * `sources.csv`: the source register (id, title, publisher, via, url, publisher_url, licence, note).
 * `publisher_url` is one URL (all figures of the source), or `indicator=URL` pairs separated by spaces.
 * Duplicate ids are an error, and so is a copy (`via`) whose title does not say "via".
 */
export function readSources(text: string, file = 'sources.csv'): Record<string, SourceDef> {
  const out: Record<string, SourceDef> = {};
  for (const row of csvRows(text, file, ['id', 'title', 'publisher', 'via', 'url', 'publisher_url', 'licence', 'note'])) {
    const id = row.get('id');
    if (!id || out[id]) throw new DataError(`${file} row ${row.line}, column "id": ${id ? `duplicate id "${id}"` : 'empty'}`, { file, row: row.line, column: 'id', value: id });
    const def: SourceDef = { id, title: row.get('title'), publisher: row.get('publisher') };
    for (const k of ['via', 'url', 'licence', 'note'] as const) if (row.get(k)) def[k] = row.get(k);
    const links = row.get('publisher_url').split(/\s+/).filter(Boolean);
    for (const l of links) {
      const m = /^([a-z0-9_]+)=(https:\/\/\S+)$/.exec(l);
      if (m) (def.publisherUrlOf ??= {})[m[1]] = m[2];
      else if (/^https:\/\/\S+$/.test(l) && links.length === 1) def.publisherUrl = l;
      else throw new DataError(`${file} row ${row.line}, column "publisher_url": "${l}" is neither one https URL nor indicator=https URL pairs separated by spaces`, { file, row: row.line, column: 'publisher_url', value: l });
    }
    if (def.via && !/\bvia\b/.test(def.title))
      throw new DataError(`${file} row ${row.line}, column "title": "${def.title}" does not say "via" although the figures came through a copy (via "${def.via}")`, { file, row: row.line, column: 'title', value: def.title });
    out[id] = def;
  }
  return out;
}
