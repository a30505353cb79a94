import type { ExportLegend, ExportSpec, LegendRow } from './export-spec.ts';
import type { Rect } from './fit-contain.ts';

export type { Rect };

/** What the drawing function does, in order: fill a box, write a line (top-aligned), or draw the map into a box. */
export type DrawOp =
  | ({ kind: 'rect'; fill: string; stroke?: string; hatch?: boolean; round?: boolean } & Rect)
  | { kind: 'text'; x: number; y: number; text: string; font: string; colour: string; align?: 'left' | 'right' | 'center' }
  | ({ kind: 'map' } & Rect);
// The map op draws the map picture fitted whole into its box, framed (draw-map-snapshot.ts).

/** Width of `text` in CSS pixels when set in `font` (the page measures with a canvas; tests fake it). */
export type MeasureText = (text: string, font: string) => number;

/** The image: its size in pixels, what to draw (in 1× units, scaled by `scale`), and where map and legend went. */
export interface ExportLayout {
  /** Pixel size of the PNG (1× size × scale). */
  width: number;
  height: number;
  scale: number;
  ops: DrawOp[];
  map: Rect;
  legend: Rect;
}

const family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Sizes and colours of the image (the README lists the size). */
export const exportLayoutDefaults = {
  /** Size of the 1× image in pixels; 2× doubles both (2400 × 1600). */
  width: 1200,
  height: 800,
  /** Margin around everything. */
  padding: 24,
  /** Width of the legend column right of the map. */
  legendWidth: 300,
  /** Space between blocks. */
  gap: 16,
  font: {
    title: `700 26px ${family}`,
    subtitle: `400 16px ${family}`,
    breadcrumb: `400 14px ${family}`,
    legendTitle: `700 15px ${family}`,
    legend: `400 14px ${family}`,
    small: `400 12px ${family}`,
  },
  /** Line heights matching the fonts above. */
  lineHeight: { title: 32, subtitle: 22, breadcrumb: 20, legendTitle: 20, legend: 24, small: 16 },
  colour: { ink: '#1d1d1f', muted: '#5c5c66', line: '#d6d6dc', background: '#ffffff', swatchEdge: '#00000033' },
};

/**
 * Break `text` into lines no wider than `width`, at spaces; at most `maxLines`, the last one cut
 * with "…" when the text is longer. A single word wider than `width` is cut too.
 */
export function wrapText(text: string, font: string, width: number, maxLines: number, measure: MeasureText): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, font) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  const cut = lines.length > maxLines;
  const last = kept.length - 1;
  if (last >= 0 && (cut || measure(kept[last], font) > width)) kept[last] = shorten(`${kept[last]}…`, font, width, measure);
  return kept;
}

/** `text` cut at the end with "…" until it is no wider than `width`. */
export function shorten(text: string, font: string, width: number, measure: MeasureText): string {
  if (measure(text, font) <= width) return text;
  let s = text.replace(/…$/, '');
  while (s.length > 1 && measure(`${s}…`, font) > width) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

/**
 * Where everything goes on the image of `spec` at `scale` (1 or 2): title, subtitle and breadcrumb
 * on top; the map left with the legend in its own column right (so it never covers the map);
 * source and "Lokus · URL · date" at the bottom. Pure: same spec and measure, same image.
 */
export function exportLayout(spec: ExportSpec, scale: number, measure: MeasureText, o = exportLayoutDefaults): ExportLayout {
  const ops: DrawOp[] = [{ kind: 'rect', x: 0, y: 0, w: o.width, h: o.height, fill: o.colour.background }];
  const inner = o.width - 2 * o.padding;
  const lines = (text: string, font: keyof typeof o.font, x: number, y: number, width: number, max: number, colour = o.colour.ink): number => {
    const lh = o.lineHeight[font];
    const ls = wrapText(text, o.font[font], width, max, measure);
    ls.forEach((l, i) => ops.push({ kind: 'text', x, y: y + i * lh, text: l, font: o.font[font], colour }));
    return y + ls.length * lh;
  };

  let y = lines(spec.title, 'title', o.padding, o.padding, inner, 2);
  if (spec.subtitle) y = lines(spec.subtitle, 'subtitle', o.padding, y, inner, 2, o.colour.muted);
  y = lines(spec.breadcrumb.join(' › '), 'breadcrumb', o.padding, y + 2, inner, 1, o.colour.muted) + o.gap;

  // Footer from the bottom up: the credit line, then the source (up to two lines).
  // The URL is shortened rather than wrapped, so "Lokus" and the date always show.
  const [before, after] = ['Lokus · ', ` · ${spec.date}`];
  const credit = before + shorten(spec.url, o.font.small, inner - measure(before + after, o.font.small), measure) + after;
  const sourceLines = wrapText(spec.source, o.font.small, inner, 2, measure);
  const footerTop = o.height - o.padding - (sourceLines.length + 1) * o.lineHeight.small;
  ops.push({ kind: 'rect', x: o.padding, y: footerTop - o.gap / 2, w: inner, h: 1, fill: o.colour.line });
  const afterSource = lines(spec.source, 'small', o.padding, footerTop, inner, 2);
  lines(credit, 'small', o.padding, afterSource, inner, 1, o.colour.muted);

  const bodyBottom = footerTop - o.gap;
  const legendX = o.width - o.padding - o.legendWidth;
  const map = { x: o.padding, y, w: legendX - o.gap - o.padding, h: bodyBottom - y };
  ops.push({ kind: 'map', ...map });
  const legendTop = y;
  let legendBottom = legendOps(spec.legend, legendX, legendTop, o, ops, lines);
  if (spec.programs) {
    legendBottom = lines(spec.programs.title, 'legendTitle', legendX, legendBottom + o.gap, o.legendWidth, 2) + 4;
    legendBottom = legendRows(spec.programs.rows, legendX, legendBottom, o, ops);
    // Four lines: clusters, region-located points and the area-wide programs' outline.
    legendBottom = lines(spec.programs.note, 'small', legendX, legendBottom + 4, o.legendWidth, 4, o.colour.muted);
  }
  return { width: o.width * scale, height: o.height * scale, scale, ops, map, legend: { x: legendX, y: legendTop, w: o.legendWidth, h: legendBottom - legendTop } };
}

type Lines = (text: string, font: keyof typeof exportLayoutDefaults.font, x: number, y: number, width: number, max: number, colour?: string) => number;

/** Legend rows from `top` down (swatch, words, count at the right); returns their bottom. */
function legendRows(rs: readonly LegendRow[], x: number, top: number, o: typeof exportLayoutDefaults, ops: DrawOp[]): number {
  rs.forEach((r, i) => {
    const ry = top + i * o.lineHeight.legend;
    if (r.dot) ops.push({ kind: 'rect', x: x + 5, y: ry + 3, w: 14, h: 14, fill: r.colour, stroke: '#ffffff', round: true });
    else ops.push({ kind: 'rect', x, y: ry + 2, w: 24, h: 16, fill: r.colour, stroke: o.colour.swatchEdge, hatch: r.hatched });
    ops.push({ kind: 'text', x: x + 32, y: ry + 2, text: r.label, font: o.font.legend, colour: o.colour.ink });
    if (r.count) ops.push({ kind: 'text', x: x + o.legendWidth, y: ry + 3, text: r.count, font: o.font.small, colour: o.colour.muted, align: 'right' });
  });
  return top + rs.length * o.lineHeight.legend;
}

/** The legend's ops from `y` down; returns its bottom. */
function legendOps(legend: ExportLegend, x: number, y: number, o: typeof exportLayoutDefaults, ops: DrawOp[], lines: Lines): number {
  const w = o.legendWidth;
  y = lines(legend.title, 'legendTitle', x, y, w, 3) + 6;
  const rows = (rs: readonly LegendRow[], top: number) => legendRows(rs, x, top, o, ops);
  if (legend.kind === 'classes') {
    y = rows(legend.rows, y);
    if (legend.note) y = lines(legend.note, 'small', x, y + 8, w, 5, o.colour.muted) + 4;
    if (legend.noteRows) y = rows(legend.noteRows, y);
    return y;
  }
  // The 3×3 key: poverty rows high on top, coverage columns left to right, labels on both axes.
  const cell = { w: 44, h: 30 }, axisW = 70;
  [2, 1, 0].forEach((pov, row) => {
    const cy = y + row * (cell.h + 2);
    ops.push({ kind: 'text', x: x + axisW - 6, y: cy + 8, text: legend.rowLabels[pov], font: o.font.small, colour: o.colour.muted, align: 'right' });
    [0, 1, 2].forEach((cov) => ops.push({ kind: 'rect', x: x + axisW + cov * (cell.w + 2), y: cy, w: cell.w, h: cell.h, fill: legend.colours[pov * 3 + cov] }));
  });
  y += 3 * (cell.h + 2) + 2;
  [0, 1, 2].forEach((cov) => ops.push({ kind: 'text', x: x + axisW + cov * (cell.w + 2) + cell.w / 2, y, text: legend.colLabels[cov], font: o.font.small, colour: o.colour.muted, align: 'center' }));
  y = lines(legend.axes, 'small', x, y + o.lineHeight.small + 4, w, 2, o.colour.muted);
  return lines(legend.note, 'small', x, y + 4, w, 6, o.colour.muted);
}
