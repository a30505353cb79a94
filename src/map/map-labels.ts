import { Marker, type Map as MapLibreMap } from 'maplibre-gl';

/** A label drawn as an HTML overlay (no glyph server). */
export interface MapLabel {
  lon: number;
  lat: number;
  text: string;
}

/**
 * Region labels on `map` as HTML markers. Labels come most important first; after each move a
 * label that would overlap one placed before it is hidden.
 */
export function createLabelLayer(map: MapLibreMap): (labels: MapLabel[]) => void {
  let markers: Marker[] = [];
  const declutter = () => {
    const placed: DOMRect[] = [];
    for (const m of markers) {
      const el = m.getElement();
      el.style.visibility = '';
      const r = el.getBoundingClientRect();
      const hit = placed.some((p) => r.left < p.right + 4 && r.right + 4 > p.left && r.top < p.bottom && r.bottom > p.top);
      if (hit) el.style.visibility = 'hidden';
      else placed.push(r);
    }
  };
  map.on('moveend', declutter);
  return (labels) => {
    for (const m of markers) m.remove();
    markers = labels.map((l) => {
      const el = document.createElement('div');
      el.className = 'region-label';
      el.textContent = l.text;
      return new Marker({ element: el }).setLngLat([l.lon, l.lat]).addTo(map);
    });
    declutter();
  };
}
