/** What colours the desa drawn on the map: their IDM 2024 status, or coastal/inland. */
export type DesaFill = 'idm' | 'coastal';

/**
 * How desa are coloured while `indicator` is shown: by IDM status when it is an IDM figure (the desa
 * score and status, or the kabupaten's share of desa left behind, median IDM, counts computed from
 * them), else coastal/inland as before (a poverty figure has no desa value).
 */
export function desaFillOf(indicator: string): DesaFill {
  return indicator === 'idm' || indicator.startsWith('idm_') ? 'idm' : 'coastal';
}
