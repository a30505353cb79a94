import type { Strings } from '../i18n/index.ts';
import { ancestryOfKodeBps } from '../lib/ui/region-code.ts';
import type { RegionTable } from '../lib/ui/region-table.ts';

/** Indonesia › Nusa Tenggara Timur › Kabupaten Kupang › Taebenu › Baumata, each crumb selectable. */
export function Breadcrumb(p: { t: Strings; region: string; regions: RegionTable; onSelect: (kode: string) => void }) {
  const chain = p.region ? ancestryOfKodeBps(p.region) : [];
  const crumbs = [{ kode: '', name: p.t.breadcrumbRoot }, ...chain.map((k) => ({ kode: k, name: p.regions.get(k)?.name ?? k }))];
  return (
    <nav class="breadcrumb" aria-label={p.t.breadcrumbLabel}>
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
          ← {p.t.back}
        </button>
      )}
    </nav>
  );
}
