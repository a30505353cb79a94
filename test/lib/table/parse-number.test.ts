import { describe, expect, it } from 'vitest';
import { inferDecimalMark, parseNumber } from '../../../src/lib/table/parse-number.ts';

describe('parseNumber', () => {
  it('reads a decimal comma', () => expect(parseNumber('18,98')).toBe(18.98));
  it('reads a decimal point', () => expect(parseNumber('18.98')).toBe(18.98));
  it('reads Indonesian thousands with a decimal comma', () => expect(parseNumber('1.234,5')).toBe(1234.5));
  it('reads English thousands with a decimal point', () => expect(parseNumber('1,234.5')).toBe(1234.5));
  it('reads repeated thousands marks', () => expect(parseNumber('1.234.567')).toBe(1234567));
  it('reads a lone three-digit group as thousands when the column says so', () => expect(parseNumber('12.345', ',')).toBe(12345));
  it('reads a lone three-digit group as decimals in auto mode', () => expect(parseNumber('12.345')).toBe(12.345));
  it('strips percent signs and spaces', () => expect(parseNumber(' 8,47 % ')).toBe(8.47));
  it('reads negatives', () => expect(parseNumber('-3,2')).toBe(-3.2));
  it('returns null for missing marks', () => {
    for (const m of ['', '-', '…', 'NA', 'n/a']) expect(parseNumber(m)).toBeNull();
  });
  it('returns NaN for text', () => expect(parseNumber('sepuluh')).toBeNaN());
  it('returns NaN for malformed groups', () => expect(parseNumber('1.23.4')).toBeNaN());
});

describe('inferDecimalMark', () => {
  it('settles on comma from Indonesian cells', () => expect(inferDecimalMark(['18,98', '1.234', '7,5'])).toBe(','));
  it('settles on dot from English cells', () => expect(inferDecimalMark(['18.98', '7.5'])).toBe('.'));
  it('stays auto when only ambiguous cells are seen', () => expect(inferDecimalMark(['1.234', '12'])).toBe('auto'));
});
