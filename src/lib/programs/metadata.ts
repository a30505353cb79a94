import type { NameMethod } from './ingest/match-names.ts';
import type { MergedDuplicate } from './ingest/merge-duplicates.ts';
import { INTERVENTION_TYPES, type InterventionType, type ProgramLocus } from './types.ts';

/** One dataset of the shipped program layer and what it covers. */
export interface ProgramDatasetCoverage {
  /** File in data/programs (also `ProgramLocus.dataset` of its loci). */
  file: string;
  title: { id: string; en: string };
  /** Source id(s) in data/programs/README.md and SOURCES.md. */
  source: string;
  /**
   * `register`: an official list meant to be complete for its `provinces` and `interventions`
   * (absence there means absence from the register); `examples`: loci found in news reports, not
   * an inventory (absence means nothing).
   */
  kind: 'register' | 'examples';
  /** Date the data stands at (ISO date or year). */
  asOf: string;
  /** Loci shipped from it (after merging duplicates). */
  loci: number;
  /** Provinces it has loci in (BPS code and name), by code. */
  provinces: { kode: string; name: string }[];
  /** Intervention types it has loci of. */
  interventions: InterventionType[];
  /** What the page should say about its coverage, both languages. */
  note: { id: string; en: string };
  /** Rows placed by names, per method (files placed by names only). */
  nameMethods?: Record<NameMethod, number>;
}

/**
 * The `metadata` member of `public/data/programs.geojson` (a GeoJSON foreign member; readers that
 * do not know it ignore it): what the shipped program data covers, so the page can say plainly
 * that, e.g., training centres are listed for Java–Bali only.
 */
export interface ProgramsMetadata {
  datasets: ProgramDatasetCoverage[];
  /**
   * Per intervention type, the provinces (BPS codes) where a `register` dataset lists that type
   * completely. Outside them, a region without a locus of the type is "no data", not "none".
   */
  registerCoverage: Partial<Record<InterventionType, string[]>>;
  /** Duplicates found between datasets and merged (see `mergeDuplicates`). */
  merged: MergedDuplicate[];
}

/** Coverage of one dataset from its placed loci; `provinceName` names a BPS province code. */
export function datasetCoverage(
  meta: Pick<ProgramDatasetCoverage, 'file' | 'title' | 'source' | 'kind' | 'asOf' | 'note' | 'nameMethods'>,
  loci: readonly ProgramLocus[],
  provinceName: (kode: string) => string,
): ProgramDatasetCoverage {
  const mine = loci.filter((p) => p.dataset === meta.file);
  const provinces = [...new Set(mine.map((p) => p.provinsi).filter((k): k is string => !!k))].sort();
  const types = new Set(mine.map((p) => p.intervention));
  return {
    ...meta,
    loci: mine.length,
    provinces: provinces.map((kode) => ({ kode, name: provinceName(kode) })),
    interventions: INTERVENTION_TYPES.filter((t) => types.has(t)),
  };
}

/** {@link ProgramsMetadata} from the datasets' coverage. */
export function programsMetadata(datasets: ProgramDatasetCoverage[], merged: MergedDuplicate[]): ProgramsMetadata {
  const registerCoverage: ProgramsMetadata['registerCoverage'] = {};
  for (const d of datasets.filter((x) => x.kind === 'register')) {
    for (const t of d.interventions) registerCoverage[t] = [...new Set([...(registerCoverage[t] ?? []), ...d.provinces.map((p) => p.kode)])].sort();
  }
  return { datasets, registerCoverage, merged };
}

/** The `metadata` member of a loaded `programs.geojson`, or undefined when absent (an older file). */
export function metadataFromGeojson(doc: unknown): ProgramsMetadata | undefined {
  const m = (doc as { metadata?: ProgramsMetadata } | null)?.metadata;
  return m && Array.isArray(m.datasets) ? m : undefined;
}
