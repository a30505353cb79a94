import type { KabKind } from '../names.ts';
import { LEVELS, type Level } from '../types.ts';
import { searchWords } from './search-words.ts';
import { shardLetter } from './shard-letter.ts';
import type { DesaShard, MatchKind, SearchCore, SearchResult } from './types.ts';

/**
 * The names the matcher scans, one row per region in parallel arrays: core levels first (in
 * core order), then desa as their shards arrive. Normalisation happens here, once per name.
 */
export class SearchData {
  /** Level index (0 provinsi … 3 desa). */
  readonly level: number[] = [];
  readonly kode: string[] = [];
  readonly kemendagri: string[] = [];
  readonly name: string[] = [];
  /** Name key: folded words joined without spaces ("sidomulyo"). */
  readonly key: string[] = [];
  /** Folded words, each preceded by a space (" sido mulyo"), for word-start tests. */
  readonly spaced: string[] = [];
  /** Kabupaten or kota for kabupaten-level names with that prefix, else null. */
  readonly kind: KabKind[] = [];
  /** Row of the parent region, -1 for provinsi. */
  readonly parent: number[] = [];
  /** Name shard letter of desa rows ('' for core rows). */
  readonly letter: string[] = [];
  /** Rows of desa without a polygon (opened at their kecamatan). */
  readonly noPolygon = new Set<number>();
  /** Number of rows above desa. */
  readonly coreSize: number;
  private readonly byKode = new Map<string, number>();
  private readonly kecamatanRow: number;

  constructor(readonly core: SearchCore) {
    const { provinsi: p, kabupaten: k, kecamatan: c } = core;
    p.kode.forEach((kode, i) => this.add(0, kode, p.kemendagri[i], p.name[i], -1));
    const kabRow = this.level.length;
    k.kode.forEach((kode, i) => this.add(1, extend(kode, 4, this.kode[k.parent[i]]), extendKemendagri(k.kemendagri[i], this.kemendagri[k.parent[i]]), k.name[i], k.parent[i]));
    this.kecamatanRow = this.level.length;
    c.kode.forEach((kode, i) => {
      const parent = kabRow + c.parent[i];
      this.add(2, extend(kode, 7, this.kode[parent]), extendKemendagri(c.kemendagri[i], this.kemendagri[parent]), c.name[i], parent);
    });
    this.coreSize = this.level.length;
  }

  /** Add the desa of a shard (codes expanded, parents linked); desa already present are skipped. */
  addDesa(shard: DesaShard): void {
    let kec = 0;
    const flagged = new Set(shard.noPolygon);
    for (let i = 0; i < shard.name.length; i++) {
      kec += shard.kecamatan[i];
      const parent = this.kecamatanRow + kec;
      const kode = extend(shard.kode[i], 10, this.kode[parent]);
      const kemendagri = extendKemendagri(shard.kemendagri?.[i] ?? '', this.kemendagri[parent]);
      const known = this.byKode.get(`3:${kode}`);
      if (known === undefined) {
        if (flagged.has(i)) this.noPolygon.add(this.level.length);
        this.add(3, kode, kemendagri, shard.name[i], parent);
      } else if (kemendagri !== '') this.kemendagri[known] = kemendagri;
    }
  }

  /** Row of a region by level and BPS code, or -1. */
  row(level: Level, kode: string): number {
    return this.byKode.get(`${LEVELS.indexOf(level)}:${kode}`) ?? -1;
  }

  /** The result record for a row. */
  result(row: number, match: MatchKind): SearchResult {
    const names: [string, string, string] = ['', '', ''];
    for (let r = this.parent[row]; r >= 0; r = this.parent[r]) names[this.level[r]] = this.name[r];
    const parent = this.parent[row];
    return {
      kode: this.kode[row], kemendagri: this.kemendagri[row], level: LEVELS[this.level[row]], name: this.name[row],
      parentName: parent >= 0 ? this.name[parent] : '', provinsi: names[0], kabupaten: names[1], kecamatan: names[2], match,
      ...(this.noPolygon.has(row) ? { opensAt: this.kode[parent] } : {}),
    };
  }

  private add(level: number, kode: string, kemendagri: string, name: string, parent: number): void {
    const { kind, words } = searchWords(name, LEVELS[level]);
    const key = words.join('');
    this.byKode.set(`${level}:${kode}`, this.level.length);
    this.level.push(level);
    this.kode.push(kode);
    this.kemendagri.push(kemendagri);
    this.name.push(name);
    this.key.push(key);
    this.spaced.push(` ${words.join(' ')}`);
    this.kind.push(level === 1 ? kind : null);
    this.parent.push(parent);
    this.letter.push(level === 3 ? shardLetter(key) : '');
  }
}

/** A stored BPS code made whole: shorter than `length` digits means an extension of the parent's. */
function extend(kode: string, length: number, parentKode: string): string {
  if (kode.length >= length) return kode;
  // A dotted kecamatan's desa are stored by their last four digits (see build-search-index.ts).
  return parentKode.includes('.') ? `${parentKode}.${kode}` : parentKode + kode;
}

/** A stored Kemendagri code made whole: without dots it extends the parent's (see `types.ts`). */
function extendKemendagri(kem: string, parentKem: string): string {
  return kem === '' || kem.includes('.') ? kem : `${parentKem}.${kem}`;
}
