import { useI18n } from './store/store.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RegionSearch } from '../lib/search/create-search.ts';
import type { SearchResult } from '../lib/search/types.ts';
import { toProblem } from '../load/load-error.ts';

/**
 * Region search as an ARIA combobox: type a name, a typo of one, "name parent", a province
 * abbreviation or a code; Arrow keys move, Enter or click selects, Escape closes. Results from
 * what is already loaded show at once; the index part a query needs loads behind it (a stale
 * answer is dropped). Every desa result names its kecamatan and kabupaten.
 */
export function SearchBox(p: { search: RegionSearch; onSelect: (kode: string, noPolygon?: { kode: string; name: string }) => void; selected: string }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  /** The query `results` answer (the box may hold a newer one for a render). */
  const [answered, setAnswered] = useState('');
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const latest = useRef('');
  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    setAnswered(q);
    if (!q) return setResults([]);
    setResults(p.search.searchLoaded(q, 12));
    setPending(true);
    p.search
      .search(q, 12)
      .then((r) => latest.current === q && (setResults(r), setFailed(null)))
      .catch((e: unknown) => latest.current === q && setFailed(t.problem(toProblem(e))))
      .finally(() => latest.current === q && setPending(false));
  }, [query, p.search]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  // The chosen region's name stays in the box while it is selected; once another region is (back,
  // a click on the map, the breadcrumb), the box is emptied unless the user has typed since.
  const chosen = useRef<SearchResult | null>(null);
  useEffect(() => {
    const c = chosen.current;
    if (!c || p.selected === (c.opensAt ?? c.kode)) return;
    chosen.current = null;
    setQuery((q) => (q === c.name ? '' : q));
  }, [p.selected]);
  const choose = (e: SearchResult | undefined) => {
    if (!e) return;
    setOpen(false);
    setQuery(e.name);
    chosen.current = e;
    // A desa without a polygon is no map region: its kecamatan opens, and the page says so.
    if (e.opensAt) p.onSelect(e.opensAt, { kode: e.kemendagri || e.kode, name: e.name });
    else p.onSelect(e.kode);
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
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onFocus={() => {
          setOpen(true);
          p.search.preload().catch(() => undefined /* said on the first query, which fetches it again */);
        }}
        onBlur={() => {
          setTimeout(() => setOpen(false), 150);
        }}
      />
      {showList && (
        // Busy while the index part the query needs loads (the results from what is loaded show meanwhile).
        <ul id="search-results" role="listbox" class="search-results" aria-busy={pending} data-query={answered}>
          {results.map((r, i) => (
            <li
              key={r.kode}
              id={`search-opt-${r.kode}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              data-no-polygon={r.opensAt ? 'true' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
            >
              <span class="result-name">{r.name}</span>
              <span class="result-meta">
                {t.levels[r.level]}
                {r.level === 'desa' ? ` · ${r.kecamatan}, ${r.kabupaten}` : r.parentName ? ` · ${r.parentName}` : ''}
                {r.opensAt && <span class="result-no-polygon"> · {t.searchNoPolygon(r.kecamatan)}</span>}
              </span>
            </li>
          ))}
          {failed && <li class="muted error-inline">{failed}</li>}
          {!failed && results.length === 0 && <li class="muted">{pending ? t.searchLoadingMore : t.searchNone}</li>}
          {!failed && results.length > 0 && pending && <li class="muted">{t.searchLoadingMore}</li>}
        </ul>
      )}
    </div>
  );
}
