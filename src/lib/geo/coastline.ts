import type { Position } from 'geojson';
import { merge } from 'topojson-client';
import type { GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { haversineKm } from './measure.ts';

/** Options for {@link coastlineByFeature}. */
export interface CoastlineOptions {
  /** Object holding lakes and reservoirs: arcs shared with them are shores, not coast. */
  water?: string;
  /** True where a point lies on a land border with another country (not coast). */
  onLandBorder?: (lon: number, lat: number) => boolean;
  /** True where a point is at the sea (see `seaMask`); boundary elsewhere is an inland gap, not coast. */
  atSea?: (lon: number, lat: number) => boolean;
}

type Areal = TopoPolygon | TopoMultiPolygon;

function ringsOf(g: GeometryObject): number[][] {
  if (g.type === 'Polygon') return (g as TopoPolygon).arcs;
  if (g.type === 'MultiPolygon') return (g as TopoMultiPolygon).arcs.flat();
  return [];
}

const segKey = (a: Position, b: Position) => (a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? `${a[0]},${a[1]},${b[0]},${b[1]}` : `${b[0]},${b[1]},${a[0]},${a[1]}`);

/**
 * Sea coastline of every geometry of `object`, in km, from an unquantized topology.
 *
 * A stretch of boundary is coast when (1) its arc belongs to exactly one region of the
 * object and to no lake, (2) it lies on an *exterior* ring of the union of all regions and
 * lakes — holes in that union are lakes or gaps in the data, enclosed by land — and (3) it is
 * not on a land border abroad (`onLandBorder`) and (4) at the sea (`atSea`) — gaps between
 * two regions' drawings can open onto the exterior far inland, e.g. along a land border.
 * (3) and (4) are tested at each segment's midpoint.
 * Returns lengths indexed like `topology.objects[object].geometries`.
 */
export function coastlineByFeature(topology: Topology, object: string, opts: CoastlineOptions = {}): Float64Array {
  if (topology.transform) throw new Error('coastlineByFeature needs an unquantized topology');
  const geoms = geometriesOf(topology, object);
  const water = opts.water ? geometriesOf(topology, opts.water) : [];
  const uses = new Uint32Array(topology.arcs.length);
  const wet = new Uint8Array(topology.arcs.length);
  for (const g of geoms) for (const ring of ringsOf(g)) for (const a of ring) uses[a < 0 ? ~a : a]++;
  for (const g of water) for (const ring of ringsOf(g)) for (const a of ring) wet[a < 0 ? ~a : a] = 1;

  // Segments of the union's exterior rings: the sea side of the country.
  const union = merge(topology, [...geoms, ...water] as Areal[]);
  const exterior = new Set<string>();
  for (const poly of union.coordinates) {
    const ring = poly[0];
    for (let i = 1; i < ring.length; i++) exterior.add(segKey(ring[i - 1], ring[i]));
  }

  const arcKm = new Float64Array(topology.arcs.length).fill(-1);
  const coastKm = (a: number): number => {
    if (arcKm[a] >= 0) return arcKm[a];
    const arc = topology.arcs[a] as Position[];
    let km = 0;
    if (uses[a] === 1 && !wet[a] && arc.length > 1 && exterior.has(segKey(arc[0], arc[1]))) {
      for (let i = 1; i < arc.length; i++) {
        const p = arc[i - 1], q = arc[i];
        const x = (p[0] + q[0]) / 2, y = (p[1] + q[1]) / 2;
        if (opts.onLandBorder?.(x, y) || (opts.atSea && !opts.atSea(x, y))) continue;
        km += haversineKm(p, q);
      }
    }
    return (arcKm[a] = km);
  };
  const out = new Float64Array(geoms.length);
  geoms.forEach((g, i) => {
    let km = 0;
    for (const ring of ringsOf(g)) for (const a of ring) km += coastKm(a < 0 ? ~a : a);
    out[i] = km;
  });
  return out;
}

function geometriesOf(topology: Topology, name: string): GeometryObject[] {
  // topojson-specification types properties loosely; the geometries are what matters here.
  const o = topology.objects[name];
  if (!o) throw new Error(`topology has no object "${name}"`);
  return (o.type === "GeometryCollection" ? o.geometries : [o]) as GeometryObject[];
}
