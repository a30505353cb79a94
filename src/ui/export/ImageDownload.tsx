import { useState } from 'preact/hooks';
import { useI18n, useStore } from '../store/store.ts';

/**
 * "Unduh gambar / Download image" with a choice of 1× (1200 × 800 px) or 2× (2400 × 1600 px):
 * asks the store for an image (`requestImage`); the map sync draws and saves it. Usable anywhere
 * inside the app's store (side panel footer; `compact` in the embed footer: one small button, 1×).
 */
export function ImageDownload({ compact = false }: { compact?: boolean }) {
  const { state: s, dispatch } = useStore();
  const { t } = useI18n();
  // Which size the next download uses: a choice in this widget only, not page state.
  const [scale, setScale] = useState<1 | 2>(1);
  const busy = s.imageRequest !== null;
  if (compact)
    return (
      <button type="button" class="link image-download-compact" disabled={!s.firstDrawn || busy} aria-busy={busy} onClick={() => dispatch({ type: 'requestImage', scale: 1 })}>
        {busy ? t.imageSaving : t.imageDownload}
      </button>
    );
  return (
    <div class="image-download">
      <button type="button" class="secondary" disabled={!s.firstDrawn || busy} aria-busy={busy} onClick={() => dispatch({ type: 'requestImage', scale })}>
        {busy ? t.imageSaving : t.imageDownload}
      </button>
      <select aria-label={t.imageSize} value={scale} onChange={(e) => setScale(e.currentTarget.value === '2' ? 2 : 1)}>
        {([1, 2] as const).map((k) => (
          <option key={k} value={k}>
            {t.imageSizes[k]}
          </option>
        ))}
      </select>
    </div>
  );
}
