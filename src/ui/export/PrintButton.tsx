import { useI18n, useStore } from '../store/store.ts';
import { LazyPrintSheet } from './LazyPrintSheet.tsx';

/**
 * "Cetak / Print": the browser's print dialog, with the A4 landscape print sheet (PrintSheet.tsx).
 * The sheet's code loads just after the first view; pressed before it has arrived, the dialog
 * opens once it has been rendered (a task later).
 */
export function PrintButton() {
  const { state: s } = useStore();
  const { t } = useI18n();
  return (
    <button type="button" class="secondary print-button" disabled={!s.firstDrawn} onClick={() => void LazyPrintSheet.preload().then(() => setTimeout(print), () => print())}>
      {t.print}
    </button>
  );
}
