import { EncodedLocus, LOCUS_NUMBERS, LOCUS_STRINGS, type DecodedColumns, type LociColumns } from './encoded-locus.ts';
import type { ProgramLocus } from '../types.ts';

type Field = (typeof LOCUS_STRINGS)[number] | (typeof LOCUS_NUMBERS)[number] | 'years' | 'sameAs';
// A field added to ProgramLocus and not to the lists of encoded-locus.ts fails the type check here.
const EVERY_FIELD: Record<keyof ProgramLocus, true> = Object.fromEntries([...LOCUS_STRINGS, ...LOCUS_NUMBERS, 'years', 'sameAs'].map((f) => [f, true])) as Record<Field, true>;
void EVERY_FIELD;

/**
 * Loci as a few arrays for `postMessage`: each distinct string once (`strings`), the string
 * fields as indexes into it, numbers in typed arrays, each distinct list of years once. Copying
 * 100,000 loci as objects made about 14 heap objects per locus on the receiving side (every code,
 * agency and file name a string of its own), whose deserialisation and garbage collection blocked
 * the page. Decoded, the loci stay in these arrays (see {@link EncodedLocus}).
 */
export interface EncodedLoci extends LociColumns {
  count: number;
  /** `sameAs` of the few loci that have it: [locus index, ids]. */
  sameAs: [number, string[]][];
}

/** Encode `loci` (see {@link EncodedLoci}); the typed arrays can be transferred. */
export function encodeLoci(loci: readonly ProgramLocus[]): EncodedLoci {
  const n = loci.length, S = LOCUS_STRINGS.length, N = LOCUS_NUMBERS.length;
  // Strings used more than once go in the table, the others end to end in `packed`.
  const uses = new Map<string, number>();
  for (const p of loci) for (const f of LOCUS_STRINGS) {
    const v = p[f];
    if (typeof v === 'string') uses.set(v, (uses.get(v) ?? 0) + 1);
  }
  const strings: string[] = [];
  const at = new Map<string, number>();
  const pieces: string[] = [];
  const packedAt: number[] = [0];
  const refs = new Int32Array(n * S).fill(-1);
  const numbers = new Float64Array(n * N);
  const hasNumber = new Uint8Array(n);
  const yearSets: number[][] = [];
  const yearSetAt = new Map<string, number>();
  const yearsRef = new Int32Array(n);
  const sameAs: [number, string[]][] = [];
  for (let k = 0; k < n; k++) {
    const p = loci[k];
    for (let f = 0; f < S; f++) {
      const v = p[LOCUS_STRINGS[f]];
      if (typeof v !== 'string') continue;
      if (uses.get(v) === 1) {
        refs[k * S + f] = -2 - (pieces.push(v) - 1);
        packedAt.push(packedAt[packedAt.length - 1] + v.length);
        continue;
      }
      let i = at.get(v);
      if (i === undefined) at.set(v, (i = strings.push(v) - 1));
      refs[k * S + f] = i;
    }
    for (let f = 0; f < N; f++) {
      const v = p[LOCUS_NUMBERS[f]];
      if (typeof v !== 'number') continue;
      numbers[k * N + f] = v;
      hasNumber[k] |= 1 << f;
    }
    const key = p.years.join(',');
    let y = yearSetAt.get(key);
    if (y === undefined) yearSetAt.set(key, (y = yearSets.push(p.years.slice()) - 1));
    yearsRef[k] = y;
    if (p.sameAs) sameAs.push([k, p.sameAs]);
  }
  return { count: n, strings, packed: pieces.join(''), packedAt: Int32Array.from(packedAt), refs, numbers, hasNumber, yearSets, yearsRef, sameAs };
}

/** The typed arrays of `e`, to transfer rather than copy. */
export function encodedBuffers(e: EncodedLoci): ArrayBuffer[] {
  return [e.packedAt, e.refs, e.numbers, e.hasNumber, e.yearsRef].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The loci of `e`, each field as encoded (absent fields read as undefined). Each is a small view
 * into `e`'s arrays (two fields), not an object with a property and a string per field: taking
 * 100,000 loci that way kept the page's garbage collector busy for 100–300 ms at a time.
 */
export function decodeLoci(e: EncodedLoci): ProgramLocus[] {
  const c: DecodedColumns = { strings: e.strings, packed: e.packed, packedAt: e.packedAt, refs: e.refs, numbers: e.numbers, hasNumber: e.hasNumber, yearSets: e.yearSets.map((y) => Object.freeze(y) as number[]), yearsRef: e.yearsRef, sameAs: new Map(e.sameAs) };
  const out: ProgramLocus[] = new Array(e.count);
  for (let k = 0; k < e.count; k++) out[k] = new EncodedLocus(c, k);
  return out;
}

/**
 * `loci` as {@link EncodedLocus} views (encoded and decoded in place, no message): the page keeps
 * the shipped list in the same shape as imported loci, so that its per-locus loops (merge, index,
 * filters, map points) see one class, not plain objects of many shapes mixed with views.
 */
export const columnarLoci = (loci: readonly ProgramLocus[]): ProgramLocus[] => decodeLoci(encodeLoci(loci));
