import { describe, expect, it } from 'vitest';
import { readDelimited, sniffDelimiter } from '../../../src/lib/table/read-delimited.ts';
import { DataError } from '../../../src/lib/errors.ts';

describe('readDelimited', () => {
  it('strips a BOM and reads commas', () => {
    const t = readDelimited('\ufeffa,b\n1,2\n');
    expect(t.delimiter).toBe(',');
    expect(t.records).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]);
  });
  it('sniffs semicolons even when decimal commas abound', () => {
    expect(sniffDelimiter('Kab;P0;P1\nAceh Barat;18,98;3,21\nSimeulue;17,5;2,1')).toBe(';');
  });
  it('sniffs tabs', () => expect(sniffDelimiter('a\tb\n1\t2')).toBe('\t'));
  it('keeps the file line numbers across blank lines and quoted newlines', () => {
    const t = readDelimited('a,b\n\n"x\ny",2\n3,4\n');
    expect(t.records.map((r) => r.line)).toEqual([1, 3, 5]);
  });
  it('rejects an empty file naming it', () => {
    expect(() => readDelimited('  \n', 'p0.csv')).toThrow(DataError);
    expect(() => readDelimited('  \n', 'p0.csv')).toThrow(/p0\.csv: the file is empty/);
  });
  it('rejects binary content', () => expect(() => readDelimited('PK\u0003\u0004\u0000\u0000', 'x.xlsx')).toThrow(/not a text table/));
});
