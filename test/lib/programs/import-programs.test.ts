import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { importPrograms } from '../../../src/lib/programs/ingest/import-programs.ts';
import { makePointLocator } from '../../../src/lib/geo/point-locator.ts';
import { syntheticDesaIndex, syntheticLookup } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/programs/${name}`, import.meta.url), 'utf8');
const load = (name: string, mode: 'strict' | 'tolerant' = 'tolerant') => {
  const lookup = syntheticLookup();
  return importPrograms(fixture(name), name, lookup, { locate: makePointLocator(lookup, [syntheticDesaIndex()]), mode });
};

describe('importPrograms', () => {
  it('reports swapped lat/lon without swapping, naming file, row, column and value', () => {
    const r = load('programs-latlon-swapped.csv');
    expect(r.loci.map((p) => p.id)).toEqual(['S001']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'latlon-swapped', row: 3, column: 'lat', value: '123.65' });
    expect(r.issues[0].message.en).toMatch(/^programs-latlon-swapped\.csv row 3, column "lat": value "123\.65" is outside Indonesia .*lat and lon look swapped/);
    expect(r.issues[0].message.id).toMatch(/baris 3.*tertukar/);
  });

  it('places a coordinate row in its desa and fills the codes above it', () => {
    const [p] = load('programs-latlon-swapped.csv').loci;
    expect(p).toMatchObject({ locatedBy: 'coordinates', lon: 123.65, lat: -10.25, desa: '5303121006', kecamatan: '5303121', kabupaten: '5303', provinsi: '53', level: 'desa' });
  });

  it('reports an unknown code and keeps the valid row', () => {
    const r = load('synthetic-programs-unknown-code.csv');
    expect(r.loci.map((p) => p.id)).toEqual(['S001']);
    expect(r.issues[0]).toMatchObject({ code: 'unknown-code', row: 3, column: 'admin_code', value: '53.01.99.9999' });
    expect(r.issues[0].message.en).toMatch(/row 3, column "admin_code": value "53\.01\.99\.9999" is not in the region registry/);
  });

  it('places a code-located row at the region label point, marked as located by region', () => {
    const [p] = load('synthetic-programs-unknown-code.csv').loci;
    expect(p).toMatchObject({ locatedBy: 'region', level: 'desa', desa: '5303121006', kabupaten: '5303', lon: 123.65, lat: -10.25 });
  });

  it('reports each missing required field (a name), and takes a row without a ministry', () => {
    const r = load('synthetic-programs-missing-field.csv');
    expect(r.loci.map((p) => [p.id, p.agency])).toEqual([['S001', ''], ['S003', expect.any(String)]]);
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([['missing-field', 3, 'name']]);
    expect(r.issues[0].message.en).toMatch(/row 3, column "name": value is empty; this field is required/);
  });

  it('reports a duplicate id with the row of its first use', () => {
    const r = load('synthetic-programs-duplicate-id.csv');
    expect(r.loci.map((p) => p.name)).toEqual(['Synthetic first', 'Synthetic second']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message.en).toMatch(/row 4, column "id": value "S001" was already used in row 2/);
  });

  it('suggests the nearest intervention type, accepts case and spaces and Bahasa words', () => {
    const r = load('synthetic-programs-unknown-type.csv');
    expect(r.loci.map((p) => [p.id, p.intervention, p.interventionAsGiven])).toEqual([['S001', 'other', 'skils_trainng'], ['S002', 'social_assistance', undefined], ['S003', 'land_reform', undefined]]);
    expect(r.issues.map((i) => [i.severity, i.message.en])).toEqual([
      ['warning', expect.stringMatching(/row 2, column "intervention_type": value "skils_trainng" is not a known intervention type .*kept as "other" \(lainnya\) with the type as written \(did you mean "skills_training"\?\)/)],
    ]);
  });

  it('reads semicolons, decimal-comma coordinates, a BOM and thousands in counts', () => {
    const r = load('synthetic-programs-decimal-comma.csv');
    expect(r.loci[0]).toMatchObject({ id: 'S001', name: 'Synthetic locus, with a comma in its name', lon: 123.65, lat: -10.25, beneficiaries: 1250, years: [2022, 2023, 2024], desa: '5303121006' });
  });

  it('assigns a point just off the coast to the nearest desa, with a warning and the distance', () => {
    const r = load('synthetic-programs-decimal-comma.csv');
    expect(r.loci[1]).toMatchObject({ id: 'S002', desa: '5303121005', locatedBy: 'coordinates' });
    expect(r.loci[1].offshoreKm).toBeCloseTo(2.19, 1);
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'offshore', row: 3 })]);
  });

  it('reads a semicolon file with BPS and Kemendagri codes, province level and year lists', () => {
    const r = load('synthetic-programs-semicolon.csv');
    expect(r.issues).toEqual([]);
    expect(r.loci.map((p) => [p.id, p.level, p.kabupaten ?? null, p.years])).toEqual([
      ['S001', 'desa', '5303', [2024]],
      ['S002', 'desa', '5303', [2022, 2023]],
      ['S003', 'kabupaten', '5303', [2021, 2022]],
      ['S004', 'provinsi', null, []],
    ]);
  });

  it('reads GeoJSON points and null-geometry features with a code, and reports a swapped point by feature number', () => {
    const r = load('synthetic-programs.geojson');
    expect(r.loci.map((p) => [p.id, p.locatedBy, p.kabupaten, p.beneficiaries ?? null])).toEqual([
      ['G001', 'coordinates', '5303', 30],
      ['G002', 'region', '5303', null],
    ]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message.en).toMatch(/synthetic-programs\.geojson feature 3, column "geometry": .*lat and lon look swapped/);
  });

  it('reports the mixed browser fixture as two errors and one valid locus', () => {
    const r = load('synthetic-programs-mixed.csv');
    expect(r.loci.map((p) => p.id)).toEqual(['T003']);
    expect(r.issues.map((i) => i.code)).toEqual(['latlon-swapped', 'unknown-code']);
  });

  it('throws in strict mode, listing every error', () => {
    expect(() => load('synthetic-programs-mixed.csv', 'strict')).toThrow(DataError);
    expect(() => load('synthetic-programs-mixed.csv', 'strict')).toThrow(/2 of 3 rows have errors:\n.*row 2.*swapped.*\n.*row 3.*53\.01\.99\.9999/);
  });

  it('fails the whole file when a required column is missing', () => {
    expect(() => importPrograms('id,name\nX,Y\n', 'p.csv', syntheticLookup())).toThrow(/p\.csv: missing column\(s\): the intervention type \("jenis", "jenis_intervensi" or "intervention_type"\); a location: /);
  });

  it('fails an empty file', () => {
    expect(() => importPrograms('', 'p.csv', syntheticLookup())).toThrow(DataError);
  });

  it('reports a coordinate far from any region as not in a region', () => {
    const lookup = syntheticLookup();
    const text = 'id,name,program,ministry,intervention_type,lat,lon\nX,n,p,m,jobs,-10.25,124.5\n';
    const r = importPrograms(text, 'p.csv', lookup, { locate: makePointLocator(lookup, [syntheticDesaIndex()]) });
    expect(r.loci).toEqual([]);
    expect(r.issues[0].message.en).toMatch(/row 2, column "lat": value "-10\.25, 124\.5" is not inside any region \(nearest: Tetangga, 76\.\d+ km away; tolerance 5 km\)/);
  });

  it('warns when a stated level does not match the code, and uses the code', () => {
    const text = 'id,name,program,ministry,intervention_type,admin_code,admin_level\nX,n,p,m,jobs,53.01,desa\n';
    const r = importPrograms(text, 'p.csv', syntheticLookup());
    expect(r.loci[0].level).toBe('kabupaten');
    expect(r.issues[0]).toMatchObject({ severity: 'warning', code: 'level-mismatch' });
  });

  it('draws a region without polygon at its nearest ancestor with a label point, with a warning', () => {
    const text = 'id,name,program,ministry,intervention_type,admin_code\nX,n,p,m,jobs,5303121099\n';
    const r = importPrograms(text, 'p.csv', syntheticLookup());
    expect(r.loci[0]).toMatchObject({ desa: '5303121099', lon: 123.7, lat: -10.25 });
    expect(r.issues[0].message.en).toMatch(/has no polygon; the point is drawn at Taebenu/);
  });

  it('rejects a year that is not a year', () => {
    const text = 'id,name,program,ministry,intervention_type,admin_code,year\nX,n,p,m,jobs,53.01,20245\n';
    const r = importPrograms(text, 'p.csv', syntheticLookup());
    expect(r.issues[0]).toMatchObject({ code: 'bad-year', column: 'year', value: '20245' });
  });
});

describe('importPrograms with codes that have no polygon', () => {
  it('places a known Kemendagri desa without polygon at its nearest registered ancestor, with a warning', () => {
    const text = 'id,name,program,ministry,intervention_type,admin_code,admin_level\nX,n,p,m,land_reform,53.01.24.2099,desa\n';
    const r = importPrograms(text, 'p.csv', syntheticLookup(), { unplacedCodes: new Map([['5301242099', 'Desa Hilang']]) });
    expect(r.loci[0]).toMatchObject({ level: 'kecamatan', kecamatan: '5303121', locatedBy: 'region' });
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'no-polygon']]);
    expect(r.issues[0].message.en).toMatch(/"53\.01\.24\.2099" \(Desa Hilang\) is in the Kemendagri code list but has no polygon .*placed kecamatan-wide in Taebenu/);
  });
  it('still rejects an unknown code that is not on the list', () => {
    const text = 'id,name,program,ministry,intervention_type,admin_code\nX,n,p,m,land_reform,53.01.24.2098\n';
    const r = importPrograms(text, 'p.csv', syntheticLookup(), { unplacedCodes: new Map([['5301242099', 'Desa Hilang']]) });
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-code']);
  });
});

describe('importPrograms row checks', () => {
  it('asks for a location when a row has neither code nor coordinates', () => {
    const r = importPrograms('id,name,program,ministry,intervention_type,admin_code,lat,lon\nX,n,p,m,jobs,,,\n', 'p.csv', syntheticLookup());
    expect(r.issues[0].message.en).toMatch(/row 2, column "admin_code": value is empty; a location is required: a region code, coordinates \(lat, lon\) or place names \(desa, kecamatan, kabupaten, provinsi\)/);
  });
  it('rejects a beneficiaries count that is not a whole number', () => {
    const r = importPrograms('id,name,program,ministry,intervention_type,admin_code,beneficiaries\nX,n,p,m,jobs,53.01,"2,5"\n', 'p.csv', syntheticLookup());
    expect(r.issues[0]).toMatchObject({ code: 'bad-number', column: 'beneficiaries', value: '2,5' });
  });
  it('reports a lone latitude as a missing longitude', () => {
    const r = importPrograms('id,name,program,ministry,intervention_type,lat,lon\nX,n,p,m,jobs,-10.2,\n', 'p.csv', syntheticLookup());
    expect(r.issues[0]).toMatchObject({ code: 'missing-field', column: 'lon' });
  });
});
