import { useI18n } from './store/store.ts';
import { useEffect, useState } from 'preact/hooks';
import type { IndicatorDef } from '../lib/indicators/types.ts';
import { formatValue } from '../lib/format/format.ts';
import type { RegionLookup } from '../lib/regions/region-lookup.ts';
import { regionOf } from '../lib/regions/region-views.ts';
import type { MapHit } from '../map/map-view.ts';
import type { ProgramLocus } from '../lib/programs/types.ts';
import { INTERVENTION_LABELS } from '../lib/programs/intervention.ts';
import { formatNumber } from '../lib/format/format.ts';
import { changeName } from '../lib/format/change-name.ts';
import type { SeriesBreak } from '../lib/colour/series-breaks.ts';
import { idmStatusClass, isKelurahan } from '../lib/indicators/idm-status.ts';

export interface TooltipProps {
  def: IndicatorDef | undefined;
  year: number;
  values: ReadonlyMap<string, number>;
  regions: RegionLookup;
  /** Program loci by id, to name the points under the pointer. */
  programs: Pick<ReadonlyMap<string, ProgramLocus>, 'get'>;
  /** The change view: `values` are changes from `from` to `year`, in points or per cent. */
  change?: { from: number; kind: 'points' | 'percent'; breaks?: ReadonlyMap<string, SeriesBreak> };
  /** IDM status per year and desa, once loaded (a desa under the pointer shows it; a kelurahan is "not scored"). */
  idmStatus?: Record<string, Record<string, [number, string]>>;
  /** IDM score per year and desa, once loaded (shown beside the status). */
  idmScore?: Record<string, Record<string, [number, string]>>;
  /** Subscribes to the region under the pointer (hovering re-renders only this component); returns an unsubscribe. */
  subscribe: (set: (hit: MapHit | null) => void) => () => void;
}

/** Name and value (with unit and year) of the region under the pointer or finger. */
export function Tooltip(p: TooltipProps) {
  const { t, lang } = useI18n();
  const [hit, setHit] = useState<MapHit | null>(null);
  useEffect(() => p.subscribe(setHit), []);
  if (!hit) return null;
  const row = regionOf(p.regions, hit.kode);
  // The row's flag, or the chunk's before the rows are loaded (a desa's load once its kabupaten is drawn).
  const coastal = row ? row.coastal : hit.coastal;
  const v = p.values.get(hit.kode);
  const hasFigures = hit.level === 'provinsi' || hit.level === 'kabupaten';
  return (
    <div class="tooltip" aria-hidden="true" style={placement(hit)}>
      <strong>{row?.name ?? hit.name ?? hit.kode}</strong>
      <span class="muted"> · {t.levels[hit.level]}</span>
      <br />
      {hasFigures && p.def ? (
        <span>
          {p.change
            ? t.changeTooltip(changeName(p.def.label[lang]), p.change.from, p.year, p.change.breaks?.has(hit.kode) ? t.changeNotComparedShort : v === undefined ? t.tooltipNoValue : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), lang, p.def.decimals)} ${t.changeUnit[p.change.kind]}`)
            : `${p.def.label[lang]}: ${v === undefined ? t.tooltipNoValue : formatValue(v, p.def.unit[lang], lang, p.def.decimals)} (${p.year})`}
        </span>
      ) : (
        <span>{coastal === undefined ? '' : coastal ? t.coastal : t.notCoastal}</span>
      )}
      {hit.level === 'desa' && <IdmLine kode={hit.kode} kemendagri={row ? row.kemendagri : hit.kode} idmStatus={p.idmStatus} idmScore={p.idmScore} />}
      {hit.programs && hit.programs.length > 0 && (
        <div class="tooltip-programs">
          <span>{t.tooltipPrograms(formatNumber(hit.programs.length, lang, 0))}</span>
          <ul>
            {hit.programs.slice(0, 5).map((id) => {
              const l = p.programs.get(id);
              return l ? (
                <li key={id}>
                  {l.name} — {INTERVENTION_LABELS[l.intervention][lang]} · <em>{l.locatedBy === 'region' ? t.locatedByRegion : t.locatedByCoords}</em>
                </li>
              ) : null;
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A desa's IDM 2024 status (Kemendes PDTT) with its year, "not scored" for a kelurahan, nothing before the status is loaded. */
function IdmLine({ kode, kemendagri, idmStatus, idmScore }: { kode: string; kemendagri: string; idmStatus: TooltipProps['idmStatus']; idmScore: TooltipProps['idmScore'] }) {
  const { t, lang } = useI18n();
  if (isKelurahan(kemendagri)) return <div class="tooltip-idm muted">{t.idmKelurahan}</div>;
  const year = idmStatus ? Math.max(...Object.keys(idmStatus).map(Number)) : undefined;
  const cell = year !== undefined ? idmStatus?.[String(year)]?.[kode] : undefined;
  const score = year !== undefined ? idmScore?.[String(year)]?.[kode]?.[0] : undefined;
  const cls = cell && idmStatusClass(cell[0]);
  return cls ? <div class="tooltip-idm" data-idm-status={cls.status}>{t.idmTooltip(cls.label[lang], year!, score === undefined ? undefined : formatNumber(score, lang, 4))}</div> : null;
}

/** Beside the pointer, flipped to its left (and above) in the right (lower) half of the map so it never gets squeezed at an edge. */
function placement(hit: MapHit): Record<string, string> {
  const map = document.getElementById('map');
  const w = map?.clientWidth ?? Infinity, h = map?.clientHeight ?? Infinity;
  const flipX = hit.x > w / 2, flipY = hit.y > h * 0.6;
  return {
    left: `${flipX ? hit.x - 12 : hit.x + 12}px`,
    top: `${flipY ? hit.y - 12 : hit.y + 12}px`,
    transform: `translate(${flipX ? '-100%' : '0'}, ${flipY ? '-100%' : '0'})`,
  };
}
