import { describe, expect, it } from 'vitest';
import { editDistances, type Distances } from '../../../src/lib/search/edit-distances.ts';

const dist = (a: string, b: string, max = 2): Distances => {
  const out: Distances = { full: -1, prefix: -1 };
  editDistances(a, b, max, out);
  return out;
};

describe('editDistances', () => {
  it('is 0 for equal strings', () => expect(dist('baumata', 'baumata').full).toBe(0));
  it('counts a substituted letter once', () => expect(dist('bawmata', 'baumata').full).toBe(1));
  it('counts an inserted letter once', () => expect(dist('baumatta', 'baumata').full).toBe(1));
  it('counts a dropped letter once', () => expect(dist('baumta', 'baumata').full).toBe(1));
  it('counts two swapped neighbours once', () => expect(dist('buamata', 'baumata').full).toBe(1));
  it('counts two typos as 2', () => expect(dist('bawmatta', 'baumata').full).toBe(2));
  it('reports max + 1 when over the limit', () => expect(dist('kupang', 'baumata').full).toBe(3));
  it('measures against the best prefix of a longer name', () => expect(dist('bawma', 'baumatabarat')).toEqual({ full: 3, prefix: 1 }));
  it('gives prefix 0 for a true prefix', () => expect(dist('baum', 'baumata', 1).prefix).toBe(0));
  it('stops early on a short name', () => expect(dist('baumatabarat', 'bau')).toEqual({ full: 3, prefix: 3 }));
});
