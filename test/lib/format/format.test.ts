import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../../src/lib/format/format.ts';

describe('formatNumber', () => {
  it('uses a decimal comma in Bahasa Indonesia', () => {
    expect(formatNumber(8.47, 'id', 2)).toBe('8,47');
  });

  it('uses a decimal point in English', () => {
    expect(formatNumber(8.47, 'en', 2)).toBe('8.47');
  });

  it('groups thousands per locale', () => {
    expect(formatNumber(1234.5, 'id', 1)).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
  });

  it('shows a dash for a missing value', () => {
    expect(formatNumber(NaN, 'id')).toBe('–');
  });
});

describe('formatValue', () => {
  it('writes percent without a space', () => {
    expect(formatValue(24.1, '%', 'id', 2)).toBe('24,10%');
  });

  it('writes word units after a space', () => {
    expect(formatValue(61.2, 'ribu jiwa', 'id', 1)).toBe('61,2 ribu jiwa');
  });
});
