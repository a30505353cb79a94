import { useI18n } from '../store/store.ts';
import type { ImportRowResult, ProgramImport } from '../../lib/programs/types.ts';
import { ROW_TABLE_MAX } from '../../lib/programs/ingest/row-results.ts';
import { toSafeCsv } from '../../lib/programs/codec/safe-csv.ts';
import { formatNumber } from '../../lib/format/format.ts';
import { downloadText } from '../download.ts';

/** Rows shown in the page; every row is in the CSV download. */
const ROWS_SHOWN = 200;

/**
 * The row-by-row result of an import: row, name, where placed (province down to the level placed
 * at), how (by code, coordinates or names, or not used) and the row's warnings and errors, in the
 * page's language; downloadable as CSV.
 */
export function RowResults({ result }: { result: ProgramImport }) {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(v, lang, 0);
  if (!result.rows) return <p class="muted small import-rows-none">{t.importRowsNone(n(ROW_TABLE_MAX))}</p>;
  const byRow = new Map<number, string[]>();
  for (const i of result.issues) if (i.row > 0) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i.message[lang].replace(/^.*?(?:baris|row|fitur|feature) \d+(?:, (?:kolom|column) "[^"]*")?: /, '')]);
  const how = (r: ImportRowResult) => (r.how === 'code' || r.how === 'coordinates' || r.how === 'refused' ? t.importRowsHow[r.how] : t.importRowsByName(t.nameMethodLabels[r.how]));
  const place = (r: ImportRowResult) => r.place.slice().reverse().join(', ');
  const cells = (r: ImportRowResult) => [String(r.row), r.name, place(r), how(r), (byRow.get(r.row) ?? []).join(' | ')];
  const head = ['row', 'name', 'place', 'how', 'warnings'].map((k) => t.importRowsHead[k]);
  const save = () => downloadText(toSafeCsv(head, result.rows!.map(cells)), `${result.file.replace(/\.[^.]+$/, '')}-${lang === 'id' ? 'hasil-per-baris' : 'result-per-row'}.csv`);
  return (
    <details class="import-rows small" open={result.rows.length <= 50}>
      <summary>{t.importRowsTitle} ({n(result.rows.length)})</summary>
      <div class="import-rows-scroll">
      <table>
        <thead><tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {result.rows.slice(0, ROWS_SHOWN).map((r) => (
            <tr key={r.row} data-row={r.row} data-how={r.how}>
              {cells(r).map((c, k) => (k === 0 ? <th key={k} scope="row" class="num">{c}</th> : <td key={k}>{c}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <button type="button" class="link" id="import-rows-csv" onClick={save}>{t.importRowsCsv}</button>
    </details>
  );
}
