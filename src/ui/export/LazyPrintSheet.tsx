import { lazyComponent } from '../lazy-component.tsx';

/**
 * The print sheet (PrintSheet.tsx) with its code and the export spec loaded once the first
 * choropleth is on screen (App renders it then), not with the first view: hidden on screen, it is
 * needed only when the page is printed.
 */
export const LazyPrintSheet = lazyComponent(() => import('./PrintSheet.tsx').then((m) => m.PrintSheet));
