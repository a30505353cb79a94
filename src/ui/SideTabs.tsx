import { useI18n } from './store/store.ts';

export type SideTab = 'region' | 'programs' | 'gaps';
const TABS: SideTab[] = ['region', 'programs', 'gaps'];

/** Tabs of the side panel (WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the panel). */
export function SideTabs({ tab, onTab }: { tab: SideTab; onTab: (tab: SideTab) => void })  {
  const { t } = useI18n();
  const label: Record<SideTab, string> = { region: t.tabRegion, programs: t.tabPrograms, gaps: t.tabGaps };
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % 3] : e.key === 'ArrowLeft' ? TABS[(i + 2) % 3] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[2] : undefined;
    if (!next) return;
    e.preventDefault();
    onTab(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
  return (
    <div class="side-tabs" role="tablist" aria-label={t.sideTabs} onKeyDown={onKey}>
      {TABS.map((id) => (
        <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`tab-panel-${id}`} tabIndex={tab === id ? 0 : -1} onClick={() => onTab(id)}>
          {label[id]}
        </button>
      ))}
    </div>
  );
}
