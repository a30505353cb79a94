import type { MapMode } from '../../lib/view/url-state.ts';

/** Lower-case ASCII words joined by hyphens: "Nusa Tenggara Timur" → "nusa-tenggara-timur", "poor_thousands" → "poor-thousands". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * File name of a view's image: `lokus-p0-2025-nusa-tenggara-timur.png` (indicator id, year,
 * region name; "Indonesia" for the national view). The bivariate view adds `-bivariate` so it does
 * not overwrite the choropleth of the same view.
 */
export function exportFileName(indicator: string, year: number, regionName: string, mode: MapMode = 'choropleth'): string {
  const parts = ['lokus', slug(indicator), String(year), ...(mode === 'bivariate' ? ['bivariate'] : []), slug(regionName) || 'indonesia'];
  return `${parts.filter(Boolean).join('-')}.png`;
}

/** The file name of the image at `scale`: `…@2x.png` at 2× (the usual suffix), so it does not overwrite the 1× image. */
export function scaledFileName(fileName: string, scale: number): string {
  return scale === 1 ? fileName : fileName.replace(/\.png$/, `@${scale}x.png`);
}
