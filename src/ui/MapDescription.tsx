/** Id of the map's description; the map canvas and `#map` point at it with `aria-describedby`. */
export const MAP_DESCRIPTION_ID = 'map-desc';

/**
 * The map's accessible description: the view's alt text (lib/format/alt-text.ts) in the page's
 * language, hidden from sight, read by screen readers with the map.
 */
export function MapDescription({ text }: { text: string }) {
  return (
    <p id={MAP_DESCRIPTION_ID} class="visually-hidden">
      {text}
    </p>
  );
}
