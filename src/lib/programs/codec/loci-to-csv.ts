import type { ProgramLocus } from '../types.ts';
import { toSafeCsv } from './safe-csv.ts';

/** Columns of `public/data/programs.csv` (open data, one row per placed locus). */
export const LOCI_CSV_COLUMNS = ['id', 'name', 'program', 'ministry', 'intervention_type', 'years', 'beneficiaries', 'located_by', 'level', 'lon', 'lat', 'provinsi_bps', 'kabupaten_bps', 'kecamatan_bps', 'desa_bps', 'offshore_km', 'source_id', 'notes', 'dataset', 'ministry_as_given', 'name_match', 'same_as'] as const;

/** Placed loci as a spreadsheet-safe CSV; `years` joined by ";"; coordinates rounded to 6 decimals (≈0.1 m). */
export function lociToCsv(loci: readonly ProgramLocus[]): string {
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
  return toSafeCsv(LOCI_CSV_COLUMNS, loci.map((p) => [
    p.id, p.name, p.program, p.agency, p.intervention, p.years.join(';'), p.beneficiaries, p.locatedBy, p.level ?? '',
    r6(p.lon), r6(p.lat), p.provinsi, p.kabupaten, p.kecamatan, p.desa, p.offshoreKm, p.source, p.note, p.dataset, p.agencyAsGiven, p.nameMatch, p.sameAs?.join(';'),
  ]));
}
