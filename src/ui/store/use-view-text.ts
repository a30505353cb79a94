import { useMemo } from 'preact/hooks';
import type { Strings } from '../../i18n/index.ts';
import { ancestorAt } from '../../lib/regions/ancestry.ts';
import { levelOf } from '../../lib/regions/level-of.ts';
import { parentsIn } from '../../lib/regions/parents-in.ts';
import { nameOf } from '../../lib/regions/region-views.ts';
import { altText } from '../../lib/format/alt-text.ts';
import { shortLabel, viewTitle } from '../../lib/format/view-title.ts';
import type { PageState } from './page-state.ts';
import type { Derived } from './use-derived.ts';

/** The view in words: its title line and its alt text, in the page's language ('' until the data is there). */
export interface ViewText {
  title: string;
  alt: string;
}

/**
 * Title and alt text of the shown view, derived from the store (never stored); the embed, the page's
 * map description, the PNG and the print sheet all use it. The map colours kabupaten: all of
 * Indonesia's, a province's own, or (below a kabupaten) the one kabupaten, so those are the regions
 * the alt text ranks; a kecamatan or desa is described by its kabupaten. In the change view the
 * values are changes, so the indicator is described as its change between the two years. `t`: the
 * words of the page's language.
 */
export function viewTextOf(s: PageState, d: Derived, t: Strings): ViewText {
  const { base, url, regions } = s;
  if (!base || !d.def) return { title: '', alt: '' };
  const region = url.region;
  // The province, or the kabupaten (of a kecamatan or desa: through the rows' parents).
  const parents = parentsIn(regions);
  const placeLevel = levelOf(region) === 'provinsi' ? 'provinsi' : 'kabupaten';
  const place = ancestorAt(region, placeLevel, parents);
  const regionName = region ? nameOf(regions, region) : '';
  const mapped = d.fillCodes.filter((k) => place === '' || ancestorAt(k, placeLevel, parents) === place);
  const ch = d.change;
  // Only the page's language is read below (the other one's words may not be loaded).
  const label = ch ? t.changeLabel(shortLabel(d.def.label[url.lang]), ch.from) : '';
  const unit = ch ? t.changeUnit[ch.kind] : '';
  const def = ch
    ? {
        ...d.def,
        label: url.lang === 'id' ? { ...d.def.label, id: label } : { ...d.def.label, en: label },
        unit: url.lang === 'id' ? { ...d.def.unit, id: unit } : { ...d.def.unit, en: unit },
      }
    : d.def;
  return {
    title: viewTitle({ def, year: url.year, regionName: d.fillLevel === 'provinsi' ? t.nationalByProvince : regionName, lang: url.lang }),
    alt: altText({
      def,
      year: url.year,
      sources: d.sources,
      regionName: place ? nameOf(regions, place) : '',
      mappedLevel: t.levels[d.fillLevel].toLowerCase(),
      regions: mapped.map((k) => ({ name: nameOf(regions, k) || k, value: d.fillValues.get(k) })),
      lang: url.lang,
    }),
  };
}

/** `viewTextOf`, recomputed only when what it reads changes. */
export function useViewText(s: PageState, d: Derived, t: Strings): ViewText {
  const { base, url, regions } = s;
  return useMemo(() => viewTextOf(s, d, t), [base, d.def, d.fillValues, d.fillLevel, d.sources, d.change, url.year, url.region, url.lang, regions, t]);
}
