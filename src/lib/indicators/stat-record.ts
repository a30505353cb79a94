/** One figure from a compiled table in `data/stats/`, keyed by Kemendagri code before the registry join. */
export interface StatRecord {
  /** Kemendagri code: `53` (provinsi), `53.01` (kabupaten) or `ID` (national). */
  kodeKemendagri: string;
  level: 'provinsi' | 'kabupaten' | 'national';
  indicator: string;
  year: number;
  value: number;
  source: string;
  /** Where it came from, for error messages: file and 1-based line. */
  file: string;
  line: number;
}

/** A row of a compiled table that was deliberately not used, with the reason (shown in the join report). */
export interface SkippedRecord {
  file: string;
  line: number;
  code: string;
  reason: string;
}
