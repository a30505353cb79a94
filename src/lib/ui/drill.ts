import type { Level } from '../types.ts';
import { ancestryOfKodeBps, levelOfKodeBps } from './region-code.ts';

/** A chunk of boundaries to load and show: kecamatan of a provinsi, or desa of a kabupaten. */
export interface ChunkRef {
  level: 'kecamatan' | 'desa';
  /** provinsi code for kecamatan chunks, kabupaten code for desa chunks. */
  key: string;
  /** Only children of these regions are shown; undefined = preload only, not shown. */
  parents?: string[];
}

/** What the map shows for a selected region: the chunks, and whose children get labels. */
export interface Focus {
  chunks: ChunkRef[];
  /** Code whose children are labelled ('' = none). */
  labelChildrenOf: string;
}

/**
 * Drill-down rule. Nothing selected: national kabupaten choropleth. A provinsi: zoom to it and
 * preload its kecamatan chunk (kabupaten stay coloured; they hold the figures). A kabupaten: its
 * kecamatan. A kecamatan or desa: the desa of that kecamatan over the kabupaten's kecamatan.
 */
export function focusOf(kode: string): Focus {
  const level = levelOfKodeBps(kode);
  if (!level) return { chunks: [], labelChildrenOf: '' };
  const [prov, kab, kec] = ancestryOfKodeBps(kode);
  if (level === 'provinsi') return { chunks: [{ level: 'kecamatan', key: prov }], labelChildrenOf: prov };
  if (level === 'kabupaten') return { chunks: [{ level: 'kecamatan', key: prov, parents: [kab] }], labelChildrenOf: kab };
  return {
    chunks: [
      { level: 'kecamatan', key: prov, parents: [kab] },
      { level: 'desa', key: kab, parents: [kec] },
    ],
    labelChildrenOf: kec,
  };
}

/**
 * Which region a click selects, given the regions under the pointer (coarsest first) and the
 * current selection: one level below the deepest region shared with the selection, so repeated
 * clicks drill down (Indonesia → provinsi → kabupaten → kecamatan → desa) and a click elsewhere
 * moves to the region at the matching level there. Undefined when nothing was hit.
 */
export function clickTarget(hits: readonly { kode: string; level: Level }[], selected: string): string | undefined {
  if (hits.length === 0) return undefined;
  const chain = selected ? ancestryOfKodeBps(selected) : [];
  let shared = -1;
  while (shared + 1 < hits.length && shared + 1 < chain.length && hits[shared + 1].kode === chain[shared + 1]) shared++;
  const target = hits[Math.min(shared + 1, hits.length - 1)];
  return target.kode;
}
