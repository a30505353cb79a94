import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { IDM_STATUSES } from '../lib/indicators/idm-status.ts';
import type { DesaFill } from '../lib/view/desa-fill-of.ts';
import { coastalColour, defaultColours } from './layer-specs.ts';

/** Colours of desa coloured by IDM status beside the five classes' own (`IDM_STATUSES`, viridis, darkest = Sangat Tertinggal). */
export const DESA_IDM_COLOURS = {
  /** Kelurahan: not scored by IDM (not missing data), a neutral warm grey apart from the no-data grey. */
  kelurahan: '#b8b3a7',
  /** A desa whose status is not loaded yet, or without an IDM row. */
  pending: defaultColours.pending,
};

/** The `idm` feature-state a kelurahan gets (statuses are 1–5). */
export const KELURAHAN_STATE = 0;

/**
 * Fill colour of a desa chunk: coastal/inland from the features' `coastal` property, or the IDM status
 * (1 Mandiri … 5 Sangat Tertinggal, `KELURAHAN_STATE` for a kelurahan) from the `idm` feature-state.
 */
export function desaFillColour(fill: DesaFill, colours = defaultColours, idm = DESA_IDM_COLOURS): ExpressionSpecification {
  if (fill === 'coastal') return coastalColour(colours);
  const match: unknown[] = ['match', ['to-number', ['coalesce', ['feature-state', 'idm'], -1]]];
  for (const s of IDM_STATUSES) match.push(s.status, s.colour);
  match.push(KELURAHAN_STATE, idm.kelurahan, idm.pending);
  return match as ExpressionSpecification;
}
