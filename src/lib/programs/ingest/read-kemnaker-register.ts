import type { DelimitedTable } from '../../table/read-delimited.ts';
import { fold, nameKey } from '../../names.ts';
import type { ProgramField } from './columns.ts';
import type { RawProgramRow, RawProgramTable } from './raw-row.ts';
import { YEAR_RANGE } from './years.ts';

/** Source id of the register in `data/programs/README.md` and `../shared/data/SOURCES.md`. */
export const KEMNAKER_REGISTER_SOURCE = 'KEMNAKER_LEMBAGA_2024';

/** Year of the register snapshot (scraped 31 Oct 2024). */
export const REGISTER_YEAR = 2024;

/** Headers that identify Kemnaker's register of training institutions (kelembagaan.kemnaker.go.id export). */
const REQUIRED = ['Identifier', 'Institution Name', 'Institution Type', 'Village', 'City Name', 'Province Name'];

/** True when the header is the Kemnaker register's. */
export function isKemnakerRegister(table: DelimitedTable): boolean {
  const h = table.records[0]?.cells ?? [];
  return REQUIRED.every((c) => h.includes(c));
}

/** Institution type → program name and the agency that runs it. */
const TYPES: Record<string, { program: string; agency: string }> = {
  'BLK KOMUNITAS': { program: 'BLK Komunitas', agency: 'Kementerian Ketenagakerjaan (Kemnaker)' },
  'BLK UPTP': { program: 'BLK UPTP (balai pelatihan vokasi Kemnaker)', agency: 'Kementerian Ketenagakerjaan (Kemnaker)' },
  'BLK UPTD': { program: 'BLK UPTD (balai latihan kerja daerah)', agency: 'Pemerintah daerah' },
  SKPD: { program: 'Lembaga pelatihan SKPD (dinas tenaga kerja)', agency: 'Pemerintah daerah' },
  'LEMBAGA PELATIHAN K/L': { program: 'Lembaga pelatihan kementerian/lembaga', agency: 'Kementerian Ketenagakerjaan (Kemnaker)' },
};

/**
 * The kecamatan an address names ("… DESA CIHAWUK KECAMATAN KERTASARI KABUPATEN BANDUNG",
 * "… KEC.MALANDINGAN KAB.SITUBONDO"), or '' when it names none. A trailing kab/kota name is cut
 * ("KEC. PALANG TUBAN" in Kab. Tuban → "PALANG").
 */
export function kecamatanFromAddress(address: string, kabupaten: string): string {
  const m = /\b(?:KECAMATAN|KEC)\b\.?\s*([A-Z][A-Z .'-]*?)\s*(?=,|;|\bKAB(?:UPATEN)?\b|\bKOTA\b|\bPROV(?:INSI)?\b|\bPROPINSI\b|\bKODE\b|\bRT\b|\bJAWA\b|\bBANTEN\b|\bBALI\b|\d|\(|\/|$)/i.exec(address);
  if (!m) return '';
  let name = m[1].replace(/[.\s]+$/, '').trim();
  const kab = nameKey(kabupaten);
  const words = name.split(/\s+/);
  if (words.length > 1 && fold(words[words.length - 1]) === kab) name = words.slice(0, -1).join(' ');
  return name;
}

/**
 * Read Kemnaker's register of training institutions (`data/programs/blk_java_bali_2024.csv`:
 * Identifier, Institution Name, Institution Type, Owner, Established Since, Address, Village, City
 * Name, Province Name, Status, Condition, Sectors, Popular Vocationals) as program rows: every
 * row is `skills_training`, placed by names — desa = Village, kecamatan = the one the Address
 * names (if any), kab/kota = City Name, province = Province Name. `id` is "KL-" and the first 8
 * characters of the register's Identifier; `years` run from Established Since (1990 at the earliest) to 2024 (the
 * register's snapshot); `note` gives the sectors and condition.
 */
export function readKemnakerRegister(table: DelimitedTable, file: string): RawProgramTable {
  const [header, ...body] = table.records;
  const col = (name: string) => header.cells.indexOf(name);
  const c = {
    id: col('Identifier'), name: col('Institution Name'), type: col('Institution Type'), year: col('Established Since'), address: col('Address'),
    village: col('Village'), city: col('City Name'), province: col('Province Name'), condition: col('Condition'), sectors: col('Sectors'),
  };
  const columns: Partial<Record<ProgramField, string>> = {
    id: 'Identifier', name: 'Institution Name', program: 'Institution Type', agency: 'Institution Type', intervention: '(all: skills_training)', year: 'Established Since',
    desaName: 'Village', kecamatanName: 'Address (KECAMATAN …)', kabupatenName: 'City Name', provinsiName: 'Province Name', source: `(${KEMNAKER_REGISTER_SOURCE})`, note: 'Sectors, Condition',
  };
  const rows = body.map(({ line, cells }): RawProgramRow => {
    const cell = (i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
    const type = TYPES[cell(c.type).toUpperCase()];
    const get = (f: ProgramField): string => {
      switch (f) {
        case 'id': return cell(c.id) ? `KL-${cell(c.id).slice(0, 8)}` : '';
        case 'name': return cell(c.name);
        case 'program': return type?.program ?? cell(c.type);
        case 'agency': return type?.agency ?? 'Kementerian Ketenagakerjaan (Kemnaker)';
        case 'intervention': return 'skills_training';
        // Established in year Y and listed as published in October 2024: it runs Y–2024 (from
        // 1990 at the earliest, the importer's year range, for the few centres of the 1950s–80s).
        case 'year': {
          const y = Number(cell(c.year));
          return /^\d{4}$/.test(cell(c.year)) && y <= REGISTER_YEAR ? `${Math.max(y, YEAR_RANGE[0])}-${REGISTER_YEAR}` : '';
        }
        case 'desaName': return cell(c.village);
        case 'kecamatanName': return kecamatanFromAddress(cell(c.address), cell(c.city));
        case 'kabupatenName': return cell(c.city);
        case 'provinsiName': return cell(c.province);
        case 'source': return KEMNAKER_REGISTER_SOURCE;
        case 'note': return [cell(c.sectors) && `Kejuruan: ${cell(c.sectors)}`, cell(c.condition) && `kondisi: ${cell(c.condition)}`].filter(Boolean).join('; ');
        default: return '';
      }
    };
    return { row: line, get, column: (f) => columns[f] ?? f, address: cell(c.address) };
  });
  return { file, format: 'kemnaker-register', feature: false, map: { columns }, rows };
}
