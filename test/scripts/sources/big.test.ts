import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { loadBigDesa, loadBigRecode } from '../../../scripts/sources/big.ts';

// Synthetic BIG-format desa files (not real data) written to a temporary folder.
const square = [10, 10, 10, 0, 0, 10, -10, 0, 0, -10];
const desaFile = (codes: string[]) => gzipSync(JSON.stringify({ lvl: 'desa', bbox: [100, -10], q: 10, f: codes.map((k) => ({ k, nm: `Sintetis ${k}`, g: [square] })) }));
let dir = '';
async function folder(files: Record<string, Buffer>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'lokus-big-'));
  await mkdir(join(dir, 'desa'));
  for (const [name, body] of Object.entries(files)) await writeFile(join(dir, 'desa', name), body);
  return dir;
}
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('loadBigDesa (synthetic files)', () => {
  it('reads every province file', async () => {
    const { features, files } = await loadBigDesa(await folder({ '98.json.gz': desaFile(['9801012001']), '99.json.gz': desaFile(['9901012001', '9901011001']) }));
    expect(files).toEqual(['98.json.gz', '99.json.gz']);
    expect(features.map((f) => f.code)).toEqual(['98.01.01.2001', '99.01.01.2001', '99.01.01.1001']);
  });

  it('stops on a desa in a file of another province, and on a file that is not gzip JSON', async () => {
    await expect(loadBigDesa(await folder({ '98.json.gz': desaFile(['9901012001']) }))).rejects.toThrow(/98\.json\.gz feature 0 \(9901012001\): code does not start with the file's province 98/);
    await rm(dir, { recursive: true, force: true });
    const e = await loadBigDesa(await folder({ '98.json.gz': Buffer.from('{}') })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).message).toMatch(/98\.json\.gz: not gzip-compressed JSON/);
  });
});

describe('loadBigRecode (synthetic files)', () => {
  it('reads BIG kabupaten code → Kemendagri code, and stops on a code that is not NN.NN', async () => {
    const d = await folder({});
    await writeFile(join(d, 'kabupaten_recode.csv'), 'big_code,kode_kemendagri,name,evidence\n98.71,99.71,Kota Uji,synthetic\n');
    expect([...(await loadBigRecode(d))]).toEqual([['98.71', '99.71']]);
    await writeFile(join(d, 'kabupaten_recode.csv'), 'big_code,kode_kemendagri,name,evidence\n98.71,9971,Kota Uji,synthetic\n');
    await expect(loadBigRecode(d)).rejects.toThrow(/kabupaten_recode\.csv row 2, column "kode_kemendagri": "9971" is not a valid code/);
  });
});
