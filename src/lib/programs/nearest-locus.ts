import Flatbush from 'flatbush';
import { INTERVENTION_TYPES, type InterventionType, type ProgramLocus } from './types.ts';

/** Mean Earth radius (km), as turf uses in the pipeline's `haversineKm`. */
const EARTH_KM = 6371.0088;
/** km per degree of latitude; longitude degrees are scaled by cos(latitude) of each point. */
const KM_PER_DEG = (Math.PI * EARTH_KM) / 180;

/** Great-circle distance in km (the page has no turf; the formula is the pipeline's). */
export function haversine(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** One spatial index of locus positions (a Flatbush tree over local km coordinates). */
interface PointTree {
  tree: Flatbush;
  lon: Float64Array;
  lat: Float64Array;
}

/** Nearest-locus lookup over the loci passing the filters, overall and per intervention type. */
export interface NearestLoci {
  all: PointTree | null;
  byType: Partial<Record<InterventionType, PointTree>>;
}

// Planar coordinates in km: x = lon · cos(lat) · km/°, y = lat · km/°. Indonesia lies within 11° of
// the equator, where this is within 2% of the great circle; the answer is measured with haversine.
const px = (lon: number, lat: number) => lon * Math.cos((lat * Math.PI) / 180) * KM_PER_DEG;
const py = (lat: number) => lat * KM_PER_DEG;

function tree(points: { lon: number; lat: number }[]): PointTree | null {
  if (!points.length) return null;
  const t = new Flatbush(points.length);
  const lon = new Float64Array(points.length), lat = new Float64Array(points.length);
  points.forEach((p, i) => {
    const x = px(p.lon, p.lat), y = py(p.lat);
    t.add(x, y, x, y);
    lon[i] = p.lon;
    lat[i] = p.lat;
  });
  t.finish();
  return { tree: t, lon, lat };
}

/**
 * Index the loci kept by `mask` (all when undefined) — located by coordinates or by region (at the
 * region's label point, where the map draws them) — for distance-to-nearest queries.
 */
export function indexNearest(loci: readonly Pick<ProgramLocus, 'lon' | 'lat' | 'intervention'>[], mask?: Uint8Array): NearestLoci {
  const kept = loci.filter((p, k) => (!mask || mask[k]) && Number.isFinite(p.lon) && Number.isFinite(p.lat));
  const byType: NearestLoci['byType'] = {};
  for (const t of INTERVENTION_TYPES) {
    const mine = kept.filter((p) => p.intervention === t);
    const tr = tree(mine);
    if (tr) byType[t] = tr;
  }
  return { all: tree(kept), byType };
}

/** Distance in km from (lon, lat) to the nearest indexed locus (of `type`, or any); null when there is none. */
export function nearestKm(ix: NearestLoci, lon: number, lat: number, type?: InterventionType): number | null {
  const t = type ? ix.byType[type] : ix.all;
  if (!t) return null;
  const [i] = t.tree.neighbors(px(lon, lat), py(lat), 1);
  return i === undefined ? null : haversine(lon, lat, t.lon[i], t.lat[i]);
}
