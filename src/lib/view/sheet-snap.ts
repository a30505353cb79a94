/** The bottom sheet's resting heights on a phone, smallest first. */
export const SHEET_SIZES = ['peek', 'half', 'full'] as const;
export type SheetSize = (typeof SHEET_SIZES)[number];

/** The sheet's height (CSS px) at each resting size, for the current window. */
export type SheetHeights = Record<SheetSize, number>;

/** Drag at least this far (px) before a press on the handle counts as a drag, not a tap. */
export const SHEET_DRAG_SLOP = 6;

/** The resting size nearest to `height` (px): where a drag of the handle snaps when released. Ties go to the smaller size. */
export function nearestSheetSize(height: number, heights: SheetHeights): SheetSize {
  let best: SheetSize = SHEET_SIZES[0];
  for (const s of SHEET_SIZES) if (Math.abs(heights[s] - height) < Math.abs(heights[best] - height)) best = s;
  return best;
}

/** One size up (`step` 1) or down (−1) from `size`, staying at the ends (the handle's arrow keys). */
export function stepSheetSize(size: SheetSize, step: 1 | -1): SheetSize {
  const i = SHEET_SIZES.indexOf(size) + step;
  return SHEET_SIZES[Math.max(0, Math.min(SHEET_SIZES.length - 1, i))];
}

/** What a tap on the handle (or Enter, Space) does: a folded sheet opens to half, an open one folds. */
export function toggleSheetSize(size: SheetSize): SheetSize {
  return size === 'peek' ? 'half' : 'peek';
}

/** The height (px) a drag shows: the start height moved by the pointer (`dy`, down positive), kept between the smallest and largest size. */
export function draggedSheetHeight(start: number, dy: number, heights: SheetHeights): number {
  return Math.max(heights.peek, Math.min(heights.full, start - dy));
}
