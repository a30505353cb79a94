import { LEVELS, type Level } from '../../types.ts';
import { makeIssue, type IssueAt } from './issue.ts';
import type { PointLocator } from '../../geo/point-locator.ts';
import { ancestorRows, labelPoint, type RegionLookup } from '../../regions/region-lookup.ts';
import type { ProgramLocus, ProgramIssue } from '../types.ts';
import type { ProgramDraft } from './validate-rows.ts';
import { OFFSHORE_TOLERANCE_KM } from '../../geo/point-locator.ts';

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
  /** The file's latitude column as written ("lintang"), named in messages about a point; "lat" when absent. */
  latColumn?: string;
}

/**
 * Place validated rows. A code-located row goes to its region's label point (`locatedBy:
 * 'region'`, codes down to its level). A coordinate row keeps its point and gets the codes of
 * the regions containing it (or of the nearest one within the offshore tolerance, with a
 * warning); a point in no region is an error and the row is left out.
 */
export function placePrograms(drafts: ProgramDraft[], lookup: RegionLookup, options: PlaceOptions): { loci: ProgramLocus[]; issues: ProgramIssue[]; rows: number[] } {
  const loci: ProgramLocus[] = [];
  // The input row of each locus (a locus is pushed with its row).
  const rows: number[] = [];
  const push = (d: ProgramDraft, l: ProgramLocus) => { loci.push(l); rows.push(d.row); };
  const issues: ProgramIssue[] = [];
  const at = (d: ProgramDraft, column?: string, value?: string) => ({ file: options.file, row: d.row, column, value, feature: options.feature });
  for (const d of drafts) {
    const loc = d.location;
    // One object shape for every locus (optional keys set after), which keeps 10,000-row imports fast.
    const locus: ProgramLocus = {
      id: d.id, name: d.name, program: d.program, agency: d.agency, intervention: d.intervention, years: d.years,
      locatedBy: loc.kind === 'region' ? 'region' : 'coordinates', lon: NaN, lat: NaN, dataset: options.file,
    };
    if (d.agencyAsGiven !== undefined) locus.agencyAsGiven = d.agencyAsGiven;
    if (d.interventionAsGiven !== undefined) locus.interventionAsGiven = d.interventionAsGiven;
    if (loc.kind === 'region' && loc.nameMatch) locus.nameMatch = loc.nameMatch;
    if (d.beneficiaries !== undefined) locus.beneficiaries = d.beneficiaries;
    if (d.source) locus.source = d.source;
    if (d.note) locus.note = d.note;
    if (loc.kind === 'region') {
      let point = labelPoint(lookup, loc.level, loc.index);
      if (!point) {
        // Region without a polygon: draw at the nearest ancestor that has one, and say so.
        const anc = ancestorRows(lookup, loc.level, loc.index);
        const up = LEVELS.slice(0, LEVELS.indexOf(loc.level)).reverse().find((l) => anc[l] >= 0 && labelPoint(lookup, l, anc[l]));
        point = up ? labelPoint(lookup, up, anc[up]) : undefined;
        issues.push(makeIssue(point ? 'warning' : 'error', 'no-label-point', at(d, 'admin_code', lookup.levels[loc.level].kode[loc.index]), { fallback: up ? lookup.levels[up].name[anc[up]] : '—' }));
        if (!point) continue;
      }
      [locus.lon, locus.lat] = point;
      setCodes(locus, lookup, loc.level, loc.index);
      if (loc.pointToCheck) checkPoint(locus, loc.pointToCheck, lookup, loc, options, at(d, 'latitude, longitude', `${loc.pointToCheck[1]}, ${loc.pointToCheck[0]}`), issues);
      push(d, locus);
      continue;
    }
    locus.lon = loc.lon;
    locus.lat = loc.lat;
    if (!options.locate) { push(d, locus); continue; }
    const hit = options.locate(loc.lon, loc.lat);
    const coord = options.feature ? 'geometry' : options.latColumn ?? 'lat';
    if (hit.abroad) {
      issues.push(makeIssue('error', 'abroad', at(d, coord, `${loc.lat}, ${loc.lon}`), { country: hit.abroad }));
      continue;
    }
    if (!hit.found) {
      const n = hit.nearest;
      issues.push(makeIssue('error', 'not-in-region', at(d, coord, `${loc.lat}, ${loc.lon}`), n ? { nearest: lookup.levels[n.level].name[n.index], km: n.km, tolerance: OFFSHORE_TOLERANCE_KM } : {}));
      continue;
    }
    const { level, index, offshoreKm } = hit.found;
    if (offshoreKm !== undefined) {
      issues.push(makeIssue('warning', 'offshore', at(d, coord, `${loc.lat}, ${loc.lon}`), { nearest: lookup.levels[level].name[index], km: offshoreKm }));
      locus.offshoreKm = offshoreKm;
    }
    setCodes(locus, lookup, level, index);
    if (loc.region) checkAgreement(lookup, loc.region, level, index, d, options, issues);
    push(d, locus);
  }
  return { loci, issues, rows };
}

/** Set the BPS codes of a region and its ancestors, and the level, on a locus. */
function setCodes(locus: ProgramLocus, lookup: RegionLookup, level: Level, index: number): void {
  for (let li = LEVELS.indexOf(level), i = index; li >= 0 && i >= 0; li--) {
    locus[LEVELS[li]] = lookup.levels[LEVELS[li]].kode[i];
    i = lookup.parentIndex[LEVELS[li]][i];
  }
  locus.level = level;
}

/** When a row gives both coordinates and a code, warn if the point is not inside that region. */
function checkAgreement(lookup: RegionLookup, region: { level: Level; index: number }, level: Level, index: number, d: ProgramDraft, o: PlaceOptions, issues: ProgramIssue[]): void {
  const common = LEVELS[Math.min(LEVELS.indexOf(region.level), LEVELS.indexOf(level))];
  if (ancestorRows(lookup, level, index)[common] === ancestorRows(lookup, region.level, region.index)[common]) return;
  const code = lookup.levels[region.level].kode[region.index];
  const point = d.location.kind === 'point' ? `${d.location.lat}, ${d.location.lon}` : '';
  issues.push(makeIssue('warning', 'code-mismatch', { file: o.file, row: d.row, column: 'admin_code', value: code, feature: o.feature }, { point, inside: lookup.levels[level].name[index] }));
}

/**
 * A coordinate the source gives beside names it is placed by (`pointToCheck`): drawn there only when
 * it falls inside the named desa (not offshore, not abroad); otherwise the locus stays at the desa's
 * label point and a warning says where the coordinate fell. Without a locator it is not checked, and not used.
 */
function checkPoint(locus: ProgramLocus, [lon, lat]: [number, number], lookup: RegionLookup, region: { level: Level; index: number }, o: PlaceOptions, at: IssueAt, issues: ProgramIssue[]): void {
  if (!o.locate) return;
  const hit = o.locate(lon, lat);
  const f = hit.found;
  if (region.level === 'desa' && f && !hit.abroad && f.level === 'desa' && f.index === region.index && f.offshoreKm === undefined) {
    locus.lon = lon;
    locus.lat = lat;
    locus.locatedBy = 'coordinates';
    return;
  }
  const where = hit.abroad ? hit.abroad : f ? describeRegion(lookup, f.level, f.index) + (f.offshoreKm !== undefined ? ` (${f.offshoreKm} km offshore)` : '') : '—';
  issues.push(makeIssue('warning', 'point-elsewhere', at, { where, named: describeRegion(lookup, region.level, region.index) }));
}

/** "Desa X (Kabupaten Y)": a region with its kab/kota, for messages. */
function describeRegion(lookup: RegionLookup, level: Level, index: number): string {
  const kab = ancestorRows(lookup, level, index).kabupaten;
  const name = `${level} ${lookup.levels[level].name[index]}`;
  return level !== 'provinsi' && level !== 'kabupaten' && kab >= 0 ? `${name} (${lookup.levels.kabupaten.name[kab]})` : name;
}
