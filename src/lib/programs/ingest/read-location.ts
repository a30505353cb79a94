import { LEVELS, type Level } from '../../types.ts';
import { matchNames, type NameMethod } from './match-names.ts';
import { parseNumber } from '../../table/parse-number.ts';
import { NAME_FIELDS, type ProgramField } from './columns.ts';
import { checkCoordinates, INDONESIA_BOUNDS } from './coordinates.ts';
import { makeIssue, type IssueAt } from './issue.ts';
import type { RawProgramRow } from './raw-row.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import { describeReading, parseLevel, resolveCode, twoReadings, type CodeScheme, type ResolvedCode } from './resolve-code.ts';
import { resolveOldBpsCode } from './resolve-old-code.ts';
import type { ProgramIssue } from '../types.ts';

/** Where a valid row says the locus is, before placement. */
export type DraftLocation =
  | { kind: 'region'; level: Level; index: number; /** Set when found by place names. */ nameMatch?: NameMethod; /** A coordinate to use only if it falls in this region (see `RawProgramRow.pointToCheck`). */ pointToCheck?: [number, number] }
  | { kind: 'point'; lon: number; lat: number; /** Region also named by code, to cross-check. */ region?: { level: Level; index: number } };

/** How a file's codes are read: its scheme, which reading wins in `auto`, and whether to warn about codes real in both. */
export interface CodeReading {
  scheme: CodeScheme;
  prefer: 'bps' | 'kemendagri';
  warnTwo: boolean;
  /** Old BPS kecamatan/desa codes → Kemendagri codes (see `resolveOldBpsCode`); read unless the scheme is `kemendagri`. */
  oldCodes?: ReadonlyMap<string, string>;
}

/**
 * A row's location: a region by code (BPS or Kemendagri, see `resolveCode`), a point from
 * coordinates (coordinates win; the code is kept to cross-check), or, when the row has neither,
 * a region by place names (see `matchNames`). Problems go to `out`; undefined when the row has
 * no usable location.
 */
export function readLocation(r: RawProgramRow, lookup: RegionLookup, codes: CodeReading, unplaced: ReadonlyMap<string, string> | undefined, at: (f: ProgramField, v?: string) => IssueAt, out: ProgramIssue[]): DraftLocation | undefined {
  const codeCell = r.get('code');
  const { scheme } = codes;
  let region: { level: Level; index: number } | undefined;
  if (codeCell !== '') {
    const old = codes.oldCodes && scheme !== 'kemendagri' ? readOldCode(lookup, codeCell, codes, at('code'), out) : undefined;
    const direct = old ?? resolveCode(lookup, codeCell, scheme, codes.prefer);
    const hit = direct ?? ancestorOfUnplaced(lookup, codeCell, scheme, unplaced, at('code'), out);
    if (!hit) out.push(makeIssue('error', 'unknown-code', at('code'), { scheme: scheme === 'auto' ? undefined : scheme === 'bps' ? 'BPS' : 'Kemendagri' }));
    else {
      region = { level: hit.level, index: hit.index };
      const two = direct && !old && codes.warnTwo ? twoReadings(lookup, codeCell) : undefined;
      if (two && direct) {
        const other = direct.as === 'bps' ? two.kemendagri : two.bps;
        const dotted = codeCell.trim().replace(/^(\d{2})(\d{2})(\d{2})?(\d{4})?$/, (_, a, b, c, d) => [a, b, c, d].filter(Boolean).join('.'));
        out.push(makeIssue('warning', 'code-two-schemes', at('code'), { used: describeReading(lookup, direct), other: describeReading(lookup, other), dotted }));
      }
      const stated = r.get('level');
      const statedLevel = stated ? parseLevel(stated) : undefined;
      if (direct && stated && statedLevel !== hit.level) out.push(makeIssue('warning', 'level-mismatch', at('level'), { code: codeCell, actual: hit.level }));
    }
  }
  const point = readPoint(r, at, out);
  if (point === 'bad') return undefined;
  if (point) return { kind: 'point', lon: point[0], lat: point[1], ...(region ? { region } : {}) };
  if (region) return { kind: 'region', ...region };
  if (codeCell !== '') return undefined;
  const byName = readNames(r, lookup, at, out);
  if (byName !== 'none') return byName;
  out.push(makeIssue('error', 'missing-field', at('code', ''), { alt: 'lat, lon' }));
  return undefined;
}

/** Place a row by its name columns; 'none' when it has no name cell, undefined after an error. */
function readNames(r: RawProgramRow, lookup: RegionLookup, at: (f: ProgramField, v?: string) => IssueAt, out: ProgramIssue[]): DraftLocation | undefined | 'none' {
  const names = Object.fromEntries(LEVELS.map((l) => [l, r.get(NAME_FIELDS[l])]).filter(([, v]) => v !== '')) as Partial<Record<Level, string>>;
  const given = LEVELS.filter((l) => names[l] !== undefined);
  if (!given.length) return 'none';
  const m = matchNames(lookup, names);
  const placed = m.level !== undefined && m.index !== undefined ? { level: m.level, index: m.index } : undefined;
  // The region above a failed name: the finest matched region coarser than it.
  const above = (level: Level) => {
    if (!placed || LEVELS.indexOf(placed.level) >= LEVELS.indexOf(level)) return {};
    return { parent: lookup.levels[placed.level].name[placed.index], parentLevel: placed.level };
  };
  for (const p of m.problems) {
    const finer = given.filter((l) => LEVELS.indexOf(l) > LEVELS.indexOf(p.level));
    const stillPlaced = placed && LEVELS.indexOf(placed.level) > LEVELS.indexOf(p.level);
    const where = at(NAME_FIELDS[p.level], p.name);
    if (p.kind === 'other-parent') out.push(makeIssue('warning', 'name-other-parent', where, { level: p.level, finer: finer[0], found: p.candidates?.[0] }));
    else if (p.kind === 'ambiguous') out.push(makeIssue(placed ? 'warning' : 'error', 'name-ambiguous', where, { level: p.level, candidates: p.candidates?.join('; '), ...above(p.level) }));
    else if (stillPlaced) {
      // An intermediate name failed but a finer one matched under the region above it.
      const up = placed ? ancestorAbove(lookup, placed, p.level) : undefined;
      out.push(makeIssue('warning', 'name-unmatched', where, { level: p.level, finer: finer[0], ...(up ? { parent: up } : {}) }));
    } else out.push(makeIssue(placed ? 'warning' : 'error', 'name-unmatched', where, { level: p.level, ...above(p.level) }));
  }
  for (const s of m.settled ?? []) out.push(makeIssue('warning', 'name-settled', at(NAME_FIELDS[s.level], s.name), { level: s.level, candidates: s.candidates.join('; '), by: s.by, chosen: s.chosen }));
  for (const e of m.oneEdit) out.push(makeIssue('warning', 'name-one-edit', at(NAME_FIELDS[e.level], e.given), { level: e.level, matched: e.matched }));
  const method = r.nameMethod && m.method !== 'ambiguous' && m.method !== 'unmatched' ? r.nameMethod : m.method;
  return placed ? { kind: 'region', ...placed, nameMatch: method, ...(r.pointToCheck ? { pointToCheck: r.pointToCheck } : {}) } : undefined;
}

/** Name of the ancestor of a placed region just above `level` (the parent a failed name was looked for in). */
function ancestorAbove(lookup: RegionLookup, placed: { level: Level; index: number }, level: Level): string | undefined {
  const li = LEVELS.indexOf(level);
  if (li === 0) return undefined;
  let i = placed.index;
  for (let k = LEVELS.indexOf(placed.level); k > li - 1 && i >= 0; k--) i = lookup.parentIndex[LEVELS[k]][i];
  return i >= 0 ? lookup.levels[LEVELS[li - 1]].name[i] : undefined;
}

/**
 * An old BPS kecamatan/desa code (see `resolveOldBpsCode`), reported on its row: to what it was
 * read, or that it had no match and was placed at its kecamatan or kabupaten, or, when its digits
 * are also another region's Kemendagri code, both readings and the one used (the file's preferred
 * scheme: BPS unless it is a Kemendagri file). Undefined when the code is not an old code.
 */
function readOldCode(lookup: RegionLookup, code: string, codes: CodeReading, at: IssueAt, out: ProgramIssue[]): ResolvedCode | undefined {
  const old = codes.oldCodes ? resolveOldBpsCode(lookup, code, codes.oldCodes) : undefined;
  if (!old) return undefined;
  const cols = lookup.levels[old.hit.level];
  const said = { old: code.trim(), target: old.target, name: cols.name[old.hit.index], level: old.hit.level };
  // A header that names the scheme (kode_bps) leaves no doubt; otherwise both readings are said.
  if (old.kemendagri && codes.warnTwo) {
    const kemendagri = codes.prefer === 'kemendagri';
    const dotted = code.trim().replace(/^(\d{2})(\d{2})(\d{2})(\d{4})?$/, (_, a, b, c, d) => [a, b, c, d].filter(Boolean).join('.'));
    const otherName = lookup.levels[old.kemendagri.level].name[old.kemendagri.index];
    out.push(makeIssue('warning', 'old-code-two-readings', at, { ...said, dotted, otherName, kemendagri: kemendagri ? 1 : undefined }));
    return kemendagri ? old.kemendagri : old.hit;
  }
  out.push(makeIssue('warning', old.how === 'alias' ? 'old-code' : 'old-code-parent', at, said));
  return old.hit;
}

/** For a Kemendagri code known to have no polygon, the nearest registered ancestor (2.2.2.4-digit segments), with a warning. */
function ancestorOfUnplaced(lookup: RegionLookup, code: string, scheme: CodeScheme, unplaced: ReadonlyMap<string, string> | undefined, at: IssueAt, out: ProgramIssue[]) {
  const digits = code.replace(/\./g, '');
  if (!unplaced?.has(digits) || scheme === 'bps') return undefined;
  for (const n of [6, 4, 2].filter((k) => k < digits.length)) {
    const up = resolveCode(lookup, digits.slice(0, n).replace(/^(\d{2})(\d{2})?(\d{2})?$/, (_, a, b, c) => [a, b, c].filter(Boolean).join('.')), 'kemendagri');
    if (up) {
      out.push(makeIssue('warning', 'no-polygon', at, { name: unplaced.get(digits), ancestor: lookup.levels[up.level].name[up.index], level: up.level }));
      return up;
    }
  }
  return undefined;
}

/** Coordinates from the geometry or the lat/lon cells; 'bad' after reporting a problem; undefined when none given. */
function readPoint(r: RawProgramRow, at: (f: ProgramField, v?: string) => IssueAt, out: ProgramIssue[]): [number, number] | 'bad' | undefined {
  let lon: number, lat: number;
  if (r.geometry === 'invalid') {
    out.push(makeIssue('error', 'bad-geometry', { ...at('id', ''), column: 'geometry' }));
    return 'bad';
  }
  if (Array.isArray(r.geometry)) [lon, lat] = r.geometry;
  else {
    const latCell = r.get('lat'), lonCell = r.get('lon');
    if (latCell === '' && lonCell === '') return undefined;
    if (latCell === '' || lonCell === '') {
      out.push(makeIssue('error', 'missing-field', at(latCell === '' ? 'lat' : 'lon')));
      return 'bad';
    }
    // Coordinates never carry thousands separators, so "106,8" and "106.845" are decimals.
    const la = parseNumber(latCell, 'auto'), lo = parseNumber(lonCell, 'auto');
    if (la === null || Number.isNaN(la)) out.push(makeIssue('error', 'bad-number', at('lat')));
    if (lo === null || Number.isNaN(lo)) out.push(makeIssue('error', 'bad-number', at('lon')));
    if (la === null || lo === null || Number.isNaN(la) || Number.isNaN(lo)) return 'bad';
    lon = lo; lat = la;
  }
  const verdict = checkCoordinates(lon, lat);
  if (verdict === 'ok') return [lon, lat];
  const geo = r.geometry !== undefined && r.geometry !== null;
  const fmt = (v: number) => String(v);
  if (verdict === 'swapped') {
    out.push(makeIssue('error', 'latlon-swapped', geo ? { ...at('lat', fmt(lat)), column: 'geometry' } : at('lat'), { lat: fmt(lat), lon: fmt(lon) }));
  } else {
    const latOut = lat < INDONESIA_BOUNDS.minLat || lat > INDONESIA_BOUNDS.maxLat;
    const f: ProgramField = latOut ? 'lat' : 'lon';
    out.push(makeIssue('error', 'outside-indonesia', geo ? { ...at(f, fmt(latOut ? lat : lon)), column: 'geometry' } : at(f)));
  }
  return 'bad';
}
