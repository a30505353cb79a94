import { INDICATOR_GROUPS, indicatorGroup } from '../lib/indicators/indicator-group.ts';
import { indicatorLevels, type IndicatorBundle } from '../lib/indicators/types.ts';
import type { Level } from '../lib/types.ts';
import { IndicatorRow } from './IndicatorRow.tsx';
import { useI18n } from './store/store.ts';

/**
 * The region's other indicators (all but the shown one) that exist at its level (no desa-only IDM
 * figure in a kabupaten's table), folded in groups (`<details>`): poverty, human development, food security …
 */
export function IndicatorGroups({ bundle, kode, level, year, shown }: { bundle: IndicatorBundle; kode: string; level: Level; year: number; shown: string }) {
  const { t } = useI18n();
  const others = bundle.catalogue.filter((d) => d.id !== shown && indicatorLevels(d).includes(level));
  if (!others.length) return null;
  return (
    <section class="indicator-groups" aria-labelledby="other-indicators-title">
      <h3 id="other-indicators-title">{t.otherIndicators}</h3>
      {INDICATOR_GROUPS.map((g) => {
        const defs = others.filter((d) => indicatorGroup(d.id) === g);
        if (!defs.length) return null;
        return (
          <details key={g} class="indicator-group" data-group={g}>
            <summary>
              {t.indicatorGroups[g]} ({defs.length})
            </summary>
            <table class="values">
              <tbody>
                {defs.map((d) => (
                  <IndicatorRow key={d.id} def={d} bundle={bundle} kode={kode} year={year} />
                ))}
              </tbody>
            </table>
          </details>
        );
      })}
    </section>
  );
}
