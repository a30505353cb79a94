import { useI18n } from './store/store.ts';
import type { IndicatorBundle } from '../lib/indicators/types.ts';
import type { Region } from '../lib/regions/region.ts';
import { formatNumber, formatValue } from '../lib/format/format.ts';
import { idmStatusClass, isKelurahan } from '../lib/indicators/idm-status.ts';
import { SourceCitation } from './SourceCitation.tsx';

/** The latest year of an indicator and the region's figure in it (IDM has one edition, 2024). */
function latest(bundle: IndicatorBundle, id: string, kode: string): { year: number; cell: [number, string] | undefined } | undefined {
  const byYear = bundle.values[id];
  if (!byYear) return undefined;
  const year = Math.max(...Object.keys(byYear).map(Number));
  return { year, cell: byYear[String(year)]?.[kode] };
}

/**
 * IDM 2024 in the region panel. A desa: its score and status (Kemendes PDTT), IKS, IKE, IKL; a kelurahan
 * is "not scored by IDM", never "no data". A kecamatan: the need Lokus computes from its desa (n, number
 * and share Tertinggal + Sangat Tertinggal, median), said so by its source.
 */
export function IdmSection({ region, bundle }: { region: Region; bundle: IndicatorBundle }) {
  const { t, lang } = useI18n();
  const cite = (cell: [number, string], year: number, indicator: string) => (
    <span class="value-source">
      <SourceCitation source={bundle.sources[cell[1]] ?? { id: cell[1], title: cell[1], publisher: '' }} indicator={indicator} />, {year}
    </span>
  );
  const body = () => {
    if (region.level === 'desa') {
      if (!region.kemendagri) return <p class="muted idm-none">{t.idmNoCode}</p>;
      if (isKelurahan(region.kemendagri)) return <p class="muted idm-none" data-idm="kelurahan">{t.idmKelurahan}</p>;
      const idm = latest(bundle, 'idm', region.kode), status = latest(bundle, 'idm_status', region.kode);
      if (!idm || !status) return <p class="muted">{t.idmLoading}</p>;
      if (!idm.cell || !status.cell) return <p class="muted idm-none" data-idm="none">{t.idmNoRow(region.kemendagri)}</p>;
      const cls = idmStatusClass(status.cell[0]);
      const def = (id: string) => bundle.catalogue.find((d) => d.id === id);
      return (
        <table class="values idm-values">
          <tbody>
            <tr class="figure" data-idm={idm.cell[0]} data-year={idm.year}>
              <th scope="row">IDM</th>
              <td>
                <strong>{formatNumber(idm.cell[0], lang, 4)}</strong> {cite(idm.cell, idm.year, 'idm')}
              </td>
            </tr>
            <tr class="figure" data-idm-status={status.cell[0]}>
              <th scope="row">{t.idmStatus}</th>
              <td>
                {cls && <span class="value-swatch" style={{ background: cls.colour }} aria-hidden="true" />}
                <strong>{cls ? cls.label[lang] : status.cell[0]}</strong>
              </td>
            </tr>
            {(['idm_iks', 'idm_ike', 'idm_ikl'] as const).map((id) => {
              const c = latest(bundle, id, region.kode)?.cell;
              return (
                <tr key={id} data-indicator={id}>
                  <th scope="row">{def(id)?.label[lang] ?? id}</th>
                  <td>{c ? formatNumber(c[0], lang, 4) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      );
    }
    const n = latest(bundle, 'idm_scored_desa', region.kode), need = latest(bundle, 'idm_need_count', region.kode);
    const share = latest(bundle, 'idm_need_share', region.kode), median = latest(bundle, 'idm_median', region.kode);
    if (!n || !need || !share || !median) return <p class="muted">{t.idmLoading}</p>;
    if (!n.cell || !need.cell || !share.cell || !median.cell) return <p class="muted idm-none">{t.idmNeedNone}</p>;
    return (
      <p class="figure idm-need" data-idm-need={need.cell[0]} data-idm-n={n.cell[0]} data-year={n.year}>
        <strong>{t.idmNeed(formatNumber(need.cell[0], lang, 0), formatNumber(n.cell[0], lang, 0), formatValue(share.cell[0], '%', lang, 2))}</strong>; {t.idmMedian(formatNumber(median.cell[0], lang, 4))}{' '}
        {cite(n.cell, n.year, 'idm_need_share')}
      </p>
    );
  };
  return (
    <section class="panel-idm" aria-label={region.level === 'desa' ? t.idmTitle : t.idmNeedTitle}>
      <h3>{region.level === 'desa' ? t.idmTitle : t.idmNeedTitle}</h3>
      {body()}
    </section>
  );
}
