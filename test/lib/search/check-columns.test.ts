import { describe, expect, it } from 'vitest';
import { checkColumns } from '../../../src/lib/search/check-columns.ts';
import { DataError } from '../../../src/lib/errors.ts';

const spec = { name: 'string', kecamatan: 'number' } as const;

describe('checkColumns', () => {
  it('returns well-formed columns', () => expect(checkColumns({ name: ['A'], kecamatan: [0] }, 'f.json', spec).name).toEqual(['A']));
  it('names the file and column of a missing column', () => expect(() => checkColumns({ name: [] }, 'search/desa/b.json', spec)).toThrow('search/desa/b.json: column "kecamatan" is missing'));
  it('names the row of a value of the wrong type', () => expect(() => checkColumns({ name: ['A', 3], kecamatan: [0, 1] }, 'f.json', spec)).toThrow('f.json: column "name" row 1: expected a string'));
  it('rejects columns of different lengths', () => expect(() => checkColumns({ name: ['A'], kecamatan: [0, 1] }, 'f.json', spec)).toThrow(/has 2 rows, the others 1/));
  it('throws a DataError for a non-object', () => expect(() => checkColumns([], 'f.json', spec)).toThrow(DataError));
  it('allows an optional column to be absent', () => expect(checkColumns({ name: [] }, 'f.json', spec, ['kecamatan']).name).toEqual([]));
});
