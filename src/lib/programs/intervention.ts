import { INTERVENTION_TYPES, type InterventionType } from './types.ts';

/**
 * Common ways people write a type, mapped to the id they most likely meant. Used only to
 * suggest a correction: an input that is not exactly an id is an error, never silently mapped.
 */
const HINTS: Record<string, InterventionType> = {
  job: 'jobs', employment: 'jobs', padat_karya: 'jobs', lapangan_kerja: 'jobs', tkm: 'jobs',
  training: 'skills_training', pelatihan: 'skills_training', vocational: 'skills_training', blk: 'skills_training',
  umkm: 'msme_finance', kur: 'msme_finance', msme: 'msme_finance', microfinance: 'msme_finance',
  reforma_agraria: 'land_reform', agrarian_reform: 'land_reform', land: 'land_reform',
  bansos: 'social_assistance', pkh: 'social_assistance', social_protection: 'social_assistance',
  lainnya: 'other',
};

/** Normalise a cell for comparison: lower case, runs of spaces, hyphens and slashes become `_`. */
function norm(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s\-/]+/g, '_');
}

/** The intervention type written in a cell (case, spaces and hyphens ignored), or undefined. */
export function parseIntervention(cell: string): InterventionType | undefined {
  const s = norm(cell);
  return (INTERVENTION_TYPES as readonly string[]).includes(s) ? (s as InterventionType) : undefined;
}

/** The intervention type closest to an unknown cell (a known synonym, or the smallest edit distance). */
export function suggestIntervention(cell: string): InterventionType {
  const s = norm(cell);
  if (HINTS[s]) return HINTS[s];
  let best: InterventionType = 'other';
  let bestD = Infinity;
  for (const t of INTERVENTION_TYPES) {
    const d = editDistance(s, t);
    if (d < bestD) { bestD = d; best = t; }
  }
  for (const [hint, t] of Object.entries(HINTS)) {
    if (editDistance(s, hint) < bestD) { bestD = editDistance(s, hint); best = t; }
  }
  return best;
}

/** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Display labels of the intervention types (legend, filters, panel), Bahasa Indonesia and English. */
export const INTERVENTION_LABELS: Record<InterventionType, { id: string; en: string }> = {
  jobs: { id: 'Lapangan kerja', en: 'Jobs' },
  skills_training: { id: 'Pelatihan keterampilan', en: 'Skills training' },
  msme_finance: { id: 'Pembiayaan UMKM', en: 'MSME finance' },
  land_reform: { id: 'Reforma agraria', en: 'Land reform' },
  social_assistance: { id: 'Bantuan sosial', en: 'Social assistance' },
  other: { id: 'Lainnya', en: 'Other' },
};
