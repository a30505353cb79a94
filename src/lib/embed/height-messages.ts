/** Where the embedded page is and which ids the host gave it (from its URL). */
export interface HeightTarget {
  /** The embed's own URL (Embedly's `src`). */
  href: string;
  /** Datawrapper-style id (`id=`), '' for none. */
  id: string;
  /** pym.js child id (`childId=`), '' when not inside a pym parent. */
  childId: string;
}

/**
 * The messages an embed posts to its parent so the host can size the iframe to `height` (CSS
 * pixels, rounded up), one per protocol newsrooms already run:
 * - Datawrapper: `{"datawrapper-height": {"<id>": h}}` (only with an id: its script looks the iframe
 *   up as `datawrapper-chart-<id>`);
 * - Embedly / Medium: `JSON.stringify({src, context: "iframe.resize", height})`;
 * - pym.js: `"pymxPYMx<childId>xPYMxheightxPYMx<h>"` (only with a childId);
 * - AMP `amp-iframe`: `{sentinel: "amp", type: "embed-size", height}`.
 * Lokus' own public/embed.js reads all four. Pure: the caller posts them with `parent.postMessage(m, '*')`
 * (a height is not a secret, and the host's origin is unknown).
 */
export function heightMessages(height: number, t: HeightTarget): (string | object)[] {
  const h = Math.ceil(height);
  const out: (string | object)[] = [];
  if (t.id) out.push({ 'datawrapper-height': { [t.id]: h } });
  out.push(JSON.stringify({ src: t.href, context: 'iframe.resize', height: h }));
  if (t.childId) out.push(`pymxPYMx${t.childId}xPYMxheightxPYMx${h}`);
  out.push({ sentinel: 'amp', type: 'embed-size', height: h });
  return out;
}

/**
 * The width a pym.js parent sends its child (`"pymxPYMx<childId>xPYMxwidthxPYMx<w>"`), or null for
 * any other message (another child's, another protocol's). The child answers with its height.
 */
export function pymWidth(data: unknown, childId: string): number | null {
  if (!childId || typeof data !== 'string') return null;
  const prefix = `pymxPYMx${childId}xPYMxwidthxPYMx`;
  if (!data.startsWith(prefix)) return null;
  const w = Number(data.slice(prefix.length));
  return Number.isFinite(w) ? w : null;
}
