/** Farming indicators taken from `farming_kabupaten.csv`, with their plausible range. */
export const FARMING_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  households_in_agriculture_percent: [0, 100],
};

/** Covariates taken from `covariates_kabupaten.csv`, with their plausible range. */
export const COVARIATE_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  hdi_ipm: [0, 100],
  stunting_prevalence_under5: [0, 100],
  fsva_priority_group: [1, 6],
};

/**
 * The catalogue id of a covariate row: IPM from 2024 on is computed with BPS's revised life
 * expectancy (Long Form SP2020), so 2025 IPM is `hdi_ipm_revised` and never sits in one series
 * with the 2019/2021 values.
 */
export function covariateSeries(indicator: string, year: number): string {
  return indicator === 'hdi_ipm' && year >= 2024 ? 'hdi_ipm_revised' : indicator;
}
