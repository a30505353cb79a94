import { useI18n } from './store/store.ts';
import { useMemo, useRef, useState } from 'preact/hooks';
import { searchRegions, type SearchEntry, type SearchIndex } from '../lib/ui/search.ts';

/**
 * Region search as an ARIA combobox: type a name or code, Arrow keys move, Enter or click selects,
 * Escape clears. `onFirstInput` lets the app lazily load kecamatan and desa names.
 */
export function SearchBox(p: { index: SearchIndex; loadingMore: boolean; onFirstInput: () => void; onSelect: (kode: string) => void }) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const asked = useRef(false);
  const results = useMemo(() => searchRegions(p.index, query, 12), [p.index, query]);
  const choose = (e: SearchEntry | undefined) => {
    if (!e) return;
    setOpen(false);
    setQuery(e.name);
    p.onSelect(e.kode);
  };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
      ev.preventDefault();
    } else if (ev.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      choose(results[active]);
      ev.preventDefault();
    } else if (ev.key === 'Escape') {
      setOpen(false);
    }
  };
  const showList = open && query.trim() !== '';
  return (
    <div class="search" role="search">
      <label for="search-input" class="visually-hidden">{t.search}</label>
      <input
        id="search-input"
        type="search"
        role="combobox"
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        aria-expanded={showList}
        aria-controls="search-results"
        aria-activedescendant={showList && results[active] ? `search-opt-${results[active].kode}` : undefined}
        placeholder={t.searchPlaceholder}
        value={query}
        onInput={(e) => {
          if (!asked.current) {
            asked.current = true;
            p.onFirstInput();
          }
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setTimeout(() => setOpen(false), 150);
        }}
      />
      {showList && (
        <ul id="search-results" role="listbox" class="search-results">
          {results.map((r, i) => (
            <li
              key={r.kode}
              id={`search-opt-${r.kode}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
            >
              <span class="result-name">{r.name}</span>
              <span class="result-meta">
                {t.levels[r.level]}
                {r.parentName ? ` · ${r.parentName}` : ''}
              </span>
            </li>
          ))}
          {results.length === 0 && <li class="muted">{p.loadingMore ? t.searchLoadingMore : t.searchNone}</li>}
          {results.length > 0 && p.loadingMore && <li class="muted">{t.searchLoadingMore}</li>}
        </ul>
      )}
    </div>
  );
}
