import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { draggedSheetHeight, nearestSheetSize, SHEET_DRAG_SLOP, stepSheetSize, toggleSheetSize, type SheetHeights, type SheetSize } from '../lib/view/sheet-snap.ts';
import { useI18n } from './store/store.ts';

/** The sheet's sizes as styles.css draws them: folded shows the handle and the tabs (rem), half is 45 % of the window. */
export const sheetDefaults = {
  /** Folded height, rem (styles.css `.side[data-sheet='peek']`). */
  peekRem: 3.75,
  /** Half height, share of the window's height (styles.css `.side`, 45vh). */
  halfShare: 0.45,
};

/** The sheet's height (px) at each size, for this window: full reaches up to the top bar. */
function sheetHeights(sheet: HTMLElement): SheetHeights {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const top = sheet.parentElement?.getBoundingClientRect().top ?? 0;
  return { peek: sheetDefaults.peekRem * rem, half: sheetDefaults.halfShare * innerHeight, full: Math.max(0, innerHeight - top) };
}

/** How soon (ms) after the end of a mouse drag its click comes: the browser sends it with the release. */
const CLICK_AFTER_DRAG_MS = 300;

/** A drag of the handle under way: the pointer, where it started, the sheet's height then, and the height shown now. */
interface Drag {
  pointer: number;
  y: number;
  start: number;
  heights: SheetHeights;
  height: number;
  moved: boolean;
}

/**
 * The bottom sheet's handle on a phone (hidden on wide screens): drag it up or down (mouse, touch or
 * pen) and the sheet follows, then snaps to the nearest size (folded, half, full); a tap, Enter or
 * Space folds an open sheet or opens a folded one; the up and down arrows step one size. Only the
 * handle takes the pointer (`touch-action: none`): the sheet's content and the page scroll as
 * always. While dragging, the sheet is moved (transform), not resized, so the map is not refitted
 * at every step; it is resized once, at the snap.
 */
export function SheetHandle({ size, onSize, sheet }: { size: SheetSize; onSize: (size: SheetSize) => void; sheet: RefObject<HTMLElement | null> }) {
  const { t } = useI18n();
  const drag = useRef<Drag | null>(null);
  // A mouse drag ends with a click on the handle (a finger's does not): a click this soon after a
  // drag's end (ms) is the drag's, not a tap.
  const draggedAt = useRef(-Infinity);
  // Full reaches up to the top bar, whose height the stylesheet does not know.
  useLayoutEffect(() => {
    const el = sheet.current;
    if (!el || size !== 'full') return;
    const set = () => el.style.setProperty('--sheet-full', `${sheetHeights(el).full}px`);
    set();
    addEventListener('resize', set);
    return () => removeEventListener('resize', set);
  }, [size]);
  const show = (el: HTMLElement, d: Drag | null) => {
    el.style.height = d ? `${d.heights.full}px` : '';
    el.style.maxHeight = d ? 'none' : '';
    el.style.transform = d ? `translateY(${d.heights.full - d.height}px)` : '';
  };
  const end = (e: PointerEvent, snap: boolean) => {
    const d = drag.current;
    const el = sheet.current;
    if (!d || e.pointerId !== d.pointer || !el) return;
    drag.current = null;
    show(el, null);
    if (!d.moved) return;
    draggedAt.current = e.timeStamp;
    if (snap) onSize(nearestSheetSize(d.height, d.heights));
  };
  return (
    <button
      type="button"
      class="sheet-handle"
      data-sheet={size}
      aria-controls="side-panel"
      aria-expanded={size !== 'peek'}
      aria-label={t.sheetHandle(t.sheetSizes[size])}
      title={t.sheetHandle(t.sheetSizes[size])}
      onPointerDown={(e) => {
        const el = sheet.current;
        if (!el || (e.pointerType === 'mouse' && e.button !== 0)) return;
        const start = el.getBoundingClientRect().height;
        drag.current = { pointer: e.pointerId, y: e.clientY, start, heights: sheetHeights(el), height: start, moved: false };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        const el = sheet.current;
        if (!d || e.pointerId !== d.pointer || !el) return;
        const dy = e.clientY - d.y;
        if (!d.moved && Math.abs(dy) < SHEET_DRAG_SLOP) return;
        d.moved = true;
        d.height = draggedSheetHeight(d.start, dy, d.heights);
        show(el, d);
      }}
      onPointerUp={(e) => end(e, true)}
      onPointerCancel={(e) => end(e, false)}
      onClick={(e) => {
        // Enter and Space click with detail 0: never a drag's.
        if (e.detail === 0 || e.timeStamp - draggedAt.current > CLICK_AFTER_DRAG_MS) onSize(toggleSheetSize(size));
      }}
      onKeyDown={(e) => {
        const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
        if (!step) return;
        e.preventDefault();
        onSize(stepSheetSize(size, step));
      }}
    />
  );
}
