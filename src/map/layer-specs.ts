import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';

/** Colours of the self-contained base map and outlines (one place, documented in the README). */
export const defaultColours = {
  /** Sea: the page background under everything. */
  ocean: '#cfe3ee',
  /** Land outside Indonesia. */
  neighbourLand: '#eceae4',
  neighbourLine: '#b9b5aa',
  /** Thin borders between kabupaten, kecamatan and desa. */
  regionLine: '#ffffff',
  /** Kabupaten borders at national zoom (the fill's 1-pixel outline, so half transparent). */
  regionOutline: 'rgba(255, 255, 255, 0.55)',
  /** Borders between provinces. */
  provinsiLine: '#4a4a4a',
  hoverLine: '#111111',
  selectedLine: '#d6336c',
  /**
   * Kecamatan/desa fill (no poverty figure at these levels): coastal and inland. Coastal is sand,
   * not blue: the old light blue (#9ecae1) was ΔE 9.9 from the sea for protanopes, so coastal desa
   * read as water; sand stays ≥ 30 ΔE from the sea and ≥ 20 from inland for normal, protan, deutan
   * and tritan vision (test/lib/colour/colour-vision.test.ts).
   */
  coastal: '#d9b26f',
  inland: '#f2e6c9',
  /** Kecamatan/desa whose chunk does not say whether they are coastal (a damaged or older file). */
  pending: '#eeeeee',
};

/**
 * Layers drawing the national `kabupaten` source. They start hidden and are shown once its data is
 * in the worker: a visible layer on the (empty) source makes MapLibre cut tiles before the data
 * arrives, and each later change (the data, the switch to a feature-state fill) re-cuts them —
 * profiled: every first-view tile was cut three times, the main cost over a bare MapLibre page.
 */
export const NATIONAL_LAYERS = ['kabupaten-fill', 'kabupaten-line'] as const;

/** Opacity of kecamatan/desa fills (the plain land or sea under them shows through a little). */
export const CHUNK_FILL_OPACITY = 0.92;

/** Fixed layer ids that chunk layers are inserted under, so drawing order never depends on load order. */
export const ANCHORS = ['anchor-kecamatan-fill', 'anchor-desa-fill', 'anchor-kecamatan-line'] as const;

/**
 * The base style: ocean background, neighbouring countries, the national kabupaten/provinsi
 * sources (empty until loaded) and their layers. No glyphs, no sprite, no remote source: the map
 * works offline; labels are HTML overlays.
 */
export function baseStyle(colours = defaultColours): StyleSpecification {
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  // NATIONAL_LAYERS until the national data is loaded (see there).
  const hidden = { visibility: 'none' as const };
  return {
    version: 8,
    sources: { neighbours: empty, kabupaten: empty, provinsi: empty, 'provinsi-borders': empty, anchor: empty, highlight: empty },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': colours.ocean } },
      { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': colours.neighbourLand } },
      { id: 'neighbours-line', type: 'line', source: 'neighbours', paint: { 'line-color': colours.neighbourLine, 'line-width': 0.6 } },
      // Kabupaten borders at national zoom are the fill's own outline: a line layer on the national
      // source would make the worker build line geometry for all 514 kabupaten before the first
      // view is drawn (measured: the first choropleth took about 1.8× a bare MapLibre page with it).
      { id: 'kabupaten-fill', type: 'fill', source: 'kabupaten', layout: hidden, paint: { 'fill-color': drilledAsLand('#d9d9d9', colours), 'fill-outline-color': colours.regionOutline } },
      // The national view coloured by province (`level=provinsi`): shown instead of `kabupaten-fill`;
      // its source gets the province shapes only when first shown.
      { id: 'provinsi-fill', type: 'fill', source: 'provinsi', layout: hidden, paint: { 'fill-color': '#d9d9d9', 'fill-outline-color': colours.regionOutline } },
      ...ANCHORS.map((id): LayerSpecification => ({ id, type: 'fill', source: 'anchor', layout: { visibility: 'none' } })),
      // Wider kabupaten borders once zoomed in (built only for tiles from zoom 6 on).
      { id: 'kabupaten-line', type: 'line', source: 'kabupaten', minzoom: 6, layout: hidden, paint: { 'line-color': colours.regionLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 8, 1.2] } },
      { id: 'provinsi-line', type: 'line', source: 'provinsi-borders', paint: { 'line-color': colours.provinsiLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 8, 2] } },
      ...highlightLayers(colours),
    ],
  };
}

/**
 * Hover and selection outlines of any region (provinsi, kabupaten, or a kecamatan or desa of a
 * loaded chunk): drawn from the small `highlight` source holding just those features (property
 * `state`: `hover` or `selected`).
 */
export function highlightLayers(colours = defaultColours): LayerSpecification[] {
  return [
    { id: 'highlight-hover', type: 'line', source: 'highlight', filter: ['==', ['get', 'state'], 'hover'], paint: { 'line-color': colours.hoverLine, 'line-width': 2 } },
    { id: 'highlight-selected', type: 'line', source: 'highlight', filter: ['==', ['get', 'state'], 'selected'], paint: { 'line-color': colours.selectedLine, 'line-width': 3 } },
  ];
}

/**
 * Fill colour of a choropleth from each feature's `v` feature-state: `bounds` (k+1 ascending
 * values from `classify`) and `colours` (k). A feature without `v` gets `noData`. Recolouring is a
 * paint change plus feature-state; geometry is never re-sent.
 */
export function choroplethFill(bounds: readonly number[], colours: readonly string[], noData: string): ExpressionSpecification {
  if (bounds.length < 2) return ['literal', noData] as unknown as ExpressionSpecification;
  if (colours.length !== bounds.length - 1) throw new Error(`invalid colours: ${colours.length} colours for ${bounds.length - 1} classes`);
  const step: unknown[] = ['step', ['to-number', ['feature-state', 'v']], colours[0]];
  for (let i = 1; i < colours.length; i++) step.push(bounds[i], colours[i]);
  return ['case', ['==', ['typeof', ['feature-state', 'v']], 'number'], step, noData] as unknown as ExpressionSpecification;
}

/** Coastal or inland, from a chunk feature's `coastal` property (the boundaries stage's); neutral where the file does not say. */
export function coastalColour(colours = defaultColours): ExpressionSpecification {
  return ['match', ['to-string', ['get', 'coastal']], 'true', colours.coastal, 'false', colours.inland, colours.pending];
}

/** Colour of the borders between desa (the desa fill's own outline, see `chunkLayers`). */
export const DESA_OUTLINE = '#a8a8a8';

/**
 * Layers of one lazily loaded chunk (kecamatan of a provinsi, desa of a kabupaten): a fill showing
 * what exists at that level (coastal or inland, from the features' `coastal` property — never the
 * parent's poverty value) and the borders; hover and selection outlines come from the `highlight`
 * source (src/map/region-highlight.ts).
 * Kecamatan borders are a line layer (1.2 px, darker); desa borders are the fill's 1-pixel outline,
 * not a line layer: with a software renderer (no GPU) the desa line layers cost about 60 of the
 * 210 ms of every frame of a desa view (measured at z9.5 over Sumba, 4 chunks, alternating 4×6
 * frames: 210 → 150 ms), and a desa view takes five to seven frames to draw.
 * `filter` restricts the chunk to the regions in focus (e.g. kecamatan of one kabupaten).
 */
export function chunkLayers(source: string, level: 'kecamatan' | 'desa', filter: FilterSpecification | undefined, colours = defaultColours): { layer: LayerSpecification; before: string }[] {
  const withFilter = <T extends LayerSpecification>(l: T): T => (filter ? { ...l, filter } : l);
  const fill = withFilter({
    id: `${source}-fill`,
    type: 'fill',
    source,
    paint: {
      'fill-color': coastalColour(colours),
      'fill-opacity': CHUNK_FILL_OPACITY,
      ...(level === 'desa' ? { 'fill-outline-color': DESA_OUTLINE } : {}),
    },
  } as LayerSpecification);
  if (level === 'desa') return [{ layer: fill, before: `anchor-${level}-fill` }];
  const line = withFilter({
    id: `${source}-line`,
    type: 'line',
    source,
    paint: { 'line-color': '#7a7a7a', 'line-width': 1.2 },
  } as LayerSpecification);
  return [
    { layer: fill, before: `anchor-${level}-fill` },
    { layer: line, before: `anchor-${level}-line` },
  ];
}

/**
 * A kabupaten fill colour with the kabupaten whose finer chunks are on show (feature-state `drilled`)
 * painted plain land: the chunks never match its national (simplified) shape exactly, and its
 * choropleth colour would show through as slivers between them. Feature-state, not a filter: a
 * filter change makes MapLibre cut every tile of the national source again, on the one worker the
 * desa chunks of the view wait for (measured: each desa view re-cut the kabupaten tiles before its own).
 */
export function drilledAsLand(fill: ExpressionSpecification | string, colours = defaultColours): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'drilled'], false], colours.inland, fill] as ExpressionSpecification;
}

/**
 * Filter of the national layers while kecamatan chunks of `provinces` are shown: the national
 * (simplified) kabupaten of those provinces are left out, and their kecamatan are drawn instead
 * (`contextLayer`), so borders meet the detailed chunks without slivers (issue 12).
 */
export function nationalFilter(provinces: readonly string[]): FilterSpecification {
  return ['!', ['in', ['floor', ['/', ['id'], 100]], ['literal', provinces.map(Number)]]] as FilterSpecification;
}

/**
 * The kecamatan of a province chunk outside the focused kabupaten (`parents`), filled with their
 * kabupaten's colour (`colours` by kabupaten code, from `fillColours`): the neighbours of the
 * focused kabupaten at the chunk's detail, in place of their national shapes.
 */
export function contextLayer(source: string, parents: readonly string[], colours: ReadonlyMap<string, string>, noData: string): LayerSpecification {
  return {
    id: `${source}-context`,
    type: 'fill',
    source,
    filter: contextFilter(parents),
    paint: { 'fill-color': byParent(colours, noData) },
  };
}

/** Filter of `contextLayer`: features whose `parent` is not one of `parents`. */
export function contextFilter(parents: readonly string[]): FilterSpecification {
  return ['!', parentFilter(parents)] as FilterSpecification;
}

/** Colour by the feature's `parent` (its kabupaten): a `match` on the codes, `noData` otherwise. */
export function byParent(colours: ReadonlyMap<string, string>, noData: string): ExpressionSpecification {
  if (colours.size === 0) return ['literal', noData] as unknown as ExpressionSpecification;
  return ['match', ['get', 'parent'], ...[...colours].flat(), noData] as unknown as ExpressionSpecification;
}

/** Filter keeping features whose `parent` property is one of `parents`. */
export function parentFilter(parents: readonly string[]): FilterSpecification {
  return ['in', ['get', 'parent'], ['literal', [...parents]]] as FilterSpecification;
}

/**
 * Fill colour of the bivariate mode (poverty × program coverage) from each feature's `bv`
 * feature-state (0–8, see `bivariateClasses`); no class gets `noData`. Like the choropleth,
 * switching is feature-state plus one paint change.
 */
export function bivariateFill(colours: readonly string[], noData: string): ExpressionSpecification {
  if (colours.length !== 9) throw new Error(`invalid colours: ${colours.length} colours for a 3×3 bivariate legend`);
  const match: unknown[] = ['match', ['to-number', ['coalesce', ['feature-state', 'bv'], -1]]];
  colours.forEach((c, i) => match.push(i, c));
  match.push(noData);
  return match as ExpressionSpecification;
}
