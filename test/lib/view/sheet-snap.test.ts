import { describe, expect, it } from 'vitest';
import { draggedSheetHeight, nearestSheetSize, stepSheetSize, toggleSheetSize } from '../../../src/lib/view/sheet-snap.ts';

const heights = () => ({ peek: 60, half: 380, full: 760 });

describe('the bottom sheet snaps to its resting sizes', () => {
  it('a drag released near a size snaps to it', () => {
    expect(nearestSheetSize(100, heights())).toBe('peek');
    expect(nearestSheetSize(300, heights())).toBe('half');
    expect(nearestSheetSize(600, heights())).toBe('full');
  });
  it('a drag released half-way between two sizes snaps to the smaller', () => {
    expect(nearestSheetSize(220, heights())).toBe('peek');
  });
  it('the arrow keys step one size and stop at the ends', () => {
    expect(stepSheetSize('half', 1)).toBe('full');
    expect(stepSheetSize('full', 1)).toBe('full');
    expect(stepSheetSize('half', -1)).toBe('peek');
    expect(stepSheetSize('peek', -1)).toBe('peek');
  });
  it('a tap folds an open sheet and opens a folded one to half', () => {
    expect(toggleSheetSize('peek')).toBe('half');
    expect(toggleSheetSize('half')).toBe('peek');
    expect(toggleSheetSize('full')).toBe('peek');
  });
  it('a drag moves the height with the pointer, within the smallest and largest size', () => {
    expect(draggedSheetHeight(380, -100, heights())).toBe(480);
    expect(draggedSheetHeight(380, 100, heights())).toBe(280);
    expect(draggedSheetHeight(380, 1000, heights())).toBe(60);
    expect(draggedSheetHeight(380, -1000, heights())).toBe(760);
  });
});
