import { INTERVENTION_LABELS } from '../intervention.ts';
import { toSafeCsv } from '../codec/safe-csv.ts';
import { INTERVENTION_TYPES } from '../types.ts';

type Words = { id: string; en: string };

/** The distance rule, said once for every distance column. */
const DISTANCE_RULE: Words = {
  id: '0 bila sebuah program yang lolos saringan mencakup seluruh wilayah baris (program untuk wilayah itu sendiri, atau se-kecamatan/kabupaten/provinsi tempatnya berada; bila "hitung program se-wilayah" aktif); selain itu jarak haversine dari titik label wilayah ke lokus titik terdekat (koordinat, atau titik label desa), tidak pernah ke titik label wilayah suatu program; kosong bila tidak ada',
  en: '0 when a program passing the filters covers the whole of the row\'s region (a program for the region itself, or for the subdistrict, regency/city or province it lies in; when "count area-wide programs" is on); otherwise the haversine distance from the region\'s label point to the nearest point locus (coordinates, or a village\'s label point), never to the label point of a program\'s area; empty when there is none',
};

/** Each column of `gapsToCsv` and what it holds, in both languages (in the CSV's column order). */
export const GAPS_CSV_COLUMNS: readonly [string, Words][] = [
  ['rank', { id: 'urutan baris di tabel celah (aturan urutan di bawah tabel; baris desa: IDM terendah dulu)', en: 'the row\'s rank in the gap table (ranking rule under the table; desa rows: lowest IDM first)' }],
  ['level', { id: 'tingkat wilayah: kabupaten, kecamatan atau desa', en: 'region level: kabupaten, kecamatan or desa' }],
  ['kode_bps', { id: 'kode wilayah BPS', en: 'BPS region code' }],
  ['kode_kemendagri', { id: 'kode wilayah Kemendagri (dengan titik)', en: 'Kemendagri region code (with dots)' }],
  ['name', { id: 'nama wilayah', en: 'region name' }],
  ['kecamatan', { id: 'kecamatan tempat desa berada (baris desa)', en: 'the kecamatan a desa row lies in' }],
  ['kabupaten', { id: 'kabupaten/kota tempat wilayah berada', en: 'the kabupaten/kota the region lies in' }],
  ['parent', { id: 'wilayah induk yang disebut di tabel', en: 'the parent region named in the table' }],
  ['flags_from', { id: 'kode wilayah asal angka kemiskinan dan tanda pertanian (kabupaten untuk baris kecamatan; untuk baris desa hanya tanda pertanian)', en: 'code of the region the poverty figures and farming flag come from (the kabupaten for kecamatan rows; for desa rows only the farming flag)' }],
  ['p0_percent', { id: 'persentase penduduk miskin (P0) wilayah itu sendiri, persen (baris kabupaten)', en: 'the region\'s own poverty rate (P0), percent (kabupaten rows)' }],
  ['poor_persons', { id: 'jumlah penduduk miskin wilayah itu sendiri, orang (baris kabupaten)', en: 'the region\'s own number of poor, persons (kabupaten rows)' }],
  ['kabupaten_p0_percent', { id: 'P0 kabupatennya, persen (baris kecamatan: bukan angka wilayah itu; baris desa memakai IDM desa itu sendiri)', en: 'its kabupaten\'s P0, percent (kecamatan rows: not the row\'s own figure; desa rows carry their own IDM instead)' }],
  ['kabupaten_poor_persons', { id: 'jumlah penduduk miskin kabupatennya (baris kecamatan)', en: 'its kabupaten\'s number of poor (kecamatan rows)' }],
  ['year', { id: 'tahun angka kemiskinan (baris kabupaten dan kecamatan)', en: 'year of the poverty figures (kabupaten and kecamatan rows)' }],
  ['idm', { id: 'skor Indeks Desa Membangun desa itu sendiri, 0–1 (baris desa; kosong untuk kelurahan, yang tidak dinilai IDM)', en: 'the desa\'s own Village Development Index (IDM) score, 0–1 (desa rows; empty for a kelurahan, which IDM does not score)' }],
  ['idm_status', { id: 'kode status IDM: 1 Mandiri, 2 Maju, 3 Berkembang, 4 Tertinggal, 5 Sangat Tertinggal (ambang resmi, bukan kuantil)', en: 'IDM status code: 1 Mandiri, 2 Maju, 3 Berkembang, 4 Tertinggal, 5 Sangat Tertinggal (official thresholds, not quantiles)' }],
  ['idm_status_name', { id: 'nama status IDM, atau "tidak dinilai IDM (kelurahan)"', en: 'the IDM status by name, or "not scored by IDM (kelurahan)"' }],
  ['idm_source', { id: 'sumber dan tahun IDM (Kemendes PDTT, Indeks Desa Membangun 2024)', en: 'source and year of the IDM (Kemendes PDTT, Indeks Desa Membangun 2024)' }],
  ['coastal', { id: 'pesisir: batas wilayah menyentuh laut (true/false)', en: 'coastal: the region\'s boundary touches the sea (true/false)' }],
  ['farming', { id: 'pertanian: tanda wilayah itu sendiri (true/false/unknown; baris kabupaten, kosong untuk kecamatan dan desa, yang tidak punya angka pertanian)', en: 'farming: the region\'s own flag (true/false/unknown; kabupaten rows, empty for kecamatan and desa, which have no farming figure)' }],
  ['kabupaten_farming', { id: 'tanda pertanian kabupatennya (true/false/unknown; baris kecamatan dan desa: angka kabupaten, bukan angka wilayah itu)', en: 'its kabupaten\'s farming flag (true/false/unknown; kecamatan and desa rows: a kabupaten figure, not the row\'s own)' }],
  ['priority', { id: 'kabupaten prioritas kemiskinan ekstrem 2021 (listed/disputed)', en: '2021 extreme-poverty priority kabupaten (listed/disputed)' }],
  ['loci', { id: 'lokus program di dalam wilayah', en: 'program loci inside the region' }],
  ['convergence', { id: 'jumlah jenis intervensi berbeda tanpa "lainnya" (0–5)', en: 'number of distinct intervention types without "other" (0–5)' }],
  ['area_wide_loci', { id: 'program se-kecamatan/kabupaten/provinsi induk yang mencakup wilayah', en: 'programs for a whole parent kecamatan, kabupaten or province that cover the region' }],
  ['types_with_register', { id: 'jenis intervensi yang registernya lengkap di provinsi ini (kosong: tidak ada register, jadi tanpa lokus bukan bukti tanpa program)', en: 'intervention types with a complete register in this province (empty: no register, so no locus is no evidence of no program)' }],
  ['nearest_locus_km', { id: `jarak ke program terdekat jenis apa pun, km: ${DISTANCE_RULE.id}`, en: `distance to the nearest program of any type, km: ${DISTANCE_RULE.en}` }],
  ...INTERVENTION_TYPES.map((t): [string, Words] => [`nearest_${t}_km`, { id: `jarak ke program ${INTERVENTION_LABELS[t].id.toLowerCase()} terdekat, km: aturan seperti nearest_locus_km`, en: `distance to the nearest ${INTERVENTION_LABELS[t].en.toLowerCase()} program, km: the rule of nearest_locus_km` }]),
  ['coastline_km', { id: 'panjang garis pantai, km', en: 'coastline length, km' }],
  ['area_km2', { id: 'luas, km²', en: 'area, km²' }],
  ['lon', { id: 'bujur titik label wilayah, derajat', en: 'longitude of the region\'s label point, degrees' }],
  ['lat', { id: 'lintang titik label wilayah, derajat', en: 'latitude of the region\'s label point, degrees' }],
  ['reasons', { id: 'alasan baris ini menjadi celah, dipisah " | "', en: 'why the row is a gap, separated by " | "' }],
];

/** The data dictionary of the gap CSV (`gapsToCsv`): one row per column with its meaning in `lang`, spreadsheet-safe. */
export function gapsDictionaryCsv(lang: 'id' | 'en'): string {
  return toSafeCsv(lang === 'id' ? ['kolom', 'arti'] : ['column', 'meaning'], GAPS_CSV_COLUMNS.map(([column, words]) => [column, words[lang]]));
}
