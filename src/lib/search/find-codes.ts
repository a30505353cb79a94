import type { SearchData } from './search-data.ts';
import type { SearchResult } from './types.ts';

/**
 * Regions whose BPS code (digits) or Kemendagri code (with dots) equals or starts with `code`,
 * exact first, then coarser levels, then by code. Desa count only from 4 BPS digits or 5
 * Kemendagri characters ("53.01") on: shorter codes fill the list with larger regions anyway, and
 * from there on `shardsForQuery` has loaded every desa the code can reach, so results do not
 * depend on which shards earlier queries happened to load.
 */
export function findCodes(data: SearchData, code: string, limit: number): SearchResult[] {
  const dotted = code.includes('.');
  const column = dotted ? data.kemendagri : data.kode;
  const end = code.length >= (dotted ? 5 : 4) ? data.level.length : data.coreSize;
  const hits: { row: number; exact: boolean }[] = [];
  for (let r = 0; r < end; r++) {
    const c = column[r];
    if (c.startsWith(code) && c !== '') hits.push({ row: r, exact: c === code });
  }
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || data.level[a.row] - data.level[b.row] || (column[a.row] < column[b.row] ? -1 : 1));
  return hits.slice(0, limit).map((h) => data.result(h.row, 'code'));
}
