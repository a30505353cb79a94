import { describe, expect, it } from 'vitest';
import { importPrograms, programText } from '../../../src/lib/programs/ingest/import-programs.ts';
import { syntheticLookup } from './helpers.ts';

const header = 'id,name,program,ministry,intervention_type,admin_code,year';

describe('files the importer must not misread', () => {
  it('decodes UTF-8 with or without BOM and UTF-16 with a BOM', () => {
    expect(programText(new TextEncoder().encode('Pelatihan ké'), 'a.csv')).toEqual({ text: 'Pelatihan ké', encoding: [] });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Désa'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(programText(utf16, 'b.csv').text).toBe('Désa');
  });
  it('decodes a Windows-1252 file and names it, with the byte offset, instead of storing replacement characters', () => {
    const cp1252 = new Uint8Array([...new TextEncoder().encode('id,name\n1,D'), 0xe9, 0x73, 0x61]);
    const { text, encoding } = programText(cp1252, 'c.csv');
    expect(text).toBe('id,name\n1,Désa');
    expect(encoding[0].message.en).toMatch(/^c\.csv: not UTF-8 \(byte 12 is 0xe9\); read as Windows-1252/);
  });
  it('gives a JSON array of Features a message about the JSON shape, not CSV headers', () => {
    const arr = JSON.stringify([{ type: 'Feature', geometry: { type: 'Point', coordinates: [123.65, -10.25] }, properties: {} }]);
    expect(() => importPrograms(arr, 'd.json', syntheticLookup())).toThrow(/d\.json: a JSON array of 1 Features, not a GeoJSON FeatureCollection/);
    expect(() => importPrograms('[1, 2', 'e.json', syntheticLookup())).toThrow(/e\.json: starts like JSON/);
  });
  it('counts rows, not issues, in the strict summary', () => {
    const text = `${header}\nA,,,,,53.01.24.2002,2024\nB,b,p,m,jobs,53.01.24.2002,2024\n`;
    expect(() => importPrograms(text, 'f.csv', syntheticLookup(), { mode: 'strict' })).toThrow(/^f\.csv: 1 of 2 rows have errors \(2 errors\)/);
  });
});

describe('the shipped programs.geojson with one bad feature', () => {
  it('keeps the valid loci and reports the bad feature (page), still throws without a reporter (pipeline)', async () => {
    const { lociFromGeojson } = await import('../../../src/lib/programs/codec/loci-geojson.ts');
    const good = { type: 'Feature', geometry: { type: 'Point', coordinates: [123.65, -10.25] }, properties: { id: 'A', intervention: 'jobs', years: [] } };
    const doc = { type: 'FeatureCollection', features: [good, { type: 'Feature', geometry: null, properties: { id: 'B', intervention: 'jobs' } }, { ...good, properties: { id: 'C', intervention: 'jobs' } }] };
    const bad: string[] = [];
    expect(lociFromGeojson(doc, 'programs.geojson', (e) => bad.push(e.message)).map((l) => l.id)).toEqual(['A', 'C']);
    expect(bad).toEqual(['programs.geojson feature 2: not a program locus (needs Point geometry, "id" and a known "intervention")']);
    expect(() => lociFromGeojson(doc)).toThrow(/feature 2/);
  });
});
