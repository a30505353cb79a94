import { useI18n } from './store/store.ts';
import { formatNumber, type Lang } from '../lib/ui/format.ts';

/** A small line chart of one region's values across years (SVG, no library). */
export function TrendChart(p: { points: [number, number][]; decimals: number; label: string; currentYear: number }) {
  const { t, lang } = useI18n();
  const pts = p.points;
  if (pts.length < 2) return null;
  const w = 280;
  const h = 90;
  const pad = { l: 34, r: 8, t: 10, b: 18 };
  const [x0, x1] = [pts[0][0], pts[pts.length - 1][0]];
  const vs = pts.map(([, v]) => v);
  const [lo, hi] = [Math.min(...vs), Math.max(...vs)];
  const span = hi - lo || 1;
  const x = (yr: number) => pad.l + ((yr - x0) / (x1 - x0 || 1)) * (w - pad.l - pad.r);
  const y = (v: number) => pad.t + (1 - (v - lo) / span) * (h - pad.t - pad.b);
  const fmt = (v: number) => formatNumber(v, lang, p.decimals);
  return (
    <figure class="trend">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`${p.label}: ${pts.map(([yr, v]) => `${yr} ${fmt(v)}`).join(', ')}`}>
        <text x={pad.l - 4} y={y(hi) + 4} text-anchor="end">{fmt(hi)}</text>
        <text x={pad.l - 4} y={y(lo) + 4} text-anchor="end">{fmt(lo)}</text>
        <polyline points={pts.map(([yr, v]) => `${x(yr)},${y(v)}`).join(' ')} fill="none" stroke="#31688e" stroke-width="2" />
        {pts.map(([yr, v]) => (
          <circle key={yr} cx={x(yr)} cy={y(v)} r={yr === p.currentYear ? 4 : 2.5} fill={yr === p.currentYear ? '#d6336c' : '#31688e'} />
        ))}
        <text x={x(x0)} y={h - 3} text-anchor="start">{x0}</text>
        <text x={x(x1)} y={h - 3} text-anchor="end">{x1}</text>
      </svg>
      <figcaption>{p.label}</figcaption>
    </figure>
  );
}
