import type { MapHit } from '../../map/map-view.ts';

/**
 * The region under the pointer, passed from the map to the tooltip without going through page
 * state: hovering re-renders only the tooltip, not the page.
 */
export interface HoverChannel {
  publish(hit: MapHit | null): void;
  subscribe(fn: (hit: MapHit | null) => void): () => void;
}

export function createHoverChannel(): HoverChannel {
  const subs = new Set<(hit: MapHit | null) => void>();
  return {
    publish: (hit) => subs.forEach((fn) => fn(hit)),
    subscribe(fn) {
      subs.add(fn);
      return () => void subs.delete(fn);
    },
  };
}
