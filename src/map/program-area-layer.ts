import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { areaOutlines, type MapProgramArea } from '../lib/view/area-outlines.ts';
import type { Level } from '../lib/types.ts';

/** How area-wide programs are drawn: a dashed outline of the region they cover. */
export const programAreaDefaults = {
  /** Outline width, pixels (the gap outline is 2.5 and solid; the selection 3). */
  width: 2.5,
  /** Dash and gap, in line widths: tells an area program's outline from region borders and gap rows. */
  dash: [2, 1.2],
};

/**
 * Area-wide programs on `map`: one dashed line layer per source holding their level (`provinsi`
 * and `kabupaten` national sources, the loaded kecamatan chunks: `chunkSources`), filtered to the
 * covered regions' codes and coloured per region (`areaOutlines`). `provinsiData()` is called first
 * when a province is covered (the national province shapes are sent to the map on first use).
 * The container's `data-program-areas` says how many area-wide programs were given and
 * `data-program-area-codes` which regions are outlined (for tests).
 */
export function createProgramAreaLayer(map: MapLibreMap, chunkSources: () => ReadonlyMap<string, Level>, provinsiData: () => void) {
  let last: readonly MapProgramArea[] = [];
  let colours: Readonly<Record<string, string>> = {};
  const draw = () => {
    const byLevel = areaOutlines(last, colours);
    if (byLevel.has('provinsi')) provinsiData();
    const sources: [string, Level][] = [['provinsi', 'provinsi'], ['kabupaten', 'kabupaten'], ...chunkSources()];
    for (const [source, level] of sources) {
      if (level === 'desa' || !map.getSource(source)) continue;
      const id = `program-area-${source}`;
      const rows = byLevel.get(level) ?? [];
      if (!map.getLayer(id)) {
        if (!rows.length) continue;
        map.addLayer({ id, type: 'line', source, paint: { 'line-width': programAreaDefaults.width, 'line-dasharray': programAreaDefaults.dash } }, map.getLayer('programs-points') ? 'programs-points' : undefined);
      }
      map.setFilter(id, ['in', ['get', 'kode'], ['literal', rows.map((r) => r.kode)]]);
      const colour: unknown[] = ['match', ['get', 'kode']];
      for (const r of rows) colour.push(r.kode, r.colour);
      colour.push('#444');
      map.setPaintProperty(id, 'line-color', rows.length ? (colour as ExpressionSpecification) : '#444');
      // A hidden chunk keeps its outlines hidden too.
      const fill = map.getLayer(`${source}-fill`) && source !== 'provinsi' && source !== 'kabupaten' ? map.getLayoutProperty(`${source}-fill`, 'visibility') : 'visible';
      map.setLayoutProperty(id, 'visibility', rows.length && fill !== 'none' ? 'visible' : 'none');
    }
    const container = map.getContainer();
    container.dataset.programAreas = String(last.length);
    container.dataset.programAreaCodes = [...byLevel.values()].flatMap((rows) => rows.map((r) => r.kode)).join(' ');
  };
  return {
    /** Replace the area-wide programs and their colours by type. */
    set(areas: readonly MapProgramArea[], colourByType: Readonly<Record<string, string>>) {
      last = areas;
      colours = colourByType;
      draw();
    },
    /** Draw again over the sources now loaded (a chunk arrived or was shown or hidden). */
    refresh: draw,
  };
}
