import { describe, expect, it } from 'vitest';
import { lociToPointsFile, pointsFromFile } from '../../../src/lib/programs/program-points-file.ts';
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

  it('names a missing scale', () => {
    expect(() => pointsFromFile({ lon: [1], lat: [1], type: [0], byRegion: [0] })).toThrow('programs-points.json: "scale" is undefined, expected steps per degree');
  });

  it('names a missing or short column', () => {
    expect(() => pointsFromFile({ scale: 1e5, lon: [1], lat: [], type: [0], byRegion: [0] })).toThrow('programs-points.json: column "lat" is missing or not as long as "lon"');
  });

  it('names the row of a point that is not a locus', () => {
    expect(() => pointsFromFile({ scale: 1e5, lon: [1, 2], lat: [1, 2], type: [0, 99], byRegion: [0, 0] })).toThrow('programs-points.json row 2: not a locus');
  });
});
