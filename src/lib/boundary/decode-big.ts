import type { MultiPolygon, Position } from 'geojson';
import { DataError } from '../errors.ts';

/** Levels of BIG's RBI boundary files as the copy names them (`lvl`). */
export type BigLevel = 'prov' | 'kab' | 'kec' | 'desa';

/** Digits of a Kemendagri code without dots, per level (`53`, `5301`, `530124`, `5301242002`). */
const CODE_DIGITS: Readonly<Record<BigLevel, number>> = { prov: 2, kab: 4, kec: 6, desa: 10 };

/** One decoded feature: its Kemendagri code with dots, its name, its rings grouped into polygons. */
export interface BigFeature {
  /** Kemendagri code with dots (`53.01.24.2002`). */
  code: string;
  name: string;
  /** Exterior rings counter-clockwise, holes clockwise, as the file draws them (RFC 7946 winding). */
  geometry: MultiPolygon;
}

/** `5301242002` → `53.01.24.2002`. */
export function dottedCode(k: string): string {
  return [k.slice(0, 2), k.slice(2, 4), k.slice(4, 6), k.slice(6)].filter(Boolean).join('.');
}

/** Planar signed area of a ring in lon/lat (positive: counter-clockwise). */
export function signedRingArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));

/**
 * Decode one boundary file of BIG's RBI 2023 copy (`{lvl, bbox: [lonMin, latMin], q, f: [{k, nm, g}]}`;
 * each ring a flat list of integers, the first pair absolute and the rest deltas, in 1/q degree
 * from `bbox`). Read strictly: a wrong header, a code that is not a Kemendagri code of the level
 * (or not in the file's province), a duplicate code, a ring that is not a list of integer pairs,
 * has fewer than 4 points, does not close, has no area, or a hole outside every exterior ring
 * throws a `DataError` naming the file, the feature and the value.
 */
export function decodeBig(json: unknown, file: string, level: BigLevel, province?: string): BigFeature[] {
  if (!isObject(json)) throw new DataError(`${file}: expected a JSON object {lvl, bbox, q, f}, got ${show(json).slice(0, 40)}`, { file });
  const { lvl, bbox, q, f } = json;
  if (lvl !== level) throw new DataError(`${file}: "lvl" is ${show(lvl)}, expected "${level}"`, { file, column: 'lvl', value: lvl });
  if (!Array.isArray(bbox) || bbox.length < 2 || !bbox.slice(0, 2).every((v) => typeof v === 'number' && Number.isFinite(v))) throw new DataError(`${file}: "bbox" is ${show(bbox)}, expected [lonMin, latMin] as numbers`, { file, column: 'bbox', value: bbox });
  if (typeof q !== 'number' || !Number.isInteger(q) || q <= 0) throw new DataError(`${file}: "q" is ${show(q)}, expected a positive integer (units per degree)`, { file, column: 'q', value: q });
  if (!Array.isArray(f)) throw new DataError(`${file}: "f" is ${show(f)}, expected a list of features`, { file, column: 'f', value: f });
  const [x0, y0] = bbox as number[];
  const digits = CODE_DIGITS[level];
  const seen = new Map<string, number>();
  return f.map((raw: unknown, i): BigFeature => {
    const at = `${file} feature ${i}`;
    if (!isObject(raw)) throw new DataError(`${at}: expected an object {k, nm, g}, got ${show(raw).slice(0, 40)}`, { file, row: i });
    const { k, nm, g } = raw;
    if (typeof k !== 'string' || !new RegExp(`^\\d{${digits}}$`).test(k)) throw new DataError(`${at}: code "k" is ${show(k)}, expected a Kemendagri ${level} code of ${digits} digits without dots`, { file, row: i, column: 'k', value: k });
    if (province !== undefined && !k.startsWith(province)) throw new DataError(`${at} (${k}): code does not start with the file's province ${province}`, { file, row: i, column: 'k', value: k });
    const before = seen.get(k);
    if (before !== undefined) throw new DataError(`${at}: duplicate code ${k} (also feature ${before})`, { file, row: i, column: 'k', value: k });
    seen.set(k, i);
    if (typeof nm !== 'string' || nm.trim() === '') throw new DataError(`${at} (${k}): name "nm" is ${show(nm)}, expected a non-empty text`, { file, row: i, column: 'nm', value: nm });
    if (!Array.isArray(g) || g.length === 0) throw new DataError(`${at} (${k} ${nm}): "g" is ${show(g).slice(0, 40)}, expected a non-empty list of rings`, { file, row: i, column: 'g', value: g });
    const rings = g.map((r: unknown, j) => decodeRing(r, x0, y0, q, `${at} (${k} ${nm}) ring ${j}`, { file, row: i }));
    return { code: dottedCode(k), name: nm.trim(), geometry: { type: 'MultiPolygon', coordinates: groupRings(rings, `${at} (${k} ${nm})`, file, i) } };
  });
}

function decodeRing(r: unknown, x0: number, y0: number, q: number, at: string, loc: { file: string; row: number }): Position[] {
  if (!Array.isArray(r) || r.length % 2 !== 0 || !r.every((v) => Number.isInteger(v))) throw new DataError(`${at}: expected a flat list of integer pairs, got ${show(r).slice(0, 60)}`, { ...loc, column: 'g', value: r });
  if (r.length < 8) throw new DataError(`${at}: ${r.length / 2} point(s), a ring needs at least 4`, { ...loc, column: 'g', value: r });
  const out: Position[] = [];
  let x = 0, y = 0;
  for (let i = 0; i < r.length; i += 2) {
    x += r[i] as number;
    y += r[i + 1] as number;
    out.push([Math.round((x0 + x / q) * 1e7) / 1e7, Math.round((y0 + y / q) * 1e7) / 1e7]);
  }
  if (x !== r[0] || y !== r[1]) throw new DataError(`${at}: ring does not close (first point ${r[0]},${r[1]}, last ${x},${y} in 1/${q} degree)`, { ...loc, column: 'g', value: [x, y] });
  if (signedRingArea(out) === 0) throw new DataError(`${at}: ring has no area`, { ...loc, column: 'g', value: r.slice(0, 8) });
  return out;
}

/** Exterior rings (counter-clockwise) each with the holes (clockwise) that lie inside them. */
function groupRings(rings: Position[][], at: string, file: string, row: number): Position[][][] {
  const outers = rings.filter((r) => signedRingArea(r) > 0);
  const polys = outers.map((r) => [r]);
  if (!outers.length) throw new DataError(`${at}: no exterior (counter-clockwise) ring`, { file, row, column: 'g' });
  rings.forEach((h, j) => {
    if (signedRingArea(h) > 0) return;
    const candidates = outers.map((o, i) => [o, i] as const).filter(([o]) => inRing(h[0], o) || inRing(h[1], o));
    if (!candidates.length) throw new DataError(`${at} ring ${j}: a hole (clockwise ring) that lies in no exterior ring`, { file, row, column: 'g', value: h[0] });
    // The smallest exterior ring around it: holes in an island inside a lake belong to the island.
    const [, best] = candidates.reduce((a, b) => (Math.abs(signedRingArea(b[0])) < Math.abs(signedRingArea(a[0])) ? b : a));
    polys[best].push(h);
  });
  return polys;
}
