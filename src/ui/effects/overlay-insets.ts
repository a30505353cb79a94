/**
 * Room taken by overlays the camera should avoid: the bottom sheet on phones (45vh, styles.css),
 * the legend at the bottom left on wide screens. Regions are fitted into the rest of the map.
 */
export function overlayInsets(): { left?: number; bottom?: number } {
  // An embed has no sheet, and its legend sits above the map.
  if (document.querySelector('.app.embed')) return {};
  if (matchMedia('(max-width: 719px)').matches) return { bottom: Math.round(innerHeight * 0.45) };
  const legend = document.querySelector('.legend')?.getBoundingClientRect();
  const map = document.getElementById('map')?.getBoundingClientRect();
  // Only when the map is wide enough that giving up the legend's width still leaves most of it.
  return legend && map && map.width > 2.5 * legend.width ? { left: Math.round(legend.width + 12) } : {};
}
