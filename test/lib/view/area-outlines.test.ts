import { describe, expect, it } from 'vitest';
import { areaOutlines, MIXED_AREA_COLOUR } from '../../../src/lib/view/area-outlines.ts';

const colours = { jobs: '#E69F00', skills_training: '#0072B2' };

describe('areaOutlines', () => {
  it('outlines each covered region once, in its programs\' type colour, by level and in code order', () => {
    const out = areaOutlines([
      { kode: '5303', level: 'kabupaten', intervention: 'skills_training' },
      { kode: '5271', level: 'kabupaten', intervention: 'jobs' },
      { kode: '5303', level: 'kabupaten', intervention: 'skills_training' },
    ], colours);
    expect(out.get('kabupaten')).toEqual([{ kode: '5271', colour: '#E69F00', count: 1 }, { kode: '5303', colour: '#0072B2', count: 2 }]);
    expect(out.has('provinsi')).toBe(false);
  });

  it('draws a region covered by programs of several types in the mixed colour (NTT: jobs and training)', () => {
    const out = areaOutlines([{ kode: '53', level: 'provinsi', intervention: 'jobs' }, { kode: '53', level: 'provinsi', intervention: 'skills_training' }], colours);
    expect(out.get('provinsi')).toEqual([{ kode: '53', colour: MIXED_AREA_COLOUR, count: 2 }]);
  });

  it('gives nothing for no areas and the fallback colour for an unknown type', () => {
    expect(areaOutlines([], colours).size).toBe(0);
    expect(areaOutlines([{ kode: '3520080', level: 'kecamatan', intervention: 'x' }], colours, '#444').get('kecamatan')).toEqual([{ kode: '3520080', colour: '#444', count: 1 }]);
  });
});
