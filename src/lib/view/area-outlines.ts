import type { ProgramArea } from '../programs/coverage/program-area.ts';
import type { Level } from '../types.ts';

/** An area-wide program as the map gets it: the region it covers and its intervention type. */
export interface MapProgramArea extends ProgramArea {
  intervention: string;
}

/** One region to outline: its code, the colour of its outline and how many area-wide programs cover it. */
export interface AreaOutline {
  kode: string;
  colour: string;
  count: number;
}

/** Outline colour of a region covered by area-wide programs of more than one intervention type. */
export const MIXED_AREA_COLOUR = '#333333';

/**
 * The regions covered by area-wide programs, by level, each once: outlined in its programs' type
 * colour (`colourByType`, `fallback` for an unknown type), or `MIXED_AREA_COLOUR` when they are of
 * several types. Regions in code order, so the same programs always give the same outlines.
 */
export function areaOutlines(areas: readonly MapProgramArea[], colourByType: Readonly<Record<string, string>>, fallback = '#444'): Map<Exclude<Level, 'desa'>, AreaOutline[]> {
  const byKode = new Map<string, { level: Exclude<Level, 'desa'>; types: Set<string>; count: number }>();
  for (const a of areas) {
    const r = byKode.get(a.kode) ?? { level: a.level, types: new Set<string>(), count: 0 };
    r.types.add(a.intervention);
    r.count++;
    byKode.set(a.kode, r);
  }
  const out = new Map<Exclude<Level, 'desa'>, AreaOutline[]>();
  for (const kode of [...byKode.keys()].sort()) {
    const r = byKode.get(kode)!;
    const [only] = r.types;
    const colour = r.types.size > 1 ? MIXED_AREA_COLOUR : (colourByType[only] ?? fallback);
    out.set(r.level, [...(out.get(r.level) ?? []), { kode, colour, count: r.count }]);
  }
  return out;
}
