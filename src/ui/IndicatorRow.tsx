import type { IndicatorBundle, IndicatorDef } from '../lib/indicators/types.ts';
import { formatValue } from '../lib/format/format.ts';
import { SourceCitation } from './SourceCitation.tsx';
import { useI18n } from './store/store.ts';

export interface IndicatorRowProps {
  def: IndicatorDef;
  bundle: IndicatorBundle;
  kode: string;
  year: number;
  /** The shown indicator's row (`tr.current`), with its class swatch when given. */
  current?: boolean;
  swatch?: { cls: number; colour: string };
}

/** One indicator of a region: its value with source and year, or "no data <year>" and the latest figure with its own year. */
export function IndicatorRow({ def: d, bundle, kode, year, current, swatch }: IndicatorRowProps) {
  const { t, lang } = useI18n();
  const byYear = bundle.values[d.id] ?? {};
  const cell = byYear[String(year)]?.[kode];
  // Without a figure for the selected year, the latest one is shown with its own year in its text.
  const latest = cell ? undefined : Math.max(-Infinity, ...Object.keys(byYear).map(Number).filter((y) => byYear[String(y)]?.[kode]));
  const other = latest !== undefined && Number.isFinite(latest) ? byYear[String(latest)][kode] : undefined;
  const src = (c: [number, string]) => <SourceCitation source={bundle.sources[c[1]] ?? { id: c[1], title: c[1], publisher: '' }} indicator={d.id} />;
  return (
    <tr class={current ? 'current' : ''} data-indicator={d.id}>
      <th scope="row">{d.label[lang]}</th>
      <td>
        {cell ? (
          <span class="figure" data-year={year}>
            <strong>{formatValue(cell[0], d.unit[lang], lang, d.decimals)}</strong>
            {swatch && <span class="value-swatch" data-class={swatch.cls} style={{ background: swatch.colour }} aria-hidden="true" />}
            <span class="value-source">
              {src(cell)}, {year}
            </span>
          </span>
        ) : (
          <>
            <span class="muted">{t.noValueYear(year)}</span>
            {other && (
              <span class="figure figure-other-year value-source" data-year={latest}>
                {t.latestValue(formatValue(other[0], d.unit[lang], lang, d.decimals), latest!)} — {src(other)}
              </span>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
