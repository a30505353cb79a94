/** Groups the region panel folds the indicators into, in the order shown. */
export const INDICATOR_GROUPS = ['poverty', 'village', 'human', 'food', 'livelihood', 'other'] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

/**
 * The group of a catalogue indicator, from its id: poverty (p0, p1, p2, poor_*, extreme_poverty*),
 * human development and health (hdi_*, stunting_*), food security (fsva_*, ikp), livelihoods
 * (households_in_agriculture_*), village development (idm_*: IDM 2024 and Lokus' need figures from it), and `other` for anything else (an imported table's indicator).
 * The FSVA columns stay with the FSVA even where they repeat a topic (its poverty column is its own table).
 */
export function indicatorGroup(id: string): IndicatorGroup {
  if (/^fsva_|^ikp$/.test(id)) return 'food';
  if (/^(p0|p1|p2)$|^poor_|^extreme_poverty/.test(id)) return 'poverty';
  if (/^hdi_|^stunting_/.test(id)) return 'human';
  if (/^households_in_agriculture/.test(id)) return 'livelihood';
  if (/^idm_/.test(id)) return 'village';
  return 'other';
}
