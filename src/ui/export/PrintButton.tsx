import { useI18n, useStore } from '../store/store.ts';

/** "Cetak / Print": the browser's print dialog, with the A4 landscape print sheet (PrintSheet.tsx). */
export function PrintButton() {
  const { state: s } = useStore();
  const { t } = useI18n();
  return (
    <button type="button" class="secondary print-button" disabled={!s.firstDrawn} onClick={() => print()}>
      {t.print}
    </button>
  );
}
