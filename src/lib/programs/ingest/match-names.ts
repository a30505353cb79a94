import { LEVELS, type Level } from '../../types.ts';
import { fold, joinSpellings, nameKey, provinceKey, splitKind, type KabKind } from '../../names.ts';
import { oneEditApart } from '../../one-edit-apart.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';

/**
 * How a row given by place names was placed (the import report counts rows per method):
 * - `exact`: its finest name equals a region's name (case and spacing aside);
 * - `normalised`: equal after the crosswalk's normalisation (prefixes "Kab."/"Kota"/"Desa"/"Kel."
 *   removed, punctuation and spacing ignored, old spellings and doubled letters joined);
 * - `one-edit`: one letter apart from exactly one region (names of six letters or more, not numbered siblings);
 * - `parent-only`: its finest name matched nothing, so it is placed region-wide at the finest name that did;
 * - `ambiguous`: a name fits two or more regions, so it is placed region-wide at the parent above, never guessed;
 * - `unmatched`: no name matched at all; the row has no place and is an error;
 * - `address`: a register row placed in the desa its address names, where its desa column names another place (see `placeByAddress`);
 * - `disputed`: a register row placed by its desa column although its address names another desa, not found there.
 */
export const NAME_METHODS = ['exact', 'normalised', 'one-edit', 'parent-only', 'ambiguous', 'unmatched', 'address', 'disputed'] as const;
export type NameMethod = (typeof NAME_METHODS)[number];

/** The place names a row gives (any combination; empty cells left out). */
export type PlaceNames = Partial<Record<Level, string>>;

/** One name that did not give a unique region. */
export interface NameProblem {
  level: Level;
  name: string;
  kind: 'unmatched' | 'ambiguous' | 'other-parent';
  /** For `ambiguous`: the regions it fits, "Name (Parent)"; for `other-parent` (the finer name is not under this region but once under its parent), where it was found. */
  candidates?: string[];
}

/** Where a row's names place it. */
export interface NameMatch {
  method: NameMethod;
  /** Finest region matched; absent for `unmatched`. */
  level?: Level;
  index?: number;
  /** Names that matched nothing or more than one region (also an intermediate one whose finer name then matched). */
  problems: NameProblem[];
  /** Names matched one letter apart: the name given and the region's name. */
  oneEdit: { level: Level; given: string; matched: string }[];
  /** Names that fit several regions, settled by the finer names (top-down): a guess, so the row gets a warning. */
  settled?: { level: Level; name: string; chosen: string; candidates: string[]; by: string }[];
}

interface LevelIndex {
  /** Lower-cased name → rows. */
  exact: Map<string, number[]>;
  /** nameKey → rows, spellingKey → rows. */
  key: Map<string, number[]>;
  spelling: Map<string, number[]>;
}

/** Name indexes per lookup, keyed by level and parent ("desa@kabupaten:12"; "desa" for all of a level). */
const indexes = new WeakMap<RegionLookup, Map<string, LevelIndex>>();

const lower = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
// Only a kab/kota name loses a "Kab."/"Kota" prefix: kecamatan Kota Baru (Karawang) is a name.
const LOWER_PREFIX = /^(?:(?:kecamatan|distrik|desa|kelurahan)\s+|(?:kec|kel|ds|des)\.\s*)/i;
const keyOf = (level: Level, name: string) =>
  level === 'provinsi' ? provinceKey(name) : level === 'kabupaten' ? nameKey(name) : fold(name.trim().replace(LOWER_PREFIX, '')) || fold(name);
const spellOf = (level: Level, name: string) => (level === 'provinsi' ? provinceKey(name) : joinSpellings(keyOf(level, name)));
const NUMBERED = /(\d|\s(i|ii|iii|iv|v|vi|vii|viii|ix|x|satu|dua|tiga|empat|lima)$)/i;

function push(m: Map<string, number[]>, k: string, i: number) {
  const a = m.get(k);
  if (a) a.push(i);
  else m.set(k, [i]);
}

/**
 * Name indexes of the regions of `level` under `parent` (all of the level without one), built on
 * first use and kept per lookup (a lookup is an immutable snapshot): a file naming a few
 * kabupaten indexes only their desa.
 */
function levelIndex(lookup: RegionLookup, level: Level, parent?: { level: Level; index: number }): LevelIndex {
  let perLookup = indexes.get(lookup);
  if (!perLookup) indexes.set(lookup, (perLookup = new Map()));
  const key = parent ? `${level}@${parent.level}:${parent.index}` : level;
  const had = perLookup.get(key);
  if (had) return had;
  const ix: LevelIndex = { exact: new Map(), key: new Map(), spelling: new Map() };
  const names = lookup.levels[level].name;
  for (const i of descendants(lookup, level, parent)) {
    push(ix.exact, lower(names[i]), i);
    push(ix.key, keyOf(level, names[i]), i);
    push(ix.spelling, spellOf(level, names[i]), i);
  }
  perLookup.set(key, ix);
  return ix;
}

/** Rows of `level` below row `pi` of `parentLevel` (all rows when there is no parent). */
function descendants(lookup: RegionLookup, level: Level, parent?: { level: Level; index: number }): number[] {
  if (!parent) return lookup.levels[level].kode.map((_, i) => i);
  let rows = [parent.index];
  for (let li = LEVELS.indexOf(parent.level) + 1; li <= LEVELS.indexOf(level); li++) {
    const up = LEVELS[li - 1], here = LEVELS[li];
    rows = rows.flatMap((r) => lookup.children[here].get(lookup.levels[up].kode[r]) ?? []);
  }
  return rows;
}

function kindOk(lookup: RegionLookup, level: Level, i: number, kind: KabKind): boolean {
  return level !== 'kabupaten' || kind === null || splitKind(lookup.levels.kabupaten.name[i]).kind === kind;
}

/** Candidates of one name at one level under `parent`, tier by tier; stops at the first tier with any hit. */
function matchOne(lookup: RegionLookup, level: Level, name: string, parent?: { level: Level; index: number }): { rows: number[]; method: 'exact' | 'normalised' | 'one-edit' } | undefined {
  const ix = levelIndex(lookup, level, parent);
  const kind = level === 'kabupaten' ? splitKind(name).kind : null;
  const under = (i: number) => kindOk(lookup, level, i, kind);
  const tiers: ['exact' | 'normalised', number[] | undefined][] = [
    ['exact', ix.exact.get(lower(name))],
    ['normalised', [...new Set([...(ix.key.get(keyOf(level, name)) ?? []), ...(ix.spelling.get(spellOf(level, name)) ?? [])])]],
  ];
  for (const [method, rows] of tiers) {
    const hits = (rows ?? []).filter(under);
    if (hits.length) return { rows: hits, method };
  }
  if (level === 'provinsi' || NUMBERED.test(name)) return undefined;
  const k = keyOf(level, name);
  const hits: number[] = [];
  for (const [key, rows] of ix.key) {
    if (!oneEditApart(k, key)) continue;
    for (const i of rows) if (!NUMBERED.test(lookup.levels[level].name[i]) && kindOk(lookup, level, i, kind)) hits.push(i);
  }
  return hits.length ? { rows: hits, method: 'one-edit' } : undefined;
}

/** English kab/kota names in the Indonesian form: "Kupang Regency" → "Kabupaten Kupang", "Kupang City" / "City of Kupang" → "Kota Kupang". */
function englishKabupaten(name: string): string {
  const regency = /^(.+?)\s+regency$/i.exec(name);
  if (regency) return `Kabupaten ${regency[1]}`;
  const city = /^(.+?)\s+city$/i.exec(name) ?? /^city\s+of\s+(.+)$/i.exec(name);
  return city ? `Kota ${city[1]}` : name;
}

/** "Name (Parent name)" of a row, to tell ambiguous candidates apart. */
function describe(lookup: RegionLookup, level: Level, i: number): string {
  const li = LEVELS.indexOf(level);
  const p = li > 0 ? lookup.parentIndex[level][i] : -1;
  return p >= 0 ? `${lookup.levels[level].name[i]} (${lookup.levels[LEVELS[li - 1]].name[p]})` : lookup.levels[level].name[i];
}

/** The state of a descent through the names, coarsest first. */
interface Descent {
  at?: { level: Level; index: number };
  finest?: 'exact' | 'normalised' | 'one-edit';
  ambiguous: boolean;
  problems: NameProblem[];
  oneEdit: NameMatch['oneEdit'];
  settled: NonNullable<NameMatch['settled']>;
}

/** Match `levels` (coarsest first) under `at`; see {@link matchNames}. */
function descend(lookup: RegionLookup, names: PlaceNames, levels: Level[], at: Descent['at']): Descent {
  const d: Descent = { at, ambiguous: false, problems: [], oneEdit: [], settled: [] };
  for (const [k, level] of levels.entries()) {
    const name = level === 'kabupaten' ? englishKabupaten(names[level]!.trim()) : names[level]!.trim();
    let hit = matchOne(lookup, level, name, d.at);
    const last = k === levels.length - 1;
    const up = d.at ? lookup.parentIndex[d.at.level][d.at.index] : -1;
    if (!hit && level === 'desa' && d.at?.level === 'kecamatan' && up >= 0) {
      // Not under the named parent but once in the grandparent (a desa the boundaries put in the
      // neighbouring kecamatan of the same kabupaten): placed there, and said.
      const gp = { level: LEVELS[LEVELS.indexOf(d.at.level) - 1], index: up };
      const wider = matchOne(lookup, level, name, gp);
      if (wider?.rows.length === 1) {
        d.problems.push({ level: d.at.level, name: names[d.at.level]!.trim(), kind: 'other-parent', candidates: [describe(lookup, level, wider.rows[0])] });
        hit = wider;
      }
    }
    if (!hit) {
      d.problems.push({ level, name, kind: 'unmatched' });
      if (last) d.finest = undefined;
      continue;
    }
    if (hit.rows.length > 1) {
      // Top-down: a name that fits several regions is settled when the finer names fit under exactly one of them.
      const rest = levels.slice(k + 1);
      const fits = rest.length ? hit.rows.map((row) => ({ row, sub: descend(lookup, names, rest, { level, index: row }) })).filter(({ sub }) => !sub.ambiguous && sub.finest && sub.at?.level === rest[rest.length - 1]) : [];
      if (fits.length === 1) {
        const { row, sub } = fits[0];
        d.settled.push({ level, name, chosen: describe(lookup, level, row), candidates: hit.rows.slice(0, 5).map((i) => describe(lookup, level, i)), by: rest.map((l) => names[l]!.trim()).join(', ') });
        if (hit.method === 'one-edit') d.oneEdit.push({ level, given: name, matched: lookup.levels[level].name[row] });
        return { ...sub, problems: [...d.problems, ...sub.problems], oneEdit: [...d.oneEdit, ...sub.oneEdit], settled: [...d.settled, ...sub.settled] };
      }
      d.problems.push({ level, name, kind: 'ambiguous', candidates: hit.rows.slice(0, 5).map((i) => describe(lookup, level, i)) });
      d.ambiguous = true;
      d.finest = undefined;
      return d;
    }
    d.at = { level, index: hit.rows[0] };
    if (hit.method === 'one-edit') d.oneEdit.push({ level, given: name, matched: lookup.levels[level].name[hit.rows[0]] });
    d.finest = last ? hit.method : d.finest;
  }
  return d;
}

/**
 * Place a row by its names, coarsest first: each name is looked for among the regions below the
 * finest one matched so far (all regions of its level when none is). A name is matched exactly,
 * then normalised, then one edit apart. A name that fits two or more regions is settled top-down
 * when the row's finer names fit under exactly one of them ("Kupang" with kecamatan Taebenu and
 * desa Baumata is Kabupaten Kupang; reported in `settled`); otherwise it stops the descent
 * (ambiguous, never guessed). A name that fits none is reported and the next finer name is looked
 * for under the last match (so a wrong kecamatan does not lose a right desa within the kabupaten).
 * Needs the levels named to be loaded in the lookup.
 */
export function matchNames(lookup: RegionLookup, names: PlaceNames): NameMatch {
  const given = LEVELS.filter((l) => (names[l] ?? '').trim() !== '');
  const d = descend(lookup, names, given, undefined);
  const out: NameMatch = { method: 'unmatched', problems: d.problems, oneEdit: d.oneEdit, ...(d.settled.length ? { settled: d.settled } : {}) };
  if (d.at) {
    out.level = d.at.level;
    out.index = d.at.index;
  }
  out.method = d.ambiguous ? 'ambiguous' : d.finest ?? (d.at ? 'parent-only' : 'unmatched');
  return out;
}
