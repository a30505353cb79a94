import type { Level } from '../types.ts';
import { LEVELS } from '../types.ts';

/** One searchable region. */
export interface SearchEntry {
  kode: string;
  kemendagri: string;
  level: Level;
  name: string;
  /** Display name of the parent region ('' for provinsi). */
  parentName: string;
}

/** A search index: entries plus their normalised names, built once per level load. */
export interface SearchIndex {
  entries: SearchEntry[];
  keys: string[];
  kinds: (RegionKind | '')[];
}

type RegionKind = 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan' | 'provinsi';

// Longest first so "kabupaten" wins over "kab".
const PREFIXES: [RegExp, RegionKind][] = [
  [/^kabupaten\s+/, 'kabupaten'],
  [/^kab\.?\s+/, 'kabupaten'],
  [/^kota\s+adm(inistrasi)?\.?\s+/, 'kota'],
  [/^kota\s+/, 'kota'],
  [/^kecamatan\s+/, 'kecamatan'],
  [/^kec\.?\s+/, 'kecamatan'],
  [/^kelurahan\s+/, 'kelurahan'],
  [/^kel\.?\s+/, 'kelurahan'],
  [/^desa\s+/, 'desa'],
  [/^provinsi\s+/, 'provinsi'],
  [/^prov\.?\s+/, 'provinsi'],
];

/**
 * Normalise a region name for matching: lower case, accents removed, punctuation to spaces,
 * administrative prefix ("Kab.", "Kabupaten", "Kota", "Kec.", "Desa" …) split off.
 * `normaliseName("Kab. Kupang")` → `{ key: "kupang", kind: "kabupaten" }`.
 */
export function normaliseName(text: string): { key: string; kind: RegionKind | '' } {
  let s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();
  let kind: RegionKind | '' = '';
  for (const [re, k] of PREFIXES) {
    if (re.test(s)) {
      s = s.replace(re, '');
      kind = k;
      break;
    }
  }
  return { key: s.replace(/\./g, ' ').replace(/\s+/g, ' ').trim(), kind };
}

/** Build an index over entries (any order); normalisation runs once here, not per keystroke. */
export function createSearchIndex(entries: SearchEntry[]): SearchIndex {
  const keys: string[] = [];
  const kinds: (RegionKind | '')[] = [];
  for (const e of entries) {
    const n = normaliseName(e.name);
    keys.push(n.key);
    kinds.push(n.kind);
  }
  return { entries, keys, kinds };
}

/**
 * Find regions by name (with or without "Kab."/"Kota", case- and accent-insensitive, partial)
 * or by code (BPS digits, or Kemendagri with dots). Best first: exact name, then name start, then
 * word start, then anywhere; within a tier coarser levels first, then alphabetical.
 * A type prefix in the query ("Kota Kupang") puts regions of that kind first. Empty query → [].
 */
export function searchRegions(index: SearchIndex, query: string, limit = 10): SearchEntry[] {
  const q = query.trim();
  if (q === '') return [];
  if (/^[\d.]+$/.test(q)) return searchCode(index, q, limit);
  const { key, kind } = normaliseName(q);
  if (key === '') return [];
  const scored: { i: number; score: number }[] = [];
  for (let i = 0; i < index.keys.length; i++) {
    const k = index.keys[i];
    const at = k.indexOf(key);
    if (at < 0) continue;
    let score = k === key ? 0 : at === 0 ? 1 : k[at - 1] === ' ' ? 2 : 3;
    if (kind !== '' && !kindMatches(kind, index.kinds[i], index.entries[i].level)) score += 4;
    scored.push({ i, score });
  }
  return rankAndCut(index, scored, limit);
}

function kindMatches(wanted: RegionKind, kind: RegionKind | '', level: Level): boolean {
  if (wanted === 'kabupaten' || wanted === 'kota') return kind === wanted || (kind === '' && level === 'kabupaten' && wanted === 'kabupaten');
  if (wanted === 'desa' || wanted === 'kelurahan') return level === 'desa';
  return level === wanted;
}

function searchCode(index: SearchIndex, q: string, limit: number): SearchEntry[] {
  const dotted = q.includes('.');
  const scored: { i: number; score: number }[] = [];
  for (let i = 0; i < index.entries.length; i++) {
    const code = dotted ? index.entries[i].kemendagri : index.entries[i].kode;
    if (code === q) scored.push({ i, score: 0 });
    else if (code.startsWith(q)) scored.push({ i, score: 1 });
  }
  return rankAndCut(index, scored, limit);
}

function rankAndCut(index: SearchIndex, scored: { i: number; score: number }[], limit: number): SearchEntry[] {
  const e = index.entries;
  // Sort only the best tiers needed to fill `limit` (a one-letter query matches tens of thousands).
  const tiers = new Map<number, number[]>();
  for (const { i, score } of scored) {
    const t = tiers.get(score);
    t ? t.push(i) : tiers.set(score, [i]);
  }
  const out: SearchEntry[] = [];
  for (const score of [...tiers.keys()].sort((a, b) => a - b)) {
    const tier = tiers.get(score)!;
    tier.sort((a, b) => LEVELS.indexOf(e[a].level) - LEVELS.indexOf(e[b].level) || compare(e[a].name, e[b].name) || compare(e[a].kode, e[b].kode));
    for (const i of tier) {
      if (out.length === limit) return out;
      out.push(e[i]);
    }
  }
  return out;
}

// Plain code-point order: names are consistently capitalised, and localeCompare is ~10× slower.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
