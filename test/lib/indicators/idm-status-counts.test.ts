import { describe, expect, it } from 'vitest';
import { idmStatusCounts } from '../../../src/lib/indicators/idm-status-counts.ts';
import { idmStatusLookup } from '../../../src/lib/indicators/idm-status-lookup.ts';

// Synthetic statuses: codes shaped like Kemendagri's, values invented.
const values = {
  '2023': { '53.18.01.2001': [1, 'X'] },
  '2024': { '53.18.01.2001': [5, 'IDM'], '53.18.01.2002': [4, 'IDM'], '53.18.01.2003': [1, 'IDM'] },
} as const;

describe('idmStatusLookup and idmStatusCounts', () => {
  it('reads the latest year; a kelurahan (1xxx) is not scored, a desa without a row is unknown', () => {
    const status = idmStatusLookup(values);
    expect(['53.18.01.2001', '53.18.01.2002', '53.18.01.1001', '53.18.01.2999'].map(status)).toEqual([5, 4, 0, undefined]);
  });

  it('counts each of the five classes, kelurahan and unknown apart', () => {
    const codes = ['53.18.01.2001', '53.18.01.2002', '53.18.01.2003', '53.18.01.1001', '53.18.01.1002', '53.18.01.2999'];
    expect(idmStatusCounts(codes, idmStatusLookup(values))).toEqual({ byStatus: { 1: 1, 2: 0, 3: 0, 4: 1, 5: 1 }, kelurahan: 2, unknown: 1 });
  });
});
