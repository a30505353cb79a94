import { INDONESIA_BOUNDS as B } from './coordinates.ts';
import { showValue } from './show-value.ts';
import type { ProgramIssue, ProgramIssueCode } from '../types.ts';

/** Where a problem is: file, row (CSV line or GeoJSON feature number), column, cell value. */
export interface IssueAt {
  file: string;
  row: number;
  column?: string;
  value?: string;
  /** GeoJSON input numbers features, not lines. */
  feature?: boolean;
}

/** Extra facts a message needs (expected level, suggestion, first row of a duplicate …). */
export type IssueParams = Record<string, string | number | undefined>;

const LAT = `${B.minLat}..${B.maxLat}`, LON = `${B.minLon}..${B.maxLon}`;

/** Expectation per code, in Bahasa Indonesia and English. */
function expectation(code: ProgramIssueCode, p: IssueParams): [string, string] {
  switch (code) {
    case 'missing-field': return p.alt
      ? [`kosong; lokasi wajib diisi: kode wilayah, koordinat (${p.alt}) atau nama wilayah (desa, kecamatan, kabupaten, provinsi)`, `is empty; a location is required: a region code, coordinates (${p.alt}) or place names (desa, kecamatan, kabupaten, provinsi)`]
      : [`kosong; kolom wajib diisi`, `is empty; this field is required`];
    case 'bad-number': return p.whole ? [`bukan bilangan bulat tak negatif`, `is not a whole number ≥ 0`] : [`bukan angka`, `is not a number`];
    case 'duplicate-id': return [`sudah dipakai di baris ${p.first}; id harus unik`, `was already used in row ${p.first}; ids must be unique`];
    case 'unknown-intervention': return p.kept
      ? [`bukan jenis intervensi yang dikenal (${p.allowed}); disimpan sebagai "lainnya" dengan jenis seperti tertulis (mungkin maksudnya "${p.suggestion}"?)`, `is not a known intervention type (${p.allowed}); kept as "other" (lainnya) with the type as written (did you mean "${p.suggestion}"?)`]
      : [`bukan jenis intervensi yang dikenal (${p.allowed}); mungkin maksudnya "${p.suggestion}"?`, `is not a known intervention type (${p.allowed}); did you mean "${p.suggestion}"?`];
    case 'unknown-code': return [`tidak ada di daftar wilayah (kode BPS atau Kemendagri${p.scheme ? `, dibaca sebagai ${p.scheme}` : ''})`, `is not in the region registry (BPS or Kemendagri code${p.scheme ? `, read as ${p.scheme}` : ''})`];
    case 'outside-indonesia': return [`di luar Indonesia (lon ${LON}, lat ${LAT})`, `is outside Indonesia (lon ${LON}, lat ${LAT})`];
    case 'latlon-swapped': return [`di luar Indonesia (lat ${LAT}); lat dan lon tampaknya tertukar (lat ${p.lat}, lon ${p.lon}) — perbaiki berkas, tidak ditukar otomatis`, `is outside Indonesia (lat ${LAT}); lat and lon look swapped (lat ${p.lat}, lon ${p.lon}) — fix the file; it is not swapped automatically`];
    case 'bad-year': return [`bukan tahun (contoh: 2024, 2022-2024, 2022;2023)`, `is not a year (e.g. 2024, 2022-2024, 2022;2023)`];
    case 'bad-geometry': return [`bukan titik (Point) dengan koordinat [lon, lat]`, `is not a Point with [lon, lat] coordinates`];
    case 'level-mismatch': return [`tidak cocok dengan kode ${p.code}, yang merupakan ${p.actual}`, `does not match code ${p.code}, which is a ${p.actual}`];
    case 'code-mismatch': return [`tidak memuat titik koordinat (${p.point}), yang jatuh di ${p.inside}; koordinat dipakai`, `does not contain the row's coordinates (${p.point}), which fall in ${p.inside}; the coordinates are used`];
    case 'not-in-region': return [`tidak jatuh di wilayah mana pun${p.nearest ? ` (terdekat: ${p.nearest}, ${p.km} km; batas toleransi ${p.tolerance} km)` : ''}`, `is not inside any region${p.nearest ? ` (nearest: ${p.nearest}, ${p.km} km away; tolerance ${p.tolerance} km)` : ''}`];
    case 'offshore': return [`di luar garis pantai; ditempatkan di wilayah terdekat ${p.nearest} (${p.km} km)`, `lies just off the coast; placed in the nearest region ${p.nearest} (${p.km} km away)`];
    case 'no-polygon': return [`(${p.name}) ada di daftar kode Kemendagri tetapi tidak punya poligon di sumber batas wilayah; ditempatkan se-${p.level} di ${p.ancestor}`, `(${p.name}) is in the Kemendagri code list but has no polygon in the boundary source; placed ${p.level}-wide in ${p.ancestor}`];
    case 'abroad': return [`jatuh di ${p.country}, bukan di Indonesia`, `lies in ${p.country}, not in Indonesia`];
    case 'name-unmatched': return p.finer
      ? [`tidak cocok dengan ${p.level} mana pun${p.parent ? ` di ${p.parent}` : ''}; ${p.finer} dicari ${p.parent ? `di seluruh ${p.parent}` : 'di semua wilayah'}`, `matches no ${p.level}${p.parent ? ` in ${p.parent}` : ''}; the ${p.finer} is looked for ${p.parent ? `in all of ${p.parent}` : 'everywhere'}`]
      : p.parent
        ? [`tidak cocok dengan ${p.level} mana pun di ${p.parent}; ditempatkan se-${p.parentLevel} di ${p.parent}`, `matches no ${p.level} in ${p.parent}; placed ${p.parentLevel}-wide in ${p.parent}`]
        : [`tidak cocok dengan ${p.level} mana pun; baris tidak dapat ditempatkan`, `matches no ${p.level}; the row cannot be placed`];
    case 'name-ambiguous': return p.parent
      ? [`cocok dengan lebih dari satu ${p.level} (${p.candidates}); tidak ditebak, ditempatkan se-${p.parentLevel} di ${p.parent}`, `fits more than one ${p.level} (${p.candidates}); not guessed, placed ${p.parentLevel}-wide in ${p.parent}`]
      : [`cocok dengan lebih dari satu ${p.level} (${p.candidates}); tidak ditebak, baris tidak dapat ditempatkan — tambahkan nama wilayah di atasnya`, `fits more than one ${p.level} (${p.candidates}); not guessed, the row cannot be placed — add the name of the region above`];
    case 'unknown-columns': return [`kolom tidak dikenal dan tidak dibaca: ${p.columns}. Kolom yang dikenal: ${p.known}`, `columns not recognised and not read: ${p.columns}. Known columns: ${p.known}`];
    case 'id-generated': return [`tanpa id; dibuat id ${p.id} dari nama berkas dan nomor baris`, `has no id; the id ${p.id} was made from the file name and row`];
    case 'name-other-parent': return [`tidak memuat ${p.finer} itu menurut batas wilayah; ${p.finer} ditemukan di ${p.found} (kab/kota yang sama) dan ditempatkan di sana — periksa`, `does not contain that ${p.finer} in the boundaries; the ${p.finer} was found in ${p.found} (same kab/kota) and placed there — check it`];
    case 'point-elsewhere': return [`jatuh di ${p.where}, bukan di ${p.named} yang disebut namanya; koordinat tidak dipakai, titik ditaruh di titik label desa`, `falls in ${p.where}, not in the named ${p.named}; the coordinate is not used, the locus is drawn at the desa's label point`];
    case 'name-settled': return [`cocok dengan lebih dari satu ${p.level} (${p.candidates}); dipilih ${p.chosen} karena nama wilayah di bawahnya (${p.by}) hanya ada di sana — periksa`, `fits more than one ${p.level} (${p.candidates}); ${p.chosen} chosen because the finer names (${p.by}) fit only there — check it`];
    case 'name-one-edit': return [`dicocokkan dengan ${p.level} "${p.matched}" (beda satu huruf)`, `matched to ${p.level} "${p.matched}" (one letter apart)`];
    case 'invisible-chars': return p.removed
      ? [`memuat karakter tak terlihat (${p.removed}) yang dihapus${p.composed ? ' dan ditulis ulang dalam bentuk Unicode NFC' : ''}; dibaca sebagai ${p.read}`, `contained invisible characters (${p.removed}), which were removed${p.composed ? ', and was rewritten in Unicode NFC form' : ''}; read as ${p.read}`]
      : [`ditulis dalam bentuk Unicode terurai; ditulis ulang dalam bentuk NFC (tampilannya sama)`, `was in decomposed Unicode; rewritten in NFC form (it looks the same)`];
    case 'code-two-schemes': return [`adalah kode wilayah nyata dalam dua skema: dibaca sebagai ${p.used}; bukan ${p.other}. Tulis kode Kemendagri dengan titik (${p.dotted}) atau beri nama kolom kode_bps / kode_kemendagri`, `is a real region code in two schemes: read as ${p.used}, not ${p.other}. Write Kemendagri codes with dots (${p.dotted}) or name the column kode_bps / kode_kemendagri`];
    case 'old-code': return [`dibaca sebagai kode BPS lama ${p.old} → ${p.target} (${p.name})`, `read as the old BPS code ${p.old} → ${p.target} (${p.name})`];
    case 'old-code-parent': return [`dibaca sebagai kode BPS lama ${p.old}, yang tidak punya padanan Kemendagri; ditempatkan se-${p.level} di ${p.name} (${p.target})`, `read as the old BPS code ${p.old}, which has no Kemendagri match; placed ${p.level}-wide in ${p.name} (${p.target})`];
    case 'old-code-two-readings': return [
      `adalah kode BPS lama ${p.old} → ${p.target} (${p.name}) dan juga kode Kemendagri ${p.dotted} (${p.otherName}) tanpa titik; dibaca sebagai ${p.kemendagri ? `kode Kemendagri ${p.dotted}` : `kode BPS lama`} (berkas ini ${p.kemendagri ? 'menulis kode Kemendagri' : 'dibaca BPS lebih dulu'}). Tulis kode Kemendagri dengan titik (${p.dotted}) atau beri nama kolom kode_bps / kode_kemendagri`,
      `is both the old BPS code ${p.old} → ${p.target} (${p.name}) and the Kemendagri code ${p.dotted} (${p.otherName}) without dots; read as ${p.kemendagri ? `the Kemendagri code ${p.dotted}` : 'the old BPS code'} (this file ${p.kemendagri ? 'writes Kemendagri codes' : 'is read BPS first'}). Write Kemendagri codes with dots (${p.dotted}) or name the column kode_bps / kode_kemendagri`,
    ];
    case 'extra-cells': return [
      `${p.cells} sel, padahal tajuk punya ${p.columns} kolom; sel lebih: ${p.extra}. Baris tidak dipakai (nilainya bergeser). Sering terjadi karena koma desimal tanpa tanda kutip (mis. -10,1969 dalam berkas berpemisah koma): beri tanda kutip ("-10,1969") atau pakai titik (-10.1969)`,
      `${p.cells} cells but the header has ${p.columns} columns; extra: ${p.extra}. The row is not used (its values are shifted). A common cause is an unquoted decimal comma (e.g. -10,1969 in a comma-separated file): quote the cell ("-10,1969") or use a dot (-10.1969)`,
    ];
    case 'encoding': return [`${p.id}`, `${p.en}`];
    case 'address-conflict': return [`register: ${p.registerSays}; ditempatkan di ${p.placedAt}: ${p.why}`, `register says ${p.registerSays}; placed at ${p.placedAt}: ${p.why}`];
    case 'no-label-point': return [`tidak punya poligon; titik ditaruh di ${p.fallback}`, `has no polygon; the point is drawn at ${p.fallback}`];
  }
}

/** Build an issue whose message names file, row, column, value and what was expected. */
export function makeIssue(severity: ProgramIssue['severity'], code: ProgramIssueCode, at: IssueAt, params: IssueParams = {}): ProgramIssue {
  const [id, en] = expectation(code, params);
  const rowWord = at.feature ? 'feature' : 'row';
  const rowKata = at.feature ? 'fitur' : 'baris';
  // Row 0 is the file as a whole (its encoding).
  const whereEn = at.row > 0 ? `${at.file} ${rowWord} ${at.row}${at.column !== undefined ? `, column "${at.column}"` : ''}` : at.file;
  const whereId = at.row > 0 ? `${at.file} ${rowKata} ${at.row}${at.column !== undefined ? `, kolom "${at.column}"` : ''}` : at.file;
  const val = at.value !== undefined && at.value !== '' ? ` ${showValue(at.value)}` : '';
  // Row- and file-level problems are not about one value.
  const whole = code === 'extra-cells' || code === 'encoding' || code === 'address-conflict' || code === 'unknown-columns' || code === 'id-generated';
  return {
    severity,
    code,
    file: at.file,
    row: at.row,
    ...(at.column !== undefined ? { column: at.column } : {}),
    ...(at.value !== undefined ? { value: at.value } : {}),
    message: whole ? { id: `${whereId}: ${id}`, en: `${whereEn}: ${en}` } : { id: `${whereId}: nilai${val} ${id}`, en: `${whereEn}: value${val} ${en}` },
  };
}

/** One line per issue (English), for the pipeline's report. */
export function formatIssues(issues: ProgramIssue[]): string {
  return issues.map((i) => `  ${i.severity === 'error' ? 'ERROR' : 'warn '} ${i.message.en}`).join('\n');
}
