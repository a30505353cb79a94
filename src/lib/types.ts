/** Administrative levels, coarsest first. Names follow Indonesian usage. */
export const LEVELS = ['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const;
export type Level = (typeof LEVELS)[number];

export type { Region } from './regions/region.ts';
