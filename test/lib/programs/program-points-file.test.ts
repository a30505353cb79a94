import { describe, expect, it } from 'vitest';
import { lociToPointsFile, pointsFromFile } from '../../../src/lib/programs/codec/program-points-file.ts';
import type { ProgramLocus } from '../../../src/lib/programs/types.ts';

const locus = (id: string, lon: number, lat: number, intervention: ProgramLocus['intervention'], locatedBy: ProgramLocus['locatedBy']) => ({ id, lon, lat, intervention, locatedBy }) as ProgramLocus;

describe('program points file', () => {
  it('keeps what the map draws of each locus, coordinates to about a metre, ordered west to east as steps from the point before', () => {
    const file = lociToPointsFile([locus('A', 123.6512345, -10.2598765, 'skills_training', 'region'), locus('B', 106.8, -6.2, 'jobs', 'coordinates'), locus('C', 106.8, -6.2, 'jobs', 'region')]);
    expect(file.lon).toEqual([10680000, 0, 1685123]);
    expect(pointsFromFile(JSON.parse(JSON.stringify(file)))).toEqual([
      { id: '', lon: 106.8, lat: -6.2, intervention: 'jobs', locatedBy: 'coordinates' },
      { id: '', lon: 106.8, lat: -6.2, intervention: 'jobs', locatedBy: 'region' },
      { id: '', lon: 123.65123, lat: -10.25988, intervention: 'skills_training', locatedBy: 'region' },
    ]);
  });

  it('writes the covered region of an area-wide locus and reads it back as its level and code, so it is drawn as an area', () => {
    const ntt = { ...locus('PL009', 121.1, -8.6, 'jobs', 'region'), level: 'provinsi', provinsi: '53' } as ProgramLocus;
    const kupang = { ...locus('PL013', 123.9, -10.1, 'skills_training', 'region'), level: 'kabupaten', provinsi: '53', kabupaten: '5303' } as ProgramLocus;
    const baumata = { ...locus('PL001', 123.7, -10.2, 'land_reform', 'region'), level: 'desa', desa: '5303121006' } as ProgramLocus;
    const file = lociToPointsFile([ntt, kupang, baumata]);
    expect(file.area).toEqual(['53', '', '5303']);
    expect(pointsFromFile(JSON.parse(JSON.stringify(file)))).toEqual([
      { id: '', lon: 121.1, lat: -8.6, intervention: 'jobs', locatedBy: 'region', level: 'provinsi', provinsi: '53' },
      { id: '', lon: 123.7, lat: -10.2, intervention: 'land_reform', locatedBy: 'region' },
      { id: '', lon: 123.9, lat: -10.1, intervention: 'skills_training', locatedBy: 'region', level: 'kabupaten', kabupaten: '5303' },
    ]);
  });

  it('names an area that is not a region code above desa', () => {
    expect(() => pointsFromFile({ scale: 1e5, lon: [1], lat: [1], type: [0], byRegion: [1], area: ['5303121006'] })).toThrow('programs-points.json row 1: "area" is "5303121006", expected \'\' or the BPS code of a kecamatan');
  });

  it('names a missing scale', () => {
    expect(() => pointsFromFile({ lon: [1], lat: [1], type: [0], byRegion: [0], area: [''] })).toThrow('programs-points.json: "scale" is undefined, expected steps per degree');
  });

  it('names a missing or short column', () => {
    expect(() => pointsFromFile({ scale: 1e5, lon: [1], lat: [], type: [0], byRegion: [0], area: [''] })).toThrow('programs-points.json: column "lat" is missing or not as long as "lon"');
  });

  it('names the row of a point that is not a locus', () => {
    expect(() => pointsFromFile({ scale: 1e5, lon: [1, 2], lat: [1, 2], type: [0, 99], byRegion: [0, 0], area: ['', ''] })).toThrow('programs-points.json row 2: not a locus');
  });
});
