import type { ProgramLocus } from './types.ts';

/** String fields of a locus, in the order decoded loci carry them (every field of ProgramLocus is in one list below). */
const STRINGS = ['id', 'name', 'program', 'agency', 'agencyAsGiven', 'intervention', 'locatedBy', 'provinsi', 'kabupaten', 'kecamatan', 'desa', 'level', 'nameMatch', 'source', 'note', 'dataset'] as const;
const NUMBERS = ['lon', 'lat', 'beneficiaries', 'offshoreKm'] as const;
type Field = (typeof STRINGS)[number] | (typeof NUMBERS)[number] | 'years' | 'sameAs';
// A field added to ProgramLocus and not to the lists above fails the type check here.
const EVERY_FIELD: Record<keyof ProgramLocus, true> = Object.fromEntries([...STRINGS, ...NUMBERS, 'years', 'sameAs'].map((f) => [f, true])) as Record<Field, true>;
void EVERY_FIELD;

/**
 * Loci as a few arrays for `postMessage`: each distinct string once (`strings`), the string
 * fields as indexes into it, numbers and years in typed arrays. Copying 100,000 loci as objects
 * made about 14 heap objects per locus on the receiving side (every code, agency and file name
 * a string of its own), whose deserialisation and garbage collection blocked the page; decoded
 * from this, loci share their repeated strings.
 */
export interface EncodedLoci {
  count: number;
  strings: string[];
  /** `count × STRINGS.length` indexes into `strings`; −1 where the field is absent. */
  refs: Int32Array;
  /** `count × NUMBERS.length` values; see `hasNumber`. */
  numbers: Float64Array;
  /** Bit `f` set when NUMBERS[f] is present (lon and lat always are). */
  hasNumber: Uint8Array;
  /** Years of locus `k`: `years[yearsAt[k]]` … `years[yearsAt[k + 1] − 1]`. */
  yearsAt: Int32Array;
  years: Float64Array;
  /** `sameAs` of the few loci that have it: [locus index, ids]. */
  sameAs: [number, string[]][];
}

/** Encode `loci` (see {@link EncodedLoci}); the typed arrays can be transferred. */
export function encodeLoci(loci: readonly ProgramLocus[]): EncodedLoci {
  const n = loci.length, S = STRINGS.length, N = NUMBERS.length;
  const strings: string[] = [];
  const at = new Map<string, number>();
  const refs = new Int32Array(n * S).fill(-1);
  const numbers = new Float64Array(n * N);
  const hasNumber = new Uint8Array(n);
  const yearsAt = new Int32Array(n + 1);
  const years: number[] = [];
  const sameAs: [number, string[]][] = [];
  for (let k = 0; k < n; k++) {
    const p = loci[k];
    for (let f = 0; f < S; f++) {
      const v = p[STRINGS[f]];
      if (typeof v !== 'string') continue;
      let i = at.get(v);
      if (i === undefined) at.set(v, (i = strings.push(v) - 1));
      refs[k * S + f] = i;
    }
    for (let f = 0; f < N; f++) {
      const v = p[NUMBERS[f]];
      if (typeof v !== 'number') continue;
      numbers[k * N + f] = v;
      hasNumber[k] |= 1 << f;
    }
    for (const y of p.years) years.push(y);
    yearsAt[k + 1] = years.length;
    if (p.sameAs) sameAs.push([k, p.sameAs]);
  }
  return { count: n, strings, refs, numbers, hasNumber, yearsAt, years: Float64Array.from(years), sameAs };
}

/** The typed arrays of `e`, to transfer rather than copy. */
export function encodedBuffers(e: EncodedLoci): ArrayBuffer[] {
  return [e.refs, e.numbers, e.hasNumber, e.yearsAt, e.years].map((a) => a.buffer as ArrayBuffer);
}

/** The loci of `e`, each field as encoded (absent fields stay absent). */
export function decodeLoci(e: EncodedLoci): ProgramLocus[] {
  const S = STRINGS.length, N = NUMBERS.length;
  const { strings, refs, numbers, hasNumber, yearsAt, years } = e;
  const str = (k: number, f: number) => strings[refs[k * S + f]];
  const out: ProgramLocus[] = new Array(e.count);
  for (let k = 0; k < e.count; k++) {
    const y: number[] = [];
    for (let j = yearsAt[k]; j < yearsAt[k + 1]; j++) y.push(years[j]);
    // The fields every locus has in one literal (one shape, no growing), then those it may lack.
    const p = { id: str(k, 0), name: str(k, 1), program: str(k, 2), agency: str(k, 3), intervention: str(k, 5), years: y, locatedBy: str(k, 6), lon: numbers[k * N], lat: numbers[k * N + 1] } as ProgramLocus;
    const o = p as unknown as Record<string, unknown>;
    for (const f of OPTIONAL_STRINGS) if (refs[k * S + f] >= 0) o[STRINGS[f]] = str(k, f);
    for (let f = 2; f < N; f++) if (hasNumber[k] & (1 << f)) o[NUMBERS[f]] = numbers[k * N + f];
    out[k] = p;
  }
  for (const [k, ids] of e.sameAs) out[k].sameAs = ids;
  return out;
}

/** Indexes in STRINGS of the string fields a locus may lack. */
const OPTIONAL_STRINGS = [4, 7, 8, 9, 10, 11, 12, 13, 14, 15];
