import type { Level } from '../../lib/types.ts';
import { indicatorLevels, type IndicatorDef } from '../../lib/indicators/types.ts';
import { levelOf } from '../../lib/regions/level-of.ts';
import { parentsIn } from '../../lib/regions/parents-in.ts';
import { chunkId, focusOf } from '../../lib/view/drill.ts';
import type { PageState } from './page-state.ts';
import { requestKey, type Request } from './request.ts';
import { desaView } from './desa-view.ts';
import { desaFillOf } from '../../lib/view/desa-fill-of.ts';

/**
 * What the page state needs downloaded and is not loaded, loading or failed (a failed request is
 * made again after "retry" or when the selected region changes; store/request-status.ts):
 * - the first view, until it is in;
 * - the selected region's boundary chunks (which say which regions are coastal), and the region rows that label them;
 * - the rows of the levels the gap table asks for (below kabupaten: kecamatan and desa), and the
 *   desa rows once a selected kabupaten is drawn;
 * - the shown indicator's values; every indicator's once a region panel, the gap finder or the
 *   bivariate view needs them (an embed has no panel or tabs: only its bivariate view does); desa-only
 *   figures (IDM: 75,000 desa, 1.0–1.3 MB each) only for a selected desa, and the IDM status (170 KB
 *   gzip) also under a kabupaten or kecamatan, whose desa the tooltip then names by status; IDM score
 *   and status while the gap tab lists desa (ranked by them);
 * - from the desa zoom, the desa chunks of the kabupaten in view (store/desa-view.ts), and, while an
 *   IDM figure is shown, the desa IDM status that colours them, then the score the tooltip names;
 * - for a selected kecamatan, the list of desa without a polygon (its panel names those it has).
 * Pure: effects/use-loads.ts starts what it returns.
 */
export function planLoads(s: PageState): Request[] {
  const open = (r: Request) => !s.requests.has(requestKey(r));
  if (!s.base) {
    const first: Request = { kind: 'firstView' };
    return open(first) ? [first] : [];
  }
  const { url, base } = s;
  const focus = focusOf(url.region, parentsIn(s.regions));
  const level = url.region ? levelOf(url.region) : null;
  const levels = new Set<Level>();
  // A kecamatan's or desa's chunks are found through the kecamatan rows (a dotted key's kabupaten is no prefix of it).
  if (focus.chunks.length || level === 'kecamatan' || level === 'desa') levels.add('kecamatan');
  if (focus.chunks.some((c) => c.level === 'desa') || level === 'kecamatan' || level === 'desa') levels.add('desa');
  if (s.gapOptions.level && s.gapOptions.level !== 'kabupaten') levels.add('kecamatan').add('desa');
  // A drawn kabupaten's desa are a click away: their rows (1.5 MB gzip, a panel's name and figures)
  // load once its view is on screen, never before it (its desa in view are coloured by their chunks).
  // (An embed that does not drill down has no desa to choose.)
  if (level === 'kabupaten' && s.regionDrawn === url.region && (!url.embed || url.embedOptions.drill)) levels.add('desa');
  const all = url.embed ? url.mode === 'bivariate' : url.region !== '' || s.tab === 'gaps' || url.mode === 'bivariate';
  // The gap table's desa rows are ranked by their own IDM score and status.
  const desaGaps = s.tab === 'gaps' && s.gapOptions.level === 'desa';
  const wanted = (id: string) => id === url.indicator || level === 'desa' || (id === 'idm_status' && (level === 'kabupaten' || level === 'kecamatan')) || (desaGaps && (id === 'idm' || id === 'idm_status')) || !isDesaOnly(base.bundle.catalogue.find((d) => d.id === id));
  const ids = all ? [...base.years.keys()].filter(wanted) : [url.indicator];
  const inView = desaView(s).map((key) => ({ level: 'desa' as const, key }));
  // The status colours the desa; the score (1.7 MB, for the tooltip) only once they are drawn, so it never delays them.
  if (inView.length && desaFillOf(url.indicator, url.region) === 'idm') ids.push('idm_status', ...(s.desaDrawn ? ['idm'] : []));
  const chunks = [...new Map([...inView, ...focus.chunks].map((c) => [chunkId(c), c])).values()].filter((c) => !s.chunks.has(chunkId(c)));
  const requests: Request[] = [
    ...chunks.map((chunk): Request => ({ kind: 'chunk', chunk, region: url.region })),
    ...[...levels].filter((level) => !s.regions.loaded.has(level)).map((level): Request => ({ kind: 'level', level })),
    ...[...new Set(ids)].filter((id) => !base.bundle.values[id]).map((id): Request => ({ kind: 'indicator', id })),
    ...(level === 'kecamatan' && !s.noPolygon ? [{ kind: 'noPolygon' } as const] : []),
  ];
  return requests.filter(open);
}

const isDesaOnly = (d: IndicatorDef | undefined) => !!d && indicatorLevels(d).every((l) => l === 'desa');
