import { describe, expect, it } from 'vitest';
import { NO_TABLE } from '../../../src/lib/regions/ancestry.ts';
import { chunkId, chunkPath, clickTarget, focusOf, sourceOfRegion } from '../../../src/lib/view/drill.ts';

const hitsAtBaumata = () => [
  { kode: '53', level: 'provinsi' as const },
  { kode: '5303', level: 'kabupaten' as const },
  { kode: '5303121', level: 'kecamatan' as const },
  { kode: '5303121006', level: 'desa' as const },
];

describe('focusOf', () => {
  it('shows nothing extra for the national view', () => {
    expect(focusOf('', NO_TABLE)).toEqual({ chunks: [], labelChildrenOf: '', drilled: [] });
  });

  it('preloads a provinsi’s kecamatan without showing them', () => {
    expect(focusOf('53', NO_TABLE).chunks).toEqual([{ level: 'kecamatan', key: '53' }]);
  });

  it('shows the kecamatan of a selected kabupaten', () => {
    expect(focusOf('5303', NO_TABLE).chunks).toEqual([{ level: 'kecamatan', key: '53', parents: ['5303'] }]);
  });

  it('shows the desa of the kecamatan around a selected desa', () => {
    expect(focusOf('5303121006', NO_TABLE)).toEqual({
      chunks: [
        { level: 'kecamatan', key: '53', parents: ['5303'] },
        { level: 'desa', key: '5303', parents: ['5303121'] },
      ],
      labelChildrenOf: '5303121',
      drilled: ['5303'],
    });
  });

  it('draws a selected kabupaten as plain land under its kecamatan', () => {
    expect(focusOf('5303', NO_TABLE).drilled).toEqual(['5303']);
  });
});

describe('chunk names', () => {
  it('names a chunk once for the map and the cache, and gives its path', () => {
    expect(chunkId({ level: 'desa', key: '5303' })).toBe('desa-5303');
    expect(chunkPath({ level: 'kecamatan', key: '53' })).toBe('boundaries/kecamatan/53.topo.json');
  });

  it('finds the map source of a region at each level', () => {
    expect(['53', '5303', '5303121', '5303121006', 'x'].map((k) => sourceOfRegion(k, NO_TABLE))).toEqual(['provinsi', 'kabupaten', 'kecamatan-53', 'desa-5303', undefined]);
  });
});

describe('clickTarget', () => {
  it('selects the provinsi on a first click', () => {
    expect(clickTarget(hitsAtBaumata().slice(0, 2), '', NO_TABLE)).toBe('53');
  });

  it('drills one level down inside the selection', () => {
    expect(clickTarget(hitsAtBaumata().slice(0, 3), '5303', NO_TABLE)).toBe('5303121');
  });

  it('selects the deepest hit when already there', () => {
    expect(clickTarget(hitsAtBaumata(), '5303121006', NO_TABLE)).toBe('5303121006');
  });

  it('moves to the provinsi level when clicking another provinsi', () => {
    expect(clickTarget([{ kode: '51', level: 'provinsi' }, { kode: '5171', level: 'kabupaten' }], '5303', NO_TABLE)).toBe('51');
  });

  it('returns undefined when nothing was hit', () => {
    expect(clickTarget([], '53', NO_TABLE)).toBeUndefined();
  });
});
