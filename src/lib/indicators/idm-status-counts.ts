/** How many desa of a set are in each IDM class: `byStatus[s]` for status s (1–5), kelurahan, and desa without a status. */
export interface IdmStatusCounts {
  byStatus: Record<1 | 2 | 3 | 4 | 5, number>;
  kelurahan: number;
  unknown: number;
}

/** Count `codes` by IDM status (`status`: 1–5, `kelurahan` for a kelurahan, undefined unknown; see `idmStatusLookup`). */
export function idmStatusCounts(codes: Iterable<string>, status: (kode: string) => number | undefined, kelurahan = 0): IdmStatusCounts {
  const out: IdmStatusCounts = { byStatus: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, kelurahan: 0, unknown: 0 };
  for (const kode of codes) {
    const s = status(kode);
    if (s === kelurahan) out.kelurahan++;
    else if (s === 1 || s === 2 || s === 3 || s === 4 || s === 5) out.byStatus[s]++;
    else out.unknown++;
  }
  return out;
}
