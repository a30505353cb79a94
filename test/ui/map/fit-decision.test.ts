import { describe, expect, it } from 'vitest';
import { fitMargin } from '../../../src/lib/view/fit-padding.ts';
import { fitDecision } from '../../../src/ui/store/fit-decision.ts';
import type { MapScene } from '../../../src/ui/store/map-scene.ts';
import { layout } from './map-fixture.ts';

const L = layout();
const scene = (patch: Partial<MapScene> = {}): MapScene => ({ region: '53', chunks: [], drilled: [], view: null, viewFromUrl: false, fitBox: [120, -11, 125, -8], fitRequest: 0, layout: L, attempt: 0, ...patch });

describe('fitDecision', () => {
  it('fits the first view without animation, and fully (no keepWithin)', () => {
    const move = fitDecision(null, scene());
    expect(move?.kind).toBe('fit');
    expect(move?.kind === 'fit' && [move.bbox, move.options.animate, move.options.keepWithin]).toEqual([[120, -11, 125, -8], false, undefined]);
  });

  it('flies to a newly selected region', () => {
    const move = fitDecision(scene(), scene({ region: '5303', fitBox: [123, -10.5, 124, -9.5] }));
    expect(move?.kind === 'fit' && [move.options.animate, move.options.keepWithin]).toEqual([true, undefined]);
  });

  it('does nothing when region, bbox, request and layout are the same', () => {
    expect(fitDecision(scene(), scene())).toBeNull();
  });

  it('on a new layout alone, refits only if the region would be covered (keepWithin the margin less a 4-px guard)', () => {
    const wider = layout(1200, 700);
    const move = fitDecision(scene(), scene({ layout: wider }));
    expect(move?.kind === 'fit' && move.options.keepWithin).toBe(fitMargin(wider) - 4);
  });

  it('fits again after "back to Indonesia" even when Indonesia is already shown', () => {
    const national = scene({ region: '', fitBox: [94.5, -11.2, 141.2, 6.3] });
    expect(fitDecision(national, { ...national, fitRequest: 1 })?.kind).toBe('fit');
  });

  it('keeps a camera the user moved, also when the layout changes', () => {
    const moved = scene({ view: [123, -9, 8], fitBox: undefined });
    expect(fitDecision(scene(), moved)).toBeNull();
    expect(fitDecision(moved, { ...moved, layout: layout(1200, 700) })).toBeNull();
  });

  it('jumps to a camera from the URL (a link or back/forward), and to any camera on the first draw', () => {
    expect(fitDecision(scene(), scene({ view: [123, -9, 8], viewFromUrl: true, fitBox: undefined }))).toEqual({ kind: 'jump', view: [123, -9, 8] });
    expect(fitDecision(null, scene({ view: [123, -9, 8], fitBox: undefined }))).toEqual({ kind: 'jump', view: [123, -9, 8] });
  });

  it('does not jump again to a camera from the URL it jumped to when only the chunks change (each jump is a frame)', () => {
    const linked = scene({ view: [123, -9, 8], viewFromUrl: true, fitBox: undefined });
    expect(fitDecision(linked, { ...linked, chunks: [], drilled: ['5301'] })).toBeNull();
    expect(fitDecision(linked, { ...linked, view: [123, -9, 8] })).toEqual({ kind: 'jump', view: [123, -9, 8] });
  });

  it('fits the same region again once the user camera is dropped (the region picked again)', () => {
    const moved = scene({ view: [123, -9, 8], fitBox: undefined });
    const move = fitDecision(moved, scene());
    expect(move?.kind === 'fit' && [move.options.animate, move.options.keepWithin]).toEqual([true, undefined]);
  });

  it('fits nothing when there is nothing to fit', () => {
    expect(fitDecision(null, scene({ fitBox: undefined }))).toBeNull();
  });
});
