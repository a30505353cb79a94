declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon given as rings of [x, y]; `precision` in input units. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
