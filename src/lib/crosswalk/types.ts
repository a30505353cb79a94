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
