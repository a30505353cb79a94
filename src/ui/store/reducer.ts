import { mergeLoci } from '../../lib/programs/merge-loci.ts';
import { withLevel } from '../../lib/regions/region-lookup.ts';
import { CODE_LENGTH, levelOf, parentOf } from '../../lib/regions/level-of.ts';
import type { UrlState } from '../../lib/ui/url-state.ts';
import type { Action } from './actions.ts';
import type { PageState } from './page-state.ts';

/** A user's change of the view the URL mirrors. */
function view(s: PageState, patch: Partial<UrlState>): PageState {
  return { ...s, url: { ...s.url, ...patch }, urlFrom: 'user' };
}

/** The one place page state changes: the state after `action`. Pure; effects live in the hooks. */
export function reducer(s: PageState, a: Action): PageState {
  switch (a.type) {
    case 'selectRegion': {
      // A region found by search is shown in the region tab, whatever tab was open.
      const tab = a.from === 'search' ? 'region' : s.tab;
      if (a.kode === s.url.region && s.url.view === null) return tab === s.tab ? s : { ...s, tab };
      return { ...view(s, { region: a.kode, view: null }), regionDrawn: null, tab };
    }
    case 'resetView':
      return { ...view(s, { region: '', view: null }), regionDrawn: null, fitRequest: s.fitRequest + 1 };
    case 'setIndicator': {
      const years = s.base?.years.get(a.indicator) ?? [];
      const year = years.includes(s.url.year) ? s.url.year : (s.base?.defaultYears.get(a.indicator) ?? s.url.year);
      return view(s, { indicator: a.indicator, year });
    }
    case 'setYear':
      return view(s, { year: a.year });
    case 'setClasses':
      return view(s, { classes: a.classes });
    case 'setMode':
      return view(s, { mode: a.mode });
    case 'toggleLang':
      return view(s, { lang: s.url.lang === 'id' ? 'en' : 'id' });
    case 'moveCamera':
      return view(s, { view: a.view });
    case 'setTab':
      return { ...s, tab: a.tab };
    case 'setFilter':
      return { ...s, filter: a.filter };
    case 'setGapOptions':
      return { ...s, gapOptions: a.options };
    case 'dismissNotices':
      return { ...s, notices: [] };
    case 'dismissProblem':
      return { ...s, problems: s.problems.filter((_, i) => i !== a.index) };
    case 'retry':
      return { ...s, fatal: null, problems: [], attempt: s.attempt + 1, regionDrawn: null };
    case 'importStarted':
      return { ...s, importStatus: { kind: 'checking', file: a.file } };
    case 'lociImported': {
      const before = s.programs ?? { loci: [], files: [], includesDefault: false };
      const merged = mergeLoci(before.loci, a.result.loci, a.mode);
      const files = a.mode === 'replace' ? [a.file] : [...before.files, a.file];
      return { ...s, programs: { loci: merged.loci, files, includesDefault: a.mode === 'merge' && before.includesDefault }, importStatus: { kind: 'done', result: a.result, replacedIds: merged.replacedIds } };
    }
    case 'importFailed':
      return { ...s, importStatus: { kind: 'failed', file: a.file, problem: a.problem } };
    case 'programsReset':
      return { ...s, programs: a.set, importStatus: null };
    case 'firstViewLoaded':
      return { ...s, base: a.base, regions: a.regions, url: a.url, urlFrom: 'url', notices: a.notices, fatal: null };
    case 'firstViewFailed':
      return { ...s, fatal: a.problem };
    case 'urlRestored':
      return { ...s, url: a.url, urlFrom: 'url', notices: a.notices, regionDrawn: a.url.region === s.url.region ? s.regionDrawn : null };
    case 'levelLoaded':
      return { ...s, regions: withLevel(s.regions, a.level, a.columns) };
    case 'levelFailed':
      return { ...s, problems: [...s.problems, a.problem] };
    case 'indicatorLoaded':
      if (!s.base || s.base.bundle.values[a.id]) return s;
      return { ...s, base: { ...s.base, bundle: { ...s.base.bundle, values: { ...s.base.bundle.values, [a.id]: a.values } } } };
    case 'loadFailed':
      return { ...s, problems: [...s.problems, a.problem] };
    case 'chunkLoaded':
      return { ...s, chunks: new Map([...s.chunks, [a.id, a.features]]) };
    case 'chunkFailed':
      return a.region === s.url.region ? { ...s, problems: [...s.problems, a.problem] } : s;
    case 'unknownRegion': {
      if (a.kode !== s.url.region) return s;
      // Fall back to the deepest ancestor that exists: a desa's kecamatan, else the kabupaten.
      const up = levelOf(a.kode) === 'desa' ? parentOf(a.kode) : a.kode.slice(0, CODE_LENGTH.kabupaten);
      return { ...s, url: { ...s.url, region: up, view: null }, urlFrom: 'url', regionDrawn: null, notices: [...s.notices, { param: 'region', value: a.kode }] };
    }
    case 'pointsLoaded':
      return { ...s, points: a.points };
    case 'programsLoaded':
      return { ...s, programs: a.set, programsError: a.problem ?? null };
    case 'firstDrawn':
      return { ...s, firstDrawn: true };
    case 'regionDrawn':
      return a.region === (s.url.region || 'national') ? { ...s, regionDrawn: a.region } : s;
    case 'requestImage':
      return s.imageRequest ? s : { ...s, imageRequest: { scale: a.scale } };
    case 'imageSaved':
      return { ...s, imageRequest: null };
    case 'imageFailed':
      return { ...s, imageRequest: null, problems: [...s.problems, a.problem] };
  }
}
