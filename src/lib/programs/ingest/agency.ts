/**
 * Ministry and agency names: one canonical name per ministry, so that "Kemnaker",
 * "Kementerian Ketenagakerjaan (Kemnaker)" and "Kemnaker (central funding); run mostly by
 * religious institutions" are one entry in the page's agency filter. The value as written is kept
 * on the locus (`agencyAsGiven`).
 */

/**
 * Canonical name → the words that name it. A word is matched in the folded cell (lower case,
 * letters and digits only) at a word start; the alias found earliest in the cell wins, so
 * "Kemenko Perekonomian (coordinator); participants from Kementerian ATR/BPN" is the coordinating
 * ministry. Aliases match whole words only ("BPN" is not found in "BPNT").
 */
const AGENCIES: Record<string, readonly string[]> = {
  'Kementerian Ketenagakerjaan (Kemnaker)': ['Kemnaker', 'Kemenaker', 'Kementerian Ketenagakerjaan', 'Kementerian Tenaga Kerja', 'Ministry of Manpower', 'Depnaker', 'Kemenakertrans', 'Kementerian Tenaga Kerja dan Transmigrasi'],
  'Kementerian ATR/BPN': ['ATR/BPN', 'ATR BPN', 'Kementerian ATR', 'Kementerian Agraria dan Tata Ruang', 'Agraria dan Tata Ruang', 'Badan Pertanahan Nasional', 'BPN', 'GTRA', 'Ministry of Agrarian Affairs'],
  'Kementerian Sosial (Kemensos)': ['Kemensos', 'Kementerian Sosial', 'Ministry of Social Affairs', 'Depsos'],
  'Kementerian Koperasi dan UKM (KemenKopUKM)': ['KemenKopUKM', 'Kemenkop UKM', 'Kemenkop', 'Kementerian Koperasi', 'Kementerian UMKM', 'Ministry of Cooperatives'],
  'Kementerian Desa PDTT (Kemendes)': ['Kemendes', 'Kemendes PDTT', 'Kementerian Desa', 'Ministry of Villages'],
  'Kementerian Keuangan (Kemenkeu)': ['Kemenkeu', 'Kementerian Keuangan', 'Ministry of Finance'],
  'Kementerian Pertanian (Kementan)': ['Kementan', 'Kementerian Pertanian', 'Ministry of Agriculture'],
  'Kementerian Kelautan dan Perikanan (KKP)': ['KKP', 'Kementerian Kelautan dan Perikanan', 'Ministry of Marine Affairs and Fisheries'],
  'Kementerian PUPR': ['PUPR', 'Kementerian PUPR', 'Kementerian Pekerjaan Umum', 'Ministry of Public Works'],
  'Kemenko Perekonomian': ['Kemenko Perekonomian', 'Kemenko Ekon', 'Coordinating Ministry for Economic Affairs'],
  'Kemenko PMK': ['Kemenko PMK', 'Coordinating Ministry for Human Development'],
  'PT Permodalan Nasional Madani (PNM)': ['PNM', 'Permodalan Nasional Madani'],
  'Pemerintah daerah': ['Pemerintah daerah', 'Pemda', 'Pemprov', 'Pemkab', 'Pemkot', 'Disnaker', 'Dinas Tenaga Kerja', 'UPTD', 'local government'],
};

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Folded alias → canonical, longest aliases first (so "Kemendes PDTT" is tried before "Kemendes"). */
const ALIASES: readonly [string, string][] = Object.entries(AGENCIES)
  .flatMap(([canonical, words]) => [canonical, ...words].map((w): [string, string] => [fold(w), canonical]))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The canonical name of the ministry or agency a cell names, or the cell itself (trimmed, runs of
 * spaces collapsed) when no alias is found in it.
 */
export function canonicalAgency(cell: string): string {
  const had = cache.get(cell);
  if (had !== undefined) return had;
  const out = findCanonical(cell);
  if (cache.size > 10_000) cache.clear();
  cache.set(cell, out);
  return out;
}

/** Cells already read (a file repeats a few agency names on every row). */
const cache = new Map<string, string>();

function findCanonical(cell: string): string {
  const text = ` ${fold(cell)} `;
  let best: { at: number; canonical: string } | undefined;
  for (const [alias, canonical] of ALIASES) {
    if (!alias) continue;
    // Whole words only: " bpn " matches in "atr bpn" but not in "bpnt".
    const at = text.indexOf(` ${alias} `);
    if (at >= 0 && (!best || at < best.at)) best = { at, canonical };
  }
  return best?.canonical ?? cell.trim().replace(/\s+/g, ' ');
}
