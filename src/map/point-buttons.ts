import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { PointLabel, ProgramMapPoint } from './program-layer.ts';

/** Most single points given a button (keyboard and screen reader access) at once: those in the view, nearest its centre first. */
const MAX_POINT_BUTTONS = 200;

/** Transparent buttons over the single program points in view (the dots are drawn by the circle layer). */
export interface PointButtons {
  /** Buttons for `singles` (indices into `points`) inside the view, nearest its centre first; those of points gone from view go. */
  draw(points: readonly ProgramMapPoint[], singles: readonly number[], label: PointLabel): void;
  /** Remove every button (a new point set: the same index names another point). */
  clear(): void;
}

/**
 * Each single point in view gets a button over its dot: Tab reaches it, Enter or a click opens its
 * card (`openPoint`). The container's `data-program-point-buttons` says how many there are.
 */
export function createPointButtons(map: MapLibreMap, openPoint: (point: ProgramMapPoint) => void): PointButtons {
  let markers = new Map<string, Marker>();
  const container = map.getContainer();
  return {
    draw(points, singles, label) {
      const b = map.getBounds(), c = map.getCenter();
      const inView = singles.filter((i) => points[i].lon >= b.getWest() && points[i].lon <= b.getEast() && points[i].lat >= b.getSouth() && points[i].lat <= b.getNorth());
      if (inView.length > MAX_POINT_BUTTONS) inView.sort((i, j) => Math.hypot(points[i].lon - c.lng, points[i].lat - c.lat) - Math.hypot(points[j].lon - c.lng, points[j].lat - c.lat));
      const next = new Map<string, Marker>();
      for (const i of inView.slice(0, MAX_POINT_BUTTONS)) {
        const p = points[i];
        const key = `${i}`;
        let m = markers.get(key);
        if (!m) {
          const el = document.createElement('button');
          el.type = 'button';
          el.className = 'program-point';
          el.dataset.intervention = p.intervention;
          if (p.id) el.dataset.id = p.id;
          // No `title`: the map's own tooltip names the point on hover.
          el.setAttribute('aria-label', label(p));
          el.addEventListener('click', (e) => {
            e.stopPropagation();
            openPoint(p);
          });
          m = new Marker({ element: el }).setLngLat([p.lon, p.lat]).addTo(map);
        }
        next.set(key, m);
      }
      for (const [key, m] of markers) if (next.get(key) !== m) m.remove();
      markers = next;
      container.dataset.programPointButtons = String(next.size);
    },
    clear() {
      for (const m of markers.values()) m.remove();
      markers = new Map();
    },
  };
}
