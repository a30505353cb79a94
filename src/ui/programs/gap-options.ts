import type { GapOptions } from '../../lib/programs/gaps/find-gaps.ts';
import { levelOf } from '../../lib/regions/level-of.ts';
import type { PageState } from '../store/page-state.ts';

/**
 * The gap finder's options as used: the user's, and — until the user ticks the "only in …" box
 * off — limited to the selected provinsi, kabupaten or kecamatan; with the registers of the shipped
 * data (what it covers completely), while it is shown.
 */
export function gapOptionsOf(s: PageState): Partial<GapOptions> {
  const registers = s.programs?.includesDefault ? (s.programs.metadata?.registerCoverage ?? null) : null;
  if (s.gapOptions.within !== undefined) return { ...s.gapOptions, registers };
  const region = s.url.region;
  // A desa is too small a limit: the table then stays national (the box is not offered either).
  const within = region && levelOf(region) !== 'desa' ? region : '';
  return { ...s.gapOptions, within, registers };
}
