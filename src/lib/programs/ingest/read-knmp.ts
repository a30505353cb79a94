import type { DelimitedTable } from '../../table/read-delimited.ts';
import type { ProgramField } from './columns.ts';
import type { RawProgramRow, RawProgramTable } from './raw-row.ts';

/** Source id of the list in `data/programs/README.md` and `../shared/data/SOURCES.md`. */
export const KNMP_SOURCE = 'KKP_KNMP_2025';

/** Headers that identify KKP's list of Kampung Nelayan Merah Putih (the monitoring application's `knmp.csv`). */
const REQUIRED = ['nama', 'provinsi', 'kabupaten', 'kecamatan', 'desa', 'tahap_saat_ini', 'latitude', 'longitude'];

/** True when the header is the KNMP list's. */
export function isKnmpList(table: DelimitedTable): boolean {
  const h = table.records[0]?.cells ?? [];
  return REQUIRED.every((c) => h.includes(c));
}

// The export writes SQL NULL as the bare word NULL.
const NULL = /^null$/i;

/**
 * Read KKP's list of the 100 Kampung Nelayan Merah Putih (KNMP, 2025; semicolon-separated `id;
 * batch_id; tahap_saat_ini; nama; provinsi; kabupaten; kecamatan; desa; latitude; longitude;
 * penyedia_jasa_konstruksi; …`) as program rows placed by names (provinsi → kabupaten → kecamatan
 * → desa): coastal fisheries village development by the Kementerian Kelautan dan Perikanan, 2025,
 * intervention `other` (none of the five types fits a village's fisheries infrastructure). Its
 * coordinates are partly wrong (SOURCES.md), so they are not the row's location: each is offered
 * as `pointToCheck`, used only where it falls in the named desa (see `placePrograms`). `id` is
 * "KNMP-" and the list's id; `note` gives the phase and the construction contractor.
 */
export function readKnmp(table: DelimitedTable, file: string): RawProgramTable {
  const [header, ...body] = table.records;
  const col = (name: string) => header.cells.indexOf(name);
  const c = { id: col('id'), phase: col('tahap_saat_ini'), name: col('nama'), prov: col('provinsi'), kab: col('kabupaten'), kec: col('kecamatan'), desa: col('desa'), lat: col('latitude'), lon: col('longitude'), contractor: col('penyedia_jasa_konstruksi') };
  const columns: Partial<Record<ProgramField, string>> = {
    id: 'id', name: 'nama', program: '(Kampung Nelayan Merah Putih)', agency: '(KKP)', intervention: '(all: other)', year: '(2025)', source: `(${KNMP_SOURCE})`, note: 'tahap_saat_ini, penyedia_jasa_konstruksi',
    provinsiName: 'provinsi', kabupatenName: 'kabupaten', kecamatanName: 'kecamatan', desaName: 'desa',
  };
  const rows = body.map(({ line, cells }): RawProgramRow => {
    const cell = (i: number) => (i < 0 ? '' : (cells[i] ?? '').replace(/\s+/g, ' ').trim().replace(NULL, ''));
    const get = (f: ProgramField): string => {
      switch (f) {
        case 'id': return cell(c.id) ? `KNMP-${cell(c.id)}` : '';
        case 'name': return cell(c.name);
        case 'program': return 'Kampung Nelayan Merah Putih (pembangunan kampung nelayan)';
        case 'agency': return 'Kementerian Kelautan dan Perikanan (KKP)';
        case 'intervention': return 'other';
        case 'year': return '2025';
        case 'source': return KNMP_SOURCE;
        case 'note': return [cell(c.phase) && `tahap ${cell(c.phase)}`, cell(c.contractor) && `penyedia jasa konstruksi: ${cell(c.contractor)}`].filter(Boolean).join('; ');
        case 'provinsiName': return cell(c.prov);
        case 'kabupatenName': return cell(c.kab);
        case 'kecamatanName': return cell(c.kec);
        case 'desaName': return cell(c.desa);
        default: return '';
      }
    };
    const lat = Number(cell(c.lat)), lon = Number(cell(c.lon));
    const point = cell(c.lat) && cell(c.lon) && Number.isFinite(lat) && Number.isFinite(lon) ? { pointToCheck: [lon, lat] as [number, number] } : {};
    return { row: line, get, column: (f) => columns[f] ?? f, ...point };
  });
  return { file, format: 'knmp', feature: false, map: { columns }, rows };
}
