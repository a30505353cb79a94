import { Map as MapLibreMap } from 'maplibre-gl';
import type { OnlineStyle } from '../load/online-style.ts';
import { INDONESIA_BBOX, type BBox } from '../lib/view/bbox.ts';
import { baseStyle } from './layer-specs.ts';
import { maplibreLocale, type MapLocale } from './map-controls.ts';

/** Options of the map view; see `defaultMapOptions` for defaults. */
export interface MapViewOptions {
  /** Optional online base map style, fetched by src/load/online-style.ts; null (default) keeps the map fully offline. */
  onlineStyle: Promise<OnlineStyle> | null;
  /** First view before data arrives: Indonesia. */
  initialBounds: BBox;
  /** Control labels and the map's accessible name, in the page's language (`setLocale` changes them). */
  locale: MapLocale;
  /** Embeds: the wheel scrolls the host page unless Ctrl/⌘ is held, one finger scrolls it on touch (MapLibre's cooperative gestures). */
  cooperativeGestures: boolean;
  /** Id of the element describing the map (its alt text), set as the canvas' `aria-describedby`; '' for none. */
  describedBy: string;
  /**
   * Pixel ratio of the map while its canvas is hidden, before the first choropleth (`MapView.reveal`
   * then draws at the screen's). Nobody sees those frames, yet a software renderer (SwiftShader,
   * no GPU) drew each at full size and the first visible frame waited for all of them.
   */
  hiddenPixelRatio: number;
}

export const defaultMapOptions: MapViewOptions = {
  onlineStyle: null,
  initialBounds: INDONESIA_BBOX,
  locale: { map: 'Map', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fullscreenEnter: 'Enter fullscreen', fullscreenExit: 'Exit fullscreen', reset: 'Show all of Indonesia', attribution: 'Toggle attribution', attributionText: 'Boundaries: BIG (RBI 2023), Kemendagri codes · Data: BPS and others (sources in the legend)', cooperativeCtrl: 'Use Ctrl + scroll to zoom the map', cooperativeMac: 'Use ⌘ + scroll to zoom the map', cooperativeTouch: 'Use two fingers to move the map' },
  cooperativeGestures: false,
  describedBy: '',
  hiddenPixelRatio: 0.125,
};

/** The MapLibre map with the page's options (throws without WebGL). */
export function newMap(container: HTMLElement, o: MapViewOptions): MapLibreMap {
  return new MapLibreMap({
    container,
    style: baseStyle(),
    bounds: o.initialBounds,
    pixelRatio: o.hiddenPixelRatio,
    fitBoundsOptions: { padding: 10 },
    // The attribution is one of the controls (map-controls.ts), so it follows the page's language.
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    renderWorldCopies: false,
    fadeDuration: 0,
    locale: maplibreLocale(o.locale),
    cooperativeGestures: o.cooperativeGestures,
  });
}
