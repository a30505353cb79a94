/**
 * Region names: display forms and matching keys, shared by the crosswalk, the table importers
 * and search, so that "Kab. Kupang", "KABUPATEN KUPANG" and "Kupang" meet on the same key.
 */

/** Kind of a kabupaten-level region, read from a name prefix. */
export type KabKind = 'kabupaten' | 'kota' | null;

// A prefix word ends in a dot or a space: "Kab.Kupang" and "Kab Kupang" are prefixed, "Kabanjahe",
// "Desamulya" and "Distrikan" are bare names.
const PREFIX = /^(?:(kabupaten|kab)(?:\.\s*|\s+)(?:administrasi\s+|adm\.?\s+)?|(kota)\s+(?:administrasi\s+|adm\.?\s+)?|(?:kecamatan|distrik|desa|kelurahan|provinsi|propinsi)\s+|(?:kec|kel|prov)\.\s*)/i;

/** Fold a string for matching: strip accents, lower-case, keep letters and digits only. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Split a name into its kind prefix and the rest: "Kab. Kupang" → kabupaten, "Kupang";
 * "KOTA ADMINISTRASI JAKARTA PUSAT" → kota, "JAKARTA PUSAT"; "Kotabaru" stays a bare name.
 */
export function splitKind(name: string): { kind: KabKind; base: string } {
  const s = name.trim();
  const m = PREFIX.exec(s);
  if (!m) return { kind: null, base: s };
  const kind: KabKind = m[1] ? 'kabupaten' : m[2] ? 'kota' : null;
  const base = s.slice(m[0].length).trim();
  return base ? { kind, base } : { kind: null, base: s };
}

/** Matching key of a name without its kind prefix: "Kab. Timor Tengah Selatan" → "timortengahselatan". */
export function nameKey(name: string): string {
  return fold(splitKind(name).base);
}

const ACRONYMS = new Set(['DKI', 'DI', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII', 'RT', 'RW', 'UPT', 'SP']);
const LOWER = new Set(['dan', 'di']);

/** Title-case an ALL-CAPS name from a code list: "KABUPATEN TOJO UNA-UNA" → "Kabupaten Tojo Una-Una"; keeps DKI, DI, roman numerals. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name.trim();
  return name
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      if (ACRONYMS.has(w)) return w;
      const lw = w.toLowerCase();
      if (i > 0 && LOWER.has(lw)) return lw;
      return lw.replace(/(^|[-'(/.])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

/** Short and old spellings of province names, by folded key → folded key of the current name. */
const PROVINCE_ALIASES: Record<string, string> = {
  yogyakarta: 'diyogyakarta',
  jakarta: 'dkijakarta',
  jakartaraya: 'dkijakarta',
  bangkabelitung: 'kepulauanbangkabelitung',
  babel: 'kepulauanbangkabelitung',
  kepri: 'kepulauanriau',
  ntt: 'nusatenggaratimur',
  ntb: 'nusatenggarabarat',
};

/**
 * Matching key of a province name: "PROVINSI DAERAH ISTIMEWA YOGYAKARTA", "DI Yogyakarta" and
 * "Yogyakarta" → "diyogyakarta"; "Kep. Bangka Belitung" → "kepulauanbangkabelitung".
 */
export function provinceKey(name: string): string {
  let k = fold(name.trim().replace(/^(?:provinsi|propinsi|prov\.?)\s+/i, ''));
  k = k.replace(/^daerahistimewa/, 'di').replace(/^daerahkhusus(?:ibukota)?/, 'dki').replace(/^kep(?!ulauan)/, 'kepulauan');
  return PROVINCE_ALIASES[k] ?? k;
}

/**
 * A matching key (from {@link nameKey} or {@link fold}) with common spelling variants of
 * Indonesian place names joined: the pre-1972 spellings (oe → u, dj → j, tj → c, sj → sy,
 * nj → ny, ch → kh) and doubled letters ("oebello" / "obelo", "soekamadjoe" / "sukamaju"). Used by
 * name placement of program lists as part of its "normalised" tier; two regions that differ only
 * by it make a name ambiguous, never a guess.
 */
export function joinSpellings(key: string): string {
  return key.replace(/oe/g, 'u').replace(/dj/g, 'j').replace(/tj/g, 'c').replace(/sj/g, 'sy').replace(/nj/g, 'ny').replace(/ch/g, 'kh').replace(/([a-z])\1+/g, '$1');
}
