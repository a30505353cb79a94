import type { Lang } from '../../lib/format/format.ts';
import type { RefObject } from 'preact';
import { showsPrograms } from '../../lib/embed/embed-options.ts';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Strings } from '../../i18n/index.ts';
import { BIVARIATE_COLOURS, bivariateClasses } from '../../lib/colour/bivariate.ts';
import { chunkId, clickTarget, focusOf } from '../../lib/view/drill.ts';
import { regionOf } from '../../lib/regions/region-views.ts';
import { parentsIn } from '../../lib/regions/parents-in.ts';
import { NO_DATA_COLOUR } from '../../lib/colour/palette.ts';
import { INTERVENTION_COLOURS } from '../../lib/colour/program-palette.ts';
import type { DataSource } from '../../load/data-source.ts';
import type { Fill, MapLocale, MapView } from '../../map/map-view.ts';
import { toProblem } from '../../load/load-error.ts';
import { drawPrintMap } from '../export/draw-map-snapshot.ts';
import { clusterLabeller, pointLabeller, programPoints } from '../programs/program-points.ts';
import type { ProgramAnalysis } from '../programs/use-program-analysis.ts';
import type { GapRow } from '../../lib/programs/gaps/find-gaps.ts';
import type { GapOutline } from '../../map/gap-layer.ts';
import type { Action } from '../store/actions.ts';
import type { PageState } from '../store/page-state.ts';
import type { Derived } from '../store/use-derived.ts';
import type { HoverChannel } from './hover-channel.ts';
import { labelsOf } from './map-content.ts';
import { mapScene, type MapScene } from '../store/map-scene.ts';
import { planMap } from '../store/plan-map.ts';
import { applyMapCommands } from './apply-map-commands.ts';
import { useDesaFill } from './use-desa-fill.ts';
import { afterFrames } from './after-frames.ts';

/** The finest the map is rendered for an image (MapLibre's canvas has a size limit). */
const MAX_EXPORT_PIXEL_RATIO = 4;

export interface MapSyncArgs {
  map: MapView | null;
  state: PageState;
  derived: Derived;
  analysis: ProgramAnalysis | null;
  source: DataSource;
  dispatch: (a: Action) => void;
  hover: HoverChannel;
  t: Strings;
  /** The language of `t` (Bahasa Indonesia while English words are still loading, whatever the URL says). */
  lang: Lang;
  /** The print sheet's map canvas: gets a copy of the map on `beforeprint` (ui/export/PrintSheet.tsx). */
  printMap?: RefObject<HTMLCanvasElement | null>;
  /** Rows of the gap table, outlined on the map while the gap tab is open. */
  gapRows?: readonly GapRow[];
  /** Every listed desa of a desa gap list, at its label point (drawn while the gap tab is open). */
  gapPoints?: readonly GapOutline[];
}

/** The map's control labels and accessible name in the page's language. */
export function mapLocaleOf(t: Strings, home?: string): MapLocale {
  // An embed's "back" goes to the region it opened on (named once its row is loaded), not to Indonesia.
  return { map: t.mapLabel, ...t.mapControls, ...(home ? { reset: t.backToRegion(home) } : {}) };
}

/**
 * The map follows the page state: this hook is the only caller of the MapView. Each effect below
 * sends one kind of content (fill, region view, labels, program points) when
 * what it depends on changes; map events come back as actions.
 */
export function useMapSync({ map, state: s, derived: d, analysis, source, dispatch, hover, t, lang, printMap, gapRows, gapPoints }: MapSyncArgs): void {
  const stateRef = useRef(s);
  stateRef.current = s;
  const localeLang = useRef(`${lang}|`);
  const { base, url } = s;
  const focus = focusOf(url.region, parentsIn(s.regions));
  const chunks = focus.chunks.map((c) => s.chunks.get(chunkId(c)));
  // Every chunk of the selected region is either loaded or failed; which ones are loaded.
  const chunksSettled = base !== null && focus.chunks.every((c, i) => chunks[i] !== undefined || s.failedChunks.has(chunkId(c)));
  const chunksKey = chunks.map((c) => (c ? 1 : 0)).join('');

  // Events → actions (once per map).
  useEffect(() => {
    if (!map) return;
    const offs = [
      map.onHover(hover.publish),
      map.onClick((hits) => {
        const { url: u, regions } = stateRef.current;
        const target = clickTarget(hits, u.region, parentsIn(regions));
        if (target === undefined) return;
        // An embed reader's tap names the region and its value; it drills down only with drill=1.
        if (u.embed && !u.embedOptions.drill) dispatch({ type: 'pickRegion', kode: target });
        else dispatch({ type: 'selectRegion', kode: target });
      }),
      map.onPointClick((locus) => dispatch({ type: 'openLocus', locus })),
      // A listed desa's gap circle selects that desa, as a click on its polygon selects a region.
      map.onGapPointClick((kode) => {
        const { url: u } = stateRef.current;
        dispatch({ type: u.embed && !u.embedOptions.drill ? 'pickRegion' : 'selectRegion', kode });
      }),
      map.onMoveEnd((view, byUser) => {
        dispatch({ type: 'cameraSettled', camera: view });
        if (byUser) dispatch({ type: 'moveCamera', view });
      }),
      map.onReset(() => dispatch({ type: 'resetView' })),
    ];
    return () => offs.forEach((off) => off());
  }, [map]);

  // Control labels follow the language (the map was created in the language of the first view),
  // and an embed's "back" control names the region it returns to.
  const homeName = s.embedHome ? regionOf(s.regions, s.embedHome)?.name : undefined;
  const localeKey = `${lang}|${homeName ?? ''}`;
  useEffect(() => {
    if (!map || localeLang.current === localeKey) return;
    localeLang.current = localeKey;
    map.setLocale(mapLocaleOf(t, homeName));
  }, [map, localeKey]);

  // The national shapes, the fill and the scene below are layout effects, in this order (the scene's
  // selection and context colours look up the national shapes and the fill): the map gets them with
  // the render that brings them, not a frame later (with software WebGL a frame can take 300 ms).
  // On the national shapes, not `base`: another indicator's values arriving (the desa IDM status)
  // makes a new `base`, and the kabupaten were sent to MapLibre's worker and re-tiled again.
  useLayoutEffect(() => {
    if (map && base) map.setNational(base.national);
  }, [map, base?.national]);

  // Fill: the indicator's classes, or poverty × program coverage in bivariate mode.
  useLayoutEffect(() => {
    if (!map || !base) return;
    let fill: Fill = { kind: 'classes', values: d.fillValues, bounds: d.classes.bounds, colours: d.colours, noData: NO_DATA_COLOUR, level: d.fillLevel };
    if (url.mode === 'bivariate' && analysis) {
      const rows = analysis.lookup.byBps.kabupaten, count = analysis.coverage.kabupaten.count;
      fill = { kind: 'bivariate', classes: bivariateClasses(d.fillValues, (k) => count[rows.get(k) ?? -1] ?? 0, d.def?.direction).classes, colours: BIVARIATE_COLOURS, noData: NO_DATA_COLOUR };
    }
    map.setFill(fill);
    if (s.firstDrawn) return;
    performance.mark('lokus:choropleth-sent');
    void map.whenIdle().then(map.reveal).then(() => dispatch({ type: 'firstDrawn' }));
  }, [map, base?.national, d.fillValues, d.classes, d.colours, url.mode, url.mode === 'bivariate' ? analysis : null]);

  // Province borders and neighbouring land are context: drawn once the first choropleth is on
  // screen, so that they neither delay that picture nor compete with it.
  useEffect(() => {
    if (map && s.firstDrawn)
      return afterFrames(() => {
        map.showContext();
        source.basemap().then(map.setNeighbours, (e: Error) => console.warn(e.message));
      });
  }, [map, s.firstDrawn]);

  // The selected region: its chunks shown, selection marked, camera fitted into the part of the map
  // no overlay covers (or the URL's camera: a `view` is the user's and is kept). What to do is
  // planned from the scene drawn last and the one the state asks for (store/plan-map.ts); this
  // only runs the plan. A chunk that failed does not hold the map back (store/map-scene.ts).
  const scene = useMemo(() => mapScene(s), [base?.national, s.layout, s.chunks, s.failedChunks, url.region, url.view, s.urlFrom, s.fitRequest, s.attempt, s.camera]);
  const drawn = useRef<{ map: MapView; scene: MapScene } | null>(null);
  useLayoutEffect(() => {
    if (!map || !scene) return;
    applyMapCommands(map, planMap(drawn.current?.map === map ? drawn.current.scene : null, scene, s.regionDrawn), dispatch);
    drawn.current = { map, scene };
  }, [map, scene]);

  useDesaFill(map, scene, s, dispatch);

  // Labels of the shown chunks follow the region rows as their levels arrive (their coastal colours
  // come with the chunks). Children whose chunk failed get no labels (names floating over missing shapes).
  useEffect(() => {
    if (!map || !chunksSettled) return;
    const childrenMissing = focus.chunks.some((c, i) => !chunks[i] && c.parents?.includes(focus.labelChildrenOf));
    map.setLabels(childrenMissing ? [] : labelsOf(s.regions, focus));
  }, [map, s.regions, url.region, chunksSettled, chunksKey]);

  // Program points: the active loci once the records are loaded, the shipped points before (a small
  // point set; region geometry is never re-sent).
  useEffect(() => {
    if (!map || !s.firstDrawn || (!analysis && !s.points) || !showsPrograms(url)) return;
    const { points, areas } = analysis ? programPoints(analysis.loci, analysis.mask) : programPoints(s.points!, undefined);
    map.setPrograms(points, INTERVENTION_COLOURS, clusterLabeller(t, lang), pointLabeller(t, lang));
    map.setProgramAreas(areas, INTERVENTION_COLOURS);
  }, [map, s.firstDrawn, s.points, analysis?.loci, analysis?.mask, lang]);

  // Image download (`requestImage`): the map is copied once idle; drawing, PNG text and saving are
  // ui/export's, loaded on first use. Failures are shown like any other problem.
  useEffect(() => {
    const request = s.imageRequest;
    if (!map || !request) return;
    const now = new Date();
    const saved = import('../export/save-map-image.ts').then(async ({ saveMapImage, exportMapBox, drawStill, exportSpec, pageAppUrl }) => {
      const spec = exportSpec({ state: s, derived: d, t, now, appUrl: pageAppUrl() });
      if (!spec) throw new Error('the image cannot be made before the map data is loaded');
      await map.whenIdle();
      // A fitted view is drawn for the image's own map box: the region fills it in its limiting
      // dimension and map fills the rest (not the screen's shape with blank bands, nor what lay
      // under the legend or the bottom sheet); a camera the user moved is kept whole.
      const box = exportMapBox(spec);
      // A part of the screen's map narrower than the image's map is rendered finer, not enlarged.
      const ratioFor = (width: number) => Math.min(MAX_EXPORT_PIXEL_RATIO, request.scale * Math.max(1, box.w / Math.max(1, width)));
      const snap = scene && !scene.view && scene.fitBox ? await map.framedSnapshot({ bbox: scene.fitBox, aspect: box.w / box.h, ratioFor, cover: drawStill }) : map.snapshot(request.scale);
      await saveMapImage(spec, snap, request.scale);
    });
    saved.then(() => dispatch({ type: 'imageSaved' }), (e: unknown) => dispatch({ type: 'imageFailed', problem: toProblem(e) }));
  }, [map, s.imageRequest]);

  // Print: the WebGL canvas keeps no picture and is laid out anew for paper, so just before
  // printing (the Print button or the browser's own command) the print sheet gets a copy of it.
  useEffect(() => {
    if (!map || !printMap) return;
    const copy = () => printMap.current && drawPrintMap(printMap.current, map.snapshot(2));
    addEventListener('beforeprint', copy);
    return () => removeEventListener('beforeprint', copy);
  }, [map]);
  // Gap rows outlined with their rank while the gap tab is open (again when a chunk arrives).
  const gapShown = s.tab === 'gaps' ? gapRows : undefined;
  useEffect(() => {
    if (!map || !s.firstDrawn) return;
    map.setGapOutlines((gapShown ?? []).map((r, i) => ({ kode: r.kodeBps, level: r.level, rank: i + 1, lon: r.lon, lat: r.lat })), s.tab === 'gaps' ? gapPoints : undefined);
  }, [map, s.firstDrawn, gapShown, gapPoints, s.chunks, url.region]);
}
