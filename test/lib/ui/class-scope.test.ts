import { describe, expect, it } from 'vitest';
import { classScope } from '../../../src/lib/ui/class-scope.ts';

describe('classScope', () => {
  it('is the province of the selected region with scope=region', () => {
    expect(classScope({ scope: 'region', region: '53', mode: 'choropleth' })).toBe('53');
    expect(classScope({ scope: 'region', region: '5303', mode: 'change' })).toBe('53');
    expect(classScope({ scope: 'region', region: '5303121006', mode: 'choropleth' })).toBe('53');
  });

  it('is all of Indonesia without scope=region, in the national view, and in the bivariate view', () => {
    expect(classScope({ region: '53', mode: 'choropleth' })).toBe('');
    expect(classScope({ scope: 'region', region: '', mode: 'choropleth' })).toBe('');
    expect(classScope({ scope: 'region', region: '53', mode: 'bivariate' })).toBe('');
  });
});
