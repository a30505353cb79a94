import { useI18n } from './store/store.ts';
import type { RegionLookup } from '../lib/regions/region-lookup.ts';
import { breadcrumbItems } from '../lib/view/breadcrumb-items.ts';

/** Indonesia › Nusa Tenggara Timur › Kabupaten Kupang › Taebenu › Baumata, each crumb selectable. */
export function Breadcrumb(p: { region: string; regions: RegionLookup; onSelect: (kode: string) => void }) {
  const { t } = useI18n();
  const crumbs = breadcrumbItems(p.region, p.regions, t.breadcrumbRoot);
  const chain = crumbs.slice(1);
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
        <button type="button" class="back" onClick={() => p.onSelect(chain.length > 1 ? chain[chain.length - 2].kode : '')}>
          ← {t.back}
        </button>
      )}
    </nav>
  );
}
