import type { Level } from '../types.ts';
import { ancestry, type ParentLookup } from '../regions/ancestry.ts';
import { levelOf } from '../regions/level-of.ts';
import { DATA_LAYOUT } from '../data-layout.ts';

/** A chunk of boundaries to load and show: kecamatan of a provinsi, or desa of a kabupaten. */
export interface ChunkRef {
  level: 'kecamatan' | 'desa';
  /** provinsi code for kecamatan chunks, kabupaten (BPS) code for desa chunks: found through the parent chain, never a key's prefix. */
  key: string;
  /** Only children of these regions are shown; undefined = preload only, not shown. */
  parents?: string[];
}

/** What the map shows for a selected region: the chunks, and whose children get labels. */
export interface Focus {
  chunks: ChunkRef[];
  /** Code whose children are labelled ('' = none). */
  labelChildrenOf: string;
  /** Kabupaten whose national shape is drawn as plain land under their shown chunks. */
  drilled: string[];
}

/** The one name of a chunk: the map's source id and the page's cache key (`kecamatan-53`, `desa-5303`). */
export function chunkId(ref: Pick<ChunkRef, 'level' | 'key'>): string {
  return `${ref.level}-${ref.key}`;
}

/** Path of a chunk in the data folder (`boundaries/desa/5303.topo.json`). */
export function chunkPath(ref: Pick<ChunkRef, 'level' | 'key'>): string {
  return DATA_LAYOUT.chunk(ref.level, ref.key);
}

/** A region's ancestors by level ('' where above the region or not known yet); see `ancestry`. */
function chainOf(kode: string, parents: ParentLookup): Record<Level, string> {
  const out: Record<Level, string> = { provinsi: '', kabupaten: '', kecamatan: '', desa: '' };
  for (const k of ancestry(kode, parents)) out[levelOf(k)!] = k;
  return out;
}

/**
 * The map source a region's feature is in: the national provinsi or kabupaten, or its chunk (a
 * kecamatan's is its province's, a desa's its kabupaten's, both through `parents`); undefined
 * when that ancestor is not known yet.
 */
export function sourceOfRegion(kode: string, parents: ParentLookup): string | undefined {
  const level = levelOf(kode);
  if (level === 'provinsi' || level === 'kabupaten') return level;
  const { provinsi, kabupaten } = chainOf(kode, parents);
  if (level === 'kecamatan' && provinsi) return chunkId({ level, key: provinsi });
  return level === 'desa' && kabupaten ? chunkId({ level, key: kabupaten }) : undefined;
}

/**
 * Drill-down rule. Nothing selected: national kabupaten choropleth. A provinsi: zoom to it and
 * preload its kecamatan chunk (kabupaten stay coloured; they hold the figures). A kabupaten: its
 * kecamatan. A kecamatan or desa: the desa of that kecamatan over the kabupaten's kecamatan.
 * Ancestors come from `parents` (the region table): a desa's chunk is named by its kabupaten's
 * BPS code, which a dotted desa key does not start with. No chunk while they are not known yet
 * (a dotted kecamatan before the kecamatan rows are loaded).
 */
export function focusOf(kode: string, parents: ParentLookup): Focus {
  const level = levelOf(kode);
  const { provinsi: prov, kabupaten: kab, kecamatan: kec } = chainOf(kode, parents);
  if (!level || !prov) return { chunks: [], labelChildrenOf: '', drilled: [] };
  if (level === 'provinsi') return { chunks: [{ level: 'kecamatan', key: prov }], labelChildrenOf: prov, drilled: [] };
  if (level === 'kabupaten') return { chunks: [{ level: 'kecamatan', key: prov, parents: [kab] }], labelChildrenOf: kab, drilled: [kab] };
  return {
    chunks: [
      { level: 'kecamatan', key: prov, parents: [kab] },
      { level: 'desa', key: kab, parents: [kec] },
    ],
    labelChildrenOf: kec,
    drilled: [kab],
  };
}

/**
 * Which region a click selects, given the regions under the pointer (coarsest first) and the
 * current selection: one level below the deepest region shared with the selection, so repeated
 * clicks drill down (Indonesia → provinsi → kabupaten → kecamatan → desa) and a click elsewhere
 * moves to the region at the matching level there. Undefined when nothing was hit.
 */
export function clickTarget(hits: readonly { kode: string; level: Level }[], selected: string, parents: ParentLookup): string | undefined {
  if (hits.length === 0) return undefined;
  const chain = chainOf(selected, parents);
  let shared = -1;
  while (shared + 1 < hits.length && hits[shared + 1].kode === chain[hits[shared + 1].level]) shared++;
  const target = hits[Math.min(shared + 1, hits.length - 1)];
  return target.kode;
}
