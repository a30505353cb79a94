import { describe, expect, it } from 'vitest';
import { neutraliseCell, toSafeCsv } from '../../../src/lib/programs/codec/safe-csv.ts';
import { readDelimited } from '../../../src/lib/table/read-delimited.ts';

describe('toSafeCsv', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => expect(toSafeCsv(['a'], [['x']])).toBe('\ufeffa\r\nx\r\n'));
  it('neutralises = + - @ tab and CR at the start of a text cell', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'ok'].map(neutraliseCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'ok']);
  });
  it('keeps numbers, negative ones too, as numbers', () => expect(toSafeCsv(['v'], [[-3.5], [NaN], [null]])).toBe('\ufeffv\r\n-3.5\r\n\r\n\r\n'));
  it('quotes commas, quotes, newlines and semicolons', () => {
    expect(toSafeCsv(['a', 'b'], [['x, y', 'say "hi"\nbye']])).toBe('\ufeffa,b\r\n"x, y","say ""hi""\nbye"\r\n');
  });
  it('round-trips through the shared reader', () => {
    const csv = toSafeCsv(['name', 'n'], [['Kab. Kupang; "Timor"', 3], ['=cmd', 4]]);
    expect(readDelimited(csv).records.map((r) => r.cells)).toEqual([['name', 'n'], ['Kab. Kupang; "Timor"', '3'], ["'=cmd", '4']]);
  });
});
