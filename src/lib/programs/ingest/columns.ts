import { DataError } from '../../errors.ts';
import type { Level } from '../../types.ts';
import type { CodeScheme } from './resolve-code.ts';
import { showValue } from './show-value.ts';
import { stripInvisible } from './clean-cell.ts';

/** The fields of a program row, whatever the input's column names. */
export type ProgramField =
  | 'id' | 'name' | 'program' | 'agency' | 'intervention' | 'code' | 'level'
  | 'lat' | 'lon' | 'year' | 'beneficiaries' | 'source' | 'note'
  | NameField;

/** Fields holding a place name per level (a row may be placed by names alone; see `match-names.ts`). */
export type NameField = 'provinsiName' | 'kabupatenName' | 'kecamatanName' | 'desaName';
export const NAME_FIELDS: Readonly<Record<Level, NameField>> = { provinsi: 'provinsiName', kabupaten: 'kabupatenName', kecamatan: 'kecamatanName', desa: 'desaName' };

/**
 * Fields a row must fill: a name (the program's or the locus's) and its type. An id is made when
 * none is given; the agency may be left out; a location (code, coordinates or place names) is
 * checked separately.
 */
export const REQUIRED_FIELDS: readonly ProgramField[] = ['name', 'intervention'];

/**
 * Accepted column names per field (compared lower-case, spaces and hyphens as `_`). First listed is
 * canonical. A planner's list often has one name column: `nama_program`, `nama` and `program` each
 * feed both the locus name and the program when the other is absent.
 */
export const COLUMN_ALIASES: Record<ProgramField, readonly string[]> = {
  id: ['id', 'locus_id', 'kode_lokus'],
  name: ['name', 'nama', 'nama_lokus', 'locus', 'nama_program', 'program', 'program_name'],
  program: ['program', 'program_name', 'nama_program', 'nama', 'name', 'nama_lokus'],
  agency: ['ministry', 'agency', 'kementerian', 'lembaga', 'kementerian_lembaga', 'instansi'],
  intervention: ['intervention_type', 'intervention', 'type', 'jenis_intervensi', 'intervensi', 'jenis', 'jenis_program'],
  code: ['admin_code', 'region_code', 'kode_wilayah', 'kode', 'code', 'kode_bps', 'kode_kemendagri'],
  level: ['admin_level', 'level', 'tingkat'],
  lat: ['lat', 'latitude', 'lintang', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'bujur', 'x'],
  year: ['year', 'years', 'tahun'],
  beneficiaries: ['beneficiaries', 'penerima_manfaat', 'jumlah_penerima', 'jumlah_penerima_manfaat'],
  source: ['source_id', 'source', 'sumber'],
  note: ['notes', 'note', 'catatan', 'keterangan'],
  // Place names, Bahasa Indonesia and English header words ("kab/kota" and "kab. / kota" read as kab_kota).
  desaName: ['desa', 'kelurahan', 'desa_kelurahan', 'desa_kel', 'nama_desa', 'nama_kelurahan', 'village', 'village_name'],
  kecamatanName: ['kecamatan', 'kec', 'nama_kecamatan', 'district', 'subdistrict', 'sub_district', 'district_name'],
  kabupatenName: ['kabupaten_kota', 'kab_kota', 'kabupaten', 'kota', 'kab', 'nama_kabupaten', 'regency', 'city', 'regency_city', 'regency_or_city', 'city_name'],
  provinsiName: ['provinsi', 'province', 'propinsi', 'prov', 'nama_provinsi', 'province_name'],
};

/** Which input column (by original header text) feeds each field, and the code scheme the header implies. */
export interface ColumnMap {
  columns: Partial<Record<ProgramField, string>>;
  scheme?: CodeScheme;
  /** Header cells that feed no field (not read), as written. */
  unknown?: string[];
}

// Invisible characters (zero-width, bidi, BOM) are dropped before comparing, as in cells.
const norm = (h: string) => stripInvisible(h).normalize('NFC').trim().toLowerCase().replace(/[\s\-/.]+/g, '_').replace(/^_+|_+$/g, '');

const list = (names: readonly string[], or: string) => names.map((n) => `"${n}"`).join(', ').replace(/, ([^,]*)$/, ` ${or} $1`);

/**
 * Map header names to fields (first matching column wins). A `kode_bps` column reads codes as
 * BPS, `kode_kemendagri` as Kemendagri. Columns that feed no field are listed in `unknown`.
 * Throws `DataError` naming the file and every problem at once (in English, and in Bahasa
 * Indonesia in `details.id`) when a name column, the type column or every location column is
 * missing (`hasGeometry`: GeoJSON input, whose geometry is a location).
 */
export function mapColumns(headers: string[], file: string, hasGeometry = false): ColumnMap {
  const columns: ColumnMap['columns'] = {};
  let scheme: CodeScheme | undefined;
  for (const field of Object.keys(COLUMN_ALIASES) as ProgramField[]) {
    for (const alias of COLUMN_ALIASES[field]) {
      const h = headers.find((x) => norm(x) === alias);
      if (h !== undefined) {
        columns[field] = h;
        if (field === 'code') scheme = alias === 'kode_bps' ? 'bps' : alias === 'kode_kemendagri' ? 'kemendagri' : undefined;
        break;
      }
    }
  }
  const used = new Set(Object.values(columns));
  const unknown = headers.filter((h) => norm(h) !== '' && !used.has(h));
  const named = Object.values(NAME_FIELDS).some((f) => columns[f]);
  const missing: { en: string; id: string }[] = [];
  if (!columns.name) missing.push({ en: `a name (${list(['nama_program', 'nama', 'program', 'name'], 'or')})`, id: `nama (${list(['nama_program', 'nama', 'program', 'name'], 'atau')})` });
  if (!columns.intervention) missing.push({ en: `the intervention type (${list(['jenis', 'jenis_intervensi', 'intervention_type'], 'or')})`, id: `jenis intervensi (${list(['jenis', 'jenis_intervensi', 'intervention_type'], 'atau')})` });
  if (!hasGeometry && !columns.code && !(columns.lat && columns.lon) && !named) {
    missing.push({ en: 'a location: "admin_code" (a BPS or Kemendagri code), "lintang"/"lat" and "bujur"/"lon", or place names ("desa", "kecamatan", "kabupaten"/"kota", "provinsi")', id: 'lokasi: "kode_wilayah" (kode BPS atau Kemendagri), "lintang"/"lat" dan "bujur"/"lon", atau nama wilayah ("desa", "kecamatan", "kabupaten"/"kota", "provinsi")' });
  }
  if (missing.length) {
    const found = headers.map(showValue).join(', ');
    const notRead = unknown.length ? { en: `; not recognised: ${unknown.map(showValue).join(', ')}`, id: `; tidak dikenal: ${unknown.map(showValue).join(', ')}` } : { en: '', id: '' };
    throw new DataError(
      `${file}: missing column(s): ${missing.map((m) => m.en).join('; ')}. Found ${found}${notRead.en}`,
      { file, column: missing[0].en, id: `${file}: kolom tidak ada: ${missing.map((m) => m.id).join('; ')}. Kolom yang ada: ${found}${notRead.id}` },
    );
  }
  return { columns, ...(scheme ? { scheme } : {}), ...(unknown.length ? { unknown } : {}) };
}
