import { AttributionControl, FullscreenControl, NavigationControl, ScaleControl, type IControl, type Map as MapLibreMap } from 'maplibre-gl';

/** The map's own words (control labels, the canvas' accessible name), in the page's language. */
export interface MapLocale {
  /** Accessible name of the map canvas. */
  map: string;
  zoomIn: string;
  zoomOut: string;
  fullscreenEnter: string;
  fullscreenExit: string;
  /** The "back to all of Indonesia" button. */
  reset: string;
  attribution: string;
  /** The attribution's text: where boundaries and data come from. */
  attributionText: string;
  /** Cooperative gestures' hint (embeds): wheel without Ctrl on Windows/Linux, without ⌘ on a Mac, one finger on touch. */
  cooperativeCtrl: string;
  cooperativeMac: string;
  cooperativeTouch: string;
}

/** MapLibre's string table (its `locale` option) for a `MapLocale`. */
export function maplibreLocale(l: MapLocale): Record<string, string> {
  return {
    'Map.Title': l.map,
    'NavigationControl.ZoomIn': l.zoomIn,
    'NavigationControl.ZoomOut': l.zoomOut,
    'FullscreenControl.Enter': l.fullscreenEnter,
    'FullscreenControl.Exit': l.fullscreenExit,
    'AttributionControl.ToggleAttribution': l.attribution,
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Meters': 'm',
    'CooperativeGesturesHandler.WindowsHelpText': l.cooperativeCtrl,
    'CooperativeGesturesHandler.MacHelpText': l.cooperativeMac,
    'CooperativeGesturesHandler.MobileHelpText': l.cooperativeTouch,
  };
}

/** A one-button control: "back to Indonesia" (a house icon drawn in CSS-free inline SVG). */
class ResetControl implements IControl {
  private readonly el: HTMLDivElement;
  constructor(label: string, onClick: () => void) {
    this.el = document.createElement('div');
    this.el.className = 'maplibregl-ctrl maplibregl-ctrl-group lokus-reset';
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'lokus-ctrl-reset';
    b.title = label;
    b.setAttribute('aria-label', label);
    b.innerHTML = '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M3 10 10 3.5 17 10M5.5 8.5V16h3.5v-4.5h2V16h3.5V8.5" fill="none" stroke="#333" stroke-width="1.6" stroke-linejoin="round"/></svg>';
    b.addEventListener('click', onClick);
    this.el.append(b);
  }
  onAdd(): HTMLElement {
    return this.el;
  }
  onRemove(): void {
    this.el.remove();
  }
}

/**
 * Zoom buttons, "back to Indonesia", fullscreen, the attribution and a metric scale bar. `setLocale` swaps the
 * labels: MapLibre reads its strings when a control is added, so the controls are added again.
 */
export function createMapControls(map: MapLibreMap, locale: MapLocale, onReset: () => void): { setLocale(l: MapLocale): void } {
  let controls: IControl[] = [];
  const add = (l: MapLocale) => {
    for (const c of controls) map.removeControl(c);
    map._locale = { ...map._locale, ...maplibreLocale(l) };
    controls = [new NavigationControl({ showCompass: false }), new ResetControl(l.reset, onReset), new FullscreenControl({ container: map.getContainer().parentElement ?? undefined })];
    for (const c of controls) map.addControl(c, 'top-right');
    const attribution = new AttributionControl({ compact: true, customAttribution: l.attributionText });
    map.addControl(attribution, 'bottom-right');
    controls.push(attribution);
    // On a phone-sized map it starts folded (ⓘ opens it): unfolded, its two lines covered the map's top.
    if (map.getContainer().offsetWidth < 720) map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    const scale = new ScaleControl({ unit: 'metric', maxWidth: 120 });
    map.addControl(scale, 'bottom-right');
    controls.push(scale);
    map.getCanvas().setAttribute('aria-label', l.map);
  };
  add(locale);
  return { setLocale: add };
}
