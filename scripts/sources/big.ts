import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type BigFeature, decodeBig } from '../../src/lib/boundary/decode-big.ts';
import { DataError } from '../../src/lib/errors.ts';
import { readCodeMap } from './tables.ts';

/** Folder of the committed copy of BIG's RBI 2023 desa layer (see its README.md). */
export const BIG_DIR = 'data/boundaries/big-rbi-2023';

export const BIG_CITATION = 'Badan Informasi Geospasial (BIG), RBI 2023 (desa 1:10.000, 2023-09-28)';

/**
 * Read every `desa/NN.json.gz` of BIG's RBI 2023 copy under `dir`, strictly (see `decodeBig`);
 * a code found in two files stops the build naming both.
 */
export async function loadBigDesa(dir: string): Promise<{ features: BigFeature[]; files: string[] }> {
  const folder = join(dir, 'desa');
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.json.gz')).sort();
  } catch (e) {
    throw new DataError(`${folder}: cannot list the BIG desa files (${(e as Error).message})`, { file: folder });
  }
  if (!names.length) throw new DataError(`${folder}: no desa/NN.json.gz files`, { file: folder });
  const features: BigFeature[] = [];
  const fileOf = new Map<string, string>();
  for (const name of names) {
    const file = join(folder, name);
    const province = name.slice(0, 2);
    if (!/^\d\d\.json\.gz$/.test(name)) throw new DataError(`${file}: expected a file named NN.json.gz after its province code`, { file });
    let json: unknown;
    try {
      json = JSON.parse(gunzipSync(await readFile(file)).toString('utf8'));
    } catch (e) {
      throw new DataError(`${file}: not gzip-compressed JSON (${(e as Error).message})`, { file });
    }
    for (const f of decodeBig(json, file, 'desa', province)) {
      const other = fileOf.get(f.code);
      if (other) throw new DataError(`${file}: desa ${f.code} (${f.name}) is also in ${other}`, { file, column: 'k', value: f.code });
      fileOf.set(f.code, file);
      features.push(f);
    }
  }
  return { features, files: names };
}

/** BIG kabupaten codes that are not today's Kemendagri codes → today's code (`kabupaten_recode.csv`, see the README). */
export async function loadBigRecode(dir: string): Promise<Map<string, string>> {
  return readCodeMap(join(dir, 'kabupaten_recode.csv'), 'big_code', 'kode_kemendagri', [/^\d\d\.\d\d$/, /^\d\d\.\d\d$/]);
}
