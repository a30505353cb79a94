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
}

/** Escape text for an HTML attribute value in double quotes or for element content. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The two snippets of the "Sematkan / Embed" dialog:
 * - `plain`: an `<iframe>` with `title`, `loading="lazy"`, `style="width:100%;border:0"` and a fixed
 *   height, plus the alt text (`aria-description` and `<noscript>`);
 * - `responsive`: the same iframe marked `data-lokus-embed` plus `<script src=".../embed.js" async>`,
 *   which keeps its height equal to the content's (see public/embed.js).
 * Every value is escaped. Pure.
 */
export function embedSnippets(i: SnippetInput): { plain: string; responsive: string } {
  const style = i.width === null ? 'width:100%;border:0' : `width:100%;max-width:${Math.round(i.width)}px;border:0`;
  const attrs = `src="${escapeHtml(i.src)}" title="${escapeHtml(i.title)}" aria-description="${escapeHtml(i.alt)}" loading="lazy" allowfullscreen style="${style}" height="${Math.round(i.height)}"`;
  const noscript = `<noscript>${escapeHtml(i.alt)}</noscript>`;
  return {
    plain: `<iframe ${attrs}></iframe>\n${noscript}`,
    responsive: `<iframe data-lokus-embed ${attrs}></iframe>\n${noscript}\n<script src="${escapeHtml(i.scriptUrl)}" async></script>`,
  };
}
