/** One year of a trend: its value, or undefined when no figure is published. */
export type TrendPoint = [year: number, value: number | undefined];

/**
 * The runs of a trend that are drawn as one line: consecutive calendar years that both have a
 * value. A missing year, or a year absent from the series, breaks the line (never interpolated);
 * a lone value is a run of one (drawn as its point only).
 */
export function trendSegments(points: readonly TrendPoint[]): [number, number][][] {
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  for (const [year, v] of [...points].sort((a, b) => a[0] - b[0])) {
    const prev = run[run.length - 1];
    if (v === undefined || !Number.isFinite(v) || (prev && year !== prev[0] + 1)) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (v !== undefined && Number.isFinite(v)) run.push([year, v]);
  }
  if (run.length) runs.push(run);
  return runs;
}
