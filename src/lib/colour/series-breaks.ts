import type { SourceDef } from '../indicators/types.ts';

/** A region whose two years' figures come from different publishers, so their difference is not a change. */
export interface SeriesBreak {
  kode: string;
  /** Publisher of the first year's figure (its series), e.g. "BPS". */
  before: string;
  /** Publisher of the second year's figure, e.g. "Kemenko PMK". */
  after: string;
}

/**
 * The series a source's figures belong to: its publisher, with BPS's regional offices ("BPS
 * Provinsi Nusa Tenggara Timur", "BPS NTT") counted as BPS (one statistics office, one method).
 */
export function seriesOf(s: Pick<SourceDef, 'publisher'> | undefined): string {
  const p = s?.publisher.trim() ?? '';
  return /^BPS(\s|$)/.test(p) ? 'BPS' : p;
}

/**
 * Regions (kode → break) whose figure in the first year and in the second come from different
 * publishers (e.g. extreme poverty 2022 from BPS, 2023 from Kemenko PMK's estimates): the change
 * view leaves them out and says so. Only regions with a figure in both years and passing `keep` are
 * looked at; an unknown source id counts as its own publisher.
 */
export function seriesBreaks(
  before: Readonly<Record<string, readonly [number, string]>>, after: Readonly<Record<string, readonly [number, string]>>,
  sources: Readonly<Record<string, Pick<SourceDef, 'publisher'>>>, keep: (kode: string) => boolean = () => true,
): Map<string, SeriesBreak> {
  const out = new Map<string, SeriesBreak>();
  for (const [kode, [, idAfter]] of Object.entries(after)) {
    const b = before[kode];
    if (!b || !keep(kode)) continue;
    const s0 = seriesOf(sources[b[1]] ?? { publisher: b[1] }), s1 = seriesOf(sources[idAfter] ?? { publisher: idAfter });
    if (s0 !== s1) out.set(kode, { kode, before: s0, after: s1 });
  }
  return out;
}

/** The breaks grouped by publisher pair, most regions first: "BPS → Kemenko PMK: 7". */
export function breakPairs(breaks: ReadonlyMap<string, SeriesBreak>): { before: string; after: string; count: number }[] {
  const m = new Map<string, { before: string; after: string; count: number }>();
  for (const b of breaks.values()) {
    const k = `${b.before}\u0000${b.after}`;
    const e = m.get(k) ?? { before: b.before, after: b.after, count: 0 };
    e.count++;
    m.set(k, e);
  }
  return [...m.values()].sort((a, b) => b.count - a.count || a.before.localeCompare(b.before));
}
