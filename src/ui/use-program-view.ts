import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Strings } from '../i18n/index.ts';
import { DataError } from '../lib/errors.ts';
import type { Direction } from '../lib/indicators/types.ts';
import { coverageOf, type RegionCoverage } from '../lib/programs/coverage.ts';
import type { LociFilter } from '../lib/programs/filter-loci.ts';
import { findGaps, type GapOptions } from '../lib/programs/find-gaps.ts';
import { gapsToCsv } from '../lib/programs/gaps-to-csv.ts';
import { lociFromGeojson } from '../lib/programs/loci-geojson.ts';
import { lociToCsv } from '../lib/programs/loci-to-csv.ts';
import { mergeLoci } from '../lib/programs/merge-loci.ts';
import { programsInRegion } from '../lib/programs/programs-in-region.ts';
import type { ProgramLocus } from '../lib/programs/types.ts';
import { BIVARIATE_COLOURS, bivariateClasses } from '../lib/ui/bivariate.ts';
import type { Lang } from '../lib/ui/format.ts';
import { NO_DATA_COLOUR } from '../lib/ui/palette.ts';
import { INTERVENTION_COLOURS } from '../lib/ui/program-palette.ts';
import { levelOfKodeBps } from '../lib/ui/region-code.ts';
import type { DataSource } from '../load/data-source.ts';
import type { MapView } from '../map/map-view.ts';
import { downloadText } from './download.ts';
import { importProgramFile } from './import-program-file.ts';
import { loadLevels } from './load-data.ts';
import { clusterLabeller, programPoints } from './program-points.ts';
import type { ImportStatus } from './ProgramsPanel.tsx';
import type { LoadedData } from './state.ts';
import { usePrograms } from './use-programs.ts';

export interface ProgramViewArgs {
  source: DataSource;
  data: LoadedData | null;
  map: MapView | null;
  /** True once the first choropleth is drawn (points and bivariate colours wait for it). */
  ready: boolean;
  regionsVersion: number;
  /** Tell the app that region rows of a lazy level were added. */
  bumpRegions: () => void;
  hotspotYear: number | undefined;
  t: Strings;
  lang: Lang;
  /** Kabupaten values of the shown indicator (the bivariate poverty axis) and its direction. */
  kabValues: ReadonlyMap<string, number>;
  direction: Direction | undefined;
  mode: 'choropleth' | 'bivariate';
}

/**
 * The page's program features apart from layout: filter and gap options, the points on the map,
 * the bivariate colours, importing a user's file, exports, and the region panel's program lists.
 */
export function useProgramView(a: ProgramViewArgs) {
  const { source, data, map, t, lang } = a;
  const [filter, setFilter] = useState<LociFilter>({});
  const [gapOptions, setGapOptions] = useState<Partial<GapOptions>>({});
  const [importStatus, setImportStatus] = useState<ImportStatus>(null);
  const [gapLevelLoading, setGapLevelLoading] = useState(false);
  const programs = usePrograms(source, data, a.regionsVersion, a.hotspotYear, filter, gapOptions);
  const analysis = programs.analysis;
  const lociById = useMemo(() => new Map((programs.set?.loci ?? []).map((l) => [l.id, l])), [programs.set]);

  // Map points: only the active loci (a small point set; region geometry is never re-sent).
  useEffect(() => {
    if (!map || !a.ready || !programs.set) return;
    map.setPrograms(programPoints(programs.set.loci, analysis?.mask), INTERVENTION_COLOURS, clusterLabeller(t, lang));
  }, [a.ready, programs.set, analysis?.mask, lang]);

  // Bivariate mode: poverty tertiles × program loci per kabupaten, as feature-state.
  useEffect(() => {
    if (!map || !a.ready || a.mode !== 'bivariate' || !analysis) return;
    const rows = analysis.lookup.byBps.kabupaten, count = analysis.coverage.kabupaten.count;
    const bv = bivariateClasses(a.kabValues, (k) => count[rows.get(k) ?? -1] ?? 0, a.direction);
    map.setBivariate(bv.classes, BIVARIATE_COLOURS, NO_DATA_COLOUR);
  }, [a.ready, a.mode, a.kabValues, analysis, a.direction]);

  // Gap rows below kabupaten need those region levels in the lookup.
  useEffect(() => {
    if (!data || !gapOptions.level || gapOptions.level === 'kabupaten' || data.regions.loaded.has(gapOptions.level)) return;
    setGapLevelLoading(true);
    loadLevels(source, data.regions, ['kecamatan', 'desa'])
      .then((added) => added && a.bumpRegions())
      .catch(() => undefined)
      .finally(() => setGapLevelLoading(false));
  }, [data, gapOptions.level]);

  const onProgramFile = (file: File, importMode: 'merge' | 'replace') => {
    if (!data || !programs.set) return;
    setImportStatus({ kind: 'checking', file: file.name });
    const before = programs.set;
    file
      .text()
      .then((text) => importProgramFile(text, file.name, source, data))
      .then((result) => {
        a.bumpRegions();
        const merged = mergeLoci(before.loci, result.loci, importMode);
        programs.setSet({ loci: merged.loci, files: importMode === 'replace' ? [file.name] : [...before.files, file.name], includesDefault: importMode === 'merge' && before.includesDefault });
        setImportStatus({ kind: 'done', result, replacedIds: merged.replacedIds });
      })
      .catch((e: Error) => setImportStatus({ kind: 'failed', file: file.name, message: e instanceof DataError ? e.message : `${e.name}: ${e.message}` }));
  };

  const resetPrograms = () => {
    source
      .programs()
      .then((doc) => {
        programs.setSet({ loci: lociFromGeojson(doc), files: ['programs.geojson'], includesDefault: true });
        setImportStatus(null);
      })
      .catch(() => undefined);
  };

  /** Every gap row (not only the shown ones), formula-safe, as a download. */
  const exportGaps = () => {
    if (!analysis) return;
    const all = findGaps(analysis.lookup, analysis.coverage, analysis.flags, { ...gapOptions, limit: analysis.gaps.total });
    downloadText(gapsToCsv(all.rows, lang), lang === 'id' ? 'lokus-celah-program.csv' : 'lokus-program-gaps.csv');
  };

  /** The loci passing the filters, formula-safe, as a download. */
  const exportPrograms = () => {
    if (!programs.set) return;
    downloadText(lociToCsv(programs.set.loci.filter((_, k) => !analysis || analysis.mask[k])), lang === 'id' ? 'lokus-program.csv' : 'lokus-programs.csv');
  };

  /** Convergence and programs of one region for its panel (coverage undefined while its level loads). */
  const regionPrograms = (kode: string): { coverage: RegionCoverage | undefined; inside: ProgramLocus[]; areaWide: ProgramLocus[] } => {
    const level = levelOfKodeBps(kode);
    if (!analysis || !programs.set || !level) return { coverage: undefined, inside: [], areaWide: [] };
    const coverage = coverageOf(analysis.lookup, analysis.coverage, level, kode);
    return { coverage, ...programsInRegion(analysis.lookup, analysis.ix, programs.set.loci, level, kode, analysis.mask) };
  };

  const activeCount = analysis ? analysis.mask.reduce((n, b) => n + b, 0) : (programs.set?.loci.length ?? 0);
  return { programs, analysis, lociById, activeCount, filter, setFilter, gapOptions, setGapOptions, importStatus, gapLevelLoading, onProgramFile, resetPrograms, exportGaps, exportPrograms, regionPrograms };
}
