import { levelOf } from '../regions/level-of.ts';

/** What colours the desa drawn on the map: their IDM 2024 status, or coastal/inland. */
export type DesaFill = 'idm' | 'coastal';

/**
 * How desa are coloured while `indicator` is shown and `region` is selected: by IDM status, the
 * village measure of need, under an IDM figure, and under any figure while the map is browsed with
 * nothing or a province selected; coastal/inland around a selected kabupaten/kota, kecamatan or
 * desa under a figure that has no desa value (a poverty rate), as the legend's sublevel says there.
 */
export function desaFillOf(indicator: string, region: string): DesaFill {
  if (indicator === 'idm' || indicator.startsWith('idm_')) return 'idm';
  const level = region ? levelOf(region) : undefined;
  return level === undefined || level === 'provinsi' ? 'idm' : 'coastal';
}
