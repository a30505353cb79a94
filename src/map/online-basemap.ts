import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { OnlineStyle } from '../load/online-style.ts';

/** Put an online style's layers under Lokus' own (only when configured; off by default). */
export function addOnlineBasemap(map: MapLibreMap, style: OnlineStyle): void {
  for (const [id, s] of Object.entries(style.sources)) map.addSource(`online-${id}`, s);
  for (const l of style.layers) {
    // Symbol layers need the style's glyph server; Lokus labels are HTML overlays instead.
    if (!('source' in l) || typeof l.source !== 'string' || l.type === 'symbol') continue;
    map.addLayer({ ...l, id: `online-${l.id}`, source: `online-${l.source}` } as LayerSpecification, 'kabupaten-fill');
  }
}
