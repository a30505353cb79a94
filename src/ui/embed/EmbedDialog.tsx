import { useState } from 'preact/hooks';
import { lazyComponent } from '../lazy-component.tsx';
import { useI18n, useStore } from '../store/store.ts';
import type { Derived } from '../store/use-derived.ts';

// The dialog, its snippets and preview load on the first press, not with the first view.
const EmbedDialogBox = lazyComponent(() => import('./EmbedDialogBox.tsx').then((m) => m.EmbedDialogBox));

/** "Sematkan / Embed": a button that opens the embed dialog (`EmbedDialogBox`). */
export function EmbedDialog({ derived }: { derived: Derived }) {
  const { state: s } = useStore();
  const { t } = useI18n();
  // How many times the button was pressed: each press opens the dialog.
  const [presses, setPresses] = useState(0);
  if (!s.base) return null;
  return (
    <>
      <button type="button" class="embed-open" onClick={() => setPresses((n) => n + 1)}>
        {t.embedButton}
      </button>
      {presses > 0 && <EmbedDialogBox derived={derived} openRequest={presses} />}
    </>
  );
}
