/** One figure from a compiled table in `data/stats/`, keyed by Kemendagri code before the registry join. */
export interface StatRecord {
  /** Kemendagri code: `53` (provinsi), `53.01` (kabupaten), `53.01.25` (kecamatan), `53.01.25.2001` (desa) or `ID` (national). */
  kodeKemendagri: string;
  level: 'provinsi' | 'kabupaten' | 'kecamatan' | 'desa' | 'national';
  indicator: string;
  year: number;
  value: number;
  source: string;
  /** Where it came from, for error messages: file and 1-based line. */
  file: string;
  line: number;
  /**
   * Which figure wins when two sources give one region, indicator and year: the lower number.
   * −1 = BPS's own table of that level (the province table `bps/provinsi/` for province figures);
   * 0 = a BPS table as published (`data/stats/bps/`, listed in `imports.csv`, whose province rows
   * also give province figures); 1 (default) = the compiled tables (copies of BPS figures from
   * Kaggle, PRISM, news reports, …).
   */
  precedence?: number;
}

/** A row of a compiled table that was deliberately not used, with the reason (shown in the join report). */
export interface SkippedRecord {
  file: string;
  line: number;
  code: string;
  reason: string;
}

/** Two sources' figures for one region, indicator and year: which was kept, which was not, and how they compare. */
export interface SourceConflict {
  indicator: string;
  year: number;
  level: 'provinsi' | 'kabupaten';
  kodeBps: string;
  kodeKemendagri: string;
  name: string;
  kept: { value: number; source: string; file: string; line: number };
  other: { value: number; source: string; file: string; line: number };
  /** `same` value; `rounding` = equal at the coarser figure's decimals (48.5 vs 48.53); `differs` = a real disagreement. */
  kind: 'same' | 'rounding' | 'differs';
}

/** How two figures compare: the same, equal after rounding to the coarser one's decimals, or different. */
export function compareFigures(a: number, b: number): SourceConflict['kind'] {
  if (a === b) return 'same';
  const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;
  const d = Math.min(decimals(a), decimals(b));
  return Math.abs(a - b) <= 0.5 * 10 ** -d + 1e-9 && (Number(a.toFixed(d)) === Number(b.toFixed(d))) ? 'rounding' : 'differs';
}
