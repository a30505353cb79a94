// First: starts MapLibre's workers while the rest of the bundle is still evaluating.
import './map/start-map-workers.ts';
import { render } from 'preact';
import { createDataSource } from './load/data-source.ts';
import { DATA_LAYOUT } from './lib/data-layout.ts';
import { createMapView } from './map/map-view.ts';
import { App, startLang } from './ui/App.tsx';
import { loadStrings } from './i18n/index.ts';
import { appDefaults } from './ui/effects/first-view.ts';
import { MAP_DESCRIPTION_ID } from './ui/MapDescription.tsx';
import { loadOnlineStyle } from './load/online-style.ts';
import './ui/styles.css';

// Wiring only: where data comes from, which map to draw on, where to render.
// VITE_LOKUS_DATA_BASE lets a build read data from elsewhere (default: ./data/ next to index.html).
// VITE_LOKUS_ONLINE_STYLE is an optional online base map style URL (off by default: fully offline).
const source = createDataSource(import.meta.env.VITE_LOKUS_DATA_BASE ?? DATA_LAYOUT.baseUrl);
// Start the first view's downloads now rather than after the first render.
void Promise.allSettled([source.national(), source.regions('provinsi'), source.regions('kabupaten'), source.indicatorIndex(), source.indicatorValues(appDefaults.indicator)]);
const onlineStyleUrl = import.meta.env.VITE_LOKUS_ONLINE_STYLE ?? '';
// An embed (`embed=1`) must not trap the host page's scrolling: cooperative gestures.
const embed = new URLSearchParams(location.search).get('embed') === '1';
// An English link waits for its words (English is not in the first view's bundle) so that it never
// shows Bahasa Indonesia first; if they cannot be loaded, the page says so in Bahasa Indonesia.
void loadStrings(startLang())
  .catch(() => undefined)
  .then(() =>
    render(
      <App source={source} createMap={(el, locale) => createMapView(el, { locale, onlineStyle: onlineStyleUrl ? loadOnlineStyle(onlineStyleUrl) : null, cooperativeGestures: embed, describedBy: MAP_DESCRIPTION_ID })} />,
      document.getElementById('app')!,
    ),
  );
