import { describe, expect, it } from 'vitest';
import { citation, citedYears } from '../../../src/lib/format/cited-years.ts';

describe('citedYears', () => {
  it('leaves out a year the title already names, so a source line never says "2025" twice', () => {
    expect(citation('BPS, Susenas March 2025 (via a STIS student project, GitHub)', [2025])).toBe('BPS, Susenas March 2025 (via a STIS student project, GitHub)');
  });
  it('adds the years a title does not name, ascending', () => {
    expect(citation('BPS, table 621: percentage of poor people by regency/city, March (via GitHub)', [2024, 2019])).toBe('BPS, table 621: percentage of poor people by regency/city, March (via GitHub) (2019, 2024)');
  });
  it('does not take a publication date or a range bound for another year, nor part of a longer number', () => {
    expect(citedYears('BPS (via databoks, 23 Feb 2025)', [2024])).toEqual([2024]);
    expect(citedYears('Report 120195', [2019])).toEqual([2019]);
    expect(citedYears('FSVA 2024 (2023 data)', [2024, 2024])).toEqual([]);
  });
});
