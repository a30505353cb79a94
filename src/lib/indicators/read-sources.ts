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

/**
 * `sources_en.csv` (id, title_en, via_en): the English words of each source, set on `sources` as
 * `titleEn` / `viaEn`. An id not in the register, a duplicate, or an English title of a copy without
 * "via" is an error; returns the ids of the register that have no English title (the build logs them,
 * and the English page then shows the Indonesian title).
 */
export function readSourcesEn(text: string, sources: Record<string, SourceDef>, file = 'sources_en.csv'): string[] {
  const seen = new Set<string>();
  for (const row of csvRows(text, file, ['id', 'title_en', 'via_en'])) {
    const id = row.get('id'), title = row.get('title_en'), via = row.get('via_en');
    const at = (column: string, value: string) => ({ file, row: row.line, column, value });
    if (!sources[id]) throw new DataError(`${file} row ${row.line}, column "id": "${id}" is not in sources.csv`, at('id', id));
    if (seen.has(id)) throw new DataError(`${file} row ${row.line}, column "id": duplicate id "${id}"`, at('id', id));
    if (!title) throw new DataError(`${file} row ${row.line}, column "title_en": empty`, at('title_en', title));
    if (sources[id].via && !/\bvia\b/.test(title)) throw new DataError(`${file} row ${row.line}, column "title_en": "${title}" does not say "via" although the figures came through a copy`, at('title_en', title));
    seen.add(id);
    sources[id].titleEn = title;
    if (via) sources[id].viaEn = via;
  }
  return Object.keys(sources).filter((id) => !seen.has(id));
}
