import { useI18n } from '../store/store.ts';
import type { ProgramIssue } from '../../lib/programs/types.ts';
import { toSafeCsv } from '../../lib/programs/codec/safe-csv.ts';
import { formatNumber } from '../../lib/format/format.ts';
import { downloadText } from '../download.ts';

/**
 * Issues listed in the report before "… and N more": a few dozen are read; thousands (a code
 * warning on every row of a 100,000-row file) made a 3,000-item list whose layout alone blocked
 * the page for ~0.5 s, and nobody reads them there. All of them are in the CSV download.
 */
export const ISSUES_SHOWN = 25;

/** One severity's issues: the first `ISSUES_SHOWN`, a count of the rest by kind, and every issue as CSV. */
export function IssueList({ issues, severity, file }: { issues: readonly ProgramIssue[]; severity: 'error' | 'warning'; file: string }) {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(v, lang, 0);
  const rest = issues.slice(ISSUES_SHOWN);
  const byCode = new Map<string, number>();
  for (const i of rest) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
  const save = () => {
    const csv = toSafeCsv(['severity', 'file', 'row', 'column', 'value', 'code', 'message'], issues.map((i) => [i.severity, i.file, i.row, i.column ?? '', i.value ?? '', i.code, i.message[lang]]));
    downloadText(`\ufeff${csv}`, `${file.replace(/\.[^.]+$/, '')}-${{ error: { id: 'galat', en: 'errors' }, warning: { id: 'peringatan', en: 'warnings' } }[severity][lang]}.csv`);
  };
  return (
    <>
      <ul class={`issues issues-${severity}`} data-count={issues.length}>
        {issues.slice(0, ISSUES_SHOWN).map((i, k) => (
          <li key={k} data-code={i.code} data-row={i.row}>{i.message[lang]}</li>
        ))}
      </ul>
      {rest.length > 0 && (
        <p class="issues-more small">
          {t.importMoreIssues(n(rest.length), [...byCode].map(([code, c]) => `${code} × ${n(c)}`).join(', '))}{' '}
          <button type="button" class="link" onClick={save}>{t.importIssuesCsv(n(issues.length))}</button>
        </p>
      )}
    </>
  );
}
