import { useEffect, useMemo, useRef } from 'preact/hooks';
import { findLocus } from '../../lib/programs/coverage/find-locus.ts';
import { INTERVENTION_LABELS } from '../../lib/programs/intervention.ts';
import { placementOf } from '../../lib/programs/ingest/locus-placement.ts';
import { sourceLinks } from '../../lib/programs/source-links.ts';
import type { ProgramLocus } from '../../lib/programs/types.ts';
import { nameOf } from '../../lib/regions/region-views.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import { formatNumber } from '../../lib/format/format.ts';
import { INTERVENTION_COLOURS } from '../../lib/colour/program-palette.ts';
import { useI18n, useStore } from '../store/store.ts';

/** Where focus goes when the card closes and the point that opened it is gone: the map. */
const MAP_FOCUS = '#map canvas';

/**
 * The card of the program point that is open (`PageState.locus`): name, program, ministry, type,
 * years, how and where it was placed, its sources with their links (new tab, `noopener`), from the
 * program records the page loads (a shipped point clicked before they arrive waits for them).
 * × and Escape close it; focus goes to its × on opening and back to the point (or the map) after.
 */
export function LocusCard() {
  const { state: s, dispatch } = useStore();
  const { t } = useI18n();
  const ref = s.locus;
  const loci = s.programs?.loci;
  const locus = useMemo(() => (ref && loci ? findLocus(loci, ref) : undefined), [ref, loci]);
  const closeButton = useRef<HTMLButtonElement>(null);
  // The element focused when the card opened (the point's button after Enter): focused again on close.
  const opener = useRef<Element | null>(null);
  const close = () => {
    dispatch({ type: 'closeLocus' });
    const back = opener.current instanceof HTMLElement && opener.current.isConnected ? opener.current : document.querySelector<HTMLElement>(MAP_FOCUS);
    back?.focus();
  };
  useEffect(() => {
    if (!ref) return;
    const active = document.activeElement;
    if (!active?.closest('.locus-card')) opener.current = active;
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && close();
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [ref]);
  if (!ref) return null;
  return (
    <section class="locus-card" role="dialog" aria-labelledby="locus-card-title" data-id={locus?.id ?? ''} data-state={locus ? 'shown' : loci ? 'missing' : 'loading'}>
      <button ref={closeButton} type="button" class="icon locus-card-close" aria-label={t.close} onClick={close}>×</button>
      <p class="locus-card-kind muted small">{t.locusCard}</p>
      <h2 id="locus-card-title">
        <span class="swatch-dot" style={{ background: colourOf(ref.intervention) }} aria-hidden="true" />{' '}
        {locus?.name ?? (loci ? t.locusMissing : t.locusLoading)}
      </h2>
      {locus && <LocusFacts locus={locus} regions={s.regions} />}
    </section>
  );
}

/** The colour of an intervention type on the map (grey for a type the page does not know). */
const colourOf = (type: string) => Object.entries(INTERVENTION_COLOURS).find(([k]) => k === type)?.[1] ?? '#444';

/** What the card says of one locus, as a definition list. */
function LocusFacts({ locus: l, regions }: { locus: ProgramLocus; regions: RegionLookup }) {
    const { t, lang } = useI18n();
    const placed = placementOf(l);
    // Names of the levels loaded so far; a region whose level is not loaded yet is named by its level and code.
    const region = (['desa', 'kecamatan', 'kabupaten', 'provinsi'] as const).flatMap((level) => {
      const k = l[level];
      return k ? [nameOf(regions, k) || `${t.levels[level]} ${k}`] : [];
    });
    const years = l.years.length ? (l.years.length > 1 ? `${l.years[0]}–${l.years[l.years.length - 1]}` : String(l.years[0])) : t.locusUndated;
    const sources = sourceLinks(l.source);
    return (
      <dl class="locus-facts">
        <dt>{t.locusProgram}</dt>
        <dd>{l.program}</dd>
        <dt>{t.locusAgency}</dt>
        <dd>{l.agency}</dd>
        <dt>{t.locusType}</dt>
        <dd>{INTERVENTION_LABELS[l.intervention][lang]}</dd>
        <dt>{t.locusYears}</dt>
        <dd>{years}</dd>
        <dt>{t.locusPlaced}</dt>
        <dd class="locus-placement" data-level={placed.level ?? ''} data-method={placed.method}>{t.locusPlacement(placed.level ? t.levels[placed.level] : '', t.locusMethods[placed.method])}</dd>
        {region.length > 0 && (<><dt>{t.locusRegion}</dt><dd>{region.join(', ')}</dd></>)}
        {l.beneficiaries !== undefined && (<><dt>{t.locusBeneficiaries}</dt><dd>{formatNumber(l.beneficiaries, lang, 0)}</dd></>)}
        <dt>{t.locusSource}</dt>
        <dd class="locus-sources">
          {sources.length
            ? sources.map((x, i) => (
                <span key={x.label}>
                  {i > 0 && '; '}
                  {x.url ? <a href={x.url} target="_blank" rel="noopener noreferrer">{x.label}<span class="visually-hidden"> {t.locusNewTab}</span></a> : x.label}
                </span>
              ))
            : t.locusNoSource}
        </dd>
        {l.note && (<><dt>{t.locusNote}</dt><dd class="small">{l.note}</dd></>)}
        {l.dataset && (<><dt>{t.locusFile}</dt><dd class="small">{l.dataset}</dd></>)}
      </dl>
    );
}
