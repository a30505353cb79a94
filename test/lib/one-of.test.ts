import { describe, expect, it } from 'vitest';
import { oneOf } from '../../src/lib/one-of.ts';

const MODES = ['choropleth', 'change', 'bivariate'] as const;

describe('oneOf', () => {
  it('returns a value the list names, typed as the list', () => {
    const mode: (typeof MODES)[number] = oneOf('change', MODES, 'map mode');
    expect(mode).toBe('change');
  });
  it('throws on a value the list does not name, naming the value and the list', () => {
    expect(() => oneOf('heatmap', MODES, 'map mode')).toThrow('invalid map mode: "heatmap" (expected one of "choropleth", "change", "bivariate")');
  });
  it('compares exactly: case and spaces count', () => {
    expect(() => oneOf('Change', MODES, 'map mode')).toThrow(/invalid map mode: "Change"/);
    expect(() => oneOf(' change', MODES, 'map mode')).toThrow(/invalid map mode: " change"/);
  });
  it('throws on the empty string and on an empty list', () => {
    expect(() => oneOf('', MODES, 'map mode')).toThrow(/invalid map mode: ""/);
    expect(() => oneOf('change', [], 'map mode')).toThrow('invalid map mode: "change" (expected one of )');
  });
});
