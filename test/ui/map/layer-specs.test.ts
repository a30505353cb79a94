import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { baseStyle, bivariateFill, byParent, choroplethFill, chunkLayers, contextLayer, defaultColours, DESA_OUTLINE, drilledAsLand, NATIONAL_LAYERS, nationalFilter, parentFilter } from '../../../src/map/layer-specs.ts';
import { fillColours } from '../../../src/map/map-fill.ts';
import { programPointLayer, programSource } from '../../../src/map/program-layers.ts';

const styleWith = (extra: ReturnType<typeof chunkLayers>) => {
  const s = baseStyle();
  return { ...s, sources: { ...s.sources, 'desa-5303': { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } }, layers: [...s.layers, ...extra.map((e) => e.layer)] };
};

describe('baseStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(baseStyle())).toEqual([]);
  });

  it('needs no glyphs, sprite or remote source (works offline)', () => {
    const s = baseStyle();
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    expect(JSON.stringify(s.sources)).not.toMatch(/https?:/);
    expect(s.layers.some((l) => l.type === 'symbol')).toBe(false);
  });
});

describe('NATIONAL_LAYERS', () => {
  it('are every layer of the kabupaten source, hidden until its data is loaded (tiles cut once)', () => {
    const onSource = baseStyle().layers.filter((l) => 'source' in l && l.source === 'kabupaten');
    expect(onSource.map((l) => l.id).sort()).toEqual([...NATIONAL_LAYERS].sort());
    for (const l of onSource) expect(l.layout).toMatchObject({ visibility: 'none' });
  });
});

describe('choroplethFill', () => {
  it('steps through the colours at the inner class bounds', () => {
    const e = choroplethFill([0, 5, 10, 20], ['#a', '#b', '#c'], '#nodata') as unknown[];
    expect(e[2]).toEqual(['step', ['to-number', ['feature-state', 'v']], '#a', 5, '#b', 10, '#c']);
    expect(e[3]).toBe('#nodata');
  });

  it('paints everything as no data when there are no classes', () => {
    expect(choroplethFill([], [], '#nodata')).toEqual(['literal', '#nodata']);
  });

  it('rejects a colour count that does not match the classes', () => {
    expect(() => choroplethFill([0, 1, 2], ['#a'], '#n')).toThrow(/invalid colours: 1 colours for 2 classes/);
  });

  it('gives a valid style when set on the kabupaten layer', () => {
    const s = baseStyle();
    const layers = s.layers.map((l) => (l.id === 'kabupaten-fill' ? { ...l, paint: { 'fill-color': choroplethFill([0, 5, 10], ['#fde725', '#31688e'], '#d9d9d9') } } : l));
    expect(validateStyleMin({ ...s, layers } as typeof s)).toEqual([]);
  });
});

describe('chunkLayers', () => {
  it('inserts fills and lines under the anchors of their level: desa fills under the kecamatan fills\' anchor, kecamatan lines above both', () => {
    expect(chunkLayers('desa-5303', 'desa', undefined).map((c) => c.before)).toEqual(['anchor-desa-fill']);
    expect(chunkLayers('kecamatan-53', 'kecamatan', undefined).map((c) => c.before)).toEqual(['anchor-kecamatan-fill', 'anchor-kecamatan-line']);
    const ids = baseStyle().layers.map((l) => l.id);
    expect(ids.indexOf('anchor-kecamatan-fill')).toBeLessThan(ids.indexOf('anchor-desa-fill'));
    expect(ids.indexOf('anchor-desa-fill')).toBeLessThan(ids.indexOf('anchor-kecamatan-line'));
  });

  it('draws a kecamatan chunk as a fill and a line, a desa chunk as a fill with its own 1-pixel outline (no line layer); hover and selection outlines come from the highlight source', () => {
    expect(chunkLayers('kecamatan-53', 'kecamatan', undefined).map((c) => c.layer.id)).toEqual(['kecamatan-53-fill', 'kecamatan-53-line']);
    const desa = chunkLayers('desa-5303', 'desa', undefined);
    expect(desa.map((c) => c.layer.id)).toEqual(['desa-5303-fill']);
    expect(desa[0].layer).toMatchObject({ type: 'fill', paint: { 'fill-outline-color': DESA_OUTLINE } });
    expect(chunkLayers('kecamatan-53', 'kecamatan', undefined)[0].layer).not.toHaveProperty(['paint', 'fill-outline-color']);
  });

  it("colours by the features' coastal property (the chunk's own), never by a poverty value", () => {
    const fill = chunkLayers('desa-5303', 'desa', undefined)[0].layer;
    expect(JSON.stringify(fill)).toContain('["get","coastal"]');
    expect(JSON.stringify(fill)).not.toContain('"v"');
  });

  it('draws regions whose coastal status is unknown in a neutral colour, not as inland', () => {
    const fill = chunkLayers('desa-5303', 'desa', undefined)[0].layer as unknown as { paint: Record<string, unknown[]> };
    expect(fill.paint['fill-color'].slice(-1)).toEqual(['#eeeeee']);
  });

  it('gives a valid style with a parent filter', () => {
    expect(validateStyleMin(styleWith(chunkLayers('desa-5303', 'desa', parentFilter(['5303121']))))).toEqual([]);
  });
});

describe('programPointLayer', () => {
  const paint = (l: ReturnType<typeof programPointLayer>) => (l as unknown as { paint: Record<string, unknown> }).paint;

  it('matches intervention types with a fallback colour', () => {
    const colour = ['match', ['get', 'intervention'], 'jobs', '#111', 'land_reform', '#222', '#444'];
    expect(paint(programPointLayer({ jobs: '#111', land_reform: '#222' }))['circle-stroke-color']).toEqual(['case', ['==', ['get', 'locatedBy'], 'region'], colour, '#ffffff']);
  });

  it('draws loci located by region as hollow rings (white fill, coloured stroke)', () => {
    expect(paint(programPointLayer({ jobs: '#111' }))['circle-color']).toEqual(expect.arrayContaining(['#ffffff']));
  });

  it('gives a valid style with the (unclustered) source of single loci', () => {
    const s = baseStyle();
    const style = { ...s, sources: { ...s.sources, programs: programSource({ type: 'FeatureCollection', features: [] }) }, layers: [...s.layers, programPointLayer({ jobs: '#111' })] };
    expect(validateStyleMin(style)).toEqual([]);
    expect(programSource({ type: 'FeatureCollection', features: [] })).not.toHaveProperty('cluster');
  });
});

describe('bivariateFill', () => {
  it('matches the bv feature-state 0–8 and falls back to no data', () => {
    const e = bivariateFill(['0', '1', '2', '3', '4', '5', '6', '7', '8'], '#n') as unknown[];
    expect(e.slice(-3)).toEqual([8, '8', '#n']);
  });

  it('rejects a palette that is not 3×3', () => {
    expect(() => bivariateFill(['a'], '#n')).toThrow(/invalid colours: 1/);
  });

  it('gives a valid style when set on the kabupaten layer', () => {
    const s = baseStyle();
    const layers = s.layers.map((l) => (l.id === 'kabupaten-fill' ? { ...l, paint: { 'fill-color': bivariateFill(Array(9).fill('#abcdef'), '#d9d9d9') } } : l));
    expect(validateStyleMin({ ...s, layers } as typeof s)).toEqual([]);
  });
});

describe('drilledAsLand', () => {
  it('paints a kabupaten with feature-state drilled as plain land, any other with the fill', () => {
    const fill = choroplethFill([0, 5, 10], ['#fde725', '#31688e'], '#d9d9d9');
    expect(drilledAsLand(fill)).toEqual(['case', ['boolean', ['feature-state', 'drilled'], false], defaultColours.inland, fill]);
  });
  it('is the base style kabupaten fill (no separate layer whose filter change would re-cut the national tiles), and valid wrapped round a choropleth', () => {
    const s = baseStyle();
    expect(s.layers.filter((l) => 'source' in l && l.source === 'kabupaten' && l.type === 'fill').map((l) => l.id)).toEqual(['kabupaten-fill']);
    expect(s.layers.find((l) => l.id === 'kabupaten-fill')).toMatchObject({ paint: { 'fill-color': drilledAsLand('#d9d9d9') } });
    const layers = s.layers.map((l) => (l.id === 'kabupaten-fill' ? { ...l, paint: { 'fill-color': drilledAsLand(choroplethFill([0, 5, 10], ['#fde725', '#31688e'], '#d9d9d9')) } } : l));
    expect(validateStyleMin({ ...s, layers } as typeof s)).toEqual([]);
  });
});

describe('neighbours at the detail of the chunks shown (issue 12: no slivers at desa zoom)', () => {
  it('nationalFilter leaves out the national kabupaten of the given provinces by feature id', () => {
    expect(nationalFilter(['53'])).toEqual(['!', ['in', ['floor', ['/', ['id'], 100]], ['literal', [53]]]]);
  });

  it('contextLayer draws the other kabupaten\'s kecamatan in their kabupaten\'s colour', () => {
    const l = contextLayer('kecamatan-53', ['5303'], new Map([['5371', '#21918c'], ['5301', '#440154']]), '#d9d9d9');
    expect(l).toMatchObject({ id: 'kecamatan-53-context', type: 'fill', source: 'kecamatan-53', filter: ['!', ['in', ['get', 'parent'], ['literal', ['5303']]]] });
    expect((l as { paint: Record<string, unknown> }).paint['fill-color']).toEqual(['match', ['get', 'parent'], '5371', '#21918c', '5301', '#440154', '#d9d9d9']);
    expect(byParent(new Map(), '#d9d9d9')).toEqual(['literal', '#d9d9d9']);
  });

  it('the national layers, a context layer and both filters make a valid style', () => {
    const s = styleWith([]);
    const sources = { ...s.sources, 'kecamatan-53': s.sources['desa-5303'] };
    const layers = [...s.layers.map((l) => (l.id === 'kabupaten-fill' ? { ...l, filter: nationalFilter(['53']) } : l)), contextLayer('kecamatan-53', ['5303'], new Map([['5371', '#21918c']]), '#d9d9d9')];
    expect(validateStyleMin({ ...s, sources, layers } as typeof s)).toEqual([]);
  });
});

describe('fillColours', () => {
  it('gives each kabupaten the colour of its class, as choroplethFill steps (a bound belongs to the class above)', () => {
    const c = fillColours({ kind: 'classes', values: new Map([['5371', 2], ['5303', 5], ['5301', 19], ['5302', Number.NaN]]), bounds: [0, 5, 10, 20], colours: ['#a', '#b', '#c'], noData: '#n' });
    expect([...c]).toEqual([['5371', '#a'], ['5303', '#b'], ['5301', '#c']]);
  });

  it('gives bivariate classes their colour', () => {
    const colours = Array.from({ length: 9 }, (_, i) => `#${i}`);
    expect(fillColours({ kind: 'bivariate', classes: new Map([['5371', 4]]), colours, noData: '#n' }).get('5371')).toBe('#4');
  });
});
