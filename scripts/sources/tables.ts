import { readFile } from 'node:fs/promises';
import { DataError } from '../../src/lib/errors.ts';
import { readDelimited } from '../../src/lib/table/read-delimited.ts';

/** Read a committed CSV under data/ into objects keyed by header, checking required columns. */
export async function readCsvObjects(file: string, required: string[]): Promise<{ line: number; row: Record<string, string> }[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DataError(`${file}: cannot read (${(e as Error).message})`, { file });
  }
  const { records } = readDelimited(text, file, ',');
  const header = records[0]?.cells ?? [];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new DataError(`${file}: missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}; header is "${header.join(',')}"`, { file, row: 1 });
  return records.slice(1).map((r) => ({ line: r.line, row: Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])) }));
}

/** A two-column code map from a committed CSV, validating both codes' shapes. */
export async function readCodeMap(file: string, from: string, to: string, shapes: [RegExp, RegExp]): Promise<Map<string, string>> {
  const m = new Map<string, string>();
  for (const { line, row } of await readCsvObjects(file, [from, to])) {
    for (const [col, re] of [[from, shapes[0]], [to, shapes[1]]] as const)
      if (!re.test(row[col])) throw new DataError(`${file} row ${line}, column "${col}": "${row[col]}" is not a valid code (expected ${re.source})`, { file, row: line, column: col, value: row[col] });
    if (m.has(row[from])) throw new DataError(`${file} row ${line}, column "${from}": duplicate code "${row[from]}"`, { file, row: line, column: from, value: row[from] });
    m.set(row[from], row[to]);
  }
  return m;
}
