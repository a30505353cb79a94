import { LEVELS, type Level } from '../types.ts';
import { makeIssue } from './issue.ts';
import type { PointLocator } from './point-locator.ts';
import { ancestorRows, labelPoint, type RegionLookup } from './region-lookup.ts';
import type { ProgramLocus, ProgramIssue } from './types.ts';
import type { ProgramDraft } from './validate-rows.ts';
import { OFFSHORE_TOLERANCE_KM } from './point-locator.ts';

/** Options for {@link placePrograms}. */
export interface PlaceOptions {
  /** File name for messages and `ProgramLocus.dataset`. */
  file: string;
  /** GeoJSON input numbers features, not lines, in messages. */
  feature?: boolean;
  /**
   * Locates coordinate rows. Without one, coordinate loci are kept at their point with no region
   * codes (they then count in no region's coverage).
   */
  locate?: PointLocator;
}

/**
 * Place validated rows. A code-located row goes to its region's label point (`locatedBy:
 * 'region'`, codes down to its level). A coordinate row keeps its point and gets the codes of
 * the regions containing it (or of the nearest one within the offshore tolerance, with a
 * warning); a point in no region is an error and the row is left out.
 */
export function placePrograms(drafts: ProgramDraft[], lookup: RegionLookup, options: PlaceOptions): { loci: ProgramLocus[]; issues: ProgramIssue[] } {
  const loci: ProgramLocus[] = [];
  const issues: ProgramIssue[] = [];
  const at = (d: ProgramDraft, column?: string, value?: string) => ({ file: options.file, row: d.row, column, value, feature: options.feature });
  for (const d of drafts) {
    const base = {
      id: d.id, name: d.name, program: d.program, agency: d.agency, intervention: d.intervention, years: d.years,
      ...(d.beneficiaries !== undefined ? { beneficiaries: d.beneficiaries } : {}),
      ...(d.source ? { source: d.source } : {}),
      ...(d.note ? { note: d.note } : {}),
      dataset: options.file,
    };
    const loc = d.location;
    if (loc.kind === 'region') {
      const codes = codesOf(lookup, loc.level, loc.index);
      let point = labelPoint(lookup, loc.level, loc.index);
      if (!point) {
        // Region without a polygon: draw at the nearest ancestor that has one, and say so.
        const anc = ancestorRows(lookup, loc.level, loc.index);
        const up = LEVELS.slice(0, LEVELS.indexOf(loc.level)).reverse().find((l) => anc[l] >= 0 && labelPoint(lookup, l, anc[l]));
        point = up ? labelPoint(lookup, up, anc[up]) : undefined;
        issues.push(makeIssue(point ? 'warning' : 'error', 'no-label-point', at(d, 'admin_code', lookup.levels[loc.level].kode[loc.index]), { fallback: up ? lookup.levels[up].name[anc[up]] : '—' }));
        if (!point) continue;
      }
      loci.push({ ...base, locatedBy: 'region', lon: point[0], lat: point[1], ...codes, level: loc.level });
      continue;
    }
    const locus: ProgramLocus = { ...base, locatedBy: 'coordinates', lon: loc.lon, lat: loc.lat };
    if (!options.locate) { loci.push(locus); continue; }
    const hit = options.locate(loc.lon, loc.lat);
    const coord = options.feature ? 'geometry' : 'lat';
    const value = `${loc.lat}, ${loc.lon}`;
    if (!hit.found) {
      const n = hit.nearest;
      issues.push(makeIssue('error', 'not-in-region', at(d, coord, value), n ? { nearest: lookup.levels[n.level].name[n.index], km: n.km, tolerance: OFFSHORE_TOLERANCE_KM } : {}));
      continue;
    }
    const { level, index, offshoreKm } = hit.found;
    if (offshoreKm !== undefined) {
      issues.push(makeIssue('warning', 'offshore', at(d, coord, value), { nearest: lookup.levels[level].name[index], km: offshoreKm }));
      locus.offshoreKm = offshoreKm;
    }
    Object.assign(locus, codesOf(lookup, level, index), { level });
    if (loc.region) checkAgreement(lookup, loc.region, level, index, d, options, issues);
    loci.push(locus);
  }
  return { loci, issues };
}

/** BPS codes of a region and its ancestors as `ProgramLocus` fields. */
function codesOf(lookup: RegionLookup, level: Level, index: number): Partial<Record<Level, string>> {
  const rows = ancestorRows(lookup, level, index);
  const out: Partial<Record<Level, string>> = {};
  for (const l of LEVELS) if (rows[l] >= 0) out[l] = lookup.levels[l].kode[rows[l]];
  return out;
}

/** When a row gives both coordinates and a code, warn if the point is not inside that region. */
function checkAgreement(lookup: RegionLookup, region: { level: Level; index: number }, level: Level, index: number, d: ProgramDraft, o: PlaceOptions, issues: ProgramIssue[]): void {
  const common = LEVELS[Math.min(LEVELS.indexOf(region.level), LEVELS.indexOf(level))];
  if (ancestorRows(lookup, level, index)[common] === ancestorRows(lookup, region.level, region.index)[common]) return;
  const code = lookup.levels[region.level].kode[region.index];
  const point = d.location.kind === 'point' ? `${d.location.lat}, ${d.location.lon}` : '';
  issues.push(makeIssue('warning', 'code-mismatch', { file: o.file, row: d.row, column: 'admin_code', value: code, feature: o.feature }, { point, inside: lookup.levels[level].name[index] }));
}
