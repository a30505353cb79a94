import { useState } from 'preact/hooks';
import { useI18n } from './store/store.ts';
import { formatNumber, formatValue } from '../lib/format/format.ts';
import { trendSegments, type TrendPoint } from '../lib/view/trend-segments.ts';

export interface TrendChartProps {
  /** Every year of the indicator, with the region's value or undefined (drawn as a gap). */
  points: TrendPoint[];
  /** The national published value per year (dashed line), where there is one. */
  national: TrendPoint[];
  decimals: number;
  unit: string;
  label: string;
  regionName: string;
  currentYear: number;
}

const W = 320, H = 150;

/** Every year up to 6; beyond, every other year and the last one, never the one just before the last (labels would touch on a phone). */
const showYearLabel = (i: number, n: number) => n <= 6 || i === n - 1 || (i % 2 === 0 && i !== n - 2);
const PAD = { l: 40, r: 10, t: 24, b: 22 };

/**
 * A line chart of one region's values across all years of the indicator, with the national line
 * for comparison (SVG, no library: two polylines and a few labels). Missing years break the line;
 * each point takes the keyboard focus and shows its value (and the national one) on hover or focus.
 * The SVG scales to the panel's width, so it is as readable on a phone as in the side panel.
 */
export function TrendChart(p: TrendChartProps) {
  const { t, lang } = useI18n();
  const [active, setActive] = useState<number | null>(null);
  const known = p.points.filter((e): e is [number, number] => e[1] !== undefined);
  if (known.length < 1 || p.points.length < 2) return null;
  const nat = new Map(p.national.filter((e): e is [number, number] => e[1] !== undefined));
  const years = p.points.map(([y]) => y);
  const vs = [...known.map(([, v]) => v), ...nat.values()];
  const [lo, hi] = [Math.min(...vs), Math.max(...vs)];
  const span = hi - lo || 1;
  const [x0, x1] = [years[0], years[years.length - 1]];
  const x = (yr: number) => PAD.l + ((yr - x0) / (x1 - x0 || 1)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (v - lo) / span) * (H - PAD.t - PAD.b);
  const fmt = (v: number) => formatNumber(v, lang, p.decimals);
  const val = (v: number | undefined) => (v === undefined ? t.noValue : formatValue(v, p.unit, lang, p.decimals));
  const line = (pts: TrendPoint[]) => trendSegments(pts).map((seg) => seg.map(([yr, v]) => `${x(yr)},${y(v)}`).join(' '));
  const shown = active ?? years.indexOf(p.currentYear);
  const readout = shown >= 0 ? `${years[shown]}: ${p.regionName} ${val(p.points[shown][1])}${nat.has(years[shown]) ? ` · ${t.trendNational} ${val(nat.get(years[shown]))}` : ''}` : '';
  return (
    <figure class="trend" data-years={years.join(',')}>
      <p class="trend-readout" aria-live="polite">{readout}</p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${p.label}: ${p.points.map(([yr, v]) => `${yr} ${v === undefined ? t.noValue : fmt(v)}`).join(', ')}`}>
        <line class="trend-axis" x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} />
        <text x={PAD.l - 4} y={y(hi) + 4} text-anchor="end">{fmt(hi)}</text>
        <text x={PAD.l - 4} y={y(lo) + 4} text-anchor="end">{fmt(lo)}</text>
        {line(p.national).map((pts, i) => <polyline key={`n${i}`} class="trend-national" points={pts} />)}
        {line(p.points).map((pts, i) => <polyline key={`r${i}`} class="trend-region" points={pts} />)}
        {years.map((yr, i) => (
          <text key={`x${yr}`} x={x(yr)} y={H - 6} text-anchor={i === 0 ? 'start' : i === years.length - 1 ? 'end' : 'middle'} class={p.points[i][1] === undefined ? 'trend-year trend-year-missing' : 'trend-year'}>
            {showYearLabel(i, years.length) ? yr : ''}
          </text>
        ))}
        {p.points.map(([yr, v], i) =>
          v === undefined ? null : (
            <circle
              key={yr}
              class={yr === p.currentYear ? 'trend-point trend-current' : 'trend-point'}
              cx={x(yr)}
              cy={y(v)}
              r={yr === p.currentYear || i === active ? 5 : 3.5}
              tabIndex={0}
              data-year={yr}
              aria-label={t.trendPoint(yr, val(v))}
              onMouseEnter={() => setActive(i)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(i)}
              onBlur={() => setActive(null)}
            />
          ),
        )}
      </svg>
      <figcaption>
        <span class="trend-key trend-key-region" aria-hidden="true" /> {p.label} · <span class="trend-key trend-key-national" aria-hidden="true" /> {t.trendNational}
        {p.points.some(([, v]) => v === undefined) && <span class="muted"> · {t.trendGap}</span>}
      </figcaption>
    </figure>
  );
}
