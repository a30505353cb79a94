import { describe, expect, it } from 'vitest';
import { indicatorGroup } from '../../../src/lib/indicators/indicator-group.ts';

describe('indicatorGroup', () => {
  it('puts the poverty measures together', () => {
    expect(['p0', 'p1', 'p2', 'poor_thousands', 'extreme_poverty', 'extreme_poverty_revised'].map(indicatorGroup)).toEqual(Array(6).fill('poverty'));
  });

  it('keeps every FSVA column and the IKP in food security, even its poverty and stunting columns', () => {
    expect(['fsva_poverty_percent', 'fsva_stunting', 'ikp'].map(indicatorGroup)).toEqual(['food', 'food', 'food']);
  });

  it('groups IPM and stunting as human development, agriculture as livelihoods', () => {
    expect(['hdi_ipm', 'hdi_ipm_revised', 'stunting_prevalence_under5', 'households_in_agriculture_percent'].map(indicatorGroup)).toEqual(['human', 'human', 'human', 'livelihood']);
  });

  it('puts an unknown id (an imported table) in other', () => {
    expect(indicatorGroup('my_table_col')).toBe('other');
    expect(indicatorGroup('p00')).toBe('other');
  });
});
