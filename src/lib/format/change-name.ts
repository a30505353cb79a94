/**
 * What a change is called in a short line (the change view's tooltip): the indicator's usual
 * abbreviation when its label ends in one ("Persentase penduduk miskin (P0)" → "P0", "Human
 * Development Index (HDI)" → "HDI"), else the label with a lower-case first letter ("Jumlah
 * penduduk miskin" → "jumlah penduduk miskin"). Brackets holding words or a source's name
 * ("(seri TNP2K 2021)", "(FSVA)") are not an abbreviation of the measure and are kept.
 */
export function changeName(label: string): string {
  const m = /\((P[0-2]|IPM|HDI|IKP)\)$/.exec(label);
  return m ? m[1] : label.charAt(0).toLowerCase() + label.slice(1);
}
