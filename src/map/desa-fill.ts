import type { Map as MapLibreMap } from 'maplibre-gl';
import { featureIdOf } from '../lib/regions/feature-id.ts';
import type { DesaFill } from '../lib/view/desa-fill-of.ts';
import { desaFillColour } from './desa-fill-colour.ts';

/** What `createDesaFill` offers map-view.ts: the fill of every desa chunk, and each chunk's IDM status once. */
export interface DesaFillLayer {
  /** Colour all desa chunks (and those added later) by IDM status or coastal/inland. */
  set(fill: DesaFill): void;
  /** Give a desa chunk's desa their IDM status (`status`: 1–5, 0 for a kelurahan, undefined unknown); once per chunk. */
  setIdm(source: string, codes: readonly string[], status: (kode: string) => number | undefined): void;
  /** A desa chunk was added: it takes the current fill. */
  chunkAdded(source: string): void;
}

/** The desa chunks' fill: one paint change per chunk layer, the status as feature-state (geometry never re-sent). */
export function createDesaFill(map: MapLibreMap): DesaFillLayer {
  let fill: DesaFill = 'coastal';
  const sources = new Set<string>();
  const withIdm = new Set<string>();
  const paint = (source: string) => map.setPaintProperty(`${source}-fill`, 'fill-color', desaFillColour(fill));
  return {
    set(f) {
      if (f === fill) return;
      fill = f;
      for (const s of sources) paint(s);
    },
    setIdm(source, codes, status) {
      if (withIdm.has(source) || !map.getSource(source)) return;
      withIdm.add(source);
      for (const kode of codes) {
        const v = status(kode);
        if (v !== undefined) map.setFeatureState({ source, id: featureIdOf(kode) }, { idm: v });
      }
    },
    chunkAdded(source) {
      sources.add(source);
      if (fill !== 'coastal') paint(source);
    },
  };
}
