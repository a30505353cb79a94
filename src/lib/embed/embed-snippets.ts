/** What the two embed snippets are written from. */
export interface SnippetInput {
  /** The embed's URL (`…/?embed=1&…`), absolute: the site's public URL. */
  src: string;
  /** URL of the site's `embed.js`, absolute. */
  scriptUrl: string;
  /** The iframe's `title` (its accessible name). */
  title: string;
  /** The view's alt text: the iframe's `aria-description` and a `<noscript>` text. */
  alt: string;
  /** Height (CSS px) of the plain iframe: the content height measured for the chosen width. */
  height: number;
  /** Width (CSS px) of a fixed-size frame; null = the column's width (`width:100%`). */
  width: number | null;
  /**
   * A column-wide frame's height as CSS of its width (`embedHeightCss`, in `cqw`): the iframe is then
   * wrapped in a `container-type: inline-size` div and starts at about its settled height at any
   * column width; `height` stays as the fallback for browsers without container units.
   */
  heightCss?: string | null;
}

/** Escape text for an HTML attribute value in double quotes or for element content. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The two snippets of the "Sematkan / Embed" dialog:
 * - `plain`: an `<iframe>` with `title`, `loading="lazy"`, `style="width:100%;border:0"` and a fixed
 *   height, plus the alt text (`aria-description` and `<noscript>`); a column-wide frame with
 *   `heightCss` has that height in its style, inside a `container-type: inline-size` div;
 * - `responsive`: the same iframe marked `data-lokus-embed` plus `<script src=".../embed.js" async>`,
 *   which keeps its height equal to the content's (see public/embed.js).
 * Every value is escaped. Pure.
 */
export function embedSnippets(i: SnippetInput): { plain: string; responsive: string } {
  const fluid = i.width === null && !!i.heightCss;
  const style = i.width !== null ? `width:100%;max-width:${Math.round(i.width)}px;border:0` : fluid ? `width:100%;border:0;height:${i.heightCss}` : 'width:100%;border:0';
  const attrs = `src="${escapeHtml(i.src)}" title="${escapeHtml(i.title)}" aria-description="${escapeHtml(i.alt)}" loading="lazy" allowfullscreen style="${escapeHtml(style)}" height="${Math.round(i.height)}"`;
  const noscript = `<noscript>${escapeHtml(i.alt)}</noscript>`;
  const frame = (marked: boolean) => {
    const iframe = `<iframe ${marked ? 'data-lokus-embed ' : ''}${attrs}></iframe>`;
    return fluid ? `<div style="container-type:inline-size">${iframe}</div>` : iframe;
  };
  return {
    plain: `${frame(false)}\n${noscript}`,
    responsive: `${frame(true)}\n${noscript}\n<script src="${escapeHtml(i.scriptUrl)}" async></script>`,
  };
}
