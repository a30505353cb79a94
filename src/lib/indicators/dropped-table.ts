import type { ImportResult } from '../table/import-bps-table.ts';
import type { JoinReport } from '../table/join-report.ts';
import type { IndicatorValues } from './split-bundle.ts';
import type { IndicatorBundle, IndicatorDef, SourceDef } from './types.ts';

/** A user's table (dropped into the page) as an indicator: catalogue entry, source, values and its join report. */
export interface DroppedTable {
  /** Indicator id, `user-<file name>` (unique among the catalogue's ids). */
  id: string;
  file: string;
  def: IndicatorDef;
  source: SourceDef;
  values: IndicatorValues;
  /** Years with values, ascending. */
  years: number[];
  report: JoinReport;
  /** Which column became which year, and other choices made for the user (shown with the report). */
  notes: string[];
  /** When it was added (ms since 1970), to list tables in order. */
  added: number;
}

const YEAR = /\b(19[5-9]\d|20\d\d)\b/;
const PERCENT = /persen|percent|%|\bp0\b/i;

/**
 * Turn an imported BPS table into an indicator. Value columns whose header holds a year ("Tahun
 * 2023", "2024") each give that year (a second column of the same year is left out and said so);
 * a table without years in its headers gives its first value column, for `fallbackYear`. The unit
 * is % when a used header says so (persen, percent, %, P0), else none; the direction is "higher is
 * worse" (as every poverty table), said in the notes. Kabupaten and province rows both give values.
 */
export function droppedTable(result: ImportResult, file: string, fallbackYear: number, takenIds: ReadonlySet<string>, added = Date.now()): DroppedTable {
  const notes: string[] = [];
  const byYear = new Map<number, string>();
  for (const c of result.report.columns) {
    const m = YEAR.exec(c);
    if (!m) continue;
    const y = Number(m[1]);
    if (byYear.has(y)) notes.push(`column "${c}" left out: "${byYear.get(y)}" already gives ${y}`);
    else byYear.set(y, c);
  }
  if (!byYear.size) {
    const c = result.report.columns[0];
    byYear.set(fallbackYear, c);
    notes.push(`no year in the column headers: "${c}" used for ${fallbackYear}${result.report.columns.length > 1 ? `; other columns left out: ${result.report.columns.slice(1).map((x) => `"${x}"`).join(', ')}` : ''}`);
  } else {
    const unused = result.report.columns.filter((c) => ![...byYear.values()].includes(c) && !YEAR.test(c));
    if (unused.length) notes.push(`columns without a year left out: ${unused.map((x) => `"${x}"`).join(', ')}`);
  }
  const base = `user-${file.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'table'}`;
  let id = base;
  for (let i = 2; takenIds.has(id); i++) id = `${base}-${i}`;
  const sourceId = `USER_${id}`;
  const values: IndicatorValues = {};
  for (const [year, column] of byYear) {
    const out: Record<string, [number, string]> = {};
    for (const row of result.rows) {
      const v = Object.getOwnPropertyDescriptor(row.values, column)?.value as number | null | undefined;
      if (typeof v === 'number' && Number.isFinite(v)) out[row.kodeBps] = [v, sourceId];
    }
    if (Object.keys(out).length) values[String(year)] = out;
  }
  const years = Object.keys(values).map(Number).sort((a, b) => a - b);
  const percent = [...byYear.values()].some((c) => PERCENT.test(c));
  const name = file.replace(/\.[^.]+$/, '');
  notes.push('direction: higher values are taken as worse (coloured darker), as in poverty tables');
  return {
    id, file, years, notes, added, report: result.report, values,
    def: {
      id, label: { id: name, en: name }, unit: percent ? { id: '%', en: '%' } : { id: '', en: '' },
      definition: { id: `Tabel Anda: ${file}`, en: `Your table: ${file}` }, publisher: 'user', direction: 'higher-is-worse', decimals: 2,
    },
    source: { id: sourceId, title: file, publisher: 'user', note: 'dropped into the page; kept in this browser only' },
  };
}

/** `bundle` with a dropped table added as an indicator (a new object; the input is not changed). */
export function withDroppedTable(bundle: IndicatorBundle, t: DroppedTable): IndicatorBundle {
  return { ...bundle, catalogue: [...bundle.catalogue, t.def], sources: { ...bundle.sources, [t.source.id]: t.source }, values: { ...bundle.values, [t.id]: t.values } };
}

/** `bundle` without the dropped table `id`. */
export function withoutDroppedTable(bundle: IndicatorBundle, id: string): IndicatorBundle {
  const { [id]: _gone, ...values } = bundle.values;
  const { [`USER_${id}`]: _src, ...sources } = bundle.sources;
  return { ...bundle, catalogue: bundle.catalogue.filter((d) => d.id !== id), sources, values };
}
