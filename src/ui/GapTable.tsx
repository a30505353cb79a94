import { downloadText } from './download.ts';
import { useI18n } from './store/store.ts';
import type { ProgramsMetadata } from '../lib/programs/metadata.ts';
import { TypeCoverage } from './TypeCoverage.tsx';
import { GAP_DEFAULTS, type GapOptions, type GapResult } from '../lib/programs/gaps/find-gaps.ts';
import { formatNumber } from '../lib/format/format.ts';
import { INTERVENTION_LABELS } from '../lib/programs/intervention.ts';
import { oneOf } from '../lib/one-of.ts';
import type { InterventionType } from '../lib/programs/types.ts';

export interface GapTableProps {
  result: GapResult | undefined;
  options: Partial<GapOptions>;
  onOptions: (o: Partial<GapOptions>) => void;
  /** Name of the selected region, offered as "only in …"; undefined at national level. */
  withinName: string | undefined;
  withinKode: string;
  levelLoading: boolean;
  /** With no gap: the hotspots the filters match whatever their programs (0: none matches). */
  hotspots: number | undefined;
  onOpen: (kode: string) => void;
  onExport: () => void;
  /** Year of the poverty figures in the rows (the hotspot year), named in their column headings. */
  year: number | undefined;
  /** What the shipped registers leave out (so a gap there is read as missing data), or undefined. */
  coverageNote?: string;
  /** What the shipped program data covers (its metadata), while it is shown. */
  metadata?: ProgramsMetadata;
  provinceName?: (kode: string) => string | undefined;
}

const REQUIRE = ['coastal-or-farming', 'coastal', 'farming', 'coastal-and-farming', 'any'] as const;
const GAP_LEVELS = ['kabupaten', 'kecamatan', 'desa'] as const;
const SORT_BY = ['poor', 'p0'] as const;
const MAX_LOCI = [0, 1, 2, 3, 5];

/** A looser filter when the list is empty: more programs allowed when every hotspot is covered, else any hotspot anywhere. */
function relaxed(o: Partial<GapOptions>, hotspots: number | undefined): Partial<GapOptions> | null {
  if (hotspots) {
    const next = MAX_LOCI.find((m) => m > (o.maxLoci ?? 0));
    return next === undefined ? null : { maxLoci: next };
  }
  return o.require === 'any' && !o.within ? null : { require: 'any', within: '' };
}

/**
 * The gap finder: hotspots with no (or few) programs, ranked by number of poor (or P0), with the
 * reasons. Each region name is a button (keyboard: Tab, Enter) that flies there and opens its panel.
 */
export function GapTable(p: GapTableProps) {
  const { t, lang } = useI18n();
  const o = p.options;
  const set = (patch: Partial<GapOptions>) => p.onOptions({ ...o, ...patch });
  const n = (v: number | undefined, d = 0) => (v === undefined ? '–' : formatNumber(v, lang, d));
  const rows = p.result?.rows ?? [];
  const relax = rows.length === 0 ? relaxed(o, p.hotspots) : null;
  const level = o.level ?? 'kabupaten';
  // Kecamatan and desa rows have no poverty figures of their own: the kabupaten's, named so.
  const fine = level !== 'kabupaten';
  return (
    <section class="gap-finder" aria-labelledby="gap-title">
      <h2 id="gap-title">{t.gapTitle}</h2>
      <p class="muted small">{t.gapIntro}</p>
      {p.coverageNote && <p class="gap-coverage-note small">{p.coverageNote}</p>}
      {p.metadata && p.provinceName && <TypeCoverage metadata={p.metadata} provinceName={p.provinceName} />}
      <div class="gap-options">
        <label>
          <span>{t.gapLevel}</span>
          <select id="gap-level" value={o.level ?? 'kabupaten'} onChange={(e) => set({ level: oneOf(e.currentTarget.value, GAP_LEVELS, 'gap level') })}>
            {GAP_LEVELS.map((l) => (
              <option key={l} value={l}>{t.levels[l]}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.gapRequire}</span>
          <select id="gap-require" value={o.require ?? 'coastal-or-farming'} onChange={(e) => set({ require: oneOf(e.currentTarget.value, REQUIRE, 'gap requirement') })}>
            {REQUIRE.map((r) => (
              <option key={r} value={r}>{t.gapRequireOptions[r]}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.gapMaxLoci}</span>
          <select id="gap-max-loci" value={String(o.maxLoci ?? 0)} onChange={(e) => set({ maxLoci: Number((e.target as HTMLSelectElement).value) })}>
            {MAX_LOCI.map((k) => (
              <option key={k} value={String(k)}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.gapSortBy}</span>
          <select id="gap-sort" value={o.sortBy ?? 'poor'} onChange={(e) => set({ sortBy: oneOf(e.currentTarget.value, SORT_BY, 'gap ranking') })}>
            <option value="poor">{t.gapSortPoor}</option>
            <option value="p0">{t.gapSortP0}</option>
          </select>
        </label>
        <label class="check">
          <input type="checkbox" id="gap-area-wide" checked={o.countAreaWide ?? GAP_DEFAULTS.countAreaWide} onChange={(e) => set({ countAreaWide: (e.target as HTMLInputElement).checked })} /> {t.gapCountAreaWide}
        </label>
        <label class="check">
          <input type="checkbox" id="gap-only-registered" checked={!!o.onlyRegistered} onChange={(e) => set({ onlyRegistered: (e.target as HTMLInputElement).checked })} /> {t.gapOnlyRegistered}
        </label>
        {p.withinName && (
          <label class="check">
            <input id="gap-within" type="checkbox" checked={!!o.within} onChange={(e) => set({ within: (e.target as HTMLInputElement).checked ? p.withinKode : '' })} /> {t.gapWithin(p.withinName)}
          </label>
        )}
      </div>
      {p.levelLoading && <p class="muted" role="status">{t.gapLoadingLevel}</p>}
      <div class="gap-head">
        <p class="gap-total" role="status">{p.result ? t.gapTotal(n(rows.length), n(p.result.total)) : ''}</p>
        <button type="button" id="gap-export" class="secondary" disabled={!p.result?.total} onClick={p.onExport}>{t.gapExport}</button>
        <button type="button" id="gap-dictionary" class="link" onClick={() => void import('../lib/programs/gaps/gaps-dictionary.ts').then(({ gapsDictionaryCsv }) => downloadText(gapsDictionaryCsv(lang), lang === 'id' ? 'lokus-kamus-celah-program.csv' : 'lokus-program-gaps-dictionary.csv'))}>{t.gapDictionary}</button>
      </div>
      {p.result && rows.length === 0 && !p.levelLoading && (
        <div class="gap-empty" role="status">
          <p class="muted">{p.hotspots ? t.gapEmptyCovered(n(p.hotspots)) : t.gapEmptyNoMatch}</p>
          {relax && <button type="button" id="gap-relax" class="secondary" onClick={() => set(relax)}>{t.gapRelax}</button>}
        </div>
      )}
      {rows.length > 0 && (
        <div class="gap-scroll">
          <table class="gap-table" data-level={level}>
            <thead>
              <tr>
                <th scope="col">{t.gapColRank}</th>
                <th scope="col">{t.gapColRegion}</th>
                <th scope="col" class="num">{fine ? t.gapColKabPoor : t.gapColPoor}{p.year ? ` (${p.year})` : ''}</th>
                <th scope="col" class="num">{fine ? t.gapColKabP0 : t.gapColP0}{p.year ? ` (${p.year})` : ''}</th>
                <th scope="col" class="num">{t.gapColNearest}</th>
                <th scope="col" class="num">{t.gapColLoci}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => [
                // The whole row opens the region with a click; its name is the button for the keyboard.
                <tr key={r.kodeBps} data-kode={r.kodeBps} class={r.priority ? 'gap-row priority' : 'gap-row'} onClick={(e) => !(e.target as Element).closest('button, a') && p.onOpen(r.kodeBps)}>
                  <td class="num">{i + 1}</td>
                  <th scope="row">
                    <button type="button" class="link gap-open" onClick={() => p.onOpen(r.kodeBps)}>{r.name}</button>
                    <span class="muted small gap-parents"> {fine ? [r.kecamatanName, r.kabupatenName].filter(Boolean).join(', ') : r.parentName}</span>
                    {p.metadata && r.registeredTypes.length === 0 && <span class="gap-no-register small" title={t.gapNoRegisterTitle}> {t.gapNoRegister}</span>}
                  </th>
                  <td class="num">{n(fine ? r.kabupatenPoor : r.poor)}</td>
                  <td class="num">{(fine ? r.kabupatenP0 : r.p0) === undefined ? '–' : `${n(fine ? r.kabupatenP0 : r.p0, 2)}%`}</td>
                  <td class="num gap-nearest">{r.nearestKm === null ? '–' : n(r.nearestKm, 1)}</td>
                  <td class="num">{n(r.loci)}{r.areaWideLoci ? <span class="muted small"> (+{n(r.areaWideLoci)})</span> : null}</td>
                </tr>,
                <tr key={`${r.kodeBps}-reasons`} class="gap-reasons" data-kode={r.kodeBps}>
                  <td />
                  <td colSpan={5} class="reasons">
                    <span class="visually-hidden">{t.gapColReasons}: </span>
                    <ul>
                      {r.reasons.map((x, k) => (
                        <li key={k}>{x[lang]}</li>
                      ))}
                    </ul>
                    <p class="muted small gap-measures">
                      {t.gapMeasures(n(r.coastlineKm, 1), n(r.areaKm2, 1), Object.entries(r.nearestKmByType).map(([type, km]) => `${INTERVENTION_LABELS[type as InterventionType][lang]} ${n(km, 1)} km`).join(', ') || '–')}
                    </p>
                  </td>
                </tr>,
              ])}
            </tbody>
          </table>
          <p class="muted small gap-rank-rule">{fine ? t.gapRankRuleFine : t.gapRankRuleKab}</p>
        </div>
      )}
    </section>
  );
}
