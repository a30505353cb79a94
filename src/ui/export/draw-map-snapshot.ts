import type { MapSnapshot } from '../../map/map-view.ts';
import { defaultColours } from '../../map/layer-specs.ts';
import { fitContain, type Rect } from './fit-contain.ts';

/** Label and cluster text on the map image, as the page draws them (styles.css `.region-label`, `.program-cluster`). */
const LABEL_FONT = '600 11px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/**
 * Draw `snap` into `box` of `ctx` (CSS pixel units): the map picture fitted whole ("contain",
 * nothing the user saw is cut) with a thin frame, then its region labels and cluster rings at the
 * same scale. Where the box is wider or taller than the map, it stays blank: filled with sea colour
 * it would read as a coast.
 */
export function drawMapSnapshot(ctx: CanvasRenderingContext2D, snap: MapSnapshot, box: Rect, framed = true): void {
  const fit = fitContain({ w: snap.width, h: snap.height }, box);
  ctx.save();
  ctx.beginPath();
  ctx.rect(fit.x, fit.y, fit.w, fit.h);
  ctx.clip();
  ctx.fillStyle = defaultColours.ocean;
  ctx.fillRect(fit.x, fit.y, fit.w, fit.h);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(snap.image, fit.x, fit.y, fit.w, fit.h);
  const at = (x: number, y: number) => [fit.x + x * fit.k, fit.y + y * fit.k] as const;
  // Rings keep their screen size when a small part of the map is enlarged (a phone's), as labels do.
  const ring = Math.min(1, fit.k);
  for (const c of snap.clusters) {
    const [x, y] = at(c.x, c.y);
    // As cluster-marker.ts: a white disc with a 1 px edge, the ring 4 px inside it, 6 px wide.
    ctx.beginPath();
    ctx.arc(x, y, (c.size / 2 - 1) * ring, 0, 2 * Math.PI);
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.setLineDash(c.byRegion ? [3, 2] : []);
    ctx.strokeStyle = '#333';
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.setLineDash([]);
    let start = -Math.PI / 2;
    for (const a of c.arcs) {
      ctx.beginPath();
      ctx.arc(x, y, (c.size / 2 - 4) * ring, start, start + a.share * 2 * Math.PI);
      ctx.strokeStyle = a.colour;
      ctx.lineWidth = 6 * ring;
      ctx.stroke();
      start += a.share * 2 * Math.PI;
    }
    ctx.fillStyle = '#111';
    ctx.font = LABEL_FONT.replace('11px', '12px');
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(c.count), x, y);
  }
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of snap.labels) {
    const [x, y] = at(l.x, l.y);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 3;
    ctx.strokeText(l.text, x, y);
    ctx.fillStyle = '#222';
    ctx.fillText(l.text, x, y);
  }
  ctx.restore();
  if (!framed) return;
  ctx.strokeStyle = '#d6d6dc';
  ctx.lineWidth = 1;
  ctx.strokeRect(fit.x + 0.5, fit.y + 0.5, fit.w - 1, fit.h - 1);
}


/**
 * The print sheet's map: `snap` drawn into `canvas` at 2× its own shape (the print layout scales
 * it to the paper). Called on `beforeprint`, so the paper shows the map as it is on screen.
 */
export function drawPrintMap(canvas: HTMLCanvasElement, snap: MapSnapshot): void {
  const scale = 2;
  canvas.width = Math.round(snap.width * scale);
  canvas.height = Math.round(snap.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  drawMapSnapshot(ctx, snap, { x: 0, y: 0, w: snap.width, h: snap.height });
}

/**
 * A still picture of the map laid over it while its camera is away for an image
 * (map/framed-snapshot.ts): `snap` drawn into `canvas` at its own resolution, labels and rings
 * included, placed and sized like the map (no frame).
 */
export function drawStill(snap: MapSnapshot, canvas: HTMLCanvasElement): void {
  const scale = snap.width > 0 ? snap.image.width / snap.width : 1;
  canvas.width = snap.image.width;
  canvas.height = snap.image.height;
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', width: `${snap.width}px`, height: `${snap.height}px` });
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  drawMapSnapshot(ctx, snap, { x: 0, y: 0, w: snap.width, h: snap.height }, false);
}
