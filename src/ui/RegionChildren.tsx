import type { NoPolygonHit } from '../lib/regions/desa-no-polygon.ts';
import type { Region } from '../lib/regions/region.ts';
import { useI18n } from './store/store.ts';

export interface RegionChildrenProps {
  regions: Region[];
  /** Level name of the children (plural form is left to the strings). */
  levelName: string;
  onSelect: (kode: string) => void;
  /** A kecamatan's desa in Kemendagri's list that have no polygon (not map regions): named below the list. */
  unmapped?: readonly NoPolygonHit[];
}

/**
 * The regions one level down without figures (kecamatan, desa): a folded alphabetical list whose
 * summary is the target of the panel's skip link. A province's kabupaten/kota are a `Ranking` instead.
 */
export function RegionChildren(p: RegionChildrenProps) {
  const { t } = useI18n();
  return (
    <details>
      <summary id="children-title">
        {t.children(p.levelName, p.regions.length)}
        {p.unmapped && p.unmapped.length > 0 && <span class="children-unmapped-count"> {t.childrenNoPolygonCount(p.unmapped.length)}</span>}
      </summary>
      <ul class="children">
        {[...p.regions]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((c) => (
            <li key={c.kode}>
              <button type="button" class="link" onClick={() => p.onSelect(c.kode)}>{c.name}</button>
            </li>
          ))}
      </ul>
      {p.unmapped && p.unmapped.length > 0 && (
        <p class="children-unmapped muted" data-count={p.unmapped.length}>
          {t.childrenNoPolygon(p.unmapped.map((u) => `${u.name} (${u.kode})`).join(', '))}
        </p>
      )}
    </details>
  );
}
