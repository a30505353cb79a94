import type { idRanking } from './id-ranking.ts';

/** Strings of the rankings, the panel's groups and the regional classes (English); spread into en.ts. */
export const enRanking: typeof idRanking = {
  nationalLevel: 'Country',
  rankingTitle: (level, indicator, year) => `${level} by ${indicator}, ${year}`,
  rankingChangeTitle: (level, indicator, from, to) => `${level} by change in ${indicator}, ${from}→${to}`,
  rankingWorst: (n, higherIsWorse) => `${n} worst (${higherIsWorse ? 'highest' : 'lowest'})`,
  rankingBest: (n, higherIsWorse) => `${n} best (${higherIsWorse ? 'lowest' : 'highest'})`,
  rankingWorse: (n) => `${n} largest deteriorations`,
  rankingBetter: (n) => `${n} largest improvements`,
  rankingAll: (n) => `All ${n}, worst first`,
  rankingShowAll: (n) => `Show all (${n})`,
  rankingShowShort: 'Show only the top and bottom 10',
  rankingDownload: 'Download ranking (CSV)',
  // The names indicators.csv uses where it has them; kode_bps and kode_kemendagri are the codes' own names.
  rankingCsvColumns: ['rank', 'tied', 'kode_bps', 'name', 'indicator', 'year', 'value', 'unit', 'source'],
  viewCsvColumns: ['kode_bps', 'kode_kemendagri', 'name', 'level', 'indicator', 'year', 'value', 'unit', 'source_id', 'source'],
  rankingTie: 'tie',
  rankingTieNote: '= tie: equal values (as shown) share a rank.',
  rankingMissing: (n, level) => `${n} ${level.toLowerCase()} without data`,
  rankingEmpty: 'No values to rank.',
  rankingNoSide: 'None.',
  rankingSource: 'Source',
  skipToChildren: (level) => `Skip to the ${level.toLowerCase()} list`,
  otherIndicators: 'Other indicators',
  indicatorGroups: { poverty: 'Poverty', village: 'Village Development Index (IDM 2024)', human: 'Human development and health', food: 'Food security (FSVA, IKP)', livelihood: 'Livelihoods', other: 'Other' },
  scopeRegion: 'Classes for this region',
  scopeShort: (n, name) => `Classes over the ${n} regencies/cities of ${name}`,
  scopeNote: (n, name) => `Classes and counts are over the ${n} regencies/cities of ${name}; other regions use the same classes.`,
};
