import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { KemendagriList } from '../../src/lib/boundary/types.ts';
import { DataError } from '../../src/lib/errors.ts';
import { titleCase } from '../../src/lib/names.ts';
import { readDelimited } from '../../src/lib/table/read-delimited.ts';

const require = createRequire(import.meta.url);

/** Folder of idn-area-data's CSV files (Kemendagri codes and names, ODbL). */
export function kemendagriDir(): string {
  return require.resolve('idn-area-data/package.json').replace(/package\.json$/, 'data/');
}

async function table(file: string, columns: string[]): Promise<string[][]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DataError(`${file}: cannot read (${(e as Error).message}); run npm install`, { file });
  }
  const { records } = readDelimited(text, file, ',');
  const header = records[0]?.cells ?? [];
  const idx = columns.map((c) => header.indexOf(c));
  const missing = columns.filter((_, i) => idx[i] < 0);
  if (missing.length) throw new DataError(`${file}: missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}; header is ${header.join(',')}`, { file, row: 1 });
  return records.slice(1).map((r) => {
    const row = idx.map((i) => r.cells[i] ?? '');
    if (!/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(row[0])) throw new DataError(`${file} row ${r.line}, column "${columns[0]}": "${row[0]}" is not a Kemendagri code (expected NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN)`, { file, row: r.line, column: columns[0], value: row[0] });
    return row;
  });
}

/** Load the Kemendagri code list shipped by the npm package `idn-area-data`. */
export async function loadKemendagri(dir = kemendagriDir()): Promise<KemendagriList> {
  const [p, r, d, v] = await Promise.all([
    table(dir + 'provinces.csv', ['code', 'name']),
    table(dir + 'regencies.csv', ['code', 'province_code', 'name']),
    table(dir + 'districts.csv', ['code', 'regency_code', 'name']),
    table(dir + 'villages.csv', ['code', 'district_code', 'name']),
  ]);
  return {
    provinces: p.map(([code, name]) => ({ code, name: titleCase(name) })),
    regencies: r.map(([code, provinceCode, name]) => ({ code, provinceCode, name: titleCase(name) })),
    districts: d.map(([code, regencyCode, name]) => ({ code, regencyCode, name: titleCase(name) })),
    villages: v.map(([code, districtCode, name]) => ({ code, districtCode, name: titleCase(name) })),
  };
}
