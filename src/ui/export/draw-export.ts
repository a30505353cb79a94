import type { MapSnapshot } from '../../map/map-view.ts';
import { drawMapSnapshot } from './draw-map-snapshot.ts';
import { exportLayout, type DrawOp, type ExportLayout, type Rect } from './export-layout.ts';
import type { ExportSpec } from './export-spec.ts';

/** A 6 px diagonal hatch over `fill`, like the page's "no data" swatch. */
function hatch(ctx: CanvasRenderingContext2D, r: Rect): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  ctx.strokeStyle = '#00000033';
  ctx.lineWidth = 1;
  for (let d = -r.h; d < r.w; d += 4) {
    ctx.moveTo(r.x + d, r.y + r.h);
    ctx.lineTo(r.x + d + r.h, r.y);
  }
  ctx.stroke();
  ctx.restore();
}

/** Run the layout's ops on `ctx` (already scaled to CSS pixel units). */
export function drawOps(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[], snap: MapSnapshot): void {
  for (const op of ops) {
    if (op.kind === 'map') drawMapSnapshot(ctx, snap, op);
    else if (op.kind === 'rect' && op.round) {
      ctx.beginPath();
      ctx.arc(op.x + op.w / 2, op.y + op.h / 2, op.w / 2, 0, 2 * Math.PI);
      ctx.fillStyle = op.fill;
      ctx.fill();
      ctx.strokeStyle = '#00000055';
      ctx.lineWidth = 1;
      ctx.stroke();
    } else if (op.kind === 'rect') {
      if (op.fill !== 'none') {
        ctx.fillStyle = op.fill;
        ctx.fillRect(op.x, op.y, op.w, op.h);
      }
      if (op.hatch) hatch(ctx, op);
      if (op.stroke) {
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = 1;
        ctx.strokeRect(op.x + 0.5, op.y + 0.5, op.w - 1, op.h - 1);
      }
    } else {
      ctx.font = op.font;
      ctx.fillStyle = op.colour;
      ctx.textAlign = op.align ?? 'left';
      ctx.textBaseline = 'top';
      ctx.fillText(op.text, op.x, op.y);
    }
  }
}

/** The width of `text` in `font`, measured with `ctx`. */
const measureWith = (ctx: CanvasRenderingContext2D) => (text: string, font: string) => {
  ctx.font = font;
  return ctx.measureText(text).width;
};

/** Where the map goes in the image of `spec` (CSS px of the 1× image): its map is drawn for this box's shape. */
export function exportMapBox(spec: ExportSpec): Rect {
  return exportLayout(spec, 1, measureWith(document.createElement('canvas').getContext('2d')!)).map;
}

/** The export image of `spec` with `snap` as its map, at `scale` (1: 1200 × 800 px, 2: 2400 × 1600 px). */
export function renderExport(spec: ExportSpec, snap: MapSnapshot, scale: number): { canvas: HTMLCanvasElement; layout: ExportLayout } {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const layout = exportLayout(spec, scale, measureWith(ctx));
  canvas.width = layout.width;
  canvas.height = layout.height;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  drawOps(ctx, layout.ops, snap);
  return { canvas, layout };
}
