/** Output of `editDistances`, reused across calls so a scan over 80,000 names allocates nothing. */
export interface Distances {
  /** Distance from the query to the whole name key. */
  full: number;
  /** Distance from the query to the closest prefix of the name key (a name still being typed). */
  prefix: number;
}

let buffers = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours) from query
 * `a` to name key `b`, against the whole of `b` and against its best prefix. A value over `max`
 * is reported as `max + 1`. Only the band of cells within `max` of the diagonal is computed, and
 * the scan stops as soon as a whole row exceeds `max`, so most names cost a dozen comparisons.
 */
export function editDistances(a: string, b: string, max: number, out: Distances): void {
  const m = a.length;
  const n = Math.min(b.length, m + max);
  const over = max + 1;
  out.full = over;
  out.prefix = over;
  if (m - b.length > max) return;
  if (buffers[0].length <= n + 1) buffers = [new Int32Array(n + 2), new Int32Array(n + 2), new Int32Array(n + 2)];
  let pp = buffers[0], p = buffers[1], c = buffers[2];
  for (let j = 0; j <= n; j++) p[j] = j;
  p[n + 1] = over;
  let lo = 0, hi = n;
  for (let i = 1; i <= m; i++) {
    // biome-ignore lint/complexity/useMathMinMax: the hot loop of an 80,000-name scan; a ternary compares two ints without a call
    lo = i - max > 1 ? i - max : 1;
    // biome-ignore lint/complexity/useMathMinMax: the hot loop of an 80,000-name scan; a ternary compares two ints without a call
    hi = i + max < n ? i + max : n;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    c[lo - 1] = lo === 1 ? i : over;
    let rowMin = c[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = p[j - 1] + (ai === bj ? 0 : 1);
      if (p[j] + 1 < v) v = p[j] + 1;
      if (c[j - 1] + 1 < v) v = c[j - 1] + 1;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj && pp[j - 2] + 1 < v) v = pp[j - 2] + 1;
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return;
    if (hi < n) c[hi + 1] = over;
    const t = pp;
    pp = p;
    p = c;
    c = t;
  }
  // biome-ignore lint/complexity/useMathMinMax: the hot loop of an 80,000-name scan; a ternary compares two ints without a call
  if (b.length === n && n >= lo) out.full = p[n] < over ? p[n] : over;
  let best = over;
  for (let j = lo - 1; j <= hi; j++) if (p[j] < best) best = p[j];
  out.prefix = best;
}
