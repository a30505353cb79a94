import { isIdmNeed } from './idm-status.ts';
import type { IdmDesa } from './read-idm.ts';

/** Need above the desa for one area, computed by Lokus from IDM 2024. */
export interface IdmNeed {
  /** Kemendagri code of the area, digits only (`530125`, `5301`, `53`). */
  kode: string;
  /** Desa with a score (n). */
  scored: number;
  /** Desa Tertinggal or Sangat Tertinggal. */
  need: number;
  /** need / scored × 100, 2 decimals. */
  needShare: number;
  /** Median IDM of the scored desa, 4 decimals (the files' precision). */
  median: number;
}

const LENGTH = { kecamatan: 6, kabupaten: 4, provinsi: 2 } as const;

/**
 * Per kecamatan, kabupaten or province (by the desa code's prefix): the number of desa scored, the
 * number and share Tertinggal + Sangat Tertinggal, and the median IDM. Desa without a score are left
 * out of n (the caller reports them). Sorted by code. Pure.
 */
export function idmNeed(desa: readonly IdmDesa[], level: keyof typeof LENGTH): IdmNeed[] {
  const groups = new Map<string, IdmDesa[]>();
  for (const d of desa) {
    if (d.idm === null || d.status === null) continue;
    const k = d.kode.slice(0, LENGTH[level]);
    const g = groups.get(k);
    if (g) g.push(d);
    else groups.set(k, [d]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kode, g]) => {
      const need = g.filter((d) => isIdmNeed(d.status!)).length;
      return { kode, scored: g.length, need, needShare: round((100 * need) / g.length, 2), median: round(median(g.map((d) => d.idm!)), 4) };
    });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function round(x: number, decimals: number): number {
  return Number(x.toFixed(decimals));
}
