import type { Level } from '../types.ts';

/** One matched (or unmatched) region of the code crosswalk. */
export interface CrosswalkRow {
  level: Level;
  kodeBps: string;
  /** '' when no Kemendagri entry matched. */
  kodeKemendagri: string;
  name: string;
  parentKodeBps: string;
  /** How the pair was matched, e.g. `code`, `normalized name`, `manual alias`; `unmatched` otherwise. */
  method: string;
  /** Ids of the boundary-source features that make up the region (empty: no polygon). */
  sourceIds: string[];
  note: string;
}

/** A region present on one side only, with the reason it could not be paired. */
export interface Unmatched {
  level: Level;
  side: 'boundary' | 'kemendagri';
  code: string;
  name: string;
  parent: string;
  reason: string;
}

export interface Crosswalk {
  rows: CrosswalkRow[];
  unmatched: Unmatched[];
  /** Desa kept to their own kecamatan: wider matches refused (see `matchDesa`). */
  refused: RefusedMatch[];
}

/** A manual alias: a boundary-source name mapped to a Kemendagri code (data/crosswalk/aliases.csv). */
export interface Alias {
  level: string;
  province: string;
  sourceName: string;
  kodeKemendagri: string;
  note: string;
  line: number;
}

/**
 * A desa polygon refused a Kemendagri code elsewhere in its kabupaten because that code's own
 * kecamatan has a polygon of the same name (the match a wider-first order would have made).
 */
export interface RefusedMatch {
  kodeBps: string;
  name: string;
  parentKodeBps: string;
  /** The Kemendagri desa of that name in other kecamatan that have their own polygon of it. */
  kodeKemendagri: string[];
}
