import type { Level } from '../../types.ts';
import type { NameMethod } from '../ingest/match-names.ts';
import type { InterventionType, ProgramLocus } from '../types.ts';

/** String fields of a locus, in the order encoded loci carry them (loci-codec.ts checks every field of ProgramLocus is listed). */
export const LOCUS_STRINGS = ['id', 'name', 'program', 'agency', 'agencyAsGiven', 'intervention', 'locatedBy', 'provinsi', 'kabupaten', 'kecamatan', 'desa', 'level', 'nameMatch', 'source', 'note', 'dataset', 'interventionAsGiven'] as const;
export const LOCUS_NUMBERS = ['lon', 'lat', 'beneficiaries', 'offshoreKm'] as const;
const S = LOCUS_STRINGS.length, N = LOCUS_NUMBERS.length;

/** Loci as columns (see `EncodedLoci` in loci-codec.ts). */
export interface LociColumns {
  /** Strings used by more than one locus (agencies, codes, file names …), each once. */
  strings: string[];
  /**
   * Strings used by one locus only (ids, names …), end to end in one string: piece `i` is
   * `packed.slice(packedAt[i], packedAt[i + 1])`. One string instead of one per locus: the page
   * receiving 200,000 small strings kept its garbage collector busy.
   */
  packed: string;
  packedAt: Int32Array;
  /**
   * `count × LOCUS_STRINGS.length`: an index into `strings` (≥ 0), −1 where the field is absent, or
   * `−2 − i` for piece `i` of `packed`.
   */
  refs: Int32Array;
  /** `count × LOCUS_NUMBERS.length` values; see `hasNumber`. */
  numbers: Float64Array;
  /** Bit `f` set when LOCUS_NUMBERS[f] is present (lon and lat always are). */
  hasNumber: Uint8Array;
  /** Each distinct list of years once (frozen when decoded: loci share them). */
  yearSets: number[][];
  /** Index into `yearSets` per locus. */
  yearsRef: Int32Array;
}

/** Columns as a decoded locus reads them: `sameAs` by locus index. */
export type DecodedColumns = LociColumns & { sameAs: ReadonlyMap<number, string[]> };

/**
 * Locus `k` of columns `c`, read field by field where it is used: one small object per locus
 * (two private fields, no own properties), so 100,000 of them are a few MB the garbage collector
 * hardly sees (a string used by this locus alone is cut from `packed` each time it is read). Reads as a `ProgramLocus` (absent fields are undefined); `toJSON` gives the plain
 * object with only the present fields. Never changed after it is made.
 */
export class EncodedLocus implements ProgramLocus {
  readonly #c: DecodedColumns;
  readonly #k: number;
  constructor(c: DecodedColumns, k: number) {
    this.#c = c;
    this.#k = k;
  }
  #s(f: number): string | undefined {
    const c = this.#c, r = c.refs[this.#k * S + f];
    return r >= 0 ? c.strings[r] : r === -1 ? undefined : c.packed.slice(c.packedAt[-2 - r], c.packedAt[-1 - r]);
  }
  #n(f: number): number | undefined {
    return this.#c.hasNumber[this.#k] & (1 << f) ? this.#c.numbers[this.#k * N + f] : undefined;
  }
  get id(): string { return this.#s(0)!; }
  get name(): string { return this.#s(1)!; }
  get program(): string { return this.#s(2)!; }
  get agency(): string { return this.#s(3)!; }
  get agencyAsGiven(): string | undefined { return this.#s(4); }
  get intervention(): InterventionType { return this.#s(5) as InterventionType; }
  get locatedBy(): 'coordinates' | 'region' { return this.#s(6) as 'coordinates' | 'region'; }
  get provinsi(): string | undefined { return this.#s(7); }
  get kabupaten(): string | undefined { return this.#s(8); }
  get kecamatan(): string | undefined { return this.#s(9); }
  get desa(): string | undefined { return this.#s(10); }
  get level(): Level | undefined { return this.#s(11) as Level | undefined; }
  get nameMatch(): NameMethod | undefined { return this.#s(12) as NameMethod | undefined; }
  get source(): string | undefined { return this.#s(13); }
  get note(): string | undefined { return this.#s(14); }
  get dataset(): string | undefined { return this.#s(15); }
  get interventionAsGiven(): string | undefined { return this.#s(16); }
  get lon(): number { return this.#c.numbers[this.#k * N]; }
  get lat(): number { return this.#c.numbers[this.#k * N + 1]; }
  get beneficiaries(): number | undefined { return this.#n(2); }
  get offshoreKm(): number | undefined { return this.#n(3); }
  get years(): number[] { return this.#c.yearSets[this.#c.yearsRef[this.#k]]; }
  get sameAs(): string[] | undefined { return this.#c.sameAs.get(this.#k); }

  /** The plain locus: every present field, in the order of `ProgramLocus`'s lists above. */
  toJSON(): ProgramLocus {
    const o: Record<string, unknown> = {};
    LOCUS_STRINGS.forEach((f, i) => {
      const v = this.#s(i);
      if (v !== undefined) o[f] = v;
    });
    LOCUS_NUMBERS.forEach((f, i) => {
      const v = this.#n(i) ?? (i < 2 ? this.#c.numbers[this.#k * N + i] : undefined);
      if (v !== undefined) o[f] = v;
    });
    o.years = [...this.years];
    if (this.sameAs) o.sameAs = [...this.sameAs];
    return o as unknown as ProgramLocus;
  }
}
