import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { loadBigDesa } from '../../../scripts/sources/big.ts';
import { loadKemendagri } from '../../../scripts/sources/kemendagri.ts';
import { readCodeMap } from '../../../scripts/sources/tables.ts';

const dir = mkdtempSync(join(tmpdir(), 'lokus-bad-'));
const file = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

describe('the pipeline stops on bad input, naming the file and the problem', () => {
  it('a missing or empty boundary folder', async () => {
    const missing = join(dir, 'nope');
    await expect(loadBigDesa(missing)).rejects.toThrow(DataError);
    await expect(loadBigDesa(missing)).rejects.toThrow(/nope\/desa: cannot list the BIG desa files/);
    const empty = mkdtempSync(join(tmpdir(), 'lokus-big-'));
    mkdirSync(join(empty, 'desa'));
    await expect(loadBigDesa(empty)).rejects.toThrow(/desa: no desa\/NN\.json\.gz files/);
  });
  it('a code list with a malformed code', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lokus-kd-')) + '/';
    writeFileSync(d + 'provinces.csv', 'code,name\n11,ACEH\n');
    writeFileSync(d + 'regencies.csv', 'code,province_code,name\n11.1,11,KABUPATEN X\n');
    writeFileSync(d + 'districts.csv', 'code,regency_code,name\n');
    writeFileSync(d + 'villages.csv', 'code,district_code,name\n');
    await expect(loadKemendagri(d)).rejects.toThrow(/regencies\.csv row 2, column "code": "11\.1" is not a Kemendagri code/);
  });
  it('a code table with a duplicate or malformed code', async () => {
    const dup = file('dup.csv', 'code,bps_code\n53.01,5303\n53.01,5304\n');
    await expect(readCodeMap(dup, 'code', 'bps_code', [/^\d\d\.\d\d$/, /^\d{4}$/])).rejects.toThrow(/dup\.csv row 3, column "code": duplicate code "53\.01"/);
    const bad = file('bad.csv', 'code,bps_code\n53.01,53O3\n');
    await expect(readCodeMap(bad, 'code', 'bps_code', [/^\d\d\.\d\d$/, /^\d{4}$/])).rejects.toThrow(/bad\.csv row 2, column "bps_code": "53O3" is not a valid code/);
  });
  it('a code table missing a column', async () => {
    const bad = file('cols.csv', 'kode,bps\n53.01,5303\n');
    await expect(readCodeMap(bad, 'code', 'bps_code', [/./, /./])).rejects.toThrow(/cols\.csv: missing column\(s\) "code", "bps_code"/);
  });
});
