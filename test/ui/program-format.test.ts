import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_ALIASES } from '../../src/lib/programs/ingest/columns.ts';
import { parseIntervention } from '../../src/lib/programs/intervention.ts';

const page = readFileSync('public/program-format.html', 'utf8');

describe('the import format page (public/program-format.html)', () => {
  it('lists every accepted column name', () => {
    const missing = Object.values(COLUMN_ALIASES).flat().filter((a) => !page.includes(`<code>${a}</code>`));
    expect(missing).toEqual([]);
  });
  it('lists only intervention words the importer accepts, each under its type', () => {
    const rows = [...page.matchAll(/<tr><td><code>(\w+)<\/code><\/td><td>([^<]+)<\/td><\/tr>/g)];
    expect(rows.length).toBe(6);
    for (const [, type, words] of rows) for (const w of words.split(',')) expect([w.trim(), parseIntervention(w.trim())]).toEqual([w.trim(), type]);
  });
});
