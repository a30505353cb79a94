/** UI languages: Bahasa Indonesia first. */
export type Lang = 'id' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Format a number for the UI language: `8,47` in Bahasa Indonesia, `8.47` in English,
 * with thousands separators (`1.234,5` / `1,234.5`). Non-finite values give '–'.
 */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  if (!Number.isFinite(value)) return '–';
  const key = `${lang}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** A value with its unit: `8,47%` (no space before %), `123,4 ribu jiwa` (space before words). */
export function formatValue(value: number, unit: string, lang: Lang, decimals = 2): string {
  const n = formatNumber(value, lang, decimals);
  if (!Number.isFinite(value) || unit === '') return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}
