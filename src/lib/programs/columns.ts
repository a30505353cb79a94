import { DataError } from '../errors.ts';
import type { Level } from '../types.ts';
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

/** Fields a row must fill (a location, by code or coordinates, is checked separately). */
export const REQUIRED_FIELDS: readonly ProgramField[] = ['id', 'name', 'program', 'agency', 'intervention'];

/** Accepted column names per field (compared lower-case, spaces and hyphens as `_`). First listed is canonical. */
export const COLUMN_ALIASES: Record<ProgramField, readonly string[]> = {
  id: ['id', 'locus_id', 'kode_lokus'],
  name: ['name', 'nama', 'nama_lokus', 'locus'],
  program: ['program', 'program_name', 'nama_program'],
  agency: ['ministry', 'agency', 'kementerian', 'lembaga', 'kementerian_lembaga', 'instansi'],
  intervention: ['intervention_type', 'intervention', 'type', 'jenis_intervensi', 'intervensi'],
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
}

// Invisible characters (zero-width, bidi, BOM) are dropped before comparing, as in cells.
const norm = (h: string) => stripInvisible(h).normalize('NFC').trim().toLowerCase().replace(/[\s\-/.]+/g, '_').replace(/^_+|_+$/g, '');

/**
 * Map header names to fields (first matching column wins; unknown columns are ignored).
 * A `kode_bps` column reads codes as BPS, `kode_kemendagri` as Kemendagri.
 * Throws `DataError` naming the file when a required column, or every location column, is missing
 * (`hasGeometry`: GeoJSON input, whose geometry is a location).
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
  const missing = REQUIRED_FIELDS.filter((f) => !columns[f]);
  if (missing.length) {
    throw new DataError(
      `${file}: missing column(s) ${missing.map((f) => `"${COLUMN_ALIASES[f][0]}"`).join(', ')}; found ${headers.map(showValue).join(', ')}`,
      { file, column: COLUMN_ALIASES[missing[0]][0] },
    );
  }
  const named = Object.values(NAME_FIELDS).some((f) => columns[f]);
  if (!hasGeometry && !columns.code && !(columns.lat && columns.lon) && !named) {
    throw new DataError(`${file}: no location column; expected "admin_code" (a BPS or Kemendagri code), "lat" and "lon", or place names ("desa", "kecamatan", "kabupaten", "provinsi")`, { file });
  }
  return { columns, ...(scheme ? { scheme } : {}) };
}
