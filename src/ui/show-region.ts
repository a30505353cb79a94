import { bboxOf, type BBox } from '../lib/ui/bbox.ts';
import { focusOf } from '../lib/ui/drill.ts';
import { levelOfKodeBps } from '../lib/ui/region-code.ts';
import type { DataSource, NationalBoundaries, RegionFeatures } from '../load/data-source.ts';
import type { MapView } from '../map/map-view.ts';
import { loadLevels } from './load-data.ts';
import type { LoadedData } from './state.ts';

/** National view bounds: Sabang to Merauke, Miangas to Rote. */
const INDONESIA: BBox = [94.5, -11.2, 141.2, 6.3];

export interface ShowRegionArgs {
  map: MapView;
  source: DataSource;
  data: LoadedData;
  national: NationalBoundaries;
  /** BPS code, '' for Indonesia. */
  region: string;
  /** Camera from the URL; wins over fitting the region. */
  view: [number, number, number] | null;
  /** Animate the camera (false for the first view, so nothing delays the first drawing). */
  animate: boolean;
  /** Called when region rows of a lazy level were added (search and panel re-render). */
  onRegionsAdded: () => void;
  /** Called once the region's view is drawn. */
  onDrawn: () => void;
  /** Called when `region` turns out not to exist (its level loaded, no row). */
  onUnknown: (region: string) => void;
  onError: (e: Error) => void;
}

/**
 * Drill-down to `region`: load its chunks (cached), show them, select, label and fit. Desa rows
 * (large) arrive after the chunk is drawn and then add coastal colours and labels.
 * Returns a cancel function; callbacks are not called after it.
 */
export function showRegion(a: ShowRegionArgs): () => void {
  const { map, data, region } = a;
  let stale = false;
  const focus = focusOf(region);
  const coastal = (k: string) => data.regions.get(k)?.coastal;
  const labels = () =>
    map.setLabels(
      data.regions
        .childrenOf(focus.labelChildrenOf)
        .map((k) => data.regions.get(k)!)
        // Largest regions first: they keep their label when labels would overlap.
        .sort((x, y) => y.areaKm2 - x.areaKm2)
        .slice(0, 120)
        .flatMap((r) => (r.lon !== null && r.lat !== null && focus.labelChildrenOf ? [{ lon: r.lon, lat: r.lat, text: shortName(r.name) }] : [])),
    );
  const exists = () => {
    const level = levelOfKodeBps(region);
    if (!region || !level || !data.regions.loaded.has(level) || data.regions.get(region)) return true;
    a.onUnknown(region);
    return false;
  };
  const fail = (e: Error) => !stale && a.onError(e);

  map.setSelected(region);
  Promise.all([
    focus.chunks.length ? loadLevels(a.source, data.regions, ['kecamatan']).then((added) => added && a.onRegionsAdded()) : null,
    ...focus.chunks.map((c) => (c.level === 'kecamatan' ? a.source.kecamatan(c.key) : a.source.desa(c.key)).then((fc) => [c, fc] as const)),
  ])
    .then(([, ...chunks]) => {
      if (stale || !exists()) return;
      const shown: { source: string; parents?: string[]; fc: RegionFeatures }[] = [];
      for (const [c, fc] of chunks) {
        const id = map.addChunk(c.level, c.key, fc, coastal);
        if (c.parents) shown.push({ source: id, parents: c.parents, fc });
      }
      map.showChunks(shown);
      map.setSelected(region);
      labels();
      if (a.view) map.jumpTo(a.view);
      else {
        const b = region ? bboxOf(geometriesOf(region, a.national, shown.map((s) => s.fc))) : INDONESIA;
        if (b) map.fitBounds(b, a.animate, overlayInsets());
      }
      return map.whenIdle().then(() => !stale && a.onDrawn());
    })
    .catch(fail);
  if (focus.chunks.some((c) => c.level === 'desa'))
    loadLevels(a.source, data.regions, ['desa'])
      .then((added) => {
        if (added) a.onRegionsAdded();
        if (stale || !exists()) return;
        for (const c of focus.chunks) if (c.level === 'desa') map.setCoastal(`desa-${c.key}`, coastal);
        labels();
      })
      .catch(fail);
  return () => {
    stale = true;
  };
}

/** Map label text: "Kabupaten Kupang" → "Kupang" ("Kota Kupang" keeps "Kota" to tell them apart). */
function shortName(name: string): string {
  return name.replace(/^Kabupaten\s+/, '');
}

/**
 * Room taken by overlays the camera should avoid: the bottom sheet on phones (45vh, styles.css),
 * the legend at the bottom left on wide screens. Regions are fitted into the rest of the map.
 */
function overlayInsets(): { left?: number; bottom?: number } {
  if (matchMedia('(max-width: 719px)').matches) return { bottom: Math.round(innerHeight * 0.45) };
  const legend = document.querySelector('.legend')?.getBoundingClientRect();
  const map = document.getElementById('map')?.getBoundingClientRect();
  // Only when the map is wide enough that giving up the legend's width still leaves most of it.
  return legend && map && map.width > 2.5 * legend.width ? { left: Math.round(legend.width + 12) } : {};
}

function geometriesOf(kode: string, national: NationalBoundaries, chunks: RegionFeatures[]) {
  const pool = kode.length === 2 ? national.provinsi.features : kode.length === 4 ? national.kabupaten.features : chunks.flatMap((c) => c.features);
  return pool.filter((f) => f.properties.kode === kode).map((f) => f.geometry);
}
