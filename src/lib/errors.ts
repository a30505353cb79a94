/**
 * An error in input data (a file, a row, a value), as opposed to a bug.
 * Scripts print it without a stack and exit 1; the page shows it to the user.
 * The message names the file, row, column, value and what was expected.
 */
export class DataError extends Error {
  override name = 'DataError';
  /** `details.id`: the same message in Bahasa Indonesia, for the page (the message itself is English). */
  constructor(message: string, readonly details: { file?: string; row?: number; column?: string; value?: unknown; id?: string } = {}) {
    super(message);
  }
}

/** Format a location prefix such as `regions.csv row 14, column "lat"`. */
export function where(file?: string, row?: number, column?: string): string {
  const parts: string[] = [];
  if (file) parts.push(file);
  if (row !== undefined) parts.push(`row ${row}`);
  if (column !== undefined) parts.push(`column "${column}"`);
  return parts.join(', ');
}
