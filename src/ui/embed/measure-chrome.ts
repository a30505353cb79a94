import type { ChromeSample } from '../../lib/embed/embed-height-css.ts';

/**
 * How tall an embed's content is without its map at each frame width of `widths`: a copy of its
 * frame (`.embed-frame`, in the embed's own document, so its styles apply) with an empty map of no
 * height, laid out hidden at each width, measured and removed in the same task (nothing is drawn).
 * Empty when the document has no embed frame yet.
 */
export function measureChrome(doc: Document, widths: readonly number[]): ChromeSample[] {
  const frame = doc.querySelector<HTMLElement>('.embed-frame');
  if (!frame?.parentElement) return [];
  const copy = frame.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  const map = copy.querySelector<HTMLElement>('.embed-map');
  if (map) {
    map.replaceChildren();
    map.style.cssText = 'flex: 0 0 0; min-height: 0; height: 0;';
  }
  copy.setAttribute('aria-hidden', 'true');
  copy.style.cssText = 'position: absolute; left: -10000px; top: 0; visibility: hidden; height: auto;';
  frame.parentElement.appendChild(copy);
  const samples = widths.map((width) => {
    copy.style.width = `${width}px`;
    return { width, chrome: copy.getBoundingClientRect().height };
  });
  copy.remove();
  return samples;
}
