import type { InterventionType } from '../programs/types.ts';

/**
 * Colours of the intervention types on the map, legend and panel: Okabe–Ito's categorical
 * palette (distinguishable with the common colour-vision deficiencies), `other` in grey.
 */
export const INTERVENTION_COLOURS: Record<InterventionType, string> = {
  jobs: '#E69F00',
  skills_training: '#0072B2',
  msme_finance: '#009E73',
  land_reform: '#D55E00',
  social_assistance: '#CC79A7',
  other: '#7F7F7F',
};
