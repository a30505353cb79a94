import type { ProgramLocus } from '../types.ts';

/** A program point on the map as the page remembers it: its locus id ('' for the shipped points file), place and type. */
export interface LocusRef {
  id: string;
  lon: number;
  lat: number;
  intervention: string;
}

/**
 * The locus a map point stands for: by id; a point of the shipped points file (no id, coordinates
 * kept to 5 decimals) by its type and place, within 1e-5° (about a metre). Undefined when none fits.
 */
export function findLocus<L extends Pick<ProgramLocus, 'id' | 'lon' | 'lat' | 'intervention'>>(loci: readonly L[], ref: LocusRef): L | undefined {
  if (ref.id) return loci.find((l) => l.id === ref.id);
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-5 + 1e-9;
  return loci.find((l) => l.intervention === ref.intervention && near(l.lon, ref.lon) && near(l.lat, ref.lat));
}
