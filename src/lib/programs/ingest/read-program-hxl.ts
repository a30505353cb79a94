import type { DelimitedTable } from '../../table/read-delimited.ts';
import type { ProgramField } from './columns.ts';
import { parseIntervention } from '../intervention.ts';
import type { RawProgramRow, RawProgramTable } from './raw-row.ts';

/**
 * Humanitarian 3W ("who does what where") files tagged with HXL (hxlstandard.org): a header row,
 * then a row of hashtags. Each program field is read from the first column whose tag fits, in the
 * order listed (attributes after the tag, e.g. `#adm2+name`, narrow it):
 */
const TAGS: { field: ProgramField; tags: readonly string[] }[] = [
  { field: 'id', tags: ['#meta+id', '#activity+id', '#activity+code', '#meta+code'] },
  { field: 'agency', tags: ['#org+impl', '#org+name', '#org'] },
  // #sector first; a sector that is not one of ours falls back to the activity (see below).
  { field: 'intervention', tags: ['#sector+name', '#sector', '#subsector'] },
  { field: 'program', tags: ['#activity+name', '#activity', '#output', '#indicator+name'] },
  { field: 'provinsiName', tags: ['#adm1+name', '#adm1'] },
  { field: 'kabupatenName', tags: ['#adm2+name', '#adm2'] },
  { field: 'kecamatanName', tags: ['#adm3+name', '#adm3'] },
  { field: 'desaName', tags: ['#adm4+name', '#adm4', '#loc+name', '#loc'] },
  { field: 'lat', tags: ['#geo+lat'] },
  { field: 'lon', tags: ['#geo+lon'] },
  { field: 'year', tags: ['#date+year', '#date+start', '#date'] },
  { field: 'beneficiaries', tags: ['#reached', '#beneficiary', '#affected+reached', '#targeted'] },
  { field: 'source', tags: ['#meta+source'] },
  { field: 'note', tags: ['#description', '#meta+notes', '#status'] },
];

/** P-codes per level, finest first: OCHA's Indonesian P-codes are BPS codes prefixed "ID". */
const CODE_TAGS = ['#adm4+code', '#adm3+code', '#adm2+code', '#adm1+code'] as const;

/** Tag and attributes of a hashtag cell, lower case: "#adm2 +name" → { tag: "#adm2", attrs: ["name"] }. */
function parseTag(cell: string): { tag: string; attrs: string[] } | undefined {
  const m = /^\s*(#[a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)\s*$/i.exec(cell);
  if (!m) return undefined;
  return { tag: m[1].toLowerCase(), attrs: m[2].split('+').map((a) => a.trim().toLowerCase()).filter(Boolean) };
}

/** True when the record below the header is an HXL hashtag row (most of its non-empty cells are tags). */
export function isHxl(table: DelimitedTable): boolean {
  const row = table.records[1]?.cells.filter((c) => c !== '') ?? [];
  return row.length > 0 && row.filter((c) => parseTag(c)).length / row.length >= 0.5;
}

/** Column of the first tag that fits `want` ("#adm2+name": tag #adm2 with attribute name). */
function findColumn(tags: ({ tag: string; attrs: string[] } | undefined)[], want: string, taken: Set<number>): number {
  const w = parseTag(want)!;
  return tags.findIndex((t, i) => !taken.has(i) && t !== undefined && t.tag === w.tag && w.attrs.every((a) => t.attrs.includes(a)));
}

/**
 * Read an HXL-tagged 3W table (already split into records) as program rows. Missing required
 * fields are filled where a 3W file implies them: `id` = "3W-" + line when there is no id tag;
 * `name` = the activity and the finest place named ("Cash for work — Baumata"); an `#sector` that
 * is not an intervention word falls back to an `#activity` that is. Dates ("2024-03-01") give
 * their year; start and end dates a range.
 */
export function readProgramHxl(table: DelimitedTable, file: string): RawProgramTable {
  const [header, tagRow, ...body] = table.records;
  const tags = tagRow.cells.map(parseTag);
  const taken = new Set<number>();
  const pos: Partial<Record<ProgramField, number>> = {};
  for (const { field, tags: wants } of TAGS) {
    for (const want of wants) {
      const i = findColumn(tags, want, taken);
      if (i >= 0) { pos[field] = i; taken.add(i); break; }
    }
  }
  const codeCol = CODE_TAGS.map((t) => findColumn(tags, t, new Set())).find((i) => i >= 0);
  const endCol = findColumn(tags, '#date+end', new Set());
  const activityCol = findColumn(tags, '#activity', new Set());
  const label = (i: number) => `${header.cells[i] || `column ${i + 1}`} (${tagRow.cells[i]})`;
  const columns: Partial<Record<ProgramField, string>> = {};
  for (const [f, i] of Object.entries(pos) as [ProgramField, number][]) columns[f] = label(i);
  if (codeCol !== undefined) columns.code = label(codeCol);
  if (pos.id === undefined) columns.id = '(generated: 3W-line)';
  columns.name = `(generated: ${[pos.program, pos.desaName ?? pos.kecamatanName ?? pos.kabupatenName].filter((i) => i !== undefined).map((i) => tagRow.cells[i!]).join(' — ') || 'line'})`;
  const rows = body.map(({ line, cells }): RawProgramRow => {
    const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
    const place = cell(pos.desaName) || cell(pos.kecamatanName) || cell(pos.kabupatenName) || cell(pos.provinsiName);
    const get = (f: ProgramField): string => {
      switch (f) {
        case 'id': return cell(pos.id) || `3W-${line}`;
        case 'name': return [cell(pos.program), place].filter(Boolean).join(' — ') || `3W ${line}`;
        case 'code': return cell(codeCol).replace(/^id/i, '');
        case 'intervention': {
          const sector = cell(pos.intervention), activity = cell(activityCol);
          return !parseIntervention(sector) && parseIntervention(activity) ? activity : sector;
        }
        case 'year': {
          const y = (s: string) => /^(\d{4})(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?(?:[T ].*)?$/.exec(s)?.[1] ?? s;
          const a = y(cell(pos.year)), b = y(cell(endCol));
          return a && b && a !== b ? `${a}-${b}` : a || b;
        }
        default: return cell(pos[f]);
      }
    };
    return { row: line, get, column: (f) => columns[f] ?? f };
  });
  return { file, format: 'hxl', feature: false, map: { columns, ...(codeCol !== undefined ? { scheme: 'bps' as const } : {}) }, rows };
}
