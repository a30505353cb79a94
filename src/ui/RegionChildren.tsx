import type { IndicatorDef } from '../lib/indicators/types.ts';
import type { Region } from '../lib/regions/region.ts';
import { formatValue } from '../lib/ui/format.ts';
import { useI18n } from './store/store.ts';

export interface RegionChildrenProps {
  regions: Region[];
  /** Level name of the children (plural form is left to the strings). */
  levelName: string;
  /** The shown indicator and its values for the shown year, when the children have figures (kabupaten/kota); otherwise the list is alphabetical. */
  def: IndicatorDef | undefined;
  values: ReadonlyMap<string, number> | undefined;
  year: number;
  onSelect: (kode: string) => void;
}

/**
 * The regions one level down. With figures (a province's kabupaten/kota) they are listed open,
 * ranked worst first by the shown indicator with their values; without, a folded alphabetical list.
 */
export function RegionChildren(p: RegionChildrenProps) {
  const { t, lang } = useI18n();
  const { def, values } = p;
  if (!def || !values) {
    return (
      <details>
        <summary>{t.children(p.levelName, p.regions.length)}</summary>
        <ul class="children">
          {[...p.regions]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((c) => (
              <li key={c.kode}>
                <button type="button" class="link" onClick={() => p.onSelect(c.kode)}>{c.name}</button>
              </li>
            ))}
        </ul>
      </details>
    );
  }
  const sign = def.direction === 'higher-is-worse' ? -1 : 1;
  const ranked = [...p.regions].sort((a, b) => {
    const va = values.get(a.kode), vb = values.get(b.kode);
    if (va === undefined || vb === undefined) return va !== undefined ? -1 : vb !== undefined ? 1 : a.name.localeCompare(b.name);
    return sign * (va - vb) || a.name.localeCompare(b.name);
  });
  return (
    <>
      <h3 id="children-title">{t.childrenRanked(p.levelName, p.regions.length, def.label[lang], p.year)}</h3>
      <ol class="children-ranked" aria-labelledby="children-title">
        {ranked.map((c) => {
          const v = values.get(c.kode);
          return (
            <li key={c.kode} data-kode={c.kode}>
              <button type="button" class="link" onClick={() => p.onSelect(c.kode)}>{c.name}</button>
              <span class="child-value">{v === undefined ? t.noValue : formatValue(v, def.unit[lang], lang, def.decimals)}</span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
