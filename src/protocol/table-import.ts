import type { DroppedTable } from '../lib/indicators/dropped-table.ts';
import type { RegionRef } from '../lib/table/region-matcher.ts';
import type { PageProblem } from '../load/load-error.ts';

/**
 * Page → table worker (src/ui/effects/table-worker.ts): read a dropped BPS table. The worker checks
 * the file against `tableLimits` before parsing it, reads it (exceljs or papaparse) and joins it.
 */
export interface TableRequest {
  id: number;
  file: File;
  /** Provinsi and kabupaten/kota rows to join to (only the fields the matcher reads). */
  regions: RegionRef[];
  /** Year for a table without a year in its headers. */
  fallbackYear: number;
  /** Indicator ids already taken (the new table's id avoids them). */
  takenIds: string[];
}

/**
 * Table worker → page, one per request: the indicator, or why the file was refused (a page
 * problem; over a limit or unreadable, it carries its `refusal` for the page to say in its language).
 */
export type TableReply = { id: number; kind: 'done'; table: DroppedTable } | { id: number; kind: 'failed'; problem: PageProblem };
