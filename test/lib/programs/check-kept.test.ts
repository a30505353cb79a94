import { describe, expect, it } from 'vitest';
import { checkKeptResult } from '../../../src/lib/programs/ingest/check-kept.ts';

// A synthetic kept locus (fixture, not real data).
const locus = { id: 'K1', name: 'Uji (sintetis)', program: 'Program uji', agency: 'Kemnaker', intervention: 'pelatihan', years: [2024], locatedBy: 'region', lon: 123.6, lat: -10.2 };
const kept = (loci: unknown[]) => ({ loci, issues: [], file: 'x.csv' });

describe('checkKeptResult: a program list read back from this browser', () => {
  it('accepts a usable result', () => {
    expect(checkKeptResult(kept([locus, { ...locus, id: 'K2', locatedBy: 'coordinates', years: [] }]))).toBeNull();
  });

  it('names what is missing from a damaged record', () => {
    expect(checkKeptResult(undefined)).toBe('the kept record has no import result');
    expect(checkKeptResult({ loci: 'not a list' })).toBe('the kept record has no list of loci');
    expect(checkKeptResult({ loci: [] })).toBe('the kept record has no list of issues');
  });

  it('names the first locus another version of Lokus (or damage) left unusable, and its field', () => {
    expect(checkKeptResult(kept([locus, null]))).toBe('locus 2: not a record');
    expect(checkKeptResult(kept([{ ...locus, id: 7 }]))).toBe('locus 1: id is not text');
    expect(checkKeptResult(kept([locus, locus, { ...locus, lon: '123.6' }]))).toBe('locus 3: lon is not a number');
    expect(checkKeptResult(kept([{ ...locus, lat: Number.NaN }]))).toBe('locus 1: lat is not a number');
    expect(checkKeptResult(kept([{ ...locus, locatedBy: 'code' }]))).toBe('locus 1: locatedBy is neither "coordinates" nor "region"');
    expect(checkKeptResult(kept([{ ...locus, years: ['2024'] }]))).toBe('locus 1: years is not a list of years');
  });
});
