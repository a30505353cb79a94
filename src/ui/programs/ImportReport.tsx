import { useI18n } from '../store/store.ts';
import { NAME_METHODS } from '../../lib/programs/ingest/match-names.ts';
import type { ProgramImport } from '../../lib/programs/types.ts';
import { formatNumber } from '../../lib/format/format.ts';
import { IssueList } from './IssueList.tsx';
import { RowResults } from './RowResults.tsx';

/** The report of a finished import: rows used, ids replaced, how names matched, which column fed each field, errors and warnings (each naming row, column and value). */
export function ImportReport({ result, replacedIds }: { result: ProgramImport; replacedIds: string[] })  {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(v, lang, 0);
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  return (
    <>
      <p class="import-summary">{t.importResult(result.file, n(result.loci.length), n(result.rowsRead), n(errors.length), n(warnings.length))}</p>
      {replacedIds.length > 0 && <p class="muted">{t.importReplaced(replacedIds.join(', '))}</p>}
      {NAME_METHODS.some((m) => result.nameMethods[m] > 0) && (
        <table class="name-methods small">
          <caption>{t.importNameMethods}</caption>
          <tbody>
            {/* The register's address methods only where they were used. */}
            {NAME_METHODS.filter((m) => result.nameMethods[m] > 0 || (m !== 'address' && m !== 'disputed')).map((m) => (
              <tr key={m} data-method={m}>
                <th scope="row">{t.nameMethodLabels[m]}</th>
                <td class="num">{n(result.nameMethods[m])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RowResults result={result} />
      {result.columns.length > 0 && (
        <details class="column-map small">
          <summary>{t.importColumns(result.format)}</summary>
          <ul>
            {result.columns.map((c) => (
              <li key={c.field} data-field={c.field}>
                <code>{c.column}</code> → {t.importFieldLabels[c.field] ?? c.field}
              </li>
            ))}
          </ul>
        </details>
      )}
      {errors.length > 0 && (
        <>
          <h4>{t.importErrors}</h4>
          <IssueList issues={errors} severity="error" file={result.file} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h4>{t.importWarnings}</h4>
          <IssueList issues={warnings} severity="warning" file={result.file} />
        </>
      )}
    </>
  );
}
