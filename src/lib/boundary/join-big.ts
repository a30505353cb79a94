import type { KemendagriList } from './types.ts';
import { nameKey } from '../names.ts';

/** A BIG desa as the join needs it: Kemendagri code with dots and name. */
export interface BigDesa {
  code: string;
  name: string;
}

/** How one BIG desa polygon was paired with the Kemendagri list (idn-area-data). */
export interface BigDesaJoin {
  /** BIG's code. */
  bigCode: string;
  bigName: string;
  /** The Kemendagri code it stands for; '' when none was found. */
  code: string;
  method: 'code' | 'code (name differs)' | 'name within kabupaten' | 'unmatched';
  note: string;
}

export interface BigJoinResult {
  desa: BigDesaJoin[];
  /** Kemendagri desa without a BIG polygon. */
  withoutPolygon: { code: string; name: string; districtCode: string }[];
  /** Kemendagri kecamatan none of whose desa has a polygon. */
  kecamatanWithoutPolygon: { code: string; name: string; regencyCode: string }[];
  counts: Record<BigDesaJoin['method'], number>;
}

/**
 * Pair BIG's desa polygons with Kemendagri's desa list. By code first: the code is in the list
 * and the names agree (`code`). Codes whose name disagrees, and codes absent from the list
 * (BIG writes Papua Barat Daya with pre-2022 kabupaten numbers, e.g. Kota Sorong 92.71 for 96.71),
 * are matched by a unique name among the list's unpaired desa of the same kabupaten, the
 * kabupaten found through `kabupatenRecode` (BIG kabupaten code → Kemendagri code) when given;
 * failing that, a code in the list with a different name is kept as `code (name differs)` and
 * anything else is `unmatched`. Nothing is dropped: every polygon and every listed desa is in
 * the result.
 */
export function joinBig(big: BigDesa[], kd: KemendagriList, kabupatenRecode: ReadonlyMap<string, string> = new Map()): BigJoinResult {
  const listed = new Map(kd.villages.map((v) => [v.code, v]));
  const taken = new Set<string>();
  const out: BigDesaJoin[] = big.map((d) => ({ bigCode: d.code, bigName: d.name, code: '', method: 'unmatched', note: '' }));
  const pending: number[] = [];
  big.forEach((d, i) => {
    const v = listed.get(d.code);
    if (v && nameKey(v.name) === nameKey(d.name)) {
      Object.assign(out[i], { code: d.code, method: 'code' });
      taken.add(d.code);
    } else pending.push(i);
  });
  const byKab = new Map<string, Map<string, string[]>>();
  for (const v of kd.villages) {
    if (taken.has(v.code)) continue;
    const kab = v.code.slice(0, 5);
    const names = byKab.get(kab) ?? new Map<string, string[]>();
    const key = nameKey(v.name);
    names.set(key, [...(names.get(key) ?? []), v.code]);
    byKab.set(kab, names);
  }
  for (const i of pending) {
    const d = big[i];
    const kab = kabupatenRecode.get(d.code.slice(0, 5)) ?? d.code.slice(0, 5);
    const candidates = (byKab.get(kab)?.get(nameKey(d.name)) ?? []).filter((c) => !taken.has(c));
    const v = listed.get(d.code);
    if (candidates.length === 1) {
      Object.assign(out[i], { code: candidates[0], method: 'name within kabupaten', note: `BIG code ${d.code}${v ? ` is ${v.name} in the list` : ' is not in the list'}` });
      taken.add(candidates[0]);
    } else out[i].note = candidates.length > 1 ? `${candidates.length} desa named so in ${kab}: ${candidates.join(' ')}` : v ? '' : `code not in the list and no unpaired desa named so in ${kab}`;
  }
  // Codes in the list whose name differs and found no better pairing keep their code.
  for (const i of pending) {
    const d = big[i];
    if (out[i].code || !listed.has(d.code) || taken.has(d.code)) continue;
    Object.assign(out[i], { code: d.code, method: 'code (name differs)', note: `list name ${listed.get(d.code)!.name}` });
    taken.add(d.code);
  }
  const kecWithPolygon = new Set(out.filter((d) => d.code).map((d) => d.code.slice(0, 8)));
  const counts = { code: 0, 'code (name differs)': 0, 'name within kabupaten': 0, unmatched: 0 };
  for (const d of out) counts[d.method]++;
  return {
    desa: out,
    withoutPolygon: kd.villages.filter((v) => !taken.has(v.code)).map((v) => ({ code: v.code, name: v.name, districtCode: v.districtCode })),
    kecamatanWithoutPolygon: kd.districts.filter((d) => !kecWithPolygon.has(d.code)).map((d) => ({ code: d.code, name: d.name, regencyCode: d.regencyCode })),
    counts,
  };
}
