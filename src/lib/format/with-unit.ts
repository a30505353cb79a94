/**
 * A label with its unit, without doubled brackets: "Poverty rate (P0)" and "%" give
 * "Poverty rate (P0), %" rather than "Poverty rate (P0) (%)"; a unit already in brackets
 * ("(1–6)") loses them; a label without brackets gets the unit in brackets ("Jumlah penduduk
 * miskin (ribu jiwa)"). An empty unit gives the label alone.
 */
export function withUnit(label: string, unit: string): string {
  const u = unit.trim().replace(/^\((.*)\)$/, '$1');
  if (!u) return label;
  return /\)\s*$/.test(label) ? `${label}, ${u}` : `${label} (${u})`;
}
