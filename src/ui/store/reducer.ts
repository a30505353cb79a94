import { mergeLoci } from '../../lib/programs/ingest/merge-loci.ts';
import { findKemendagri, withLevel } from '../../lib/regions/region-lookup.ts';
import { LEVELS } from '../../lib/types.ts';
import { isRegionNotice } from '../../lib/format/url-notice-texts.ts';
import { levelOf } from '../../lib/regions/level-of.ts';
import { ancestorAt, parentOf } from '../../lib/regions/ancestry.ts';
import { parentsIn } from '../../lib/regions/parents-in.ts';
import { nearestYear, yearsAtLevel } from '../../lib/view/year-coverage.ts';
import { fillLevelOf } from '../../lib/view/url-state.ts';
import { withDroppedTable, withoutDroppedTable } from '../../lib/indicators/dropped-table.ts';
import type { UrlState } from '../../lib/view/url-state.ts';
import type { Action } from './actions.ts';
import type { PageState } from './page-state.ts';
import { requestStatus } from './request-status.ts';

/** A user's change of the view the URL mirrors. */
function view(s: PageState, patch: Partial<UrlState>): PageState {
  return { ...s, url: { ...s.url, ...patch }, urlFrom: 'user' };
}

/** `set` without `id` (the same set when it was not in it). */
function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}

/**
 * A map shows only years with figures at the level it colours (provinces and kabupaten are
 * published for different years): when the shown year has none, move to the nearest one and say
 * so; when the indicator has no province figure at all, go back to kabupaten/kota and say so.
 * Waits while the indicator's values are not loaded.
 */
function settleLevel(s: PageState): PageState {
  if (!s.base?.bundle.values[s.url.indicator]) return s;
  const level = fillLevelOf(s.url);
  const years = yearsAtLevel(s.base.bundle, s.url.indicator, s.base.years.get(s.url.indicator) ?? [], level);
  if (years.includes(s.url.year) && (s.url.mode !== 'change' || s.url.from === undefined || years.includes(s.url.from))) return s;
  const year = years.includes(s.url.year) ? s.url.year : nearestYear(years, s.url.year);
  if (year === undefined) return level === 'provinsi' ? { ...s, url: { ...s.url, level: 'kabupaten' }, levelNotice: s.url.indicator } : s;
  const yearNotice = year !== s.url.year ? { indicator: s.url.indicator, from: s.url.year, to: year, level } : s.yearNotice;
  if (s.url.mode !== 'change') return { ...s, url: { ...s.url, year }, yearNotice };
  const from = s.url.from !== undefined && years.includes(s.url.from) && s.url.from !== year ? s.url.from : years.find((y) => y !== year);
  return { ...s, url: from === undefined ? { ...s.url, year, mode: 'choropleth', from: undefined } : { ...s.url, year, from }, yearNotice };
}

/** The one place page state changes: the state after `action`. Pure; effects live in the hooks. */
export function reducer(s: PageState, a: Action): PageState {
  const changed = change(s, a);
  const requests = requestStatus(s, changed, a);
  const next = requests === changed.requests ? changed : { ...changed, requests };
  return next === s ? s : settleLevel(next);
}

function change(s: PageState, a: Action): PageState {
  switch (a.type) {
    case 'selectRegion': {
      // A region found by search is shown in the region tab, whatever tab was open.
      const tab = a.from === 'search' ? 'region' : s.tab;
      // A region opened instead of the one asked for (a parent, or the kecamatan of a desa without a
      // polygon) says so; another selection drops that sentence.
      const kept = s.notices.filter((n) => !isRegionNotice(n));
      const notices = a.notice ? [...kept, a.notice] : kept.length === s.notices.length ? s.notices : kept;
      if (a.kode === s.url.region && s.url.view === null) return tab === s.tab && notices === s.notices ? s : { ...s, tab, notices };
      // A newly selected region limits the gap table to it again (gap-options.ts).
      const { within: _within, ...gapOptions } = s.gapOptions;
      return { ...view(s, { region: a.kode, view: null }), regionDrawn: null, tab, gapOptions, picked: null, locus: null, notices };
    }
    case 'resetView':
      // An embed goes back to the region it opened on, never to all of Indonesia.
      return { ...view(s, { region: s.url.embed ? s.embedHome : '', view: null }), regionDrawn: null, fitRequest: s.fitRequest + 1, picked: null };
    case 'pickRegion':
      return { ...s, picked: a.kode };
    case 'openLocus':
      return { ...s, locus: a.locus };
    case 'closeLocus':
      return s.locus === null ? s : { ...s, locus: null };
    case 'setIndicator': {
      // An indicator without the shown year moves to its nearest year, and the page says so.
      const years = s.base?.years.get(a.indicator) ?? [];
      const year = years.includes(s.url.year) ? s.url.year : (nearestYear(years, s.url.year) ?? s.url.year);
      const yearNotice = year !== s.url.year ? { indicator: a.indicator, from: s.url.year, to: year } : null;
      // The change view keeps its first year when the indicator has it, else takes the indicator's earliest other year.
      let patch: Partial<UrlState> = { indicator: a.indicator, year };
      if (s.url.mode === 'change') {
        const from = s.url.from !== undefined && years.includes(s.url.from) && s.url.from !== year ? s.url.from : years.find((y) => y !== year);
        patch = from === undefined ? { ...patch, mode: 'choropleth', from: undefined } : { ...patch, from };
      }
      return { ...view(s, patch), yearNotice };
    }
    case 'setYear':
      // Moving between years turns "same classes for all years" on unless the user chose otherwise.
      return { ...view(s, { year: a.year, pooled: s.url.pooled ?? true, ...(s.url.from === a.year ? { from: s.url.year } : {}) }), yearNotice: null };
    case 'setFromYear':
      return view(s, a.year === s.url.year ? { from: a.year, year: s.url.from ?? s.url.year } : { from: a.year });
    case 'setPooled':
      return view(s, { pooled: a.pooled });
    case 'setScope':
      return view(s, { scope: a.region ? 'region' : undefined });
    case 'dismissYearNotice':
      return { ...s, yearNotice: null };
    case 'tableStarted':
      return { ...s, tableStatus: { kind: 'checking', file: a.file } };
    case 'tableFailed':
      return { ...s, tableStatus: { kind: 'failed', file: a.file, problem: a.problem } };
    case 'tableAdded': {
      if (!s.base || s.base.bundle.catalogue.some((d) => d.id === a.table.id)) return s;
      const t = a.table, last = t.years[t.years.length - 1];
      const base = { ...s.base, bundle: withDroppedTable(s.base.bundle, t), years: new Map([...s.base.years, [t.id, t.years]]), defaultYears: new Map([...s.base.defaultYears, [t.id, last]]) };
      const next = { ...s, base, tables: [...s.tables, t], tableStatus: null };
      // A newly dropped table is shown at once; kept tables (restored at start) wait in the indicator list.
      return a.show ? { ...view(next, { indicator: t.id, year: last, mode: s.url.mode === 'bivariate' ? 'bivariate' : 'choropleth', from: undefined }), yearNotice: null } : next;
    }
    case 'tableRemoved': {
      if (!s.base) return s;
      const years = new Map(s.base.years), defaultYears = new Map(s.base.defaultYears);
      years.delete(a.id);
      defaultYears.delete(a.id);
      const next = { ...s, base: { ...s.base, bundle: withoutDroppedTable(s.base.bundle, a.id), years, defaultYears }, tables: s.tables.filter((t) => t.id !== a.id) };
      if (s.url.indicator !== a.id) return next;
      const p0 = next.base.defaultYears.get('p0') ?? s.url.year;
      return view(next, { indicator: 'p0', year: p0, mode: 'choropleth', from: undefined });
    }
    case 'setLevel':
      return a.level === s.url.level ? s : { ...view(s, { level: a.level }), levelNotice: null };
    case 'dismissLevelNotice':
      return { ...s, levelNotice: null };
    case 'setClasses':
      return view(s, { classes: a.classes });
    case 'setMode': {
      if (a.mode !== 'change') return view(s, { mode: a.mode, from: undefined });
      // The change view starts from the indicator's earliest year (to the shown one; from the earliest to the latest when the earliest is shown).
      const all = s.base?.years.get(s.url.indicator) ?? [];
      const years = s.base ? yearsAtLevel(s.base.bundle, s.url.indicator, all, fillLevelOf(s.url)) : all;
      if (years.length < 2) return s;
      const year = s.url.year === years[0] ? years[years.length - 1] : s.url.year;
      return view(s, { mode: 'change', from: s.url.from ?? years[0], year });
    }
    case 'toggleLang':
      return view(s, { lang: s.url.lang === 'id' ? 'en' : 'id' });
    case 'langFailed':
      // The URL keeps no `lang=en` the page cannot honour (replaced, not a new history entry).
      return { ...s, url: { ...s.url, lang: 'id' }, urlFrom: 'url', problems: [...s.problems, a.problem] };
    case 'moveCamera':
      return view(s, { view: a.view });
    case 'desaDrawn':
      return s.desaDrawn === a.keys ? s : { ...s, desaDrawn: a.keys };
    case 'cameraSettled':
    case 'cameraHeading':
      return s.camera?.every((v, i) => v === a.camera[i]) ? s : { ...s, camera: a.camera };
    case 'setTab':
      return { ...s, tab: a.tab };
    case 'setFilter':
      return { ...s, filter: a.filter };
    case 'setGapOptions':
      // The national list beside a selected kabupaten's map read as that kabupaten's: Indonesia is shown with it.
      if (a.national && s.url.region !== '') return { ...view(s, { region: '', view: null }), regionDrawn: null, gapOptions: a.options, picked: null, locus: null, notices: s.notices.filter((n) => !isRegionNotice(n)) };
      return { ...s, gapOptions: a.options };
    case 'dismissNotices':
      return { ...s, notices: [] };
    case 'dismissProblem':
      return { ...s, problems: s.problems.filter((_, i) => i !== a.index) };
    case 'retry':
      // Only a map that failed to start is made again (the one still starting is kept).
      return { ...s, fatal: null, problems: [], attempt: s.attempt + 1, regionDrawn: null, failedChunks: new Set(), map: s.map.status === 'failed' ? { status: 'creating', attempt: s.map.attempt + 1 } : s.map };
    case 'importStarted':
      return { ...s, importStatus: { kind: 'checking', file: a.file } };
    case 'importProgress':
      return s.importStatus?.kind === 'checking' && s.importStatus.file === a.file ? { ...s, importStatus: { kind: 'checking', file: a.file, stage: a.stage } } : s;
    case 'lociImported': {
      const before = s.programs ?? { loci: [], files: [], includesDefault: false };
      const merged = a.merged && a.merged.from === s.programs?.loci ? a.merged : mergeLoci(before.loci, a.result.loci, a.mode);
      const files = a.mode === 'replace' ? [a.file] : [...before.files, a.file];
      const includesDefault = a.mode === 'merge' && before.includesDefault;
      return { ...s, programs: { loci: merged.loci, files, includesDefault, ...(includesDefault && before.metadata ? { metadata: before.metadata } : {}) }, importStatus: { kind: 'done', result: a.result, replacedIds: merged.replacedIds, saved: a.saved, restored: a.restored } };
    }
    case 'importFailed':
      return { ...s, importStatus: { kind: 'failed', file: a.file, problem: a.problem } };
    case 'listRemoved': {
      if (!s.programs) return s;
      const status = s.importStatus?.kind === 'done' && s.importStatus.result.file === a.file ? null : s.importStatus;
      return { ...s, programs: { ...s.programs, loci: a.loci, files: s.programs.files.filter((f) => f !== a.file) }, importStatus: status };
    }
    case 'programsReset':
      return { ...s, programs: a.set, importStatus: null };
    case 'firstViewLoaded':
      // A map that failed to start stays said (with "retry") when the data arrives after it.
      return { ...s, base: a.base, regions: a.regions, url: a.url, urlFrom: 'url', notices: a.notices, fatal: s.map.status === 'failed' ? s.fatal : null, embedHome: a.url.embed ? a.url.region : '' };
    case 'firstViewFailed':
      return { ...s, fatal: a.problem };
    case 'mapReady':
      return s.map.status === 'creating' ? { ...s, map: { ...s.map, status: 'ready' } } : s;
    case 'mapFailed':
      return { ...s, fatal: a.problem, map: { ...s.map, status: 'failed' } };
    case 'urlRestored': {
      let regions = s.regions;
      for (const level of LEVELS) {
        const rows = a.rows?.[level];
        if (rows && !regions.loaded.has(level)) regions = withLevel(regions, level, rows);
      }
      return { ...s, regions, url: a.url, urlFrom: 'url', notices: a.notices, regionDrawn: a.url.region === s.url.region ? s.regionDrawn : null };
    }
    case 'levelLoaded':
      return { ...s, regions: a.prepared?.from === s.regions ? a.prepared.to : withLevel(s.regions, a.level, a.columns) };
    case 'levelFailed':
    case 'noPolygonFailed':
      return { ...s, problems: [...s.problems, a.problem] };
    case 'noPolygonLoaded':
      return { ...s, noPolygon: a.list };
    case 'indicatorLoaded':
      if (!s.base || s.base.bundle.values[a.id]) return s;
      return { ...s, base: { ...s.base, bundle: { ...s.base.bundle, values: { ...s.base.bundle.values, [a.id]: a.values } } } };
    case 'loadFailed':
    case 'indicatorFailed':
      return { ...s, problems: [...s.problems, a.problem] };
    case 'requestStarted':
      return s;
    case 'chunkLoaded':
      return { ...s, chunks: new Map([...s.chunks, [a.id, a.features]]), failedChunks: without(s.failedChunks, a.id) };
    case 'chunksLoaded': {
      const chunks = new Map(s.chunks);
      for (const c of a.chunks) chunks.set(c.id, c.features);
      return { ...s, chunks, failedChunks: a.chunks.reduce((f, c) => without(f, c.id), s.failedChunks) };
    }
    case 'chunkRequested':
      return s.failedChunks.has(a.id) ? { ...s, failedChunks: without(s.failedChunks, a.id) } : s;
    case 'chunkFailed':
      // Only the selected region's chunks count: the map then shows what it has, and says what is missing.
      if (a.region !== s.url.region) return s;
      return { ...s, problems: s.problems.some((p) => p.file === a.problem.file) ? s.problems : [...s.problems, a.problem], failedChunks: new Set([...s.failedChunks, a.id]) };
    case 'unknownRegion': {
      if (a.kode !== s.url.region) return s;
      // Fall back to the deepest ancestor that exists: a desa's kecamatan, else the kabupaten (for a
      // dotted kecamatan not in the rows, the kabupaten with its Kemendagri code, "53.01").
      const parents = parentsIn(s.regions);
      const kemKab = findKemendagri(s.regions, a.kode.slice(0, 5));
      const up = levelOf(a.kode) === 'desa' ? parentOf(a.kode, parents) : ancestorAt(a.kode, 'kabupaten', parents) || (kemKab?.level === 'kabupaten' ? s.regions.levels.kabupaten.kode[kemKab.index] : '');
      return { ...s, url: { ...s.url, region: up, view: null }, urlFrom: 'url', regionDrawn: null, notices: [...s.notices, { param: 'region', value: a.kode }] };
    }
    case 'pointsLoaded':
      return { ...s, points: a.points };
    case 'programsLoaded':
      return { ...s, programs: a.set, programsError: a.problem ?? null };
    case 'firstDrawn':
      return { ...s, firstDrawn: true };
    case 'regionDrawn':
      return a.region === (s.url.region || 'national') && s.regionDrawn !== a.region ? { ...s, regionDrawn: a.region } : s;
    case 'requestImage':
      return s.imageRequest ? s : { ...s, imageRequest: { scale: a.scale } };
    case 'imageSaved':
      return { ...s, imageRequest: null };
    case 'imageFailed':
      return { ...s, imageRequest: null, problems: [...s.problems, a.problem] };
    case 'layoutChanged':
      return { ...s, layout: a.layout };
  }
}
