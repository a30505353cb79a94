import { useEffect } from 'preact/hooks';
import { embedMapHeight } from '../../lib/embed/embed-map-height.ts';
import { heightMessages, pymWidth } from '../../lib/embed/height-messages.ts';
import type { EmbedOptions } from '../../lib/embed/embed-options.ts';
import type { BBox } from '../../lib/view/bbox.ts';

/**
 * An embed tells its host how tall its content is, on load and on every change of size. The map
 * takes its preferred height, less when the frame leaves it less (a fixed-height iframe), never more
 * (a taller frame leaves room below the footer rather than bands of empty sea). The height reported is
 * measured from the layout: the frame's height without the map, plus the map's preferred height for
 * this width and the shown region's shape (`embedMapHeight`, also set as `--map-pref`). A host that
 * follows the messages gives the map exactly that. The height is posted again when the first view is
 * drawn (`settled`), so the last height a host or the embed dialog sees is the settled one; nothing is
 * posted before the region's shape is known, nor outside a frame. Heights go out in all four formats (lib/embed/height-messages.ts); a pym
 * parent's width message is answered at once.
 */
export function useEmbedHeight(frame: { current: HTMLElement | null }, map: { current: HTMLElement | null }, o: EmbedOptions, active: boolean, bounds: BBox | undefined, settled: boolean): void {
  useEffect(() => {
    const el = frame.current;
    if (!active || !el) return;
    // Outside a frame (the embed opened on its own) the map still takes its preferred height; nothing is posted.
    const framed = window.parent !== window;
    // Before the region's shape is known the map's height would be a guess: the host keeps the
    // snippet's height until then (a guess posted early made hosts jump 75 px and back).
    if (!bounds && !settled) return;
    let last = -1;
    const post = (force = false) => {
      const m = map.current;
      if (!m) return;
      const pref = embedMapHeight(el.clientWidth, bounds);
      el.style.setProperty('--map-pref', `${pref}px`);
      // Where the content ends (the footer and the frame's padding), not the frame's height: a frame
      // taller than its content (the map does not grow past its preferred height) would report itself.
      const foot = el.lastElementChild?.getBoundingClientRect().bottom ?? 0;
      const content = foot - el.getBoundingClientRect().top + parseFloat(getComputedStyle(el).paddingBottom);
      const height = Math.ceil(content - m.offsetHeight + pref);
      if (!framed || (!force && Math.abs(height - last) < 1)) return;
      last = height;
      for (const msg of heightMessages(height, { href: location.href, id: o.id, childId: o.childId })) window.parent.postMessage(msg, '*');
    };
    // The frame (its width follows the iframe) and whatever sits around the map (title, legend, footer).
    const observer = new ResizeObserver(() => post());
    observer.observe(el);
    for (const child of Array.from(el.children)) if (child !== map.current) observer.observe(child);
    const onMessage = (e: MessageEvent) => {
      if (e.source === window.parent && pymWidth(e.data, o.childId) !== null) post(true);
    };
    addEventListener('message', onMessage);
    post(true);
    return () => {
      observer.disconnect();
      removeEventListener('message', onMessage);
    };
  }, [active, bounds?.join(','), settled]);
}
