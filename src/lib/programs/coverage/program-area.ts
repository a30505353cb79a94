import type { Level } from '../../types.ts';
import { isPlaceLocus } from './nearest-locus.ts';
import type { ProgramLocus } from '../types.ts';

/** The region an area-wide locus covers as a whole: its BPS code and level. */
export interface ProgramArea {
  kode: string;
  level: Exclude<Level, 'desa'>;
}

/** What `areaOf` reads of a locus (a shipped map point carries the same fields). */
export type AreaFields = Partial<Pick<ProgramLocus, 'locatedBy' | 'level' | 'provinsi' | 'kabupaten' | 'kecamatan'>>;

/**
 * The area of a program located at a whole kecamatan, kabupaten/kota or province (`isPlaceLocus`
 * false): the map draws it as that region's outline, never as a point at its label point. Null for
 * a place (coordinates or a desa) and for an area whose code is missing.
 */
export function areaOf(p: AreaFields): ProgramArea | null {
  if (isPlaceLocus(p) || p.level === undefined || p.level === 'desa') return null;
  const kode = p[p.level];
  return kode ? { kode, level: p.level } : null;
}
