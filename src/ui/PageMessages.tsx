import { useI18n, useStore } from './store/store.ts';
import { urlNoticeTexts } from '../lib/format/url-notice-texts.ts';

/** Problems a new attempt may solve: downloads that failed or arrived damaged. */
const RETRYABLE = new Set(['network', 'http', 'json']);

/** URL notices, the fatal first-view error with "retry", and problems that leave the page usable: each said once, in the page's language. */
export function PageMessages() {
  const { state: s, dispatch } = useStore();
  const { t, lang } = useI18n();
  // Readers of an embed are never told that its link was repaired (a moved year, a bad parameter):
  // the journalist chose the link, and the embed dialog counts and cuts what it writes into it.
  const reader = s.url.embed;
  const moved = reader ? null : s.yearNotice;
  const movedLabel = moved ? (s.base?.bundle.catalogue.find((d) => d.id === moved.indicator)?.label[lang] ?? moved.indicator) : '';
  return (
    <>
      {moved && (
        <div class="notice notice-year" role="status">
          <span>{(moved.level === 'provinsi' ? t.yearMovedProvinsi : moved.level === 'kabupaten' ? t.yearMovedKabupaten : t.yearMoved)(movedLabel, moved.from, moved.to)}</span>
          <button type="button" class="icon" aria-label={t.dismiss} onClick={() => dispatch({ type: 'dismissYearNotice' })}>×</button>
        </div>
      )}
      {!reader && s.levelNotice && (
        <div class="notice notice-level" role="status">
          <span>{t.levelNoProvinces(s.base?.bundle.catalogue.find((d) => d.id === s.levelNotice)?.label[lang] ?? s.levelNotice)}</span>
          <button type="button" class="icon" aria-label={t.dismiss} onClick={() => dispatch({ type: 'dismissLevelNotice' })}>×</button>
        </div>
      )}
      {!reader && s.notices.length > 0 && (
        <div class="notice" role="status">
          <span>{urlNoticeTexts(s.notices, t).join(' ')}</span>
          <button type="button" class="icon" aria-label={t.dismiss} onClick={() => dispatch({ type: 'dismissNotices' })}>×</button>
        </div>
      )}
      {(s.fatal || s.problems.length > 0) && (
        <div class="error" role="alert">
          {/* A page whose only problem is the English words says so, not that data failed. */}
          <strong>{!s.fatal && s.problems.every((p) => p.kind === 'lang') ? t.errorTitleLang : t.errorTitle}</strong>{' '}
          {s.fatal && (
            <span class="error-message" data-kind={s.fatal.kind} data-file={s.fatal.file}>
              {t.problem(s.fatal)}{' '}
            </span>
          )}
          {s.problems.map((p, i) => (
            <span key={i} class="error-message" data-kind={p.kind} data-file={p.file}>
              {t.problem(p)}{' '}
              {/* A problem the page works around (a kept list, the import worker, bad features) can be closed. */}
              {!s.fatal && !RETRYABLE.has(p.kind) && (
                <button type="button" class="icon dismiss-problem" aria-label={t.dismissProblem} title={t.dismissProblem} onClick={() => dispatch({ type: 'dismissProblem', index: i })}>×</button>
              )}
            </span>
          ))}
          {/* "Retry" where fetching again may help: the first view, or a download that failed. */}
          {(s.fatal || s.problems.some((p) => RETRYABLE.has(p.kind))) && <button type="button" onClick={() => dispatch({ type: 'retry' })}>{t.retry}</button>}
        </div>
      )}
    </>
  );
}
