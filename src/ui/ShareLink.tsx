import { useI18n } from './store/store.ts';
import { useState } from 'preact/hooks';

/**
 * Copies the current URL (which holds the whole view) to the clipboard; where the clipboard is not
 * available, shows the link selected for manual copying.
 */
export function ShareLink() {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = () =>
    navigator.clipboard
      .writeText(location.href)
      .then(() => setState('copied'))
      .catch(() => setState('manual'));
  return (
    <div class="share">
      <button type="button" onClick={copy}>
        {t.shareLink}
      </button>
      <span role="status">{state === 'copied' ? ` ${t.shareCopied}` : ''}</span>
      {state === 'manual' && (
        <label>
          {t.shareManual} <input readOnly value={location.href} ref={(el) => el?.select()} />
        </label>
      )}
    </div>
  );
}
