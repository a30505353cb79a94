import { clusterCountKey } from './program-layers.ts';

/**
 * Accessible name of a cluster from its counts per intervention type and total, and what a click
 * does: zoom to its loci, or (loci all at one point) open the region there. The UI supplies the words.
 */
export type ClusterLabel = (counts: Record<string, number>, total: number, byRegion: number, action: ClusterAction) => string;

/** What clicking a ring does. */
export type ClusterAction = 'zoom' | 'select';

/** Smallest and largest cluster ring in CSS pixels: the count stays legible, the ring hides little of the map. */
const CLUSTER_MIN_PX = 20;
const CLUSTER_MAX_PX = 34;

/**
 * A cluster of program loci as an HTML button: a hollow ring split into one arc per intervention
 * type (arc length ∝ count, colours as the points) around the number of loci. Drawn with inline
 * SVG and the page's own font, so no glyph or sprite server is needed. A cluster whose loci are
 * all located by region gets a dashed outline, like the hollow single points. Only the ring and
 * the number take the pointer (styles.css): the land inside shows through, and a click there
 * reaches the region beneath.
 */
export function clusterMarker(props: Record<string, unknown>, colours: Record<string, string>, label: ClusterLabel, action: ClusterAction = 'zoom'): HTMLButtonElement {
  const total = Number(props.point_count) || 0;
  const counts: Record<string, number> = {};
  for (const t of Object.keys(colours)) {
    const n = Number(props[clusterCountKey(t)]) || 0;
    if (n > 0) counts[t] = n;
  }
  const byRegion = Number(props[clusterCountKey('region')]) || 0;
  // Grows with the log of the count, capped: with the ~1,900-centre register an uncapped ring
  // reached 110 px and covered Java; 64 px rings still hid Java and its labels at national zoom.
  const size = Math.min(CLUSTER_MAX_PX, Math.round(CLUSTER_MIN_PX - 4 + 3.5 * Math.log2(Math.max(2, total))));
  const r = size / 2 - 3, c = size / 2, circ = 2 * Math.PI * r;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  const circle = (attrs: Record<string, string | number>) => {
    const el = document.createElementNS(ns, 'circle');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    svg.appendChild(el);
  };
  circle({ class: 'ring-edge', cx: c, cy: c, r: r + 2.5, fill: 'none', stroke: '#333', 'stroke-width': 1, 'stroke-dasharray': byRegion === total ? '3 2' : 'none' });
  let offset = 0;
  for (const [t, n] of Object.entries(counts)) {
    const len = (n / total) * circ;
    // Each arc is a dashed stroke of the same circle, rotated to start at 12 o'clock.
    circle({ class: 'ring-arc', cx: c, cy: c, r, fill: 'none', stroke: colours[t], 'stroke-width': 4, 'stroke-dasharray': `${len} ${circ - len}`, 'stroke-dashoffset': -offset, transform: `rotate(-90 ${c} ${c})` });
    offset += len;
  }
  const text = document.createElementNS(ns, 'text');
  text.setAttribute('x', String(c));
  text.setAttribute('y', String(c));
  text.setAttribute('text-anchor', 'middle');
  text.setAttribute('dominant-baseline', 'central');
  text.textContent = String(total);
  svg.appendChild(text);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'program-cluster';
  button.dataset.count = String(total);
  button.dataset.types = Object.keys(counts).join(' ');
  button.dataset.action = action;
  button.setAttribute('aria-label', label(counts, total, byRegion, action));
  button.title = button.getAttribute('aria-label')!;
  button.appendChild(svg);
  return button;
}
