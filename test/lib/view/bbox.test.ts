import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../../src/lib/view/bbox.ts';

describe('bboxOf', () => {
  it('covers every part of a multipolygon', () => {
    const island = (x: number) => [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 0]]];
    expect(bboxOf([{ type: 'MultiPolygon', coordinates: [island(120), island(124)] }])).toEqual([120, 0, 125, 1]);
  });

  it('skips null geometries and is undefined without coordinates', () => {
    expect(bboxOf([null])).toBeUndefined();
  });
});
