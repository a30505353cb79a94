/** The place names an Indonesian street address gives (any may be absent), as written (upper case kept). */
export interface AddressNames {
  /** After "Desa", "Ds.", "Des.", "Kel.", "Kelurahan" or "Kalurahan" (Yogyakarta): "CIHAWUK". */
  desa?: string;
  /** After "Kecamatan", "Kec." (or the misspelling "Kecataman"): "KERTASARI". */
  kecamatan?: string;
  /** After "Kabupaten"/"Kab." (and misspellings such as "Kabuoaten", "Kbupaten") or "Kota": "BANDUNG". */
  kabupaten?: string;
  /** Which of the two the address wrote. */
  kabKind?: 'kabupaten' | 'kota';
}

// Misspelt "KABUPATEN" as found in Kemnaker's register: KABUOATEN, KABUATEN, KBUPATEN, KABUBATEN, KABUAPATEN.
const KAB = 'KA?BU?[A-Z]{0,2}ATEN|KAB';
const KEC = 'KECAMATAN|KECATAMAN|KEC';
const DESA = 'DESA|DES|DS|KELURAHAN|KALURAHAN|KEL';
// A name runs until punctuation, the next marker word, a number or a province/postcode word.
const STOP = String.raw`(?=\s*(?:[,;(/]|\.\s|\s-\s|\b(?:${KEC}|${KAB}|KOTA|${DESA}|PROV|PROVINSI|PROPINSI|PROPNSI|PROVENSI|KODE|POS|DUSUN|DSN|KP|JL|JLN|JALAN|BLOK|JAWA|JATIM|JABAR|BANTEN|BALI|DIY|YOGYAKARTA|INDONESIA)\b|R[TW](?![A-Z])|\d|$))`;
const NAME = String.raw`([A-Z][A-Z'-]*(?:\s+[A-Z][A-Z'-]*)*?)`;
const at = (marker: string) => new RegExp(String.raw`(?:^|[^A-Z])(?:${marker})(?:\.\s*|\s+|(?<=KECAMATAN|KELURAHAN|KALURAHAN)(?=[A-Z]))${NAME}${STOP}`);
const DESA_AT = at(DESA);
const KEC_AT = at(KEC);
const KAB_AT = at(`${KAB}|KOTA`);

/**
 * Read the desa, kecamatan and kab/kota an address names after their marker words: "KP. PUNCAKMULYA
 * RT 03 RW 11 DESA CIHAWUK KECAMATAN KERTASARI KABUPATEN BANDUNG" → desa CIHAWUK, kecamatan
 * KERTASARI, kabupaten BANDUNG. Markers are read in their spelling variants ("Ds.", "Kel.",
 * "Kec.", "Kab.", run together as in "KEC.SELOPURO"); "Dsn."/"Dusun" is a hamlet, not a desa. A
 * name ends at punctuation, the next marker, a number, "RT"/"RW" or a province word. A name not
 * introduced by a marker is not guessed (the caller may look for known names in the text).
 * Pure; case-insensitive; returns only the names found.
 */
export function parseAddress(address: string): AddressNames {
  const s = ` ${address.toUpperCase().replace(/\s+/g, ' ')} `;
  const out: AddressNames = {};
  const desa = DESA_AT.exec(s)?.[1];
  if (desa) out.desa = desa.trim();
  const kec = KEC_AT.exec(s)?.[1];
  if (kec) out.kecamatan = kec.trim();
  const kab = KAB_AT.exec(s);
  if (kab) {
    out.kabupaten = kab[1].trim();
    out.kabKind = /(?:^|[^A-Z])KOTA/.test(kab[0].slice(0, kab[0].length - kab[1].length)) ? 'kota' : 'kabupaten';
  }
  return out;
}
