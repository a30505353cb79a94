import type { IndicatorDef } from '../indicators/types.ts';
import type { Lang } from './format.ts';

/** What a view's title is written from. */
export interface ViewTitleInput {
  /** The indicator shown (its label is used in `lang`). */
  def: Pick<IndicatorDef, 'label'>;
  year: number;
  /** Name of the selected region; '' for the national view ("Indonesia"). */
  regionName: string;
  lang: Lang;
}

/**
 * A short label: the indicator's label without a trailing abbreviation in brackets
 * ("Persentase penduduk miskin (P0)" → "Persentase penduduk miskin"). Brackets that hold words
 * ("(seri TNP2K 2021)") say which series it is and are kept.
 */
export function shortLabel(label: string): string {
  return label.replace(/\s*\([^\s()]+\)$/, '');
}

/**
 * The title line of a view, as an embed, an image or a print shows it:
 * `viewTitle({ def: p0, year: 2025, regionName: 'Nusa Tenggara Timur', lang: 'id' })` →
 * "Persentase penduduk miskin 2025, Nusa Tenggara Timur". Pure; the same in every output.
 */
export function viewTitle({ def, year, regionName, lang }: ViewTitleInput): string {
  return `${shortLabel(def.label[lang])} ${year}, ${regionName || 'Indonesia'}`;
}
