import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { oneOf } from '../../lib/one-of.ts';
import { embedDefaults, MAX_EMBED_TEXT, type EmbedControl, type EmbedOptions, type EmbedTheme } from '../../lib/embed/embed-options.ts';
import { embedSnippets } from '../../lib/embed/embed-snippets.ts';
import { serialiseUrlState } from '../../lib/view/url-state.ts';
import { urlContext } from '../effects/first-view.ts';
import { useI18n, useStore } from '../store/store.ts';
import type { Derived } from '../store/use-derived.ts';
import { useViewText } from '../store/use-view-text.ts';
import { siteUrl } from './site-url.ts';
import { CHROME_WIDTHS, embedHeightCss, type ChromeSample } from '../../lib/embed/embed-height-css.ts';
import { fitTarget } from '../store/fit-target.ts';
import { parentsIn } from '../../lib/regions/parents-in.ts';
import { measureChrome } from './measure-chrome.ts';

/** Preview sizes offered: the column's width (height follows the content) or a fixed frame. */
const SIZES = { responsive: null, '600x450': [600, 450], '1200x675': [1200, 675], custom: null } as const;
type Size = keyof typeof SIZES;
const SIZE_NAMES: readonly Size[] = ['responsive', '600x450', '1200x675', 'custom'];
const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];

/** The height an embed posted in Embedly's format (the one it always sends), or null. */
function postedHeight(data: unknown): number | null {
  if (typeof data !== 'string' || !data.startsWith('{')) return null;
  try {
    const m = JSON.parse(data) as { context?: string; height?: number };
    return m.context === 'iframe.resize' && Number.isFinite(m.height) ? Number(m.height) : null;
  } catch {
    return null;
  }
}

/**
 * "Sematkan / Embed" (its button is `EmbedDialog`'s, which loads this code on first use): a dialog with a live preview of the current view as an
 * embed at the chosen size, its options as checkboxes, and the two snippets (plain iframe;
 * responsive iframe + embed.js) written with the site's public URL, the view's title and alt text.
 */
export function EmbedDialogBox({ derived, openRequest }: { derived: Derived; openRequest: number }) {
  const { state: s } = useStore();
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<Size>('responsive');
  const [custom, setCustom] = useState<[number, number]>([800, 600]);
  const [o, setO] = useState<EmbedOptions>(embedDefaults);
  const [measured, setMeasured] = useState(0);
  // The preview's content without its map, measured at widths from a phone's column to a wide
  // page's: the responsive snippet's height is written as CSS of the frame's width from these (embedHeightCss).
  const [chrome, setChrome] = useState<ChromeSample[]>([]);
  const [copied, setCopied] = useState('');
  const text = useViewText(s, derived, t);
  const { base, url } = s;
  // "Classes for this region" (scope=region), offered for a selected region; starts as the page shows it.
  const [regionClasses, setRegionClasses] = useState(url.scope === 'region');

  const src = useMemo(() => (base ? `${siteUrl()}${serialiseUrlState({ ...url, embed: true, embedOptions: o, scope: regionClasses && url.region ? 'region' : undefined }, urlContext(base, s.regions).defaults)}` : ''), [base, url, o, regionClasses]);
  const fixed = size === 'custom' ? custom : SIZES[size];
  useEffect(() => {
    if (!open) return;
    const onMessage = (e: MessageEvent) => {
      const h = e.source === preview.current?.contentWindow ? postedHeight(e.data) : null;
      // Only a height posted once the preview's map is drawn goes into the snippet: heights posted
      // while it loads (before its legend and the region's shape are known) are not the reader's.
      const doc = preview.current?.contentDocument;
      const drawn = doc?.querySelector('#map[data-ready="true"]');
      if (h === null || !doc || !drawn) return;
      setMeasured(h);
      setChrome(measureChrome(doc, CHROME_WIDTHS));
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [open]);

  // Each press of the button opens the dialog (it stays mounted, keeping its choices, when closed).
  useEffect(() => {
    setOpen(true);
    if (!dialog.current?.open) dialog.current?.showModal();
  }, [openRequest]);

  if (!base) return null;
  const height = fixed ? fixed[1] : measured || 500;
  // The region whose shape sets the embed map's height (as EmbedLayout finds it).
  const heightCss = fixed ? null : embedHeightCss(chrome, fitTarget(url.region, base.national, [], parentsIn(s.regions)));
  const snippets = embedSnippets({ src, scriptUrl: `${siteUrl()}embed.js`, title: t.embedFrameTitle(o.title || text.title), alt: text.alt, height, width: fixed ? fixed[0] : null, heightCss });
  const toggle = (c: EmbedControl, on: boolean) => setO({ ...o, controls: on ? [...o.controls, c] : o.controls.filter((x) => x !== c) });
  const copy = (which: 'plain' | 'responsive') =>
    navigator.clipboard.writeText(snippets[which]).then(
      () => setCopied(which),
      () => setCopied(''),
    );
  return (
      <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-dialog-title" onClose={() => setOpen(false)}>
        <div class="embed-dialog-head">
          <h2 id="embed-dialog-title">{t.embedDialogTitle}</h2>
          <button type="button" class="icon" aria-label={t.embedClose} onClick={() => dialog.current?.close()}>×</button>
        </div>
        <p class="small">{t.embedDialogIntro}</p>
        <div class="embed-dialog-form">
          <label>
            {t.embedSize}{' '}
            <select id="embed-size" value={size} onChange={(e) => setSize(oneOf(e.currentTarget.value, SIZE_NAMES, 'embed size'))}>
              <option value="responsive">{t.embedSizeResponsive}</option>
              <option value="600x450">600 × 450</option>
              <option value="1200x675">1200 × 675</option>
              <option value="custom">{t.embedSizeCustom}</option>
            </select>
          </label>
          {size === 'custom' && (
            <>
              <label>{t.embedWidth} <input type="number" min={300} max={1200} value={custom[0]} onChange={(e) => setCustom([Number((e.target as HTMLInputElement).value) || 800, custom[1]])} /></label>
              <label>{t.embedHeight} <input type="number" min={300} max={800} value={custom[1]} onChange={(e) => setCustom([custom[0], Number((e.target as HTMLInputElement).value) || 600])} /></label>
            </>
          )}
          <fieldset>
            <legend>{t.embedOptionsLegend}</legend>
            <label class="check"><input type="checkbox" id="embed-opt-year" checked={o.controls.includes('year')} onChange={(e) => toggle('year', (e.target as HTMLInputElement).checked)} /> {t.embedOptYear}</label>
            <label class="check"><input type="checkbox" id="embed-opt-indicator" checked={o.controls.includes('indicator')} onChange={(e) => toggle('indicator', (e.target as HTMLInputElement).checked)} /> {t.embedOptIndicator}</label>
            <label class="check"><input type="checkbox" id="embed-opt-panel" checked={o.panel} onChange={(e) => setO({ ...o, panel: (e.target as HTMLInputElement).checked })} /> {t.embedOptPanel}</label>
            <label class="check"><input type="checkbox" id="embed-opt-programs" checked={o.programs} onChange={(e) => setO({ ...o, programs: (e.target as HTMLInputElement).checked })} /> {t.embedOptPrograms}</label>
            <label class="check"><input type="checkbox" id="embed-opt-drill" checked={o.drill} onChange={(e) => setO({ ...o, drill: (e.target as HTMLInputElement).checked })} /> {t.embedOptDrill}</label>
            {url.region && <label class="check"><input type="checkbox" id="embed-opt-scope" checked={regionClasses} onChange={(e) => setRegionClasses((e.target as HTMLInputElement).checked)} /> {t.scopeRegion}</label>}
          </fieldset>
          <label>
            {t.embedTheme}{' '}
            <select id="embed-theme" value={o.theme} onChange={(e) => setO({ ...o, theme: oneOf(e.currentTarget.value, THEMES, 'embed theme') })}>
              {THEMES.map((th) => (
                <option key={th} value={th}>{t.embedThemes[th]}</option>
              ))}
            </select>
          </label>
          <label>
            {t.embedTitleField} <input id="embed-title" value={o.title} placeholder={text.title} aria-describedby="embed-title-count" onInput={(e) => setO({ ...o, title: (e.target as HTMLInputElement).value })} />
            <small id="embed-title-count" class={`embed-count${o.title.length > MAX_EMBED_TEXT ? ' over' : ''}`} aria-live="polite">
              {t.embedTitleCount(o.title.length, MAX_EMBED_TEXT)}
            </small>
          </label>
          <label>{t.embedSubtitleField} <input id="embed-subtitle" value={o.subtitle} onChange={(e) => setO({ ...o, subtitle: (e.target as HTMLInputElement).value })} /></label>
        </div>
        <h3>{t.embedPreview}</h3>
        <div class="embed-preview">
          {open && <iframe ref={preview} id="embed-preview" src={src} title={t.embedFrameTitle(o.title || text.title)} style={{ width: fixed ? `${fixed[0]}px` : '100%', height: `${height}px` }} />}
        </div>
        {(['plain', 'responsive'] as const).map((which) => (
          <div class="embed-snippet" key={which}>
            <label for={`embed-snippet-${which}`}>{which === 'plain' ? t.embedSnippetPlain : t.embedSnippetResponsive}</label>
            <textarea id={`embed-snippet-${which}`} readOnly rows={which === 'plain' ? 4 : 5} value={snippets[which]} onFocus={(e) => (e.target as HTMLTextAreaElement).select()} />
            <button type="button" class="secondary" onClick={() => copy(which)}>{copied === which ? t.embedCopied : t.embedCopy}</button>
          </div>
        ))}
      </dialog>
  );
}
