import { describe, expect, it } from 'vitest';
import { readRegionColumns } from '../../../src/lib/regions/read-region-columns.ts';

const good = () => ({ kode: ['5303'], kemendagri: ['53.01'], name: ['Kabupaten Kupang'], parent: ['53'], coastal: [1], coastlineKm: [454.2], areaKm2: [5298], lon: [123.9], lat: [-10] });

describe('readRegionColumns', () => {
  it('accepts the columns the pipeline writes', () => expect(readRegionColumns('kabupaten', good()).kode).toEqual(['5303']));
  it('accepts a null label point', () => expect(readRegionColumns('kabupaten', { ...good(), lon: [null], lat: [null] }).lon).toEqual([null]));
  it('names a missing column', () => {
    const { name: _, ...rest } = good();
    expect(() => readRegionColumns('kabupaten', rest)).toThrow('regions/kabupaten.json: column "name" is missing');
  });
  it('names a column of another length', () => expect(() => readRegionColumns('kabupaten', { ...good(), name: [] })).toThrow('column "name" has 0 rows, "kode" has 1'));
  it('names the row, column and value of a wrong cell', () => expect(() => readRegionColumns('kabupaten', { ...good(), coastal: ['ya'] })).toThrow('regions/kabupaten.json row 1, column "coastal": "ya" is not 0 or 1'));
  it('rejects something that is not an object of columns', () => expect(() => readRegionColumns('desa', [1, 2])).toThrow('regions/desa.json: expected an object of columns, found an array'));
});
