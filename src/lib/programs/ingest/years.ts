/** Years accepted in a `year` cell: programs of the extreme-poverty effort and their forerunners. */
export const YEAR_RANGE = [1990, 2045] as const;

/**
 * Read a `year` cell: `2024`, `2022-2024` (a range), `2022;2023` or `2021, 2023` (a list).
 * Returns ascending distinct years, `[]` for an empty cell, or undefined when the cell is not
 * of that form or a year lies outside {@link YEAR_RANGE}.
 */
export function parseYears(cell: string): number[] | undefined {
  const s = cell.trim();
  if (s === '') return [];
  const years = new Set<number>();
  for (const part of s.split(/[;,/]|\s+dan\s+|\s+and\s+/)) {
    const p = part.trim();
    if (p === '') continue;
    const m = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/.exec(p);
    if (!m) return undefined;
    const a = Number(m[1]), b = m[2] ? Number(m[2]) : a;
    if (a > b || a < YEAR_RANGE[0] || b > YEAR_RANGE[1]) return undefined;
    for (let y = a; y <= b; y++) years.add(y);
  }
  return [...years].sort((x, y) => x - y);
}
