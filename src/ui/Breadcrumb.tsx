import { useI18n } from './store/store.ts';
import { ancestry } from '../lib/regions/level-of.ts';
import type { RegionLookup } from '../lib/regions/region-lookup.ts';
import { nameOf } from '../lib/regions/region-views.ts';

/** Indonesia › Nusa Tenggara Timur › Kabupaten Kupang › Taebenu › Baumata, each crumb selectable. */
export function Breadcrumb(p: { region: string; regions: RegionLookup; onSelect: (kode: string) => void }) {
  const { t } = useI18n();
  const chain = p.region ? ancestry(p.region) : [];
  const crumbs = [{ kode: '', name: t.breadcrumbRoot }, ...chain.map((k) => ({ kode: k, name: nameOf(p.regions, k) || k }))];
  return (
    <nav class="breadcrumb" aria-label={t.breadcrumbLabel}>
      <ol>
        {crumbs.map((c, i) => (
          <li key={c.kode}>
            {i === crumbs.length - 1 ? (
              <span aria-current="page">{c.name}</span>
            ) : (
              <button type="button" class="link" onClick={() => p.onSelect(c.kode)}>
                {c.name}
              </button>
            )}
          </li>
        ))}
      </ol>
      {chain.length > 0 && (
        <button type="button" class="back" onClick={() => p.onSelect(chain.length > 1 ? chain[chain.length - 2] : '')}>
          ← {t.back}
        </button>
      )}
    </nav>
  );
}
