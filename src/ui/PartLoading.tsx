import { useI18n } from './store/store.ts';

/** What a part of the page whose code loads on first use shows meanwhile ("Memuat…" / "Loading…"). */
export function PartLoading() {
  const { t } = useI18n();
  return (
    <p class="hint part-loading" role="status">
      {t.loadingPart}
    </p>
  );
}
