import type { Map as MapLibreMap } from 'maplibre-gl';

/** A region label as shown on the map: text and centre in CSS pixels of the map. */
export interface SnapshotLabel {
  text: string;
  x: number;
  y: number;
}

/** A program cluster ring as shown: centre and diameter in CSS pixels, count, and its arcs (colour, share of the ring). */
export interface SnapshotCluster {
  x: number;
  y: number;
  size: number;
  count: number;
  arcs: { colour: string; share: number }[];
  /** All its loci are located by region (a dashed edge). */
  byRegion: boolean;
}

/**
 * The map as drawn at one moment, for the image download and the print sheet: the WebGL picture
 * copied into a 2D canvas (`image`, device pixels), the map's size in CSS pixels, and the HTML
 * overlays (region labels, cluster rings) that are not part of the WebGL picture.
 */
export interface MapSnapshot {
  image: HTMLCanvasElement;
  width: number;
  height: number;
  labels: SnapshotLabel[];
  clusters: SnapshotCluster[];
}

/**
 * Copy what `map` shows, rendered at `pixelRatio` or the screen's, whichever is higher. The WebGL
 * canvas keeps no picture between frames (`preserveDrawingBuffer` is off, as it should be for
 * speed), so the map is redrawn synchronously (`redraw`) and copied in the same task, before the
 * browser clears the buffer. Rendering at 2× swaps the canvas resolution for one frame only: the
 * map looks the same on screen. Call when the map is idle (everything requested drawn).
 */
export function snapshotMap(map: MapLibreMap, pixelRatio: number): MapSnapshot {
  const before = map.getPixelRatio();
  const raise = pixelRatio > before;
  if (raise) map.setPixelRatio(pixelRatio);
  map.redraw();
  const canvas = map.getCanvas();
  const image = document.createElement('canvas');
  image.width = canvas.width;
  image.height = canvas.height;
  // A hidden map (display: none) has a 0 × 0 canvas, which drawImage refuses: the copy stays empty.
  if (canvas.width > 0 && canvas.height > 0) image.getContext('2d')!.drawImage(canvas, 0, 0);
  // Back to following devicePixelRatio (MapLibre documents null for that; its type says number).
  if (raise) (map as unknown as { setPixelRatio(r: number | null): void }).setPixelRatio(null);
  const box = canvas.getBoundingClientRect();
  const centre = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: (r.left + r.right) / 2 - box.left, y: (r.top + r.bottom) / 2 - box.top, size: r.width };
  };
  const container = map.getContainer();
  const labels = [...container.querySelectorAll<HTMLElement>('.region-label')]
    .filter((el) => el.style.visibility !== 'hidden')
    .map((el) => ({ text: el.textContent ?? '', ...centre(el) }))
    .map(({ text, x, y }) => ({ text, x, y }));
  const clusters = [...container.querySelectorAll<HTMLElement>('.program-cluster')].map((el) => {
    const rings = [...el.querySelectorAll('circle')];
    const arcs = rings.slice(1).map((c) => {
      const r = Number(c.getAttribute('r'));
      const len = Number((c.getAttribute('stroke-dasharray') ?? '0').split(' ')[0]);
      return { colour: c.getAttribute('stroke') ?? '#555', share: r > 0 ? len / (2 * Math.PI * r) : 0 };
    });
    return { ...centre(el), count: Number(el.dataset.count) || 0, arcs, byRegion: rings[0]?.getAttribute('stroke-dasharray') !== 'none' };
  });
  return { image, width: box.width, height: box.height, labels, clusters };
}
