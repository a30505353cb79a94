/** The intervention types a program locus can carry (the convergence score counts distinct ones, 0–5 without `other`). */
export const INTERVENTION_TYPES = ['jobs', 'skills_training', 'msme_finance', 'land_reform', 'social_assistance', 'other'] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/** One program locus after validation and placement (a feature of `public/data/programs.geojson`). */
export interface ProgramLocus {
  id: string;
  name: string;
  program: string;
  agency: string;
  intervention: InterventionType;
  /** Years the program ran at this locus; empty when the source is undated. */
  years: number[];
  beneficiaries?: number;
  /** How the point was placed: from coordinates, or at the label point of a region given by code. */
  locatedBy: 'coordinates' | 'region';
  lon: number;
  lat: number;
  /** BPS codes of the regions containing the locus, as far down as known (region-located programs stop at their level). */
  provinsi?: string;
  kabupaten?: string;
  kecamatan?: string;
  desa?: string;
  source?: string;
  note?: string;
}
