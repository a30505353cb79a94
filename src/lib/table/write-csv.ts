/** Quote a CSV cell when it holds a comma, quote, or line break (RFC 4180). */
export function csvCell(v: unknown): string {
  const s = v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Write rows as CSV text with a header line and a trailing newline. */
export function writeCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
