/** IDM status code as published by Kemendes PDTT: 1 Mandiri, 2 Maju, 3 Berkembang, 4 Tertinggal, 5 Sangat Tertinggal. */
export type IdmStatus = 1 | 2 | 3 | 4 | 5;

/**
 * The five IDM classes in their official order (best first, as Kemendes lists them) with the lower
 * bound of each (IDM 2024 `thr`; Sangat Tertinggal has none) and a colour from the viridis ramp the map
 * uses, darkest = worst, so read worst → best the legend goes Sangat Tertinggal → Mandiri. Fixed classes,
 * never quantiles.
 */
export const IDM_STATUSES: readonly { status: IdmStatus; label: { id: string; en: string }; colour: string }[] = [
  { status: 1, label: { id: 'Mandiri', en: 'Mandiri (independent)' }, colour: '#fde725' },
  { status: 2, label: { id: 'Maju', en: 'Maju (advanced)' }, colour: '#6ece58' },
  { status: 3, label: { id: 'Berkembang', en: 'Berkembang (developing)' }, colour: '#1f9e89' },
  { status: 4, label: { id: 'Tertinggal', en: 'Tertinggal (left behind)' }, colour: '#31688e' },
  { status: 5, label: { id: 'Sangat Tertinggal', en: 'Sangat Tertinggal (severely left behind)' }, colour: '#482878' },
];

/** The official thresholds of IDM 2024 (Kemendes PDTT, `meta.json` `thr`): lower bounds of Mandiri, Maju, Berkembang, Tertinggal. */
export const IDM_THRESHOLDS_2024 = [0.8155, 0.7073, 0.599, 0.4908] as const;

/** Status of an IDM score: the first class whose threshold the score reaches (≥), else 5 Sangat Tertinggal. */
export function idmStatusOf(idm: number, thresholds: readonly number[] = IDM_THRESHOLDS_2024): IdmStatus {
  const i = thresholds.findIndex((t) => idm >= t);
  return (i < 0 ? 5 : i + 1) as IdmStatus;
}

/** Whether a status counts as need: Tertinggal (4) or Sangat Tertinggal (5). */
export function isIdmNeed(status: number): boolean {
  return status === 4 || status === 5;
}

/** The class entry of a status value (a number from an indicator file); undefined when it is not 1–5. */
export function idmStatusClass(value: number): (typeof IDM_STATUSES)[number] | undefined {
  return IDM_STATUSES.find((s) => s.status === value);
}

/**
 * Whether a desa-level region is a kelurahan, which IDM does not score: its Kemendagri code's last
 * part starts with 1 (`53.71.05.1008`); desa start with 2.
 */
export function isKelurahan(kemendagri: string): boolean {
  return /^\d{2}\.\d{2}\.\d{2}\.1\d{3}$/.test(kemendagri);
}
