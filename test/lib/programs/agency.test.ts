import { describe, expect, it } from 'vitest';
import { canonicalAgency } from '../../../src/lib/programs/ingest/agency.ts';

describe('canonicalAgency', () => {
  it('gives one name for the three spellings of Kemnaker in the shipped list', () => {
    const spellings = ['Kementerian Ketenagakerjaan (Kemnaker)', 'Kemnaker (central funding); run mostly by religious institutions', 'KEMNAKER'];
    expect(new Set(spellings.map(canonicalAgency))).toEqual(new Set(['Kementerian Ketenagakerjaan (Kemnaker)']));
  });
  it('gives one name for the five spellings of ATR/BPN', () => {
    const spellings = ['Kementerian ATR/BPN', 'Kementerian ATR/BPN (BPN Kab. Seram Bagian Timur)', 'Kementerian ATR/BPN (GTRA Kabupaten Kupang); offtaker PT Agromina Makmur Sejahtera', 'Kementerian ATR/BPN (GTRA/BPN Kabupaten Kaur)', 'Badan Pertanahan Nasional'];
    expect(new Set(spellings.map(canonicalAgency))).toEqual(new Set(['Kementerian ATR/BPN']));
  });
  it('takes the ministry named first', () => {
    expect(canonicalAgency('Kemenko Perekonomian (coordinator); participants from Kementerian ATR/BPN Reforma Agraria')).toBe('Kemenko Perekonomian');
  });
  it('matches aliases as whole words only', () => expect(canonicalAgency('Program BPNT')).toBe('Program BPNT'));
  it('keeps an unknown agency as written, spaces tidied', () => expect(canonicalAgency('  Yayasan   Sintetis ')).toBe('Yayasan Sintetis'));
});
