import type { KabKind } from '../names.ts';
import { editDistances, type Distances } from './edit-distances.ts';
import { findCodes } from './find-codes.ts';
import { parentRows } from './parent-rows.ts';
import { PROVINCE_ABBREVIATIONS } from './province-abbreviations.ts';
import type { SearchData } from './search-data.ts';
import { searchWords } from './search-words.ts';
import type { MatchKind, SearchResult } from './types.ts';

export interface FindOptions {
  /** Most results returned (default 20). */
  limit?: number;
  /** Name shards the query may draw desa from (default: every desa loaded). See `shardsForQuery`. */
  letters?: ReadonlySet<string>;
}

// Tiers, best first. A row keeps its best tier; ties go to coarser levels, then by name.
const EXACT = 0, PREFIX = 1, WORD = 2, PARENT_EXACT = 3, PARENT_PREFIX = 4, SUBSTRING = 5, TYPO = 6, TYPO_PREFIX = 8, NONE = 255;
const MATCH: MatchKind[] = ['exact', 'prefix', 'word', 'parent', 'parent', 'substring', 'typo', 'typo', 'typo'];
const MAX_WORDS = 6;

/** Edits allowed for a name key of this length: none under 4 letters, 1 up to 6, 2 from 7. */
const typoBudget = (key: string) => (key.length >= 7 ? 2 : key.length >= 4 ? 1 : 0);

/**
 * Find regions by what people type. Names are compared on `searchWords` keys (case, accents,
 * spaces, "Kab."/"Kota"/"Desa"/"Kel." prefixes ignored). Tiers, best first:
 * 1. exact name, or a province abbreviation ("NTT");
 * 2. name starts with the query, or an abbreviation does;
 * 3. a word of the name starts with the query ("mulyo" → "Sido Mulyo");
 * 4. "name + parent": some leading or trailing words name the region, the others each start a
 *    word of one of its ancestors or abbreviate its province ("Sukamaju Garut", "Kupang Taebenu");
 *    exact name before name prefix;
 * 5. the query inside a word of the name (3+ letters; "mulyo" → "Sidomulyo");
 * 6. only when nothing above matched: one or two typos (edit distance by length, see
 *    `typoBudget`) against the whole name, also with a parent qualifier, then against the start
 *    of a longer name (a name still being typed).
 * Within a tier, a "Kab."/"Kota" prefix in the query puts that kind first; then provinsi before
 * kabupaten before kecamatan before desa; then by name and code. Digits (and dots) search codes.
 *
 * Hand-written rather than a fuzzy library: one linear pass over ~84,000 keys with an
 * early-exit edit distance answers in a few ms (see `npm run bench`), needs no index built in the
 * browser, understands "name + parent" and abbreviations, and adds no bytes to the bundle.
 */
export function findRegions(data: SearchData, query: string, opts: FindOptions = {}): SearchResult[] {
  const limit = opts.limit ?? 20;
  const text = query.trim();
  if (text === '') return [];
  if (/^[\d.\s]+$/.test(text)) return findCodes(data, text.replace(/\s/g, ''), limit);
  const { kind, words: kabWords } = searchWords(text);
  // "Kota Baru": kota Baru among kabupaten, but the desa called "Kota Baru" below that level.
  const words = kind === null ? kabWords : searchWords(text, 'desa').words;
  if (words.length === 0) return [];
  const q = words.join(''), kabQ = kabWords.join('');
  const n = data.level.length;
  const letters = opts.letters;
  const eligible = (r: number) => r < data.coreSize || !letters || letters.has(data.letter[r]);
  const tier = new Uint8Array(n).fill(NONE);
  const d: Distances = { full: 0, prefix: 0 };

  const spaced = words.join(' '), kabSpaced = kabWords.join(' ');
  for (let r = 0; r < n; r++) {
    if (!eligible(r)) continue;
    const t = nameTier(data.key[r], data.spaced[r], q, spaced);
    // Kabupaten: "Kota Kupang" is kota Kupang, but "Kota Baru" may also mean Kab. Kotabaru.
    tier[r] = data.level[r] === 1 && kind !== null ? Math.min(t, nameTier(data.key[r], data.spaced[r], kabQ, kabSpaced)) : t;
  }
  for (const [abbreviation, kode] of Object.entries(PROVINCE_ABBREVIATIONS)) {
    const r = data.row('provinsi', kode);
    if (r < 0) continue;
    if (abbreviation === q) tier[r] = EXACT;
    else if (q.length >= 3 && abbreviation.startsWith(q)) tier[r] = Math.min(tier[r], PREFIX);
  }
  const splits: [string[], string[]][] = [];
  for (let s = 1; s < words.length && words.length <= MAX_WORDS; s++) splits.push([words.slice(0, s), words.slice(s)], [words.slice(s), words.slice(0, s)]);
  for (const [nameWords, parentWords] of splits) qualified(data, nameWords, parentWords, tier, eligible, null);
  // Typos are the fallback: looked for only when nothing matches without one.
  if (tier.every((t) => t === NONE)) {
    typos(data, q, kabQ, tier, eligible, d);
    for (const [nameWords, parentWords] of splits) qualified(data, nameWords, parentWords, tier, eligible, d);
  }
  return ranked(data, tier, kind, limit);
}

/** Tier of a name (key and spaced words) for a query (joined and spaced words), without typos. */
function nameTier(key: string, spacedName: string, q: string, spaced: string): number {
  if (key === q) return EXACT;
  if (key.startsWith(q)) return PREFIX;
  if (spacedName.includes(` ${spaced}`)) return WORD;
  if (q.length >= 3 && spacedName.includes(spaced)) return SUBSTRING;
  return NONE;
}

/**
 * Mark rows whose name key is one or two edits from the query (whole name, then the start of a
 * longer one); kabupaten rows are compared with `kabQ`, the query without "Kab."/"Kota".
 */
function typos(data: SearchData, q: string, kabQ: string, tier: Uint8Array, eligible: (r: number) => boolean, d: Distances): void {
  for (let r = 0; r < tier.length; r++) {
    if (!eligible(r)) continue;
    const qq = data.level[r] === 1 ? kabQ : q;
    const maxTypo = typoBudget(qq);
    if (maxTypo === 0) continue;
    editDistances(qq, data.key[r], maxTypo, d);
    if (d.full <= maxTypo) tier[r] = TYPO + d.full - 1;
    else if (qq.length >= 5 && d.prefix <= maxTypo) tier[r] = TYPO_PREFIX;
  }
}

/**
 * Mark rows named by `nameWords` that lie under regions matching every one of `parentWords`:
 * exact names, names starting with them or with a word starting with them, or (given `d`)
 * names one or two edits away.
 */
function qualified(data: SearchData, nameWords: string[], parentWords: string[], tier: Uint8Array, eligible: (r: number) => boolean, d: Distances | null): void {
  if (nameWords.every((w) => parentRows(data, w) === null)) return; // "Kota" alone names nothing
  const marks = parentWords.map((w) => parentRows(data, w)).filter((m): m is Uint8Array => m !== null);
  if (marks.length === 0 || marks.length > 8 || marks.some((m) => !m.includes(1))) return;
  // Bit i of covered[r]: parent word i names core row r or one of its ancestors. Core rows come
  // parents first, so one pass fills it; a row qualifies when its parent covers every word.
  const all = (1 << marks.length) - 1;
  const covered = new Uint8Array(data.coreSize);
  for (let r = 0; r < data.coreSize; r++) {
    let bits = data.parent[r] >= 0 ? covered[data.parent[r]] : 0;
    marks.forEach((m, i) => (bits |= m[r] << i));
    covered[r] = bits;
  }
  const other = nameWords.join(''), otherSpaced = ` ${nameWords.join(' ')}`;
  const kabWords = searchWords(nameWords.join(' ')).words;
  const kabQ = kabWords.join(''), kabSpaced = ` ${kabWords.join(' ')}`;
  for (let r = 0; r < tier.length; r++) {
    if (tier[r] <= PARENT_EXACT || data.parent[r] < 0 || covered[data.parent[r]] !== all || !eligible(r)) continue;
    const key = data.key[r];
    const kab = data.level[r] === 1;
    const q = kab ? kabQ : other;
    const maxTypo = typoBudget(q);
    let t = NONE;
    if (key === q) t = PARENT_EXACT;
    else if (key.startsWith(q) || data.spaced[r].includes(kab ? kabSpaced : otherSpaced)) t = PARENT_PREFIX;
    else if (d && maxTypo > 0 && Math.abs(key.length - q.length) <= maxTypo) {
      editDistances(q, key, maxTypo, d);
      if (d.full <= maxTypo) t = TYPO + d.full - 1;
    }
    if (t < tier[r]) tier[r] = t;
  }
}

/** Results in tier order, sorting only the tiers needed to fill `limit`. */
function ranked(data: SearchData, tier: Uint8Array, kind: KabKind, limit: number): SearchResult[] {
  const byTier: number[][] = [];
  for (let r = 0; r < tier.length; r++) if (tier[r] !== NONE) (byTier[tier[r]] ??= []).push(r);
  const off = (r: number) => (kind !== null && !(data.level[r] === 1 && data.kind[r] === kind) ? 1 : 0);
  const cmp = (a: number, b: number) =>
    off(a) - off(b) || data.level[a] - data.level[b] || compare(data.name[a], data.name[b]) || compare(data.kode[a], data.kode[b]);
  const out: SearchResult[] = [];
  for (let t = 0; t < byTier.length && out.length < limit; t++) {
    const rows = byTier[t];
    if (!rows) continue;
    rows.sort(cmp);
    for (const r of rows.slice(0, limit - out.length)) out.push(data.result(r, MATCH[t]));
  }
  return out;
}

// Code-point order: names are consistently capitalised, and localeCompare is ~10× slower.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
