import { INTERVENTION_TYPES, type InterventionType } from './types.ts';

/**
 * Words people write for an intervention type, accepted as that type: Bahasa names, English
 * names, and the names of programs whose type is not in doubt. Keys are compared after
 * {@link interventionKey} (case, spaces, hyphens, slashes and dots ignored), so "Bantuan Sosial",
 * "bantuan-sosial" and "BANTUANSOSIAL" are one key. Deliberately left out: words that name
 * several types ("pemberdayaan", "bantuan", "program"), and humanitarian sectors that are not
 * one of ours ("health", "WASH", "shelter"); such cells stay errors with a suggestion.
 */
const WORDS: Record<InterventionType, readonly string[]> = {
  social_assistance: [
    'bansos', 'bantuan sosial', 'social assistance', 'social protection', 'perlindungan sosial', 'linjamsos',
    // programs: Program Keluarga Harapan, Bantuan Pangan Non-Tunai, its successor Program Sembako,
    // cash transfers (BLT, BLT Dana Desa), PBI health-insurance subsidies
    'PKH', 'program keluarga harapan', 'BPNT', 'bantuan pangan non tunai', 'sembako', 'program sembako',
    'BLT', 'bantuan langsung tunai', 'BLT dana desa', 'BLT DD', 'bantuan tunai', 'cash transfer', 'cash assistance', 'cash', 'food assistance', 'bantuan pangan', 'PBI', 'PBI JK',
  ],
  skills_training: [
    'pelatihan', 'pelatihan keterampilan', 'pelatihan kerja', 'pelatihan vokasi', 'vokasi', 'training', 'skills training', 'skill training', 'vocational training', 'TVET',
    // programs and places: Balai Latihan Kerja (and its Kemnaker units), Pelatihan Berbasis Kompetensi, pemagangan, Kartu Prakerja
    'BLK', 'BLK komunitas', 'BLKK', 'balai latihan kerja', 'BBPVP', 'BPVP', 'PBK', 'pelatihan berbasis kompetensi', 'pemagangan', 'magang', 'apprenticeship', 'prakerja', 'kartu prakerja',
  ],
  msme_finance: [
    'UMKM', 'pembiayaan UMKM', 'pembiayaan', 'pembiayaan usaha', 'pendampingan usaha', 'kredit usaha', 'modal usaha', 'MSME', 'MSME finance', 'microfinance', 'micro finance', 'keuangan mikro', 'kredit mikro',
    // programs: Kredit Usaha Rakyat, PNM Mekaar, Pembiayaan Ultra Mikro (UMi)
    'KUR', 'kredit usaha rakyat', 'Mekaar', 'PNM Mekaar', 'UMi', 'ultra mikro', 'pembiayaan ultra mikro',
  ],
  land_reform: [
    'reforma agraria', 'land reform', 'agrarian reform', 'redistribusi tanah', 'land redistribution', 'sertifikasi tanah', 'sertifikat tanah', 'land titling', 'land certification', 'legalisasi aset',
    // programs: Tanah Objek Reforma Agraria, Pendaftaran Tanah Sistematis Lengkap, Kampung Reforma Agraria
    'TORA', 'tanah objek reforma agraria', 'PTSL', 'pendaftaran tanah sistematis lengkap', 'kampung reforma agraria', 'GTRA',
  ],
  jobs: [
    'lapangan kerja', 'penciptaan lapangan kerja', 'kesempatan kerja', 'perluasan kesempatan kerja', 'penempatan kerja', 'penempatan tenaga kerja', 'employment', 'job creation', 'job', 'jobs', 'livelihoods', 'livelihood', 'mata pencaharian', 'cash for work',
    // programs: padat karya (cash for work), Tenaga Kerja Mandiri
    'padat karya', 'padat karya tunai', 'PKT', 'TKM', 'tenaga kerja mandiri',
  ],
  other: ['lainnya', 'lain lain', 'other'],
};

/** Comparison key of a cell or word: lower case, without spaces, hyphens, underscores, slashes and dots. */
export function interventionKey(cell: string): string {
  return cell.normalize('NFKC').trim().toLowerCase().replace(/[\s\-_/.]+/g, '');
}

/** Key → type, built once from {@link WORDS} and the ids themselves. */
const BY_KEY: ReadonlyMap<string, InterventionType> = (() => {
  const m = new Map<string, InterventionType>();
  for (const t of INTERVENTION_TYPES) m.set(interventionKey(t), t);
  for (const [t, words] of Object.entries(WORDS) as [InterventionType, readonly string[]][]) {
    for (const w of words) {
      const k = interventionKey(w);
      const had = m.get(k);
      if (had && had !== t) throw new Error(`intervention word "${w}" listed for both ${had} and ${t}`);
      m.set(k, t);
    }
  }
  return m;
})();

/** The intervention type a cell names: an id or an accepted word (case, spaces and hyphens ignored), or undefined. */
export function parseIntervention(cell: string): InterventionType | undefined {
  return BY_KEY.get(interventionKey(cell));
}

/** The intervention type closest to an unknown cell: the type of the accepted word or id at the smallest edit distance. */
export function suggestIntervention(cell: string): InterventionType {
  const s = interventionKey(cell);
  let best: InterventionType = 'other';
  let bestD = Infinity;
  for (const [k, t] of BY_KEY) {
    const d = editDistance(s, k);
    if (d < bestD) { bestD = d; best = t; }
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
