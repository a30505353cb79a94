import { downloadText } from './download.ts';
import { useI18n } from './store/store.ts';
import type { ProgramsMetadata } from '../lib/programs/metadata.ts';
import { TypeCoverage } from './TypeCoverage.tsx';
import type { GapOptions, GapResult, GapRow } from '../lib/programs/gaps/find-gaps.ts';
import { formatNumber } from '../lib/format/format.ts';
import { INTERVENTION_LABELS } from '../lib/programs/intervention.ts';
import type { InterventionType } from '../lib/programs/types.ts';
import { idmStatusClass } from '../lib/indicators/idm-status.ts';
import { GapFilters, MAX_LOCI } from './GapFilters.tsx';

export interface GapTableProps {
  result: GapResult | undefined;
  options: Partial<GapOptions>;
  /** New options; `national`: a list of all Indonesia (the map shows Indonesia with it). */
  onOptions: (o: Partial<GapOptions>, national?: true) => void;
  /** Name of the selected region, offered as "only in …"; undefined at national level. */
  withinName: string | undefined;
  withinKode: string;
  levelLoading: boolean;
  /** Desa rows wait for the desa IDM: said while it loads. */
  idmLoading?: boolean;
  /** How many listed desa the map draws as points (desa rows only). */
  mapPoints?: number;
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
  const set = (patch: Partial<GapOptions>, national?: true) => p.onOptions({ ...o, ...patch }, national);
  const n = (v: number | undefined, d = 0) => (v === undefined ? '–' : formatNumber(v, lang, d));
  const rows = p.result?.rows ?? [];
  const relax = rows.length === 0 ? relaxed(o, p.hotspots) : null;
  const level = o.level ?? 'kabupaten';
  // Kecamatan rows have no poverty figures of their own: the kabupaten's, named so. Desa rows: their own IDM.
  const fine = level !== 'kabupaten';
  const desa = level === 'desa';
  const total = p.result ? n(p.result.total) : '';
  return (
    <section class="gap-finder" aria-labelledby="gap-title">
      <h2 id="gap-title">{desa ? t.gapTitleDesa : t.gapTitle}</h2>
      <p class="muted small">{desa ? t.gapIntroDesa : t.gapIntro}</p>
      {p.coverageNote && <p class="gap-coverage-note small">{p.coverageNote}</p>}
      {p.metadata && p.provinceName && <TypeCoverage metadata={p.metadata} provinceName={p.provinceName} />}
      <GapFilters options={o} set={set} withinName={p.withinName} withinKode={p.withinKode} />
      {p.levelLoading && <p class="muted" role="status">{t.gapLoadingLevel}</p>}
      {!p.levelLoading && p.idmLoading && <p class="muted" role="status">{t.gapLoadingIdm}</p>}
      <div class="gap-head">
        <p class="gap-total" role="status">{p.result ? (desa ? t.gapTotalDesa : t.gapTotal)(n(rows.length), total) : ''}</p>
        <button type="button" id="gap-export" class="secondary" disabled={!p.result?.total} onClick={p.onExport}>{t.gapExport}</button>
        <button type="button" id="gap-dictionary" class="link" onClick={() => void import('../lib/programs/gaps/gaps-dictionary.ts').then(({ gapsDictionaryCsv }) => downloadText(gapsDictionaryCsv(lang), lang === 'id' ? 'lokus-kamus-celah-program.csv' : 'lokus-program-gaps-dictionary.csv'))}>{t.gapDictionary}</button>
      </div>
      {p.result && rows.length === 0 && !p.levelLoading && (
        <div class="gap-empty" role="status">
          <p class="muted">{p.hotspots ? (desa ? t.gapEmptyCoveredDesa : t.gapEmptyCovered)(n(p.hotspots)) : desa ? t.gapEmptyNoMatchDesa : t.gapEmptyNoMatch}</p>
          {relax && <button type="button" id="gap-relax" class="secondary" onClick={() => set(relax)}>{t.gapRelax}</button>}
        </div>
      )}
      {rows.length > 0 && (
        <div class="gap-scroll">
          {desa && p.mapPoints !== undefined && <p class="muted small gap-map-points">{t.gapMapPoints(n(p.mapPoints), total)}</p>}
          <table class="gap-table" data-level={level} data-total={p.result?.total}>
            <thead>
              <tr>
                <th scope="col">{t.gapColRank}</th>
                <th scope="col">{t.gapColRegion}</th>
                {desa ? (
                  [<th key="s" scope="col">{t.gapColIdmStatus}{idmYear(rows)}</th>, <th key="i" scope="col" class="num">{t.gapColIdm}</th>]
                ) : (
                  [<th key="p" scope="col" class="num">{fine ? t.gapColKabPoor : t.gapColPoor}{p.year ? ` (${p.year})` : ''}</th>, <th key="0" scope="col" class="num">{fine ? t.gapColKabP0 : t.gapColP0}{p.year ? ` (${p.year})` : ''}</th>]
                )}
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
                  {desa ? <IdmCells row={r} /> : [
                    <td key="p" class="num">{n(fine ? r.kabupatenPoor : r.poor)}</td>,
                    <td key="0" class="num">{(fine ? r.kabupatenP0 : r.p0) === undefined ? '–' : `${n(fine ? r.kabupatenP0 : r.p0, 2)}%`}</td>,
                  ]}
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
          {desa && rows[0]?.idm && <p class="muted small gap-idm-source">{t.gapIdmSource(rows[0].idm.source[lang])}</p>}
          <p class="muted small gap-rank-rule">{desa ? t.gapRankRuleDesa : fine ? t.gapRankRuleFine : t.gapRankRuleKab}</p>
        </div>
      )}
    </section>
  );
}

const idmYear = (rows: readonly GapRow[]) => (rows[0]?.idm ? ` ${rows[0].idm.year}` : '');

/** A desa row's own IDM status (swatch and name; a kelurahan "not scored by IDM") and score. */
function IdmCells({ row }: { row: GapRow }) {
  const { t, lang } = useI18n();
  const idm = row.idm;
  const cls = idm?.status ? idmStatusClass(idm.status) : undefined;
  return (
    <>
      <td class="gap-idm-status" data-idm-status={idm?.status ?? (idm?.kelurahan ? 'kelurahan' : '')}>
        {cls && <span class="value-swatch" style={{ background: cls.colour }} aria-hidden="true" />}
        {cls ? cls.label[lang] : idm?.kelurahan ? t.gapIdmKelurahan : t.gapIdmNoScore}
      </td>
      <td class="num gap-idm" data-idm={idm?.score ?? ''}>{idm?.score == null ? '–' : formatNumber(idm.score, lang, 4)}</td>
    </>
  );
}
