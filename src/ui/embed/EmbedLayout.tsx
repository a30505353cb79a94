import { ImageDownload } from '../export/ImageDownload.tsx';
import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { serialiseUrlState } from '../../lib/view/url-state.ts';
import { embedDefaults } from '../../lib/embed/embed-options.ts';
import { urlContext } from '../effects/first-view.ts';
import { useEmbedHeight } from '../effects/use-embed-height.ts';
import { fitTarget } from '../store/fit-target.ts';
import { parentsIn } from '../../lib/regions/parents-in.ts';
import { useI18n, useStore } from '../store/store.ts';
import type { Derived } from '../store/use-derived.ts';
import type { ViewText } from '../store/use-view-text.ts';
import { EmbedCard } from './EmbedCard.tsx';
import { EmbedLegend } from './EmbedLegend.tsx';
import { PageMessages } from '../PageMessages.tsx';
import { siteUrl } from './site-url.ts';
import { citation } from '../../lib/format/cited-years.ts';

/**
 * The embed (`embed=1`): a title line written from the view (or `title=`/`subtitle=`, shown as
 * text), the pickers asked for (`controls=`), a one-row legend, the map taking the rest of the
 * frame, and a footer with source and year and a link to the same view in the full app. No top bar,
 * side panel, tabs or search; URL notices and load errors as in the app. The frame reports its
 * content height to the host page.
 */
export function EmbedLayout({ derived: d, text, children }: { derived: Derived; text: ViewText; children: ComponentChildren }) {
  const { state: s, dispatch } = useStore();
  const { t, lang } = useI18n();
  const { base, url } = s;
  const o = url.embedOptions;
  const frame = useRef<HTMLDivElement>(null);
  const mapBox = useRef<HTMLDivElement>(null);
  // The region's shape decides the map's height (its own bounds, or its nearest ancestor's in the national file).
  const bounds = useMemo(() => (base ? fitTarget(url.region, base.national, [], parentsIn(s.regions)) : undefined), [base, url.region, s.regions]);
  useEmbedHeight(frame, mapBox, o, true, bounds, s.firstDrawn);
  const fullView = base ? `${siteUrl()}${serialiseUrlState({ ...url, embed: false, embedOptions: embedDefaults }, urlContext(base, s.regions).defaults)}` : siteUrl();
  // The years the map can show at its level, partial ones with their count ("2021 — 30/514"), as in the full app.
  const years = d.mapYears;
  return (
    <div class={`embed-frame theme-${o.theme}`} ref={frame}>
      <header class="embed-head">
        <h1 class="embed-title">{o.title || text.title || t.appTitle}</h1>
        {o.subtitle && <p class="embed-subtitle">{o.subtitle}</p>}
        <PageMessages />
        {base && o.controls.length > 0 && (
          <div class="embed-controls">
            {o.controls.map((c) =>
              c === 'year' ? (
                <label key={c}>
                  <span>{t.year}</span>
                  <select id="year-select" value={String(url.year)} onChange={(e) => dispatch({ type: 'setYear', year: Number((e.target as HTMLSelectElement).value) })}>
                    {years.map((y) => (
                      <option key={y} value={String(y)}>{t.yearOption(y, d.yearCoverage.get(y) ?? 0, d.fillCodes.length)}</option>
                    ))}
                  </select>
                </label>
              ) : (
                <label key={c}>
                  <span>{t.indicator}</span>
                  <select id="indicator-select" value={url.indicator} onChange={(e) => dispatch({ type: 'setIndicator', indicator: (e.target as HTMLSelectElement).value })}>
                    {base.bundle.catalogue.filter((def) => base.years.has(def.id)).map((def) => (
                      <option key={def.id} value={def.id}>{def.label[lang]}</option>
                    ))}
                  </select>
                </label>
              ),
            )}
          </div>
        )}
        {base && <EmbedLegend derived={d} />}
      </header>
      <div class="embed-map" ref={mapBox}>
        {children}
        {(o.panel || s.picked) && <EmbedCard derived={d} />}
      </div>
      <footer class="embed-foot">
        <span class="embed-source">
          {t.legendSource}: {d.sources.map((x) => citation(x.title, d.sourceYears.get(x.id) ?? [])).join('; ') || '–'}
        </span>
        <ImageDownload compact />
        <a class="embed-full" href={fullView} target="_blank" rel="noopener" aria-label={t.embedOpenFullLabel}>
          <strong>Lokus</strong> ↗ {t.embedOpenFull}
        </a>
      </footer>
    </div>
  );
}
