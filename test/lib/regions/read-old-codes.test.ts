import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { oldCodeShards } from '../../../src/lib/regions/old-code-shards.ts';
import { readOldCodeShard } from '../../../src/lib/regions/read-old-code-shard.ts';
import { readOldCodes } from '../../../src/lib/regions/read-old-codes.ts';

// SYNTHETIC rows in the shape of data/boundaries/old-codes-gadm41.csv (Baumata's real pair included).
const csv = (...rows: string[]) => ['level,kode_bps,kode_kemendagri', ...rows].join('\n');
const good = () => csv('kecamatan,5303121,53.01.24', 'desa,5303121006,53.01.24.2002', 'desa,5303121099,', 'kecamatan,5371010,53.71.01', '');

/** The DataError `readOldCodes` throws for `text`, to check its message and details. */
function failure(text: string): DataError {
  try {
    readOldCodes(text, 'old.csv');
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('readOldCodes', () => {
  it('reads kecamatan and desa rows, an empty Kemendagri code meaning no match, and skips blank lines', () => {
    expect(readOldCodes(good(), 'old.csv')).toEqual([
      { kodeBps: '5303121', kodeKemendagri: '53.01.24' },
      { kodeBps: '5303121006', kodeKemendagri: '53.01.24.2002' },
      { kodeBps: '5303121099', kodeKemendagri: '' },
      { kodeBps: '5371010', kodeKemendagri: '53.71.01' },
    ]);
  });

  it('reads Windows line ends and a byte-order mark', () => {
    expect(readOldCodes(`\uFEFF${good().replace(/\n/g, '\r\n')}`, 'old.csv')).toHaveLength(4);
  });

  it('names the header it expected', () => {
    expect(failure('level,kode,kemendagri\nkecamatan,5303121,53.01.24').message).toBe('old.csv, row 1: header is "level,kode,kemendagri"; expected "level,kode_bps,kode_kemendagri"');
  });

  it('names file, row, column, value and expectation for a bad level', () => {
    const e = failure(csv('kecamatan,5303121,53.01.24', 'kelurahan,5303121006,53.01.24.2002'));
    expect(e.message).toBe('old.csv, row 3, column "level": value "kelurahan" is not a level of this list; expected kecamatan or desa');
    expect(e.details).toMatchObject({ file: 'old.csv', row: 3, column: 'level', value: 'kelurahan' });
  });

  it('refuses a BPS code of the wrong length for its level', () => {
    expect(failure(csv('desa,530312100,53.01.24.2002')).message).toBe('old.csv, row 2, column "kode_bps": value "530312100" is not a BPS desa code; expected 10 digits');
    expect(failure(csv('kecamatan,53.01.24,53.01.24')).message).toMatch(/column "kode_bps": value "53.01.24" is not a BPS kecamatan code; expected 7 digits/);
  });

  it('refuses a Kemendagri code of another level or without dots', () => {
    expect(failure(csv('kecamatan,5303121,53.01.24.2002')).message).toBe('old.csv, row 2, column "kode_kemendagri": value "53.01.24.2002" is not a Kemendagri kecamatan code; expected NN.NN.NN or empty (no match)');
    expect(failure(csv('desa,5303121006,5301242002')).details).toMatchObject({ row: 2, column: 'kode_kemendagri', value: '5301242002' });
  });

  it('refuses a repeated old code, naming the first row', () => {
    expect(failure(csv('kecamatan,5303121,53.01.24', 'kecamatan,5303121,53.01.25')).message).toBe('old.csv, row 3, column "kode_bps": value "5303121" was already listed in row 2; each old code once');
  });

  it('refuses a row with a missing or extra cell', () => {
    expect(failure(csv('kecamatan,5303121')).message).toBe('old.csv, row 2: 2 cells; expected 3 (level,kode_bps,kode_kemendagri)');
    expect(failure(csv('kecamatan,5303121,53.01.24,x')).details).toMatchObject({ row: 2, value: 'kecamatan,5303121,53.01.24,x' });
  });
});

describe('oldCodeShards', () => {
  it('splits by the old code first 4 digits, sorted, keeping codes without a match as empty', () => {
    const shards = oldCodeShards(readOldCodes(good(), 'old.csv'));
    expect([...shards.keys()]).toEqual(['5303', '5371']);
    expect(shards.get('5303')).toEqual({ '5303121': '53.01.24', '5303121006': '53.01.24.2002', '5303121099': '' });
    expect(JSON.stringify(shards.get('5371'))).toBe('{"5371010":"53.71.01"}');
  });

  it('is empty for no rows', () => expect(oldCodeShards([]).size).toBe(0));
});

describe('readOldCodeShard', () => {
  it('reads back what oldCodeShards writes', () => {
    const shard = JSON.parse(JSON.stringify(oldCodeShards(readOldCodes(good(), 'old.csv')).get('5303')));
    expect(readOldCodeShard(shard, '5303', 'old-codes/5303.json')).toEqual(new Map([['5303121', '53.01.24'], ['5303121006', '53.01.24.2002'], ['5303121099', '']]));
  });

  it('names the entry that is not an old code of the shard kabupaten, or maps to no Kemendagri code', () => {
    expect(() => readOldCodeShard([], '5303', 'f.json')).toThrow('f.json: expected an object of old code → Kemendagri code');
    expect(() => readOldCodeShard({ '5371010': '53.71.01' }, '5303', 'f.json')).toThrow('f.json: key "5371010" is not a 7- or 10-digit old code of kabupaten 5303');
    expect(() => readOldCodeShard({ '5303121': '53.01.24.2002' }, '5303', 'f.json')).toThrow('f.json: "5303121" maps to "53.01.24.2002"; expected a Kemendagri kecamatan (NN.NN.NN) code or ""');
    expect(() => readOldCodeShard({ '5303121006': 7 }, '5303', 'f.json')).toThrow(/maps to 7; expected a Kemendagri desa/);
  });
});
