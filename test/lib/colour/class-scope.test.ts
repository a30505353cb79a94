import { describe, expect, it } from 'vitest';
import { NO_TABLE } from '../../../src/lib/regions/ancestry.ts';
import { classScope } from '../../../src/lib/colour/class-scope.ts';

describe('classScope', () => {
  it('is the province of the selected region with scope=region', () => {
    expect(classScope({ scope: 'region', region: '53', mode: 'choropleth' }, NO_TABLE)).toBe('53');
    expect(classScope({ scope: 'region', region: '5303', mode: 'change' }, NO_TABLE)).toBe('53');
    expect(classScope({ scope: 'region', region: '5303121006', mode: 'choropleth' }, NO_TABLE)).toBe('53');
  });

  it('is the province the region rows name, not the code’s first digits (synthetic parents)', () => {
    // As in Papua Selatan: kabupaten 9401 lies in province 95.
    const parents = (k: string) => ({ '9401': '95', '95': '', '94.01.01': '9401' })[k];
    expect(classScope({ scope: 'region', region: '9401', mode: 'choropleth' }, parents)).toBe('95');
    expect(classScope({ scope: 'region', region: '94.01.01', mode: 'choropleth' }, parents)).toBe('95');
  });

  it('is all of Indonesia without scope=region, in the national view, and in the bivariate view', () => {
    expect(classScope({ region: '53', mode: 'choropleth' }, NO_TABLE)).toBe('');
    expect(classScope({ scope: 'region', region: '', mode: 'choropleth' }, NO_TABLE)).toBe('');
    expect(classScope({ scope: 'region', region: '53', mode: 'bivariate' }, NO_TABLE)).toBe('');
  });
});
