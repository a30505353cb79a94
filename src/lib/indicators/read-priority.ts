import { csvRows, kabupatenCode, yearCell } from './read-stats.ts';

/** One priority-list entry before the registry join. */
export interface PriorityRecord {
  kodeKemendagri: string;
  name: string;
  year: number;
  status: 'listed' | 'disputed';
  source: string;
  note?: string;
  line: number;
}

/**
 * `priority_regions.csv`. A row whose programme text says "disputed" is a contested variant; its
 * text names the entry it would replace ("instead of Manggarai Timur"), and that entry is marked
 * disputed too, so neither variant is silently picked: both are kept, each with a note.
 */
export function readPriorityTable(text: string, file = 'priority_regions.csv'): PriorityRecord[] {
  const out: PriorityRecord[] = csvRows(text, file, ['code', 'name', 'year', 'program', 'source_id']).map((row) => ({
    kodeKemendagri: kabupatenCode(row, file), name: row.get('name'), year: yearCell(row, file),
    status: /disputed/i.test(row.get('program')) ? 'disputed' : 'listed', source: row.get('source_id'), note: row.get('program'), line: row.line,
  }));
  for (const d of out.filter((r) => r.status === 'disputed')) {
    const rival = /instead of ([^);,]+)/i.exec(d.note ?? '')?.[1]?.trim();
    const other = rival && out.find((r) => r.year === d.year && r !== d && r.name.toLowerCase().endsWith(rival.toLowerCase()));
    if (!other) continue;
    other.status = 'disputed';
    other.note = `${other.note}; disputed: ${d.source} names ${d.name} instead`;
    d.note = `${d.note}; ${other.source} names ${other.name}`;
  }
  return out;
}
