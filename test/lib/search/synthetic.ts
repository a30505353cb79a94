/**
 * SYNTHETIC search fixture: a handful of regions in column form, as regions/{level}.json holds
 * them. A few codes and names are real (Kab. Kupang, Kec. Taebenu, Desa Baumata, Kab. Garut) so
 * the tests read like the issue; the rest (Sukamaju in Tasikmalaya, Sido Mulyo, Pénéléh …) are
 * made up, and no list is complete.
 */
import { buildSearchIndex, type RegionNames, type SearchIndexFiles } from '../../../src/lib/search/build-search-index.ts';
import { SearchData } from '../../../src/lib/search/search-data.ts';

type Row = [kode: string, kemendagri: string, name: string, parent: string];
const columns = (rows: Row[]): RegionNames => ({ kode: rows.map((r) => r[0]), kemendagri: rows.map((r) => r[1]), name: rows.map((r) => r[2]), parent: rows.map((r) => r[3]) });

export const syntheticLevels = () => ({
  provinsi: columns([
    ['32', '32', 'Jawa Barat', ''],
    ['35', '35', 'Jawa Timur', ''],
    ['53', '53', 'Nusa Tenggara Timur', ''],
    ['95', '93', 'Papua Selatan', ''],
  ]),
  kabupaten: columns([
    ['3205', '32.05', 'Kabupaten Garut', '32'],
    ['3206', '32.06', 'Kabupaten Tasikmalaya', '32'],
    ['3573', '35.73', 'Kota Malang', '35'],
    ['5303', '53.01', 'Kabupaten Kupang', '53'],
    ['5371', '53.71', 'Kota Kupang', '53'],
    // Papua Selatan's kabupaten keep their old BPS codes (94xx) under the new province 95.
    ['9401', '93.01', 'Kabupaten Merauke', '95'],
  ]),
  kecamatan: columns([
    ['3205020', '32.05.21', 'Talegong', '3205'],
    ['3205140', '32.05.05', 'Cilawu', '3205'],
    ['3206100', '32.06.10', 'Sukaraja', '3206'],
    ['3573010', '35.73.01', 'Kedungkandang', '3573'],
    ['5303010', '53.01.01', 'Kupang Barat', '5303'],
    ['5303121', '53.01.24', 'Taebenu', '5303'],
    ['5371010', '53.71.01', 'Alak', '5371'],
    ['9401010', '93.01.01', 'Merauke', '9401'],
    ['9401020', '', 'Pénéléh', '9401'],
  ]),
  desa: columns([
    ['3205020005', '32.05.21.2001', 'Sukamaju', '3205020'],
    ['3205020006', '32.05.21.2002', 'Sukamulya', '3205020'],
    ['3205140002', '32.05.05.2003', 'Sukamaju', '3205140'],
    ['3205140003', '', 'Garut Baru', '3205140'],
    ['3206100001', '32.06.10.2001', 'Sukamaju', '3206100'],
    ['3206100002', '32.06.10.2002', 'Sukamaju Kaler', '3206100'],
    ['3573010001', '35.73.01.1001', 'Sido Mulyo', '3573010'],
    ['3573010002', '35.73.01.1002', 'Kota Lama', '3573010'],
    ['5303121006', '53.01.24.2002', 'Baumata', '5303121'],
    ['5303121007', '53.01.24.2008', 'Baumata Barat', '5303121'],
    ['5303121008', '53.02.01.2001', 'Bokong', '5303121'],
    ['5303010001', '53.01.01.2001', 'Kabanjahe', '5303010'],
    ['5371010001', '53.71.01.1001', 'Alak', '5371010'],
    // Kemendagri files this one under Kab. Kupang (53.01): it must be in both kabupaten's code shards.
    ['5371010002', '53.01.24.2009', 'Naioni', '5371010'],
    ['9401010001', '93.01.01.1001', 'Kelapa Lima', '9401010'],
  ]),
});

/** The synthetic index files, and a SearchData with every shard added (name and code shards). */
export function syntheticIndex(): { files: SearchIndexFiles; data: SearchData } {
  const files = buildSearchIndex(syntheticLevels());
  const data = new SearchData(files.core);
  for (const shard of [...files.desa.values(), ...files.codes.values()]) data.addDesa(shard);
  return { files, data };
}
