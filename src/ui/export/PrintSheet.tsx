import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import { useI18n, useStore } from '../store/store.ts';
import type { Derived } from '../store/use-derived.ts';
import { exportSpec, pageAppUrl, type ExportLegend } from './export-spec.ts';

/** The legend of the print sheet, from the same spec as the PNG's. */
function PrintLegend({ legend }: { legend: ExportLegend }) {
  if (legend.kind === 'bivariate') {
    return (
      <div class="print-legend">
        <h2>{legend.title}</h2>
        <table class="print-bv">
          <tbody>
            {[2, 1, 0].map((pov) => (
              <tr key={pov}>
                <th>{legend.rowLabels[pov]}</th>
                {[0, 1, 2].map((cov) => <td key={cov} class="print-swatch" style={{ background: legend.colours[pov * 3 + cov] }} />)}
              </tr>
            ))}
            <tr>
              <th />
              {legend.colLabels.map((c) => <th key={c}>{c}</th>)}
            </tr>
          </tbody>
        </table>
        <p>{legend.axes}</p>
        <p class="print-note">{legend.note}</p>
      </div>
    );
  }
  const rows = (rs: typeof legend.rows) => (
    <ul>
      {rs.map((r) => (
        <li key={r.label}>
          <span class={r.dot ? 'print-swatch print-dot' : r.hatched ? 'print-swatch swatch-nodata' : 'print-swatch'} style={{ background: r.colour }} />
          <span>{r.label}</span>
          {r.count && <span class="print-count">{r.count}</span>}
        </li>
      ))}
    </ul>
  );
  return (
    <div class="print-legend">
      <h2>{legend.title}</h2>
      {rows(legend.rows)}
      {legend.note && <p class="print-note">{legend.note}</p>}
      {legend.noteRows && rows(legend.noteRows)}
    </div>
  );
}

/**
 * The page as printed (A4 landscape, `@media print` in styles.css): title, the map (a copy drawn
 * into `canvasRef` on `beforeprint` by the map sync), legend, a summary of the selected region,
 * source, URL and date. Hidden on screen.
 */
export function PrintSheet({ derived, canvasRef }: { derived: Derived; canvasRef: RefObject<HTMLCanvasElement | null> }) {
  const { state: s } = useStore();
  const { t } = useI18n();
  const spec = useMemo(() => exportSpec({ state: s, derived, t, now: new Date(), appUrl: pageAppUrl() }), [s.url, s.base, s.regions, s.points, s.programs, derived.def, derived.classes, derived.colours, derived.selected, t]);
  return (
    <section class="print-sheet" aria-hidden="true">
      {spec && (
        <header>
          <h1>{spec.title}</h1>
          {spec.subtitle && <p>{spec.subtitle}</p>}
          <p class="print-crumbs">{spec.breadcrumb.join(' › ')}</p>
        </header>
      )}
      <div class="print-body">
        <figure class="print-map">
          <canvas ref={canvasRef} role="img" aria-label={spec?.description} />
        </figure>
        {spec && (
          <aside class="print-side">
            <PrintLegend legend={spec.legend} />
            {spec.programs && <PrintLegend legend={{ kind: 'classes', title: spec.programs.title, rows: spec.programs.rows, note: spec.programs.note }} />}
            {spec.summary.length > 0 && (
              <div class="print-summary">
                <h2>{t.printSummary}</h2>
                {spec.summary.map((line) => <p key={line}>{line}</p>)}
              </div>
            )}
          </aside>
        )}
      </div>
      {spec && (
        <footer>
          <p>{spec.source}</p>
          <p>
            Lokus · {spec.url} · {t.exportDate(spec.date)}
          </p>
        </footer>
      )}
    </section>
  );
}
