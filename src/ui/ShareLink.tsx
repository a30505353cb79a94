import { useState } from 'preact/hooks';
import type { Strings } from '../i18n/index.ts';

/**
 * Copies the current URL (which holds the whole view) to the clipboard; where the clipboard is not
 * available, shows the link selected for manual copying.
 */
export function ShareLink({ t }: { t: Strings }) {
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
