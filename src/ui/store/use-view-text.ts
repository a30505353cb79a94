import { useMemo } from 'preact/hooks';
import { strings } from '../../i18n/index.ts';
import { CODE_LENGTH } from '../../lib/regions/level-of.ts';
import { nameOf } from '../../lib/regions/region-views.ts';
import { altText } from '../../lib/ui/alt-text.ts';
import { viewTitle } from '../../lib/ui/view-title.ts';
import type { PageState } from './page-state.ts';
import type { Derived } from './use-derived.ts';

/** The view in words: its title line and its alt text, in the page's language ('' until the data is there). */
export interface ViewText {
  title: string;
  alt: string;
}

/**
 * Title and alt text of the shown view, derived from the store (never stored). The map colours
 * kabupaten: all of Indonesia's, a province's own, or (below a kabupaten) the one kabupaten, so
 * those are the regions the alt text ranks; a kecamatan or desa is described by its kabupaten.
 */
export function useViewText(s: PageState, d: Derived): ViewText {
  const { base, url, regions } = s;
  return useMemo(() => {
    if (!base || !d.def) return { title: '', alt: '' };
    const t = strings(url.lang);
    const region = url.region;
    const place = region.length > CODE_LENGTH.kabupaten ? region.slice(0, CODE_LENGTH.kabupaten) : region;
    const regionName = region ? nameOf(regions, region) : '';
    const mapped = base.kabupatenCodes.filter((k) => place === '' || k.startsWith(place));
    return {
      title: viewTitle({ def: d.def, year: url.year, regionName, lang: url.lang }),
      alt: altText({
        def: d.def,
        year: url.year,
        sources: d.sources,
        regionName: place ? nameOf(regions, place) : '',
        mappedLevel: t.levels.kabupaten.toLowerCase(),
        regions: mapped.map((k) => ({ name: nameOf(regions, k) || k, value: d.kabValues.get(k) })),
        lang: url.lang,
      }),
    };
  }, [base, d.def, d.kabValues, d.sources, url.year, url.region, url.lang, regions]);
}
