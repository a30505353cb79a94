/**
 * The years to write after a source's title: those of `years` its title does not already name
 * ("BPS, Susenas Maret 2025" with 2025 → none; "BPS, tabel 621 …" with 2019 → [2019]), so a
 * source line never says a year twice. Ascending, without repeats.
 */
export function citedYears(title: string, years: readonly number[]): number[] {
  return [...new Set(years)].filter((y) => !new RegExp(`(^|\\D)${y}(\\D|$)`).test(title)).sort((a, b) => a - b);
}

/** A source's title with the years it gives that the title does not name: "BPS, tabel 621 … (via GitHub) (2019)". */
export function citation(title: string, years: readonly number[]): string {
  const rest = citedYears(title, years);
  return rest.length ? `${title} (${rest.join(', ')})` : title;
}
