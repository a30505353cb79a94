import { LEVELS, type Level } from '../types.ts';
import { findContaining, findNearest, type PolygonIndex } from './polygon-index.ts';
import type { RegionLookup } from '../regions/region-lookup.ts';

/**
 * How far off the coast (or outside any polygon) a point may lie and still be assigned to the
 * nearest region, km. Covers GPS fixes on piers, beaches and reef flats, and the coastline
 * shifted by simplification of the boundary chunks; far enough out, a point is an error.
 */
export const OFFSHORE_TOLERANCE_KM = 5;

/** Radius searched to name the nearest region in an error message, km. */
const NEAREST_REPORT_KM = 100;

/** Where a point fell: a region row of a level, and the offshore distance when not inside. */
export interface PointLocation {
  level: Level;
  index: number;
  offshoreKm?: number;
}

/**
 * Result of locating a point: `found`, or `abroad` (inside a neighbouring country's land), or
 * only the `nearest` region (beyond the tolerance) for the message.
 */
export interface PointLookup {
  found?: PointLocation;
  /** Name of the foreign country whose land contains the point (never assigned to Indonesia). */
  abroad?: string;
  nearest?: { level: Level; index: number; km: number };
}

/** Locate a point (degrees) in the regions of the lookup. */
export type PointLocator = (lon: number, lat: number) => PointLookup;

/**
 * Build a locator from polygon indexes of any levels (all desa in the pipeline; in the browser
 * the kabupaten from the national file plus whichever desa chunks are loaded). Containment is
 * tried finest level first; only when no polygon contains the point is the nearest region (over
 * all levels) within `toleranceKm` used. Codes missing from the lookup are ignored. `abroad`
 * indexes neighbouring countries' land (codes = country names, see `foreignLandIndex`): a point
 * in no Indonesian polygon but inside one of those is reported as abroad, never assigned.
 */
export function makePointLocator(lookup: RegionLookup, indexes: PolygonIndex[], toleranceKm = OFFSHORE_TOLERANCE_KM, abroad?: PolygonIndex): PointLocator {
  const ordered = [...indexes].sort((a, b) => LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level));
  // Feature → lookup row, resolved once per index.
  const rows = ordered.map((ix) => Int32Array.from(ix.codes, (c) => lookup.byBps[ix.level].get(c) ?? -1));
  return (lon, lat) => {
    for (let k = 0; k < ordered.length; k++) {
      const f = findContaining(ordered[k], lon, lat);
      if (f >= 0 && rows[k][f] >= 0) return { found: { level: ordered[k].level, index: rows[k][f] } };
    }
    // Outside every Indonesian polygon but on a neighbour's land (Malaysia, Timor-Leste, Papua New
    // Guinea): an error, however close to the border; the offshore tolerance is for the sea.
    const foreign = abroad ? findContaining(abroad, lon, lat) : -1;
    if (foreign >= 0) return { abroad: abroad!.codes[foreign] };
    const near = nearest(ordered, rows, lon, lat, toleranceKm);
    if (near) return { found: { level: near.level, index: near.index, offshoreKm: near.km } };
    const far = nearest(ordered, rows, lon, lat, NEAREST_REPORT_KM);
    return far ? { nearest: far } : {};
  };
}

/**
 * Nearest region within `maxKm` over all given levels: with partly loaded desa chunks, a closer
 * kabupaten coast must win over a loaded desa further away. Ties go to the finer level.
 */
function nearest(ordered: PolygonIndex[], rows: Int32Array[], lon: number, lat: number, maxKm: number): PointLookup['nearest'] {
  let best: PointLookup['nearest'];
  for (let k = 0; k < ordered.length; k++) {
    const n = findNearest(ordered[k], lon, lat, maxKm);
    if (n && rows[k][n.feature] >= 0 && (!best || n.km < best.km)) best = { level: ordered[k].level, index: rows[k][n.feature], km: round2(n.km) };
  }
  return best;
}

const round2 = (v: number) => Math.round(v * 100) / 100;
