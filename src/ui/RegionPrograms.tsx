import { useI18n } from './store/store.ts';
import type { RegionCoverage } from '../lib/programs/coverage/coverage.ts';
import { INTERVENTION_LABELS } from '../lib/programs/intervention.ts';
import { INTERVENTION_TYPES, type ProgramLocus } from '../lib/programs/types.ts';
import type { RegionNearest } from '../lib/programs/coverage/region-nearest.ts';
import { formatNumber } from '../lib/format/format.ts';
import { INTERVENTION_COLOURS } from '../lib/colour/program-palette.ts';

export interface RegionProgramsProps {
  coverage: RegionCoverage | undefined;
  inside: ProgramLocus[];
  areaWide: ProgramLocus[];
  /** Distance to the nearest program of each type (0 inside an area-wide program), when known. */
  nearest?: RegionNearest;
}

/** The region panel's program section: convergence score with the types named, programs inside and area-wide. */
export function RegionPrograms({ coverage, inside, areaWide, nearest }: RegionProgramsProps)  {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(v, lang, 0);
  if (!coverage) return <p class="muted">{t.programsPending}</p>;
  const types = coverage.types.filter((x) => x !== 'other');
  return (
    <div class="region-programs">
      <p class="convergence" data-convergence={coverage.convergence} data-types={types.join(' ')}>
        <strong>{t.convergence(coverage.convergence)}</strong>
        {': '}
        {types.length ? types.map((x) => INTERVENTION_LABELS[x][lang]).join(' + ') : t.convergenceNone}
        <br />
        <span class="muted small">{t.convergenceNote}</span>
      </p>
      <h4>{t.programsInside(n(inside.length))}</h4>
      {inside.length ? <LociList loci={inside} kind="inside" /> : <p class="muted small">{t.noProgramsHere}</p>}
      {areaWide.length > 0 && (
        <>
          <h4>{t.programsAreaWide(n(areaWide.length))}</h4>
          <p class="muted small">{t.areaWideNote}</p>
          <LociList loci={areaWide} kind="area-wide" />
        </>
      )}
      {nearest && Object.keys(nearest.byType).length > 0 && (
        <>
          <h4>{t.nearestTitle}</h4>
          <ul class="region-nearest">
            {INTERVENTION_TYPES.flatMap((type) => {
              const d = nearest.byType[type];
              return d ? [<li key={type} data-type={type} data-km={d.km} data-whole={d.whole ? 'true' : undefined}>{INTERVENTION_LABELS[type][lang]}: {d.whole ? t.nearestWhole : `${formatNumber(d.km, lang, 1)} km`}</li>] : [];
            })}
          </ul>
          <p class="muted small">{t.nearestRule}</p>
        </>
      )}
    </div>
  );
}

/** A list of loci: colour, name, type, agency, years, and how the point was placed. */
export function LociList({ loci, kind }: { loci: ProgramLocus[]; kind: string })  {
  const { t, lang } = useI18n();
  return (
    <ul class={`loci loci-${kind}`}>
      {loci.map((l) => (
        <li key={l.id} data-id={l.id} data-intervention={l.intervention} data-located-by={l.locatedBy}>
          <span class={l.locatedBy === 'region' ? 'swatch-dot hollow' : 'swatch-dot'} style={l.locatedBy === 'region' ? { borderColor: INTERVENTION_COLOURS[l.intervention] } : { background: INTERVENTION_COLOURS[l.intervention] }} aria-hidden="true" />
          <span>
            <strong>{l.name}</strong>
            <br />
            <span class="small">
              {INTERVENTION_LABELS[l.intervention][lang]} · {l.agency}
              {l.years.length ? ` · ${l.years.length > 1 ? `${l.years[0]}–${l.years[l.years.length - 1]}` : l.years[0]}` : ''}
            </span>
            <br />
            <span class="muted small located">
              {l.locatedBy === 'region' ? t.locatedByRegion : t.locatedByCoords}
              {l.offshoreKm !== undefined ? ` · ${t.offshore(formatNumber(l.offshoreKm, lang, 1))}` : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
