import type { Rect } from '../lib/view/fit-padding.ts';
import type { MapSnapshot } from './map-snapshot.ts';

/**
 * The part of `snap` inside `rect` (CSS pixels of the map): the picture cut to it, labels and
 * cluster rings moved with it, those whose centre lies outside left out. A rect of no area leaves
 * the snapshot as it is.
 */
export function cropSnapshot(snap: MapSnapshot, rect: Rect): MapSnapshot {
  const w = rect.right - rect.left;
  const h = rect.bottom - rect.top;
  if (w < 1 || h < 1 || snap.width < 1) return snap;
  const k = snap.image.width / snap.width;
  const image = document.createElement('canvas');
  image.width = Math.round(w * k);
  image.height = Math.round(h * k);
  if (snap.image.width > 0 && snap.image.height > 0) image.getContext('2d')!.drawImage(snap.image, rect.left * k, rect.top * k, w * k, h * k, 0, 0, image.width, image.height);
  const inside = (p: { x: number; y: number }) => p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom;
  return {
    image,
    width: w,
    height: h,
    labels: snap.labels.filter(inside).map((l) => ({ ...l, x: l.x - rect.left, y: l.y - rect.top })),
    clusters: snap.clusters.filter(inside).map((c) => ({ ...c, x: c.x - rect.left, y: c.y - rect.top })),
  };
}
